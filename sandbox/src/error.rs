//! Error bodies: legacy `{error: "<message>"}` (admin and public) and v1
//! `{error: <code>, message?, requiredScopes?, grantedScopes?, details?}`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

/// Which error dialect a path speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `/api/v1/*`: machine codes.
    V1,
    /// `/api/admin/*`, `/api/public/*` and anything else: human messages.
    Legacy,
}

impl Family {
    pub fn for_path(path: &str) -> Family {
        if path == "/api/v1" || path.starts_with("/api/v1/") {
            Family::V1
        } else {
            Family::Legacy
        }
    }
}

/// JSON response with the given status (always `application/json`).
pub(crate) fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut resp = (status, body.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// A v1 error (boxed: it travels in `Result`s).
#[derive(Debug)]
pub(crate) struct V1Error(Box<V1ErrorInner>);

#[derive(Debug)]
struct V1ErrorInner {
    status: StatusCode,
    code: String,
    message: Option<String>,
    extra: Map<String, Value>,
    retry_after: Option<u64>,
}

impl V1Error {
    pub fn new(status: StatusCode, code: &str) -> Self {
        V1Error(Box::new(V1ErrorInner {
            status,
            code: code.to_string(),
            message: None,
            extra: Map::new(),
            retry_after: None,
        }))
    }

    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.0.message = Some(message.into());
        self
    }

    pub fn bad_request(message: &str, details: Vec<String>) -> Self {
        let mut e = V1Error::new(StatusCode::BAD_REQUEST, "bad_request").message(message);
        if !details.is_empty() {
            e.0.extra.insert("details".into(), json!(details));
        }
        e
    }

    pub fn not_found() -> Self {
        V1Error::new(StatusCode::NOT_FOUND, "not_found").message("Resource not found.")
    }

    pub fn forbidden() -> Self {
        V1Error::new(StatusCode::FORBIDDEN, "forbidden").message(
            "The API key's owner has no write authority over this resource's organization.",
        )
    }

    pub fn unauthorized(message: &str) -> Self {
        V1Error::new(StatusCode::UNAUTHORIZED, "unauthorized").message(message)
    }

    pub fn insufficient_scope(required: &[String], granted: &[String]) -> Self {
        let missing: Vec<&str> = required
            .iter()
            .map(String::as_str)
            .filter(|s| !granted.iter().any(|g| g == s))
            .collect();
        let mut e = V1Error::new(StatusCode::FORBIDDEN, "insufficient_scope").message(format!(
            "This API key is missing required scope(s): {}.",
            missing.join(", ")
        ));
        e.0.extra.insert("requiredScopes".into(), json!(required));
        e.0.extra.insert("grantedScopes".into(), json!(granted));
        e
    }

    pub fn rate_limited(retry_after: u64) -> Self {
        let mut e = V1Error::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited").message(format!(
            "Rate limit exceeded. Retry after {retry_after} second(s)."
        ));
        e.0.retry_after = Some(retry_after);
        e
    }

    pub fn body(&self) -> Value {
        let mut body = Map::new();
        body.insert("error".into(), json!(self.0.code));
        if let Some(m) = &self.0.message {
            body.insert("message".into(), json!(m));
        }
        body.extend(self.0.extra.clone());
        Value::Object(body)
    }
}

impl IntoResponse for V1Error {
    fn into_response(self) -> Response {
        let mut resp = json_response(self.0.status, &self.body());
        if let Some(secs) = self.0.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// A legacy error: `{ "error": "<human message>" }`.
#[derive(Debug)]
pub(crate) struct LegacyError {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl LegacyError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        LegacyError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        LegacyError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        LegacyError::new(StatusCode::NOT_FOUND, message)
    }

    pub fn unauthorized() -> Self {
        LegacyError::new(StatusCode::UNAUTHORIZED, "Unauthorized")
    }

    pub fn admin_forbidden() -> Self {
        LegacyError::new(StatusCode::FORBIDDEN, "Forbidden - Admin access required")
    }

    pub fn rate_limited(retry_after: u64) -> Self {
        LegacyError {
            status: StatusCode::TOO_MANY_REQUESTS,
            message: "Too many requests".into(),
            retry_after: Some(retry_after),
        }
    }
}

impl IntoResponse for LegacyError {
    fn into_response(self) -> Response {
        let mut resp = json_response(self.status, &json!({ "error": self.message }));
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// The v1 machine code used for an arbitrary status (fault injection, fallbacks).
pub(crate) fn v1_code_for(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        429 => "rate_limited",
        500 => "internal_error",
        502 => "bad_gateway",
        503 => "service_unavailable",
        504 => "gateway_timeout",
        _ => "error",
    }
}

/// An error body of the right family for `path`, for an arbitrary status.
pub(crate) fn error_for_status(path: &str, status: StatusCode) -> Response {
    let reason = status.canonical_reason().unwrap_or("Error").to_string();
    match Family::for_path(path) {
        Family::V1 => V1Error::new(status, v1_code_for(status))
            .message(reason)
            .into_response(),
        Family::Legacy => LegacyError::new(status, reason).into_response(),
    }
}
