//! Response plumbing shared by the hooks and the error conversion: buffering, `Retry-After`,
//! redacted body excerpts, and the markers the hooks leave for [`crate::Error`] to read.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

use crate::{Error, Scope};

/// Response header naming the `operationId` a response answered (added by the client, so an
/// error can say which operation it came from).
///
/// ```
/// assert_eq!(talent_ray::OPERATION_HEADER, "x-talent-ray-sdk-operation");
/// ```
pub const OPERATION_HEADER: &str = "x-talent-ray-sdk-operation";
/// v1-shaped `error` code the client puts on an error response whose body was not a documented
/// error body, so its status survives decoding; such errors have [`crate::ErrorFamily::Unknown`].
///
/// ```
/// assert_eq!(talent_ray::UNEXPECTED_BODY_CODE, "unexpected_error_body");
/// ```
pub const UNEXPECTED_BODY_CODE: &str = "unexpected_error_body";
const LOCAL_SCOPE_MARKER: &str = "talent-ray:insufficient_scope:";
const UNCERTAIN_MARKER: &str = "talent-ray:uncertain:";
const CONFIG_MARKER: &str = "talent-ray:config:";
const EXCERPT_CHARS: usize = 200;

/// The buffered body, kept in the response's extensions.
#[derive(Clone, Debug)]
pub(crate) struct RawBody(pub Bytes);

/// `Retry-After` as delta-seconds or an HTTP-date (a past date means "now").
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The first characters of a body, lossily decoded, with anything key-like redacted.
pub(crate) fn excerpt(body: &[u8]) -> String {
    // Redact first: a cut must never leave the tail of a key visible.
    let text = redact_keys(&String::from_utf8_lossy(body));
    let mut cut: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        cut.push('…');
    }
    cut
}

/// Replaces every `tr_` token longer than a display prefix (`tr_aaaa`) with `tr_***`. A token runs
/// to the next whitespace or JSON/markup delimiter, whatever characters a key may contain.
pub(crate) fn redact_keys(text: &str) -> String {
    const DISPLAY_PREFIX: usize = 8;
    let ends_token = |c: char| c.is_whitespace() || "\"'`,;:<>{}[]()\\".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("tr_") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let tail = &from[3..];
        let run = tail.find(ends_token).unwrap_or(tail.len());
        if tail[..run].chars().count() > DISPLAY_PREFIX {
            out.push_str("tr_***");
        } else {
            out.push_str(&from[..3 + run]);
        }
        rest = &tail[run..];
    }
    out.push_str(rest);
    out
}

pub(crate) fn raw_body(response: &reqwest::Response) -> Bytes {
    response
        .extensions()
        .get::<RawBody>()
        .map(|b| b.0.clone())
        .unwrap_or_default()
}

/// The marker a `pre` hook returns (as `progenitor_client::Error::Custom`) for a scope the
/// client knows is missing.
pub(crate) fn local_scope_error(operation: &str, required: &[Scope], granted: &[Scope]) -> String {
    let payload =
        serde_json::json!({ "operation": operation, "required": required, "granted": granted });
    format!("{LOCAL_SCOPE_MARKER}{payload}")
}

/// The marker a `post` hook returns when a non-idempotent request failed after it may have
/// reached the server.
pub(crate) fn uncertain_error(operation: &str, cause: &reqwest::Error) -> String {
    let payload = serde_json::json!({ "operation": operation, "cause": cause.to_string() });
    format!("{UNCERTAIN_MARKER}{payload}")
}

/// The marker a `pre` hook returns when it refuses to send (e.g. the key to another origin).
pub(crate) fn config_error(message: &str) -> String {
    format!("{CONFIG_MARKER}{message}")
}

pub(crate) fn local_error(message: &str) -> Option<Error> {
    if let Some(message) = message.strip_prefix(CONFIG_MARKER) {
        return Some(Error::Config(message.to_owned()));
    }
    if let Some(payload) = message.strip_prefix(UNCERTAIN_MARKER) {
        let payload: serde_json::Value = serde_json::from_str(payload).ok()?;
        return Some(Error::Uncertain {
            operation: payload["operation"].as_str().unwrap_or_default().to_owned(),
            cause: redact_keys(payload["cause"].as_str().unwrap_or_default()),
        });
    }
    let payload: serde_json::Value =
        serde_json::from_str(message.strip_prefix(LOCAL_SCOPE_MARKER)?).ok()?;
    let scopes =
        |k: &str| serde_json::from_value::<Vec<Scope>>(payload[k].clone()).unwrap_or_default();
    Some(Error::InsufficientScope {
        operation: payload["operation"].as_str().unwrap_or_default().to_owned(),
        required: scopes("required"),
        granted: scopes("granted"),
        local: true,
    })
}

/// Whether a JSON error body is one the client synthesized.
pub(crate) fn is_synthesized(obj: &serde_json::Map<String, serde_json::Value>) -> bool {
    obj.get("error").and_then(|v| v.as_str()) == Some(UNEXPECTED_BODY_CODE)
}

/// Whether a body is a documented error body: a JSON object with a string `error`, and the v1
/// optional fields, when present, of the documented types.
fn is_error_body(body: &[u8]) -> bool {
    let Ok(serde_json::Value::Object(obj)) = serde_json::from_slice(body) else {
        return false;
    };
    let strings = |k: &str| match obj.get(k) {
        None => true,
        Some(serde_json::Value::Array(a)) => a.iter().all(|v| v.is_string()),
        Some(_) => false,
    };
    obj.get("error").is_some_and(|e| e.is_string())
        && obj.get("message").is_none_or(|m| m.is_string())
        && ["details", "requiredScopes", "grantedScopes"]
            .into_iter()
            .all(strings)
}

/// A fully buffered response: status, headers and body, rebuilt for the generated code.
pub(crate) struct Buffered {
    pub status: reqwest::StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Buffered {
    /// Reads the whole body; a broken or truncated body is an error.
    pub(crate) async fn read(response: reqwest::Response) -> reqwest::Result<Self> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok(Self {
            status,
            headers,
            body,
        })
    }

    /// The response the generated code decodes. An error status whose body is not a documented
    /// error body gets a v1-shaped body carrying an excerpt, so the status is never lost.
    pub(crate) fn into_response(self, operation_id: &str) -> reqwest::Response {
        let Buffered {
            status,
            mut headers,
            body,
        } = self;
        let decoded_body = if status.as_u16() >= 400 && !is_error_body(&body) {
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            let message = if body.is_empty() {
                None
            } else {
                Some(excerpt(&body))
            };
            let synthesized =
                serde_json::json!({ "error": UNEXPECTED_BODY_CODE, "message": message });
            Bytes::from(synthesized.to_string())
        } else {
            body.clone()
        };
        if let Ok(value) = HeaderValue::from_str(operation_id) {
            headers.insert(OPERATION_HEADER, value);
        }
        headers.remove(reqwest::header::CONTENT_LENGTH);
        let mut builder = http::Response::builder().status(status);
        if let Some(h) = builder.headers_mut() {
            *h = headers;
        }
        let response = builder
            .extension(RawBody(body))
            .body(decoded_body)
            .expect("status and headers are valid");
        reqwest::Response::from(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("30"));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(30)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(90)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(90));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&earlier).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::ZERO));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers, now), None);
    }

    #[test]
    fn excerpts_redact_keys_and_stay_short() {
        let key = format!("tr_{}", "a".repeat(64));
        let out = excerpt(format!("{{\"key\":\"{key}\",\"start\":\"tr_aaaa\"}}").as_bytes());
        assert!(
            !out.contains(&key) && out.contains("tr_***") && out.contains("tr_aaaa"),
            "{out}"
        );
        assert_eq!(
            excerpt("x".repeat(1000).as_bytes()).chars().count(),
            EXCERPT_CHARS + 1
        );
        // A key crossing the cut, and a key with characters outside [A-Za-z0-9_-].
        let odd = format!("tr_a.{}", "S3cr3t".repeat(10));
        let body = format!("{}\"{key}\" and \"{odd}\"", "x".repeat(EXCERPT_CHARS - 20));
        let out = excerpt(body.as_bytes());
        assert!(
            !out.contains("aaaaaaaaaa") && !out.contains("S3cr3t"),
            "{out}"
        );
        assert_eq!(redact_keys(&format!("key={odd} next")), "key=tr_*** next");
    }

    #[test]
    fn only_documented_error_shapes_pass_through() {
        assert!(is_error_body(br#"{"error":"not_found"}"#));
        assert!(is_error_body(
            br#"{"error":"bad_request","details":["x"],"message":"m"}"#
        ));
        assert!(!is_error_body(b"<html>Bad gateway</html>"));
        assert!(!is_error_body(br#"{"message":"no error field"}"#));
        assert!(!is_error_body(br#"{"error":"x","details":"not a list"}"#));
    }

    #[test]
    fn local_scope_errors_round_trip() {
        let marker = local_scope_error("listTests", &[Scope::TestsRead], &[Scope::RolesRead]);
        match local_error(&marker) {
            Some(Error::InsufficientScope {
                operation,
                required,
                granted,
                local: true,
            }) => {
                assert_eq!(operation, "listTests");
                assert_eq!(required, [Scope::TestsRead]);
                assert_eq!(granted, [Scope::RolesRead]);
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(local_error("something else").is_none());
    }
}
