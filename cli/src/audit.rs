//! `keys audit`: every key in one table, with its recent request count and what needs a look.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};

use crate::args::AuditArgs;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::{Format, items};

/// The operations the audit calls.
const LIST: &str = crate::commands::AUDIT_LISTS;
const ME: &str = "getMe";
const USAGE: &str = "getApiKeyUsage";

/// What the usage log says of one key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counted {
    /// Requests in the window, the audit's own left out.
    recent: u64,
    /// The audit's own requests seen in the log (left out of both figures).
    audit_calls: u64,
    /// Of those, the listing, which the listed lifetime count already includes.
    listing: u64,
}

/// Runs `keys audit`.
pub async fn run(ctx: &Context, args: &AuditArgs) -> CliResult {
    let client = ctx.client(!ctx.dry_run)?;
    if ctx.dry_run {
        let prepared = client.prepare("listApiKeys", json!({})).await?;
        ctx.out
            .note("(the audit then reads GET /api/admin/api-keys/{id}/usage for each key)");
        return crate::commands::print_prepared(ctx, &prepared);
    }
    let now = Utc::now();
    // The audit's own calls are left out of the figures: rows of the key in use from this
    // second on, to the operations the audit calls.
    let started = now - Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos()));
    let listed = client.call(LIST, json!({})).await?.body;
    let keys = items(&listed).cloned().unwrap_or_default();
    // The API reports a key's scopes only to that key: known for the key in use.
    let me = client.call(ME, json!({})).await?.body;
    let my_id = me["auth"]["keyId"].as_str().map(str::to_owned);
    let my_scopes = me["auth"]["scopes"].clone();

    let progress = ctx.out.progress("keys");
    progress.set_length(keys.len() as u64);
    let since = now - Duration::days(i64::from(args.window));
    let mut report = Vec::with_capacity(keys.len());
    for key in &keys {
        let id = key["id"].as_str().unwrap_or_default();
        let own = my_id.as_deref() == Some(id);
        let counted = count_since(&client, id, since, own.then_some(started)).await?;
        let scopes = if own { my_scopes.clone() } else { Value::Null };
        report.push(row(key, scopes, counted, now, args));
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
    if ctx.out.jq.is_some() {
        return ctx.out.value(&json!(report));
    }
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
            let rows: Vec<Value> = report
                .iter()
                .map(|row| {
                    let mut row = row.clone();
                    if row["scopesRevealed"] == false {
                        row["scopes"] = json!("(not revealed)");
                    }
                    if let Some(fields) = row.as_object_mut() {
                        fields.remove("scopesRevealed");
                        fields.remove("auditCalls");
                    }
                    row
                })
                .collect();
            writeln!(stdout, "{}", ctx.out.list_table(&rows)?)?;
            ctx.out.note(format!(
                "requests: over the last {} days; requests and requests_total leave out this \
                 audit's own calls. scopes: the API reveals them only for the key in use. \
                 flags: never_used, expiring (within {} days), expired, unused (for {} days), revoked",
                args.window, args.expiring_within, args.unused_for
            ));
        }
    }
    Ok(())
}

/// One report row, flags included.
fn row(
    key: &Value,
    scopes: Value,
    counted: Counted,
    now: DateTime<Utc>,
    args: &AuditArgs,
) -> Value {
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
    let total = key["requestCount"]
        .as_u64()
        .map(|total| json!(total.saturating_sub(counted.listing)))
        .unwrap_or(Value::Null);
    json!({
        "id": key["id"],
        "name": key["name"],
        "owner": key["owner"]["email"],
        "enabled": enabled,
        "scopesRevealed": !scopes.is_null(),
        "scopes": scopes,
        "created": key["createdAt"],
        "lastUsed": key["lastRequest"],
        "expires": key["expiresAt"],
        "requests": counted.recent,
        "requestsTotal": total,
        "auditCalls": counted.audit_calls,
        "flags": flags,
    })
}

/// Requests a key made since `since`, read from its usage log (newest first). With
/// `audit_started` (the key in use), the audit's own calls from then on are counted apart.
async fn count_since(
    client: &talent_ray::Client,
    id: &str,
    since: DateTime<Utc>,
    audit_started: Option<DateTime<Utc>>,
) -> CliResult<Counted> {
    let mut counted = Counted::default();
    // The SDK's paginator asks for the largest page the spec allows.
    let mut rows = client.paginate_call(USAGE, json!({ "id": id })).items();
    while let Some(row) = futures::StreamExt::next(&mut rows).await {
        let row = row?;
        let at = row["timestamp"]
            .as_str()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok());
        if at.is_some_and(|t| t < since) {
            return Ok(counted);
        }
        match audit_call(&row, at, audit_started) {
            Some(op) => {
                counted.audit_calls += 1;
                counted.listing += u64::from(op == LIST);
            }
            None => counted.recent += 1,
        }
    }
    Ok(counted)
}

/// The audit operation a usage row records, when it is one of the audit's own calls.
fn audit_call(
    row: &Value,
    at: Option<DateTime<chrono::FixedOffset>>,
    audit_started: Option<DateTime<Utc>>,
) -> Option<&'static str> {
    let started = audit_started?;
    if at? < started {
        return None;
    }
    let method = row["method"].as_str()?;
    let path = row["path"].as_str()?;
    [LIST, ME, USAGE].into_iter().find(|id| {
        talent_ray::Operation::find(id)
            .is_some_and(|op| op.http_method.as_str() == method && template_matches(op.path, path))
    })
}

/// Whether `path` fits the template `/a/{id}/b`.
fn template_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && !p.is_empty()))
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
            dry_run: Default::default(),
            shape: Default::default(),
        }
    }

    #[test]
    fn the_audits_own_calls_are_recognised() {
        let started: DateTime<Utc> = "2026-06-30T10:00:00Z".parse().unwrap();
        let at = |t: &str| Some(DateTime::parse_from_rfc3339(t).unwrap());
        let usage = json!({"method": "GET", "path": "/api/admin/api-keys/k1/usage"});
        let list = json!({"method": "GET", "path": "/api/admin/api-keys"});
        let other = json!({"method": "GET", "path": "/api/v1/candidates"});
        assert_eq!(
            audit_call(&usage, at("2026-06-30T10:00:00Z"), Some(started)),
            Some(USAGE)
        );
        assert_eq!(
            audit_call(&list, at("2026-06-30T10:00:01Z"), Some(started)),
            Some(LIST)
        );
        assert_eq!(
            audit_call(&list, at("2026-06-30T09:59:59Z"), Some(started)),
            None
        );
        assert_eq!(
            audit_call(&other, at("2026-06-30T10:00:01Z"), Some(started)),
            None
        );
        assert_eq!(audit_call(&list, at("2026-06-30T10:00:01Z"), None), None);
    }

    #[test]
    fn totals_leave_out_the_listing_and_scopes_say_when_unrevealed() {
        let now: DateTime<Utc> = "2026-06-30T00:00:00Z".parse().unwrap();
        let key = json!({"id": "k", "enabled": true, "requestCount": 10});
        let counted = Counted {
            recent: 9,
            audit_calls: 3,
            listing: 1,
        };
        let row = row(&key, Value::Null, counted, now, &args());
        assert_eq!(row["requests"], 9);
        assert_eq!(row["requestsTotal"], 9);
        assert_eq!(row["auditCalls"], 3);
        assert_eq!(row["scopesRevealed"], false);
    }

    #[test]
    fn flags_follow_the_thresholds() {
        let now: DateTime<Utc> = "2026-06-30T00:00:00Z".parse().unwrap();
        let key = |last: Value, expires: Value, enabled: bool| json!({"id": "k", "enabled": enabled, "lastRequest": last, "expiresAt": expires});
        let flags =
            |k: Value| row(&k, Value::Null, Counted::default(), now, &args())["flags"].clone();
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
