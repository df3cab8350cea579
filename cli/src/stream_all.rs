//! `--all` and `api --paginate`: every item of a list, through the SDK's one paginator
//! ([`talent_ray::Client::paginate_call`]), streamed as pages arrive until [`Stop`] says enough.

use chrono::{DateTime, Utc};
use futures::StreamExt;
use serde_json::Value;
use talent_ray::Operation;

use crate::error::CliResult;
use crate::output::{ItemStream, pagination};

/// When to stop early.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stop {
    /// After this many items.
    pub limit: Option<u64>,
    /// At the first row (newest first) of a cursor list older than this.
    pub since: Option<DateTime<Utc>>,
}

/// Every item of every page of `op` called with `args` (which may set the page size), pushed
/// into `out` as it arrives, until `stop` says enough. An operation that is not a paginated
/// list is refused by the paginator before anything is sent.
pub async fn stream_all(
    client: &talent_ray::Client,
    op: &'static Operation,
    args: Value,
    stop: Stop,
    out: &mut ItemStream,
) -> CliResult {
    // The row field a cursor list's time window compares (the usage log's `timestamp`).
    let row_time = op.page_params.as_ref().and_then(|p| p.row_time);
    let mut pages = client.paginate_call(op.operation_id, args).pages();
    let mut first = true;
    while let Some(page) = pages.next().await {
        let page = page?;
        if std::mem::take(&mut first)
            && let Some(total) = pagination(&page.body)
                .and_then(|p| p.get("totalCount"))
                .and_then(Value::as_u64)
        {
            out.expect_total(stop.limit.map_or(total, |l| l.min(total)));
        }
        for item in page.items() {
            let too_old = match (stop.since, row_time) {
                (Some(since), Some(field)) => older_than(item, field, since),
                _ => false,
            };
            if too_old || stop.limit.is_some_and(|limit| out.count() >= limit) {
                return Ok(());
            }
            out.push(item.clone())?;
        }
    }
    Ok(())
}

/// Whether `item`'s time field `field` is older than `since`.
fn older_than(item: &Value, field: &str, since: DateTime<Utc>) -> bool {
    item.get(field)
        .and_then(Value::as_str)
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .is_some_and(|t| t < since)
}

/// Parses `--since`/`--until`: RFC 3339 (`2026-06-04T15:20:00Z`) or a date (`2026-06-04`,
/// midnight UTC).
pub fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| format!("{text:?} is not a time like 2026-06-04T15:20:00Z or 2026-06-04"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn times_parse() {
        assert!(parse_time("2026-06-04T15:20:00Z").is_ok());
        assert_eq!(
            parse_time("2026-06-04").unwrap().to_rfc3339(),
            "2026-06-04T00:00:00+00:00"
        );
        assert!(parse_time("yesterday").is_err());
    }

    #[test]
    fn rows_older_than_since() {
        let since = parse_time("2026-06-04").unwrap();
        let row = |t: &str| json!({ "at": t });
        assert!(older_than(&row("2026-06-03T23:59:59Z"), "at", since));
        assert!(!older_than(&row("2026-06-04T00:00:00Z"), "at", since));
        assert!(!older_than(&json!({}), "at", since));
    }
}
