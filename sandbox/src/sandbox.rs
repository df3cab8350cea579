//! The [`Sandbox`] handle and its [`SandboxBuilder`].

use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use tokio::sync::watch;

use crate::app::{AppState, InstantSource};
use crate::choices::{Choices, OutOfRange, QueryKey, RevokeAgain, UsageTimestamps};
use crate::clock::{UtcSource, system_utc};
use crate::credentials::{check_scopes, hash_key};
use crate::faults::Fault;
use crate::rate_limit::RateLimiter;
use crate::seed::{Fixtures, Keys, SeedConfig, seed};
use crate::spec::{Operation, Spec};
use crate::state::{AuditEntry, Session};
use crate::stats::{RequestRecord, Stats};

/// Default seed of the generated data.
pub const DEFAULT_SEED: u64 = 42;
/// Default number of seeded candidates.
pub const DEFAULT_CANDIDATES: usize = 250;
/// Default rate limit: requests per window per key.
pub const DEFAULT_RATE_LIMIT: u32 = 600;
/// Default rate-limit window.
pub const DEFAULT_RATE_WINDOW: Duration = Duration::from_secs(60);

/// Configures and starts a [`Sandbox`].
#[derive(Clone)]
#[must_use]
pub struct SandboxBuilder {
    seed: u64,
    candidates: usize,
    rate_limit: Option<(u32, Duration)>,
    port: u16,
    choices: Choices,
    clock: UtcSource,
    rate_clock: InstantSource,
    spec: Arc<Spec>,
}

impl std::fmt::Debug for SandboxBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxBuilder")
            .field("seed", &self.seed)
            .field("candidates", &self.candidates)
            .field("rate_limit", &self.rate_limit)
            .field("port", &self.port)
            .field("choices", &self.choices)
            .finish_non_exhaustive()
    }
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            seed: DEFAULT_SEED,
            candidates: DEFAULT_CANDIDATES,
            rate_limit: Some((DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW)),
            port: 0,
            choices: Choices::default(),
            clock: system_utc(),
            rate_clock: Arc::new(Instant::now),
            spec: Spec::embedded(),
        }
    }
}

impl SandboxBuilder {
    /// Seed of the generated data (names, scores, keys); default 42.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Number of seeded candidates (at least one block of 25 is generated); default 250.
    pub fn candidates(mut self, count: usize) -> Self {
        self.candidates = count;
        self
    }

    /// Allow `requests` per key in any `window` (default 600 per minute).
    pub fn rate_limit(mut self, requests: u32, window: Duration) -> Self {
        self.rate_limit = Some((requests, window));
        self
    }

    /// Disable rate limiting.
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limit = None;
        self
    }

    /// Port to bind on 127.0.0.1 (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Where the rate limiter reads the time (default: the monotonic clock). A test can hand
    /// in its own, e.g. a paused tokio clock, so the server's windows move only when it says.
    pub fn rate_limit_clock(mut self, now: impl Fn() -> Instant + Send + Sync + 'static) -> Self {
        self.rate_clock = Arc::new(now);
        self
    }

    /// Where the sandbox reads the wall-clock time for timestamps and key expiry (default:
    /// the system clock). With a frozen clock, usage rows (whole seconds by default) all tie.
    pub fn clock(mut self, now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(now);
        self
    }

    /// Sandbox choice: refuse (default) or clamp out-of-range paging parameters.
    pub fn out_of_range(mut self, choice: OutOfRange) -> Self {
        self.choices.out_of_range = choice;
        self
    }

    /// Sandbox choice: what a key in the query string does (default: 401 even beside a
    /// valid header).
    pub fn key_in_query(mut self, choice: QueryKey) -> Self {
        self.choices.query_key = choice;
        self
    }

    /// Sandbox choice: the answer to revoking an already revoked key (default: 200).
    pub fn revoke_again(mut self, choice: RevokeAgain) -> Self {
        self.choices.revoke_again = choice;
        self
    }

    /// Usage-log timestamps: whole seconds, which repeat, as in the docs (default), or the
    /// sandbox's unique alternative.
    pub fn usage_timestamps(mut self, choice: UsageTimestamps) -> Self {
        self.choices.usage_timestamps = choice;
        self
    }

    /// Sandbox choice: whether a request refused with 429 still gets a usage-log row
    /// (default `true`).
    pub fn log_rate_limited(mut self, log: bool) -> Self {
        self.choices.log_rate_limited = log;
        self
    }

    /// The spec to serve (default: the pinned spec the sandbox was built with). Every operation
    /// in it is served: by the sandbox's stateful handler where it has one, else answered from
    /// the spec ([`SPEC_ANSWER_HEADER`](crate::SPEC_ANSWER_HEADER)). Its scopes gate the
    /// operations and make up "every scope" of the ready-made keys.
    pub fn spec(mut self, spec: Arc<Spec>) -> Self {
        self.spec = spec;
        self
    }

    /// Bind 127.0.0.1 and start serving on a background thread.
    pub async fn start(self) -> std::io::Result<Sandbox> {
        let listener = StdListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, self.port)))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let (db, keys, fixtures) = seed(SeedConfig {
            seed: self.seed,
            candidates: self.candidates,
            clock: self.clock,
            every_scope: self.spec.scopes(),
        });
        let limiter = self
            .rate_limit
            .map(|(requests, window)| RateLimiter::new(requests, window));
        let app = AppState::new(
            db,
            limiter,
            self.rate_clock,
            self.choices,
            base_url.clone(),
            self.spec,
        );
        let router = crate::routes::router(app.clone());
        let (shutdown, shutdown_rx) = watch::channel(false);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name(format!("talent-ray-sandbox-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => crate::server::serve(listener, router, shutdown_rx).await,
                        Err(e) => eprintln!("talent-ray-sandbox: cannot serve: {e}"),
                    }
                });
            })?;
        Ok(Sandbox {
            base_url,
            addr,
            keys,
            fixtures,
            app,
            shutdown,
            thread: Some(thread),
        })
    }
}

/// A running local Talent-Ray server with seeded data; dropping it shuts the server down.
///
/// ```no_run
/// # async fn demo() {
/// let sandbox = talent_ray_sandbox::Sandbox::start().await;
/// println!("{} {}", sandbox.base_url(), sandbox.keys().employer);
/// # }
/// ```
pub struct Sandbox {
    base_url: String,
    addr: SocketAddr,
    keys: Keys,
    fixtures: Fixtures,
    app: Arc<AppState>,
    shutdown: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Start with the defaults on a free port. Panics only if it cannot bind.
    pub async fn start() -> Sandbox {
        Sandbox::builder()
            .start()
            .await
            .expect("talent-ray-sandbox: cannot bind 127.0.0.1")
    }

    /// A builder for a custom seed, size, rate limit or port.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The ready-made keys.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Ids and counts of seeded records.
    pub fn fixtures(&self) -> &Fixtures {
        &self.fixtures
    }

    /// The spec this sandbox serves.
    pub fn spec(&self) -> &Arc<Spec> {
        &self.app.spec
    }

    /// The operations of its spec this sandbox answers from the spec, not with state.
    pub fn spec_answered_operations(&self) -> Vec<Operation> {
        spec_answered_operations(&self.app.spec)
    }

    /// Queue a fault for the next matching request(s).
    pub fn inject(&self, fault: Fault) {
        self.app.faults.push(fault);
    }

    /// Uses of queued faults that have not fired yet.
    pub fn pending_faults(&self) -> usize {
        self.app.faults.pending()
    }

    /// Drop every queued fault.
    pub fn clear_faults(&self) {
        self.app.faults.clear();
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.app.counters.snapshot()
    }

    /// Requests seen for this method and concrete path (no query string).
    pub fn requests_to(&self, method: &str, path: &str) -> u64 {
        self.app.counters.requests_to(method, path)
    }

    /// Every request received so far, in arrival order: method, path, query and the names
    /// (never the values) of the credential headers it carried.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.app.counters.log()
    }

    /// The role-activity audit log, oldest first.
    pub fn audit_log(&self) -> Vec<AuditEntry> {
        self.app.db().audit.clone()
    }

    /// Setup API: sign `user_id` in; returns the value of the [`SESSION_COOKIE`] cookie.
    /// Only `GET /api/v1/me` accepts a session (the only page that documents one).
    ///
    /// Panics if the user does not exist.
    ///
    /// [`SESSION_COOKIE`]: crate::SESSION_COOKIE
    pub fn sign_in(&self, user_id: &str) -> String {
        let mut db = self.app.db();
        assert!(
            db.user(user_id).is_some(),
            "talent-ray-sandbox: unknown user {user_id:?}"
        );
        let token = format!("sess_{}", db.rng.alphanumeric(32));
        db.sessions.push(Session {
            hash: hash_key(&token),
            user_id: user_id.to_string(),
        });
        token
    }

    /// Setup API: mint a key (no expiry) for `user_id` with `scopes`; returns the plaintext.
    ///
    /// Panics if the user does not exist or a scope is not in the spec's taxonomy.
    pub fn mint_key(&self, user_id: &str, scopes: &[&str]) -> String {
        self.mint_key_with_id(user_id, scopes).1
    }

    /// Like [`mint_key`](Self::mint_key), returning `(key id, plaintext)`.
    pub fn mint_key_with_id(&self, user_id: &str, scopes: &[&str]) -> (String, String) {
        let scopes = check_scopes(scopes, &self.app.spec.scopes());
        let mut db = self.app.db();
        assert!(
            db.user(user_id).is_some(),
            "talent-ray-sandbox: unknown user {user_id:?}"
        );
        db.mint_key(user_id, Some(format!("Minted for {user_id}")), scopes, None)
    }

    /// Setup API: replace the scopes of an existing key (by plaintext).
    ///
    /// Panics if the key is unknown or a scope is not in the spec's taxonomy.
    pub fn grant_scopes(&self, key: &str, scopes: &[&str]) {
        let scopes = check_scopes(scopes, &self.app.spec.scopes());
        self.with_key(key, |record| record.scopes = scopes);
    }

    /// Setup API: make a key expired (requests with it then get 401).
    pub fn expire_key(&self, key: &str) {
        let past = self.app.db().clock.now() - chrono::Duration::seconds(1);
        self.with_key(key, |record| record.expires_at = Some(past));
    }

    /// Setup API: revoke a key, as `DELETE /api/admin/api-keys/{id}` would.
    pub fn revoke_key(&self, key: &str) {
        self.with_key(key, |record| record.enabled = false);
    }

    /// Setup API: finish processing every member of a CV-screening batch.
    pub fn complete_batch(&self, batch_id: &str) {
        let mut db = self.app.db();
        for lead in db
            .leads
            .iter_mut()
            .filter(|l| l.batch_id.as_deref() == Some(batch_id))
        {
            if lead.processing {
                lead.processing = false;
                lead.status = "parsed".into();
            }
        }
    }

    /// Number of usage-log rows recorded for a key id.
    pub fn usage_count(&self, key_id: &str) -> usize {
        self.app
            .db()
            .usage
            .iter()
            .filter(|r| r.key_id == key_id)
            .count()
    }

    fn with_key(&self, key: &str, change: impl FnOnce(&mut crate::state::ApiKeyRecord)) {
        let hash = hash_key(key);
        let mut db = self.app.db();
        let record = db
            .keys
            .iter_mut()
            .find(|k| k.hash == hash)
            .expect("talent-ray-sandbox: unknown API key");
        change(record);
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The operations of `spec` a sandbox serving it answers from the spec (the documented example,
/// else a minimal instance of the response schema), because it has no stateful handler for them.
pub fn spec_answered_operations(spec: &Spec) -> Vec<Operation> {
    spec.operations()
        .iter()
        .filter(|op| !crate::routes::stateful::implements(&op.id))
        .cloned()
        .collect()
}
