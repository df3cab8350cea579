//! `keys audit`: every key in one table, with its recent request count and what needs a look.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use crate::args::AuditArgs;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{Format, items, list_table};
use crate::paging::{Next, next_position};

/// Rows per usage-log page while counting (the documented maximum).
const USAGE_PAGE: u64 = 500;

/// Runs `keys audit`.
pub async fn run(ctx: &Context, args: &AuditArgs) -> CliResult {
    let client = ctx.client(!ctx.global.dry_run)?;
    if ctx.global.dry_run {
        let prepared = client.prepare("listApiKeys", json!({})).await?;
        ctx.out
            .note("(the audit then reads GET /api/admin/api-keys/{id}/usage for each key)");
        return crate::operations::print_prepared(ctx, &prepared);
    }
    let now = Utc::now();
    let listed = client.call("listApiKeys", json!({})).await?.body;
    let keys = items(&listed).cloned().unwrap_or_default();
    // The API reports a key's scopes only to that key: known for the key in use.
    let me = client.call("getMe", json!({})).await?.body;
    let my_id = me["auth"]["keyId"].as_str().map(str::to_owned);
    let my_scopes = me["auth"]["scopes"].clone();

    let progress = ctx.out.progress("keys");
    progress.set_length(keys.len() as u64);
    let since = now - Duration::days(i64::from(args.window));
    let mut report = Vec::with_capacity(keys.len());
    for key in &keys {
        let id = key["id"].as_str().unwrap_or_default();
        let recent = count_since(&client, id, since).await?;
        let scopes = if my_id.as_deref() == Some(id) {
            my_scopes.clone()
        } else {
            Value::Null
        };
        report.push(row(key, scopes, recent, now, args));
        progress.inc(1);
    }
    progress.finish_and_clear();

    if let Some(path) = &args.json {
        let document = json!({
            "generatedAt": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "windowDays": args.window,
            "expiringWithinDays": args.expiring_within,
            "unusedForDays": args.unused_for,
            "keys": report,
        });
        let text = serde_json::to_string_pretty(&document).unwrap_or_default();
        std::fs::write(path, text + "\n")
            .map_err(|e| CliError::Other(format!("cannot write {}: {e}", path.display())))?;
        ctx.out.note(format!("wrote {}", path.display()));
    }
    print(ctx, &report, args)
}

fn print(ctx: &Context, report: &[Value], args: &AuditArgs) -> CliResult {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match ctx.out.format {
        Format::Json => writeln!(
            stdout,
            "{}",
            serde_json::to_string_pretty(report).unwrap_or_default()
        )?,
        Format::Ndjson => {
            for row in report {
                writeln!(stdout, "{row}")?;
            }
        }
        Format::Table => {
            writeln!(stdout, "{}", list_table(report))?;
            ctx.out.note(format!(
                "requests: over the last {} days. scopes: the API reports them only for the key in use. \
                 flags: never_used, expiring (within {} days), expired, unused (for {} days), revoked",
                args.window, args.expiring_within, args.unused_for
            ));
        }
    }
    Ok(())
}

/// One report row, flags included.
fn row(key: &Value, scopes: Value, recent: u64, now: DateTime<Utc>, args: &AuditArgs) -> Value {
    let time = |field: &str| {
        key[field]
            .as_str()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    let last_used = time("lastRequest");
    let expires = time("expiresAt");
    let enabled = key["enabled"].as_bool().unwrap_or(true);
    let mut flags = Vec::new();
    if !enabled {
        flags.push("revoked");
    }
    match last_used {
        None => flags.push("never_used"),
        Some(t) if now - t > Duration::days(i64::from(args.unused_for)) => flags.push("unused"),
        Some(_) => {}
    }
    match expires {
        Some(t) if t <= now => flags.push("expired"),
        Some(t) if t - now <= Duration::days(i64::from(args.expiring_within)) => {
            flags.push("expiring")
        }
        _ => {}
    }
    json!({
        "id": key["id"],
        "name": key["name"],
        "owner": key["owner"]["email"],
        "enabled": enabled,
        "scopes": scopes,
        "created": key["createdAt"],
        "lastUsed": key["lastRequest"],
        "expires": key["expiresAt"],
        "requests": recent,
        "requestsTotal": key["requestCount"],
        "flags": flags,
    })
}

/// Requests a key made since `since`, read from its usage log (newest first).
async fn count_since(
    client: &talent_ray::Client,
    id: &str,
    since: DateTime<Utc>,
) -> CliResult<u64> {
    let mut count = 0;
    let mut before: Option<String> = None;
    loop {
        let mut args = json!({ "id": id, "limit": USAGE_PAGE });
        if let Some(before) = &before {
            args["before"] = json!(before);
        }
        let body = client.call("getApiKeyUsage", args).await?.body;
        for row in items(&body).into_iter().flatten() {
            let at = row["timestamp"]
                .as_str()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
            match at {
                Some(t) if t < since => return Ok(count),
                _ => count += 1,
            }
        }
        match next_position(&body) {
            Some(Next::Before(next)) if before.as_deref() != Some(next.as_str()) => {
                before = Some(next)
            }
            _ => return Ok(count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> AuditArgs {
        AuditArgs {
            window: 30,
            expiring_within: 14,
            unused_for: 30,
            json: None,
        }
    }

    #[test]
    fn flags_follow_the_thresholds() {
        let now: DateTime<Utc> = "2026-06-30T00:00:00Z".parse().unwrap();
        let key = |last: Value, expires: Value, enabled: bool| json!({"id": "k", "enabled": enabled, "lastRequest": last, "expiresAt": expires});
        let flags = |k: Value| row(&k, Value::Null, 0, now, &args())["flags"].clone();
        assert_eq!(
            flags(key(Value::Null, Value::Null, true)),
            json!(["never_used"])
        );
        assert_eq!(
            flags(key(
                json!("2026-05-01T00:00:00Z"),
                json!("2026-07-10T00:00:00Z"),
                true
            )),
            json!(["unused", "expiring"])
        );
        assert_eq!(
            flags(key(
                json!("2026-06-29T00:00:00Z"),
                json!("2026-09-01T00:00:00Z"),
                true
            )),
            json!([])
        );
        assert_eq!(
            flags(key(
                json!("2026-06-29T00:00:00Z"),
                json!("2026-06-01T00:00:00Z"),
                false
            )),
            json!(["revoked", "expired"])
        );
    }
}
