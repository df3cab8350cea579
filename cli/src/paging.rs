//! `--all`: follow a list's pages (offset `page`, or the `before` cursor) and stream every item.

use std::future::Future;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::error::{CliError, CliResult};
use crate::output::{ItemStream, items, pagination};

/// Where the next page starts, as the previous response said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// Offset paging: this 0-based `page`.
    Page(u64),
    /// Cursor paging: rows older than this `before`.
    Before(String),
}

/// When to stop early.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stop {
    /// After this many items.
    pub limit: Option<u64>,
    /// At the first row (newest first) whose `timestamp` is older than this.
    pub since: Option<DateTime<Utc>>,
}

/// Fetches the first page with `fetch(None)`, then each next page the response points to, and
/// pushes every item into `out` as it arrives. A repeated cursor or page is an error, not a loop.
pub async fn stream_pages<F, Fut>(mut fetch: F, stop: Stop, out: &mut ItemStream) -> CliResult
where
    F: FnMut(Option<Next>) -> Fut,
    Fut: Future<Output = CliResult<Value>>,
{
    let mut position: Option<Next> = None;
    loop {
        if stop.limit.is_some_and(|limit| out.count() >= limit) {
            return Ok(());
        }
        let body = fetch(position.clone()).await?;
        let Some(page) = items(&body) else {
            // Not a list: the body is the one item.
            return out.push(body);
        };
        if position.is_none()
            && let Some(total) = pagination(&body)
                .and_then(|p| p.get("totalCount"))
                .and_then(Value::as_u64)
        {
            out.expect_total(stop.limit.map_or(total, |l| l.min(total)));
        }
        for item in page {
            if stop.limit.is_some_and(|limit| out.count() >= limit) {
                return Ok(());
            }
            if let Some(since) = stop.since
                && older_than(item, since)
            {
                return Ok(());
            }
            out.push(item.clone())?;
        }
        let next = next_position(&body);
        match next {
            None => return Ok(()),
            Some(_) if page.is_empty() => return Ok(()),
            Some(ref n) if Some(n) == position.as_ref() => {
                return Err(CliError::Api(talent_ray::Error::Pagination(format!(
                    "the server pointed at the same page twice ({n:?})"
                ))));
            }
            Some(n) => position = Some(n),
        }
    }
}

/// The position of the page after `body`, if there is one.
pub fn next_position(body: &Value) -> Option<Next> {
    let p = pagination(body)?;
    if let (Some(page), Some(pages)) = (
        p.get("page").and_then(Value::as_u64),
        p.get("totalPages").and_then(Value::as_u64),
    ) {
        return (page + 1 < pages).then_some(Next::Page(page + 1));
    }
    if p.get("hasMore").and_then(Value::as_bool) == Some(false) {
        return None;
    }
    p.get("nextBefore")
        .and_then(Value::as_str)
        .map(|b| Next::Before(b.to_owned()))
}

/// Whether `item`'s `timestamp` is older than `since`.
pub fn older_than(item: &Value, since: DateTime<Utc>) -> bool {
    item.get("timestamp")
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
    fn next_pages_follow_both_schemes() {
        let offset =
            |page, pages| json!({"data": [], "pagination": {"page": page, "totalPages": pages}});
        assert_eq!(next_position(&offset(0, 3)), Some(Next::Page(1)));
        assert_eq!(next_position(&offset(2, 3)), None);
        let cursor = |more, before: Option<&str>| json!({"data": {"rows": [], "pagination": {"hasMore": more, "nextBefore": before}}});
        assert_eq!(
            next_position(&cursor(true, Some("2026-01-01T00:00:00Z"))),
            Some(Next::Before("2026-01-01T00:00:00Z".into()))
        );
        assert_eq!(
            next_position(&cursor(false, Some("2026-01-01T00:00:00Z"))),
            None
        );
        assert_eq!(next_position(&cursor(true, None)), None);
    }

    #[test]
    fn times_parse() {
        assert!(parse_time("2026-06-04T15:20:00Z").is_ok());
        assert_eq!(
            parse_time("2026-06-04").unwrap().to_rfc3339(),
            "2026-06-04T00:00:00+00:00"
        );
        assert!(parse_time("yesterday").is_err());
    }
}
