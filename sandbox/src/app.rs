//! The shared application state: the model plus the rules' own state (faults, counters,
//! rate limiter, request log, choices). Routes receive it; the model never sees it.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use crate::choices::Choices;
use crate::faults::FaultQueue;
use crate::rate_limit::RateLimiter;
use crate::spec::Spec;
use crate::state::Db;
use crate::stats::Counters;

/// Where the rate limiter reads the time (the monotonic clock unless a test supplies one).
pub(crate) type InstantSource = Arc<dyn Fn() -> Instant + Send + Sync>;

/// Shared state behind every request.
pub(crate) struct AppState {
    db: Mutex<Db>,
    /// Queued faults.
    pub faults: FaultQueue,
    /// Request and commit counters, and the request log.
    pub counters: Counters,
    /// Per-key rate limiter (`None` when disabled).
    pub limiter: Option<Mutex<RateLimiter>>,
    /// The rate limiter's clock.
    pub rate_clock: InstantSource,
    /// The sandbox's choices where the docs are silent.
    pub choices: Choices,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The spec the sandbox serves.
    pub spec: Arc<Spec>,
}

impl AppState {
    pub fn new(
        db: Db,
        limiter: Option<RateLimiter>,
        rate_clock: InstantSource,
        choices: Choices,
        base_url: String,
        spec: Arc<Spec>,
    ) -> Arc<Self> {
        Arc::new(AppState {
            db: Mutex::new(db),
            faults: FaultQueue::default(),
            counters: Counters::default(),
            limiter: limiter.map(Mutex::new),
            rate_clock,
            choices,
            base_url,
            spec,
        })
    }

    /// Lock the database (a poisoned lock is recovered: the data stays usable).
    pub fn db(&self) -> MutexGuard<'_, Db> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }
}
