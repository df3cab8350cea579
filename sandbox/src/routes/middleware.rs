//! HTTP middleware: the fault layer (outermost: counts and logs every request, then applies
//! a queued fault) and the authentication layers of `/api/v1` and `/api/admin`.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::auth::{Presented, authenticate, credential_header_names, log_usage, rate_check};
use crate::error::{LegacyError, V1Error, error_for_status};
use crate::faults::{Kind, RetryAfter};
use crate::server::{ConnectionKill, PeerAddr};

/// Marks a response a fault made rather than the sandbox's own behaviour (its value names the
/// fault: `status`, `truncated_body` or `malformed_body`), so tests can tell the two apart.
pub const FAULT_HEADER: &str = "x-sandbox-fault";

/// What the gate of one `/api/v1` operation needs: the shared state and the operation's
/// `x-required-scopes`, read from the spec.
#[derive(Clone)]
pub(crate) struct V1Gate {
    pub app: Arc<AppState>,
    pub scopes: Arc<[String]>,
}

/// Middleware for `/api/v1`: authenticate (401), rate-limit (429), check the operation's scopes
/// (403 `insufficient_scope`), attach the [`Principal`].
///
/// [`Principal`]: crate::auth::Principal
pub(crate) async fn v1_auth(
    State(V1Gate { app, scopes }): State<V1Gate>,
    mut req: Request,
    next: Next,
) -> Response {
    // Only `GET /api/v1/me` documents session callers.
    let allow_session = req.method() == Method::GET && req.uri().path() == "/api/v1/me";
    let presented = presented(&req);
    let principal = match authenticate(&app, &presented, allow_session) {
        Ok(p) => p,
        Err(msg) => return V1Error::unauthorized(msg).into_response(),
    };
    if let Err(secs) = admit(&app, &principal, &presented) {
        return V1Error::rate_limited(secs).into_response();
    }
    if let Err(e) = principal.require(&scopes) {
        return e.into_response();
    }
    req.extensions_mut().insert(principal);
    next.run(req).await
}

/// Middleware for `/api/admin`: authenticate (401), rate-limit (429), require an admin owner (403).
pub(crate) async fn admin_auth(
    State(app): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let presented = presented(&req);
    let principal = match authenticate(&app, &presented, false) {
        Ok(p) => p,
        Err(_) => return LegacyError::unauthorized().into_response(),
    };
    if let Err(secs) = admit(&app, &principal, &presented) {
        return LegacyError::rate_limited(secs).into_response();
    }
    if !principal.user.is_admin() {
        return LegacyError::admin_forbidden().into_response();
    }
    req.extensions_mut().insert(principal);
    next.run(req).await
}

fn presented(req: &Request) -> Presented<'_> {
    Presented {
        method: req.method(),
        uri: req.uri(),
        headers: req.headers(),
        peer: req.extensions().get::<PeerAddr>().map(|p| p.0.ip()),
    }
}

/// Rate-limit an authenticated request and log it (a 429 is logged too unless the sandbox
/// was told otherwise).
fn admit(
    app: &AppState,
    principal: &crate::auth::Principal,
    presented: &Presented<'_>,
) -> Result<(), u64> {
    let verdict = rate_check(app, principal);
    if verdict.is_ok() || app.choices.log_rate_limited {
        log_usage(app, principal, presented);
    }
    verdict
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
    app.counters.request(
        &method,
        &path,
        req.uri().query(),
        credential_header_names(req.headers()),
    );
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
        (Kind::Hold(hold), Some(real)) => {
            hold.wait().await;
            real
        }
        (Kind::Hold(hold), None) => {
            hold.wait().await;
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
    if let Some(name) = fault.kind.replaces_response() {
        resp.headers_mut()
            .insert(FAULT_HEADER, HeaderValue::from_static(name));
    }
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
                    // hyper flushes its write buffer whenever the body stream is pending,
                    // so yielding once puts the headers and the first half on the socket
                    // before the error below aborts the connection. No timer involved.
                    tokio::task::yield_now().await;
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
