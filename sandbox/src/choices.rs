//! The sandbox's own choices where the vendor's docs are silent, each with its realistic
//! alternative (see the "Sandbox choices" section of `sandbox/README.md`).

/// What a list does with an out-of-range `page`, `pageSize`, `limit` or `before`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum OutOfRange {
    /// Refuse with 400 `bad_request` (legacy `{error}` on the usage log). The default.
    #[default]
    Reject,
    /// Clamp into range (`page` ≥ 0, `pageSize` 1–100, `limit` 1–500) and ignore an
    /// unparsable `before`, as a lenient server might.
    Clamp,
}

/// What happens to an API key sent in the query string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryKey {
    /// 401, even beside a valid header key. The default.
    #[default]
    Reject,
    /// Ignore the query parameter when a header carries a key; 401 only without one.
    IgnoreBesideHeader,
}

/// The answer to revoking a key that is already revoked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum RevokeAgain {
    /// 200 `{success: true}`, as for the first revoke. The default.
    #[default]
    Ok,
    /// 404 `{error: "API key not found"}`, as a server that deletes revoked keys would.
    NotFound,
}

/// How usage-log timestamps are made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum UsageTimestamps {
    /// The clock's reading truncated to the second, as in the docs' examples
    /// (`2026-06-04T15:30:45Z`): rows made in the same second share a timestamp, so a page can
    /// end inside a run of equal cursors. The default.
    #[default]
    WholeSeconds,
    /// Sandbox choice: strictly increasing, at least 1 ms apart, so no two rows share a cursor.
    Unique,
}

/// Every choice, as the builder set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Choices {
    pub out_of_range: OutOfRange,
    pub query_key: QueryKey,
    pub revoke_again: RevokeAgain,
    pub usage_timestamps: UsageTimestamps,
    /// Whether a request refused with 429 still gets a usage-log row.
    pub log_rate_limited: bool,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            out_of_range: OutOfRange::default(),
            query_key: QueryKey::default(),
            revoke_again: RevokeAgain::default(),
            usage_timestamps: UsageTimestamps::default(),
            log_rate_limited: true,
        }
    }
}
