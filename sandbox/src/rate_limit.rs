//! Per-key sliding-window rate limiting (600 requests per minute by default).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// A sliding-window limiter: at most `limit` accepted requests per key in any `window`.
pub(crate) struct RateLimiter {
    limit: u32,
    window: Duration,
    hits: HashMap<String, VecDeque<Instant>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        RateLimiter {
            limit,
            window,
            hits: HashMap::new(),
        }
    }

    /// Record a request for `key_id`; `Err(seconds)` when it is over the limit, with the
    /// whole number of seconds (at least 1) until a slot frees up.
    pub fn check(&mut self, key_id: &str, now: Instant) -> Result<(), u64> {
        let hits = self.hits.entry(key_id.to_string()).or_default();
        while let Some(&oldest) = hits.front() {
            if now.duration_since(oldest) >= self.window {
                hits.pop_front();
            } else {
                break;
            }
        }
        if hits.len() < self.limit as usize {
            hits.push_back(now);
            return Ok(());
        }
        let oldest = hits.front().copied().unwrap_or(now);
        let wait = (oldest + self.window).saturating_duration_since(now);
        let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        Err(secs.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_frees_after_window() {
        let mut limiter = RateLimiter::new(2, Duration::from_secs(10));
        let t0 = Instant::now();
        assert!(limiter.check("a", t0).is_ok());
        assert!(limiter.check("a", t0).is_ok());
        assert_eq!(limiter.check("a", t0), Err(10));
        assert!(limiter.check("b", t0).is_ok());
        assert_eq!(limiter.check("a", t0 + Duration::from_millis(7500)), Err(3));
        assert!(limiter.check("a", t0 + Duration::from_secs(10)).is_ok());
    }
}
