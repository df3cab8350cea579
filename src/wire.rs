//! Response plumbing shared by the hooks and the error conversion: buffering, `Retry-After`,
//! redacted body excerpts, and the typed errors the hooks hand to [`crate::Error`].

use std::cell::RefCell;
use std::future::Future;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

use crate::error::ErrorBody;
use crate::{Error, Scope};

/// Response header naming the `operationId` an error response answered (added by the client to
/// error responses only, so an error can say which operation it came from).
pub(crate) const OPERATION_HEADER: &str = "x-talent-ray-sdk-operation";
/// Response header the client puts on an error response whose body was not a documented error
/// body (and so was replaced by one carrying an excerpt, for the generated code to decode). Any
/// such header a server sends is removed first, so it cannot be spoofed.
pub(crate) const UNCLASSIFIED_HEADER: &str = "x-talent-ray-sdk-unclassified";
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

tokio::task_local! {
    /// Set while a generated `send()` runs: where a hook leaves the typed error it stops a
    /// request with (progenitor's hooks can only return its own error type).
    static LOCAL_ERROR: RefCell<Option<Error>>;
}

/// Runs a generated send (or the hooks by hand) and converts its error to [`Error`], taking a
/// hook's SDK-local error as the typed value the hook left.
pub(crate) async fn classify<T, E: ErrorBody>(
    send: impl Future<Output = Result<T, progenitor_client::Error<E>>>,
) -> Result<T, Error> {
    LOCAL_ERROR
        .scope(RefCell::new(None), async move {
            send.await.map_err(|e| {
                let local = match &e {
                    progenitor_client::Error::Custom(_) => {
                        LOCAL_ERROR.with(|slot| slot.borrow_mut().take())
                    }
                    _ => None,
                };
                local.unwrap_or_else(|| Error::from(e))
            })
        })
        .await
}

/// What a hook returns to stop a request with an SDK-local `error`: progenitor's `Custom` error
/// for the generated code, with the typed error left for [`classify`].
pub(crate) fn local<E>(error: Error) -> progenitor_client::Error<E> {
    let message = error.to_string();
    // Outside `classify` (never, for the SDK's own sends) the message alone survives.
    let _ = LOCAL_ERROR.try_with(|slot| *slot.borrow_mut() = Some(error));
    progenitor_client::Error::Custom(message)
}

/// A scope the client knows is missing, found before sending.
pub(crate) fn local_scope_error(
    operation: &str,
    required: Vec<Scope>,
    granted: Vec<Scope>,
) -> Error {
    Error::InsufficientScope {
        operation: operation.to_owned(),
        required,
        granted,
        local: true,
    }
}

/// A non-idempotent request that failed after it may have reached the server.
pub(crate) fn uncertain_error(operation: &str, cause: &reqwest::Error) -> Error {
    Error::Uncertain {
        operation: operation.to_owned(),
        cause: redact_keys(&cause.to_string()),
    }
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
    /// error body gets one carrying an excerpt (and [`UNCLASSIFIED_HEADER`]), so the status is
    /// never lost; error responses also get [`OPERATION_HEADER`]. A success is passed on as sent.
    pub(crate) fn into_response(self, operation_id: &str) -> reqwest::Response {
        let Buffered {
            status,
            mut headers,
            body,
        } = self;
        headers.remove(UNCLASSIFIED_HEADER);
        headers.remove(OPERATION_HEADER);
        let is_error = status.as_u16() >= 400;
        let decoded_body = if is_error && !is_error_body(&body) {
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            headers.insert(UNCLASSIFIED_HEADER, HeaderValue::from_static("1"));
            headers.remove(reqwest::header::CONTENT_LENGTH);
            let message = if body.is_empty() {
                None
            } else {
                Some(excerpt(&body))
            };
            // Both families decode this; the header, not a code, says the body was replaced.
            let replaced = serde_json::json!({ "error": message.clone().unwrap_or_default(), "message": message });
            Bytes::from(replaced.to_string())
        } else {
            body.clone()
        };
        if is_error && let Ok(value) = HeaderValue::from_str(operation_id) {
            headers.insert(OPERATION_HEADER, value);
        }
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

    #[tokio::test]
    async fn a_hooks_local_error_arrives_typed() {
        let sent = classify(async {
            Err::<(), progenitor_client::Error<()>>(local(local_scope_error(
                "listTests",
                vec![Scope::TestsRead],
                vec![Scope::RolesRead],
            )))
        })
        .await;
        match sent {
            Err(Error::InsufficientScope {
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
        // A `Custom` error no hook left a typed value for is not mistaken for one.
        let other = classify(async {
            Err::<(), progenitor_client::Error<()>>(progenitor_client::Error::Custom(
                "talent-ray:config:looks like a marker".into(),
            ))
        })
        .await;
        assert!(matches!(other, Err(Error::InvalidRequest(_))), "{other:?}");
    }

    #[test]
    fn only_error_responses_carry_the_clients_headers() {
        let response = |status: u16, body: &'static str| {
            let mut headers = HeaderMap::new();
            // A server cannot pass its body off as replaced.
            headers.insert(UNCLASSIFIED_HEADER, HeaderValue::from_static("1"));
            Buffered {
                status: reqwest::StatusCode::from_u16(status).unwrap(),
                headers,
                body: Bytes::from_static(body.as_bytes()),
            }
            .into_response("getMe")
        };
        let ok = response(200, "{}");
        assert!(ok.headers().get(OPERATION_HEADER).is_none());
        assert!(ok.headers().get(UNCLASSIFIED_HEADER).is_none());
        let documented = response(404, r#"{"error":"not_found"}"#);
        assert_eq!(documented.headers()[OPERATION_HEADER], "getMe");
        assert!(documented.headers().get(UNCLASSIFIED_HEADER).is_none());
        let html = response(502, "<html>Bad gateway</html>");
        assert!(html.headers().get(UNCLASSIFIED_HEADER).is_some());
    }
}
