//! The sandbox's clock: UTC readings from a source (the system clock unless a test supplies
//! one), made strictly increasing for record timestamps.

use std::sync::Arc;

use chrono::{DateTime, Duration, DurationRound, SecondsFormat, Utc};

/// Where the sandbox reads the wall-clock time.
pub(crate) type UtcSource = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The system clock.
pub(crate) fn system_utc() -> UtcSource {
    Arc::new(Utc::now)
}

/// Hands out millisecond-precision UTC timestamps.
pub(crate) struct Clock {
    source: UtcSource,
    last: Option<DateTime<Utc>>,
}

impl Clock {
    pub fn new(source: UtcSource) -> Self {
        Clock { source, last: None }
    }

    /// The source's reading, as is.
    pub fn now(&self) -> DateTime<Utc> {
        (self.source)()
    }

    /// The next strictly increasing timestamp: `max(now, previous + 1 ms)`, so cursors
    /// built from these readings never tie and timestamps never go backwards.
    pub fn tick(&mut self) -> DateTime<Utc> {
        let now = self.now();
        let now = now.duration_trunc(Duration::milliseconds(1)).unwrap_or(now);
        let next = match self.last {
            Some(last) if now <= last => last + Duration::milliseconds(1),
            _ => now,
        };
        self.last = Some(next);
        next
    }

    /// The source's reading truncated to the second: readings within one second tie.
    pub fn second(&self) -> DateTime<Utc> {
        let now = self.now();
        now.duration_trunc(Duration::seconds(1)).unwrap_or(now)
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
    fn readings_strictly_increase_even_when_the_source_stands_still() {
        let frozen = Utc::now();
        let mut clock = Clock::new(Arc::new(move || frozen));
        let mut prev = clock.tick();
        for _ in 0..1000 {
            let next = clock.tick();
            assert_eq!(next - prev, Duration::milliseconds(1));
            prev = next;
        }
        assert_eq!(clock.second(), clock.second());
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
