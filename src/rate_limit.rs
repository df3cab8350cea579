//! The client-side rate limiter: at most N requests in any sliding window, shared by clones.
//!
//! A sliding log of the last N send times rather than `governor`'s GCRA: GCRA admits a full
//! burst and then keeps refilling, so a sliding window can see more than N requests, which is
//! exactly what earns a 429 from a server counting per window. N timestamps (600 by default) cost
//! under 10 KiB.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::Instant;

/// A request quota: `requests` per `window`. The default is the documented 600 per minute per key.
///
/// ```
/// use std::time::Duration;
/// let quota = talent_ray::RateLimit::new(100, Duration::from_secs(10));
/// assert_eq!(talent_ray::RateLimit::default(), talent_ray::RateLimit::new(600, Duration::from_secs(60)));
/// # let _ = quota;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    requests: u32,
    window: Duration,
}

impl RateLimit {
    /// `requests` (at least 1) per `window`.
    pub fn new(requests: u32, window: Duration) -> Self {
        Self {
            requests: requests.max(1),
            window,
        }
    }
}

impl RateLimit {
    /// Requests admitted per window.
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// The window's length.
    pub fn window(&self) -> Duration {
        self.window
    }
}

/// Parses `TALENT_RAY_RATE_LIMIT`'s form: `N` requests per minute, or `N/W` with a window `W` of
/// whole seconds (`10s`), milliseconds (`500ms`) or minutes (`1m`).
///
/// ```
/// use std::time::Duration;
/// use talent_ray::RateLimit;
/// assert_eq!("300".parse(), Ok(RateLimit::new(300, Duration::from_secs(60))));
/// assert_eq!("20/5s".parse(), Ok(RateLimit::new(20, Duration::from_secs(5))));
/// assert!("0".parse::<RateLimit>().is_err());
/// assert!("fast".parse::<RateLimit>().is_err());
/// ```
impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            format!(
                "{s:?} is not a rate limit: expected requests per minute (`600`) or requests per \
                 window (`20/5s`, `100/500ms`, `600/1m`)"
            )
        };
        let (requests, window) = match s.trim().split_once('/') {
            None => (s.trim(), Duration::from_secs(60)),
            Some((requests, window)) => {
                let window = window.trim();
                let (digits, unit) = window
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or((window, ""), |at| window.split_at(at));
                let n: u64 = digits.parse().map_err(|_| bad())?;
                let window = match unit {
                    "ms" => Duration::from_millis(n),
                    "s" => Duration::from_secs(n),
                    "m" => Duration::from_secs(n.saturating_mul(60)),
                    _ => return Err(bad()),
                };
                (requests.trim(), window)
            }
        };
        match (requests.parse::<u32>(), window.is_zero()) {
            (Ok(n), false) if n > 0 => Ok(Self::new(n, window)),
            _ => Err(bad()),
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        Self::new(600, Duration::from_secs(60))
    }
}

/// The shared limiter. Each admitted request holds a [`Slot`] whose time is its send time until
/// the response arrives, then the arrival time: the server saw the request somewhere in between,
/// so a window counted from the arrival has surely passed on the server's clock too (counted from
/// the send time, a request that reached the server faster than the one it replaces could land
/// inside the server's window and earn a 429).
#[derive(Clone, Debug)]
pub(crate) struct Limiter {
    quota: RateLimit,
    epoch: Instant,
    sent: Arc<Mutex<VecDeque<Slot>>>,
}

/// One admitted request's place in the window; dropping it (when the response is in) moves its
/// time to now.
#[derive(Clone, Debug)]
pub(crate) struct Slot {
    epoch: Instant,
    nanos: Arc<AtomicU64>,
}

impl Slot {
    fn at(&self) -> Instant {
        self.epoch + Duration::from_nanos(self.nanos.load(Ordering::Acquire))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // Only the caller's copy moves the time; the limiter's copy is dropped when it expires.
        if Arc::strong_count(&self.nanos) > 1 {
            let now = Instant::now().duration_since(self.epoch).as_nanos() as u64;
            self.nanos.fetch_max(now, Ordering::AcqRel);
        }
    }
}

impl Limiter {
    pub(crate) fn new(quota: RateLimit) -> Self {
        Self {
            quota,
            epoch: Instant::now(),
            sent: Arc::new(Mutex::new(VecDeque::with_capacity(quota.requests as usize))),
        }
    }

    /// Waits until one more request fits in the window, and records it; hold the slot until the
    /// response has arrived.
    pub(crate) async fn acquire(&self) -> Slot {
        let mut sent = self.sent.lock().await;
        loop {
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|slot| now.duration_since(slot.at()) >= self.quota.window)
            {
                sent.pop_front();
            }
            if sent.len() < self.quota.requests as usize {
                let slot = Slot {
                    epoch: self.epoch,
                    nanos: Arc::new(AtomicU64::new(
                        now.duration_since(self.epoch).as_nanos() as u64
                    )),
                };
                sent.push_back(slot.clone());
                return slot;
            }
            let oldest = sent.front().expect("full, so not empty").at();
            // Holding the lock while waiting keeps callers in arrival order.
            tokio::time::sleep_until(oldest + self.quota.window).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn never_admits_more_than_the_quota_in_any_window() {
        let limiter = Limiter::new(RateLimit::new(5, Duration::from_secs(1)));
        let start = Instant::now();
        let mut times = Vec::new();
        for _ in 0..23 {
            limiter.acquire().await;
            times.push(start.elapsed());
        }
        for (i, t) in times.iter().enumerate() {
            let in_window = times[i..]
                .iter()
                .filter(|u| **u - *t < Duration::from_secs(1))
                .count();
            assert!(
                in_window <= 5,
                "{in_window} requests within a second of {t:?}"
            );
        }
        assert_eq!(
            times[5],
            Duration::from_secs(1),
            "the sixth waits for the first to leave the window"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_window_counts_from_the_response() {
        let limiter = Limiter::new(RateLimit::new(1, Duration::from_secs(1)));
        let start = Instant::now();
        let slot = limiter.acquire().await;
        // The response takes 300 ms: the server may have seen the request that late.
        tokio::time::sleep(Duration::from_millis(300)).await;
        drop(slot);
        limiter.acquire().await;
        assert_eq!(start.elapsed(), Duration::from_millis(1300));
    }

    #[tokio::test(start_paused = true)]
    async fn clones_share_one_budget() {
        let limiter = Limiter::new(RateLimit::new(2, Duration::from_secs(60)));
        let clone = limiter.clone();
        limiter.acquire().await;
        clone.acquire().await;
        let start = Instant::now();
        limiter.acquire().await;
        assert_eq!(start.elapsed(), Duration::from_secs(60));
    }
}
