//! When to retry: one pure function, [`decide`], obeyed by the request loop in `request_loop`.

use std::time::Duration;

/// Retry settings. Defaults: 4 attempts, 200 ms initial backoff doubling to at most 10 s with full
/// jitter, `Retry-After` honoured up to 60 s, and a 2-minute budget per call.
///
/// ```
/// use std::time::Duration;
/// let policy = talent_ray::RetryPolicy::default().max_attempts(6).max_retry_after(Duration::from_secs(5));
/// assert_eq!(policy.attempts(), 6);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            budget: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff step; each retry doubles it, up to `max`.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// The longest `Retry-After` the client will wait; a longer one returns `Error::RateLimited`.
    pub fn max_retry_after(mut self, cap: Duration) -> Self {
        self.max_retry_after = cap;
        self
    }

    /// Total time a call may spend including waits; no retry starts past it.
    pub fn budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// Configured total attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Whether a 429's `Retry-After` of `after` is short enough to wait out (a longer one
    /// returns `Error::RateLimited` at once).
    pub(crate) fn waits_out(&self, after: Duration) -> bool {
        after <= self.max_retry_after
    }
}

/// What one attempt ended with, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A response with this status and `Retry-After`.
    Status(u16, Option<Duration>),
    /// The connection could not be opened: the request was never sent.
    NotSent,
    /// Timed out, reset, or the body broke after the request may have reached the server.
    Ambiguous,
}

/// The loop's next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Wait this long, then try again.
    Retry(Duration),
    /// Hand the outcome to the caller.
    Stop,
}

/// Decides whether attempt number `attempt` (1-based) is retried. `jitter` is a uniform sample in
/// `[0, 1)` (full jitter); `elapsed` is the call's time so far.
pub(crate) fn decide(
    policy: &RetryPolicy,
    outcome: Outcome,
    idempotent: bool,
    attempt: u32,
    elapsed: Duration,
    jitter: f64,
) -> Decision {
    if attempt >= policy.max_attempts {
        return Decision::Stop;
    }
    let backoff = || {
        let ceiling = policy
            .initial_backoff
            .saturating_mul(1 << (attempt - 1).min(16))
            .min(policy.max_backoff);
        ceiling.mul_f64(jitter.clamp(0.0, 1.0))
    };
    let wait = match outcome {
        Outcome::Status(429, Some(after)) if after > policy.max_retry_after => {
            return Decision::Stop;
        }
        Outcome::Status(429, Some(after)) => after,
        Outcome::Status(429, None) => backoff(),
        Outcome::Status(500 | 502 | 503 | 504, _) | Outcome::Ambiguous if idempotent => backoff(),
        Outcome::NotSent => backoff(),
        _ => return Decision::Stop,
    };
    if elapsed.saturating_add(wait) > policy.budget {
        Decision::Stop
    } else {
        Decision::Retry(wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    fn run(outcome: Outcome, idempotent: bool, attempt: u32) -> Decision {
        decide(
            &RetryPolicy::default(),
            outcome,
            idempotent,
            attempt,
            Duration::ZERO,
            0.5,
        )
    }

    #[test]
    fn table() {
        use Decision::*;
        use Outcome::*;
        let cases = [
            // outcome, idempotent, attempt, expected
            (Status(429, Some(S(3))), false, 1, Retry(S(3))),
            (Status(429, Some(S(61))), true, 1, Stop),
            (
                Status(429, None),
                false,
                1,
                Retry(Duration::from_millis(100)),
            ),
            (
                Status(503, None),
                true,
                1,
                Retry(Duration::from_millis(100)),
            ),
            (
                Status(503, None),
                true,
                2,
                Retry(Duration::from_millis(200)),
            ),
            (Status(503, None), false, 1, Stop),
            (Status(500, None), false, 1, Stop),
            (Status(501, None), true, 1, Stop),
            (Status(404, None), true, 1, Stop),
            (Status(400, None), true, 1, Stop),
            (Ambiguous, true, 1, Retry(Duration::from_millis(100))),
            (Ambiguous, false, 1, Stop),
            (NotSent, false, 1, Retry(Duration::from_millis(100))),
            (Status(503, None), true, 4, Stop),
            (Status(429, Some(S(1))), true, 4, Stop),
        ];
        for (outcome, idempotent, attempt, expected) in cases {
            assert_eq!(
                run(outcome, idempotent, attempt),
                expected,
                "{outcome:?} idempotent={idempotent} attempt={attempt}"
            );
        }
    }

    #[test]
    fn backoff_is_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .max_attempts(30)
            .backoff(Duration::from_millis(200), S(10));
        assert_eq!(
            decide(&policy, Outcome::NotSent, false, 20, Duration::ZERO, 0.999),
            Decision::Retry(S(10).mul_f64(0.999))
        );
        assert_eq!(
            decide(&policy, Outcome::NotSent, false, 3, Duration::ZERO, 0.0),
            Decision::Retry(Duration::ZERO)
        );
    }

    #[test]
    fn budget_stops_retries() {
        let policy = RetryPolicy::default().budget(S(5));
        assert_eq!(
            decide(
                &policy,
                Outcome::Status(429, Some(S(3))),
                true,
                1,
                S(3),
                0.5
            ),
            Decision::Stop
        );
        assert_eq!(
            decide(
                &policy,
                Outcome::Status(429, Some(S(3))),
                true,
                1,
                S(1),
                0.5
            ),
            Decision::Retry(S(3))
        );
        assert_eq!(
            decide(
                &RetryPolicy::none(),
                Outcome::NotSent,
                true,
                1,
                Duration::ZERO,
                0.5
            ),
            Decision::Stop
        );
    }
}
