//! Which limiter admits a request: the in-process one ([`crate::rate_limit`]) and, with the
//! `redis` feature, a sliding window kept in Redis and shared by every worker using the same
//! key ([`SharedRateLimit`]). A 429 with `Retry-After` pauses them all.
//!
//! The in-process limiter records every request even while the shared one admits them, so a
//! fallback (Redis unreachable or slow) starts from this process's real recent traffic.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use crate::rate_limit::{Limiter, RateLimit, Slot};

#[cfg(feature = "redis")]
mod redis;
#[cfg(feature = "redis")]
pub use self::redis::{KEY_PREFIX, SharedRateLimit};

/// The limiters of one client and its clones.
#[derive(Clone, Debug, Default)]
pub(crate) struct Limiters {
    /// `None` when client-side limiting is off (then nothing below applies).
    local: Option<Limiter>,
    quota: Option<RateLimit>,
    /// Until when the server asked everyone to wait (a 429's `Retry-After`).
    paused_until: Arc<Mutex<Option<Instant>>>,
    #[cfg(feature = "redis")]
    shared: Option<self::redis::RedisLimiter>,
}

/// A request's places in the windows; [`arrived`](Self::arrived) once its response is in.
#[must_use]
#[derive(Debug, Default)]
pub(crate) struct Admission {
    local: Option<Slot>,
    #[cfg(feature = "redis")]
    shared: Option<self::redis::SharedSlot>,
}

impl Limiters {
    /// The in-process limiter for `quota` (`None`: no client-side limit).
    pub(crate) fn new(quota: Option<RateLimit>) -> Self {
        Self {
            local: quota.map(Limiter::new),
            quota,
            ..Self::default()
        }
    }

    /// Adds the shared limiter, keyed by `origin` and `api_key`.
    #[cfg(feature = "redis")]
    pub(crate) fn with_shared(
        mut self,
        shared: Option<SharedRateLimit>,
        origin: &url::Origin,
        api_key: Option<&crate::ApiKey>,
    ) -> crate::Result<Self> {
        let Some(shared) = shared else {
            return Ok(self);
        };
        let Some(quota) = self.quota else {
            return Err(crate::Error::Config(
                "a shared rate limit needs a quota, but the client-side rate limit is off \
                 (rate_limit(None))"
                    .into(),
            ));
        };
        // Without a key there is nothing to share: public calls stay on the in-process limiter.
        if let Some(key) = api_key {
            self.shared = Some(self::redis::RedisLimiter::new(shared, quota, origin, key)?);
        }
        Ok(self)
    }

    /// Whether a limiter applies at all.
    pub(crate) fn is_on(&self) -> bool {
        self.local.is_some()
    }

    /// Waits until the request may be sent: past any server-requested pause, then admitted by
    /// the shared window (when configured and reachable) and the in-process one.
    pub(crate) async fn admit(&self) -> Admission {
        let Some(local) = &self.local else {
            return Admission::default();
        };
        loop {
            let until = *self.paused_until.lock().expect("pause lock");
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => break,
            }
        }
        #[cfg(feature = "redis")]
        let shared = match &self.shared {
            Some(shared) => shared.acquire().await,
            None => None,
        };
        Admission {
            local: Some(local.acquire().await),
            #[cfg(feature = "redis")]
            shared,
        }
    }

    /// The server answered 429 with `Retry-After` (one the retry policy waits out): every
    /// request of this client, and of every worker sharing its window, waits that long (at most
    /// one window: no sliding window needs longer to free a slot).
    pub(crate) async fn pause(&self, retry_after: Duration) {
        let Some(quota) = self.quota else { return };
        let wait = retry_after.min(quota.window());
        {
            let mut until = self.paused_until.lock().expect("pause lock");
            let new = Instant::now() + wait;
            if until.is_none_or(|u| u < new) {
                *until = Some(new);
            }
        }
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared {
            shared.pause(wait).await;
        }
    }
}

impl Admission {
    /// The response is in: the request's time in every window moves to now. The caller waits
    /// for Redis's answer: a process that exits right after its call must not leave its request
    /// counted from the send time.
    pub(crate) async fn arrived(self) {
        drop(self.local);
        #[cfg(feature = "redis")]
        if let Some(shared) = self.shared {
            shared.arrived().await;
        }
    }
}
