//! A logical clock whose readings strictly increase (by at least 1 ms).

use chrono::{DateTime, Duration, DurationRound, SecondsFormat, Utc};

/// Hands out strictly increasing, millisecond-precision UTC timestamps.
///
/// Every reading is `max(wall clock, previous reading + 1 ms)`, so usage-log cursors
/// never tie and timestamps never go backwards.
pub(crate) struct Clock {
    last: Option<DateTime<Utc>>,
}

impl Clock {
    pub fn new() -> Self {
        Clock { last: None }
    }

    /// The next timestamp.
    pub fn tick(&mut self) -> DateTime<Utc> {
        let now = Utc::now()
            .duration_trunc(Duration::milliseconds(1))
            .unwrap_or_else(|_| Utc::now());
        let next = match self.last {
            Some(last) if now <= last => last + Duration::milliseconds(1),
            _ => now,
        };
        self.last = Some(next);
        next
    }
}

/// Format a timestamp as ISO 8601 UTC (`2026-06-04T15:30:45Z`, or with `.123` milliseconds).
pub(crate) fn iso(ts: DateTime<Utc>) -> String {
    ts.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_strictly_increase() {
        let mut clock = Clock::new();
        let mut prev = clock.tick();
        for _ in 0..1000 {
            let next = clock.tick();
            assert!(next > prev);
            prev = next;
        }
    }

    #[test]
    fn iso_uses_z_and_millis() {
        let ts = DateTime::parse_from_rfc3339("2026-06-04T15:30:45.120Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(iso(ts), "2026-06-04T15:30:45.120Z");
        let ts = DateTime::parse_from_rfc3339("2026-06-04T15:30:45Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(iso(ts), "2026-06-04T15:30:45Z");
    }
}
