//! Fault injection: scheduled error statuses, delays, dropped connections and broken bodies.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::error::error_for_status;
use crate::server::ConnectionKill;
use crate::state::AppState;

/// What a fault does to the response.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Status(u16),
    Delay(Duration),
    DropConnection,
    TruncatedBody,
    MalformedBody,
}

/// `Retry-After` value attached to a fault's response.
#[derive(Clone, Debug, PartialEq, Eq)]
enum RetryAfter {
    Seconds(u64),
    Date(SystemTime),
}

/// A scheduled misbehaviour for the next matching response(s).
///
/// Build one, then queue it with [`Sandbox::inject`](crate::Sandbox::inject):
///
/// ```
/// use std::time::Duration;
/// use talent_ray_sandbox::Fault;
///
/// let _ = Fault::status(429).retry_after_secs(2).on("GET", "/api/v1/candidates");
/// let _ = Fault::status(503).times(2);
/// let _ = Fault::drop_connection().on("POST", "/api/v1/sourcing").after_handler();
/// let _ = Fault::delay(Duration::from_millis(200)).on_path("/api/v1/me");
/// ```
///
/// By default a fault applies once, to any request, before the real handler runs (so
/// nothing is committed). [`after_handler`](Fault::after_handler) lets the handler run and
/// commit first, then replaces its response ("the write landed but the response was lost").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    kind: Kind,
    method: Option<String>,
    path: Option<String>,
    times: u32,
    after_handler: bool,
    retry_after: Option<RetryAfter>,
}

impl Fault {
    fn new(kind: Kind) -> Fault {
        Fault {
            kind,
            method: None,
            path: None,
            times: 1,
            after_handler: false,
            retry_after: None,
        }
    }

    /// Answer with this HTTP status and an error body of the path's family
    /// (v1 `{error: <code>, message}` or legacy `{error: "<message>"}`).
    pub fn status(status: u16) -> Fault {
        assert!(
            (100..=999).contains(&status),
            "invalid HTTP status {status}"
        );
        Fault::new(Kind::Status(status))
    }

    /// Wait this long, then answer normally (the real handler runs).
    pub fn delay(delay: Duration) -> Fault {
        Fault::new(Kind::Delay(delay))
    }

    /// Close the connection without sending any response.
    pub fn drop_connection() -> Fault {
        Fault::new(Kind::DropConnection)
    }

    /// Send headers whose `Content-Length` promises more than is sent, then close.
    pub fn truncated_body() -> Fault {
        Fault::new(Kind::TruncatedBody)
    }

    /// Answer with a complete `application/json` response whose body is not valid JSON.
    pub fn malformed_body() -> Fault {
        Fault::new(Kind::MalformedBody)
    }

    /// Add `Retry-After: <secs>` to the response.
    pub fn retry_after_secs(mut self, secs: u64) -> Fault {
        self.retry_after = Some(RetryAfter::Seconds(secs));
        self
    }

    /// Add `Retry-After: <HTTP-date>` to the response.
    pub fn retry_after_date(mut self, at: SystemTime) -> Fault {
        self.retry_after = Some(RetryAfter::Date(at));
        self
    }

    /// Apply only to this method and concrete path (e.g. `"/api/v1/sourcing/pc_1"`).
    pub fn on(mut self, method: &str, path: &str) -> Fault {
        self.method = Some(method.to_ascii_uppercase());
        self.path = Some(path.to_string());
        self
    }

    /// Apply only to this concrete path, whatever the method.
    pub fn on_path(mut self, path: &str) -> Fault {
        self.method = None;
        self.path = Some(path.to_string());
        self
    }

    /// Apply to the next `n` matching requests (default 1).
    pub fn times(mut self, n: u32) -> Fault {
        self.times = n;
        self
    }

    /// Run the real handler (and commit) first, then replace its response.
    pub fn after_handler(mut self) -> Fault {
        self.after_handler = true;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m == method)
            && self.path.as_deref().is_none_or(|p| p == path)
    }
}

/// Faults waiting to fire, in the order they were queued.
#[derive(Default)]
pub(crate) struct FaultQueue {
    queue: Mutex<Vec<Fault>>,
}

impl FaultQueue {
    pub fn push(&self, fault: Fault) {
        if fault.times > 0 {
            self.lock().push(fault);
        }
    }

    /// Take one use of the first fault matching this request.
    fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut queue = self.lock();
        let index = queue.iter().position(|f| f.matches(method, path))?;
        let fault = queue[index].clone();
        queue[index].times -= 1;
        if queue[index].times == 0 {
            queue.remove(index);
        }
        Some(fault)
    }

    pub fn pending(&self) -> usize {
        self.lock().iter().map(|f| f.times as usize).sum()
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Fault>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Synthetic JSON used when a broken body is needed and no real body exists.
const SYNTHETIC_BODY: &str = r#"{"data":[{"id":"sandbox_synthetic_1","name":"Synthetic row one"},{"id":"sandbox_synthetic_2","name":"Synthetic row two"}],"pagination":{"page":0,"pageSize":20,"totalCount":2,"totalPages":1}}"#;

/// Outermost middleware: count the request, then apply the first matching fault.
pub(crate) async fn fault_layer(
    State(app): State<Arc<AppState>>,
    req: Request,
    next: Next,
) -> Response {
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    app.counters.request(&method, &path);
    let Some(fault) = app.faults.take(&method, &path) else {
        return next.run(req).await;
    };
    let kill = req.extensions().get::<ConnectionKill>().cloned();
    let (real, pending) = if fault.after_handler {
        (Some(next.run(req).await), None)
    } else {
        (None, Some((req, next)))
    };
    let mut resp = match (&fault.kind, real) {
        (Kind::Delay(d), Some(real)) => {
            tokio::time::sleep(*d).await;
            real
        }
        (Kind::Delay(d), None) => {
            tokio::time::sleep(*d).await;
            match pending {
                Some((req, next)) => next.run(req).await,
                None => unreachable!("the handler has not run yet"),
            }
        }
        (Kind::Status(code), _) => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            error_for_status(&path, status)
        }
        (Kind::DropConnection, _) => {
            if let Some(kill) = kill {
                kill.kill();
            }
            // The connection task drops the connection; this response is never sent.
            std::future::pending::<()>().await;
            unreachable!("the connection was dropped")
        }
        (Kind::TruncatedBody, real) => {
            let (status, bytes) = real_or_synthetic(real).await;
            truncated(status, bytes)
        }
        (Kind::MalformedBody, real) => {
            let (status, bytes) = real_or_synthetic(real).await;
            let cut = bytes.slice(..bytes.len() / 2);
            let mut resp = Response::new(Body::from(cut));
            *resp.status_mut() = status;
            set_json(&mut resp);
            resp
        }
    };
    if let Some(retry) = &fault.retry_after {
        let value = match retry {
            RetryAfter::Seconds(s) => HeaderValue::from(*s),
            RetryAfter::Date(at) => HeaderValue::from_str(&httpdate::fmt_http_date(*at))
                .unwrap_or_else(|_| HeaderValue::from_static("0")),
        };
        resp.headers_mut().insert(header::RETRY_AFTER, value);
    }
    resp
}

/// The real response's status and body, or `200` and a synthetic JSON body if there is
/// none (before the handler) or it was empty.
async fn real_or_synthetic(real: Option<Response>) -> (StatusCode, Bytes) {
    if let Some(real) = real {
        let status = real.status();
        if let Ok(bytes) = axum::body::to_bytes(real.into_body(), usize::MAX).await
            && bytes.len() >= 2
            && status != StatusCode::NO_CONTENT
        {
            return (status, bytes);
        }
    }
    (
        StatusCode::OK,
        Bytes::from_static(SYNTHETIC_BODY.as_bytes()),
    )
}

/// A response that promises `bytes.len()` bytes, sends half, then fails the connection.
fn truncated(status: StatusCode, bytes: Bytes) -> Response {
    let total = bytes.len();
    let half = bytes.slice(..total / 2);
    let stream = futures::stream::unfold(0u8, move |step| {
        let half = half.clone();
        async move {
            match step {
                0 => Some((Ok::<Bytes, std::io::Error>(half), 1)),
                1 => {
                    // Let the server flush the headers and the first half before failing.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    Some((
                        Err(std::io::Error::new(
                            std::io::ErrorKind::ConnectionAborted,
                            "sandbox fault: truncated body",
                        )),
                        2,
                    ))
                }
                _ => None,
            }
        }
    });
    let mut resp = Response::new(Body::from_stream(stream));
    *resp.status_mut() = status;
    set_json(&mut resp);
    resp.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(total));
    resp
}

fn set_json(resp: &mut Response) {
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_takes_first_match_and_counts_down() {
        let q = FaultQueue::default();
        q.push(Fault::status(500).on("GET", "/a").times(2));
        q.push(Fault::status(503));
        assert_eq!(q.pending(), 3);
        assert_eq!(q.take("POST", "/a").unwrap().kind, Kind::Status(503));
        assert_eq!(q.take("GET", "/a").unwrap().kind, Kind::Status(500));
        assert_eq!(q.take("GET", "/a").unwrap().kind, Kind::Status(500));
        assert!(q.take("GET", "/a").is_none());
        assert_eq!(q.pending(), 0);
    }

    #[test]
    fn on_path_matches_any_method() {
        let f = Fault::status(500).on_path("/x");
        assert!(f.matches("GET", "/x"));
        assert!(f.matches("DELETE", "/x"));
        assert!(!f.matches("GET", "/y"));
    }
}
