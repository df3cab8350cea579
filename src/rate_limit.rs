//! The client-side rate limiter: at most N requests in any sliding window, shared by clones.
//!
//! A sliding log of the last N send times rather than `governor`'s GCRA: GCRA admits a full
//! burst and then keeps refilling, so a sliding window can see more than N requests, which is
//! exactly what earns a 429 from a server counting per window. N timestamps (600 by default) cost
//! under 10 KiB.

use std::collections::VecDeque;
use std::sync::Arc;
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

impl Default for RateLimit {
    fn default() -> Self {
        Self::new(600, Duration::from_secs(60))
    }
}

/// The shared limiter.
#[derive(Clone, Debug)]
pub(crate) struct Limiter {
    quota: RateLimit,
    sent: Arc<Mutex<VecDeque<Instant>>>,
}

impl Limiter {
    pub(crate) fn new(quota: RateLimit) -> Self {
        Self {
            quota,
            sent: Arc::new(Mutex::new(VecDeque::with_capacity(quota.requests as usize))),
        }
    }

    /// Waits until one more request fits in the window, and records it.
    pub(crate) async fn acquire(&self) {
        let mut sent = self.sent.lock().await;
        loop {
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|t| now.duration_since(*t) >= self.quota.window)
            {
                sent.pop_front();
            }
            if sent.len() < self.quota.requests as usize {
                sent.push_back(now);
                return;
            }
            let oldest = *sent.front().expect("full, so not empty");
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
