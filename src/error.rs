//! [`Error`]: every way a call can fail, with both API error families classified.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::Scope;
use crate::types;
use crate::wire;

/// `Result` with [`Error`] as the default error.
///
/// ```
/// fn parse(s: &str) -> talent_ray::Result<talent_ray::Scope> {
///     s.parse().map_err(|e: talent_ray::UnknownScope| talent_ray::Error::Config(e.to_string()))
/// }
/// assert!(parse("roles:read").is_ok());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything a Talent-Ray call can fail with. Never contains the API key.
///
/// Every operation's `send()` returns it, so a call's result can be matched on directly.
///
/// ```no_run
/// use talent_ray::Error;
/// # async fn f(client: talent_ray::Client) -> talent_ray::Result<()> {
/// match client.get_candidate().id("cand_1").send().await {
///     Ok(candidate) => println!("{}", candidate.full_name),
///     Err(Error::NotFound(_)) => println!("gone, or not visible to this key"),
///     Err(Error::InsufficientScope { required, .. }) => println!("grant {required:?}"),
///     Err(e) if e.is_retryable() => println!("try later: {e}"),
///     Err(e) => return Err(e),
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built as configured (bad key format, insecure URL, …).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The request was refused before sending: a required field or parameter is missing, or a
    /// value breaks a constraint of the spec. Says where (`body /fullName`, `query parameter
    /// limit`) and the rule (`minLength`, `maximum`, `format`, `required`, …); never the value.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The connection failed or broke.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request or connection timed out.
    #[error("timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// A success response did not match the spec.
    #[error("could not decode the response ({message}); body starts: {excerpt}")]
    Decode {
        /// What did not match.
        message: String,
        /// The first bytes of the body, with anything key-like redacted.
        excerpt: String,
    },
    /// 401: no valid API key.
    #[error("unauthorized: {0}")]
    Unauthorized(ApiError),
    /// 403 other than a missing scope: the key's owner lacks authority.
    #[error("forbidden: {0}")]
    Forbidden(ApiError),
    /// 404: absent, or not visible to the key.
    #[error("not found: {0}")]
    NotFound(ApiError),
    /// The key lacks a scope the operation requires. With `local`, nothing was sent.
    #[error("{operation} requires scope(s) [{}] but the key has [{}]{}",
        join(required), join(granted), if *local { " (checked before sending)" } else { "" })]
    InsufficientScope {
        /// The operation's `operationId`.
        operation: String,
        /// Scopes the operation requires.
        required: Vec<Scope>,
        /// Scopes the key has.
        granted: Vec<Scope>,
        /// Detected by the client from its known scopes; no request was sent.
        local: bool,
    },
    /// 429 that retrying could not (or was not allowed to) ride out.
    #[error("rate limited{}", retry_after.map(|d| format!("; retry after {}s", d.as_secs())).unwrap_or_default())]
    RateLimited {
        /// The server's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
    },
    /// Any other error status, in either error family.
    #[error("{0}")]
    Api(ApiError),
    /// A non-idempotent request (a POST) failed after it may have reached the server: it may or
    /// may not have been applied, so it was not retried. Check before repeating it.
    #[error("{operation} may or may not have been applied (not retried): {cause}")]
    Uncertain {
        /// The operation's `operationId`.
        operation: String,
        /// What broke (timeout, reset connection, broken body).
        cause: String,
    },
    /// A list could not be paged consistently (e.g. a repeated cursor).
    #[error("pagination stopped: {0}")]
    Pagination(String),
    /// A cursor list has more rows at one timestamp than its largest page holds. The API's
    /// cursor is a timestamp, so the rows of that timestamp beyond the `read` ones cannot be asked
    /// for; the stream stops here rather than skip them (how many there are, the API cannot say).
    #[error(
        "{operation}: at least {read} rows share the timestamp {timestamp}, as many as the largest \
         page holds; any further rows of that timestamp (an unknown number, the API has no finer \
         cursor) may be missing, so paging stopped instead of skipping them"
    )]
    TiedRows {
        /// The operation's `operationId`.
        operation: String,
        /// The timestamp the rows share.
        timestamp: crate::pagination::Cursor,
        /// Rows of that timestamp already yielded.
        read: u64,
    },
}

fn join(scopes: &[Scope]) -> String {
    scopes
        .iter()
        .map(Scope::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which of the API's error body shapes a response used.
///
/// ```
/// # fn f(err: talent_ray::Error) {
/// if let talent_ray::Error::Api(api) = err {
///     match api.family {
///         talent_ray::ErrorFamily::V1 => println!("code {:?}", api.code),
///         _ => println!("message {:?}", api.message),
///     }
/// }
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorFamily {
    /// `/api/admin`, `/api/public`: `{ "error": "<human message>" }`.
    Legacy,
    /// `/api/v1`: `{ "error": "<code>", "message"?, "details"?, … }`.
    V1,
    /// The body was not in a documented shape (e.g. a proxy's HTML page).
    #[default]
    Unknown,
}

/// An error response from the API, in either family.
///
/// ```
/// # fn f(err: talent_ray::Error) {
/// if let talent_ray::Error::Api(api) = &err {
///     eprintln!("{} failed: {api} (details: {:?})", api.status, api.details);
/// }
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Which body shape the server used.
    pub family: ErrorFamily,
    /// v1 machine code (`bad_request`, `not_found`, …); `None` for the legacy family.
    pub code: Option<String>,
    /// Human-readable message (the legacy `error`, or v1 `message`), or a body excerpt.
    pub message: Option<String>,
    /// v1 `details` on `bad_request`.
    pub details: Vec<String>,
    /// The `operationId` that failed, when known.
    pub operation: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status.as_u16())?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if !self.details.is_empty() {
            write!(f, " ({})", self.details.join("; "))?;
        }
        Ok(())
    }
}

impl Error {
    /// The HTTP status, when the error came from a response.
    ///
    /// ```
    /// let err = talent_ray::Error::RateLimited { retry_after: None };
    /// assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Unauthorized(e) | Error::Forbidden(e) | Error::NotFound(e) | Error::Api(e) => {
                Some(e.status)
            }
            Error::InsufficientScope { local: false, .. } => Some(StatusCode::FORBIDDEN),
            Error::RateLimited { .. } => Some(StatusCode::TOO_MANY_REQUESTS),
            Error::Transport(e) | Error::Timeout(e) => e.status(),
            _ => None,
        }
    }

    /// Whether trying again later might succeed (rate limits, server errors, transport faults).
    /// The client already retried what was safe to retry.
    ///
    /// ```
    /// assert!(talent_ray::Error::RateLimited { retry_after: None }.is_retryable());
    /// assert!(!talent_ray::Error::Config("x".into()).is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Transport(_) | Error::Timeout(_) => true,
            // A 5xx on a non-idempotent operation may have been applied: not safe to repeat.
            Error::Api(e) => {
                matches!(e.status.as_u16(), 500 | 502 | 503 | 504)
                    && e.operation
                        .as_deref()
                        .and_then(crate::Operation::find)
                        .is_some_and(|op| op.idempotent)
            }
            _ => false,
        }
    }

    /// How long the server asked to wait, on a rate limit.
    ///
    /// ```
    /// use std::time::Duration;
    /// let err = talent_ray::Error::RateLimited { retry_after: Some(Duration::from_secs(30)) };
    /// assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after } => *retry_after,
            _ => None,
        }
    }

    /// Classifies an error response by status and body.
    pub(crate) fn from_response(
        status: StatusCode,
        headers: &HeaderMap,
        body: ErrorBodyParts,
    ) -> Error {
        let operation = headers
            .get(wire::OPERATION_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("unknown")
            .to_owned();
        if status == StatusCode::TOO_MANY_REQUESTS {
            return Error::RateLimited {
                retry_after: wire::retry_after(headers, std::time::SystemTime::now()),
            };
        }
        if status == StatusCode::FORBIDDEN && body.code.as_deref() == Some("insufficient_scope") {
            return Error::InsufficientScope {
                operation,
                required: body
                    .required
                    .iter()
                    .map(|s| Scope::from_server(s))
                    .collect(),
                granted: body.granted.iter().map(|s| Scope::from_server(s)).collect(),
                local: false,
            };
        }
        // A body the client replaced (it was not a documented error body) has no family.
        let body = if headers.contains_key(wire::UNCLASSIFIED_HEADER) {
            ErrorBodyParts {
                message: body.message.filter(|m| !m.is_empty()),
                ..ErrorBodyParts::default()
            }
        } else {
            body
        };
        let api = ApiError {
            status,
            family: body.family,
            code: body.code,
            message: body.message,
            details: body.details,
            operation: (operation != "unknown").then_some(operation),
        };
        match status {
            StatusCode::UNAUTHORIZED => Error::Unauthorized(api),
            StatusCode::FORBIDDEN => Error::Forbidden(api),
            StatusCode::NOT_FOUND => Error::NotFound(api),
            _ => Error::Api(api),
        }
    }
}

/// An error body reduced to the fields both families can carry.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct ErrorBodyParts {
    family: ErrorFamily,
    code: Option<String>,
    message: Option<String>,
    details: Vec<String>,
    required: Vec<String>,
    granted: Vec<String>,
}

impl ErrorBodyParts {
    /// Reads either family from raw JSON (guessing the family from the shape of `error`);
    /// anything else becomes `Unknown`.
    pub(crate) fn from_json(value: &serde_json::Value) -> Self {
        let Some(obj) = value.as_object() else {
            return Self::default();
        };
        let text = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_owned);
        let list = |k: &str| -> Vec<String> {
            obj.get(k)
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let Some(error) = text("error") else {
            return Self::default();
        };
        // v1 codes are snake_case identifiers; legacy errors are sentences.
        let is_code =
            !error.is_empty() && error.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        if is_code {
            Self {
                family: ErrorFamily::V1,
                code: Some(error),
                message: text("message"),
                details: list("details"),
                required: list("requiredScopes"),
                granted: list("grantedScopes"),
            }
        } else {
            Self {
                family: ErrorFamily::Legacy,
                message: Some(error),
                ..Self::default()
            }
        }
    }
}

/// A generated error-body type the client can classify.
#[doc(hidden)]
pub trait ErrorBody {
    /// The body's fields.
    fn parts(&self) -> ErrorBodyParts;
}

impl ErrorBody for types::V1Error {
    fn parts(&self) -> ErrorBodyParts {
        ErrorBodyParts {
            family: ErrorFamily::V1,
            code: Some(self.error.clone()),
            message: self.message.clone(),
            details: self.details.clone(),
            required: self.required_scopes.clone(),
            granted: self.granted_scopes.clone(),
        }
    }
}

impl ErrorBody for types::LegacyError {
    fn parts(&self) -> ErrorBodyParts {
        ErrorBodyParts {
            family: ErrorFamily::Legacy,
            message: Some(self.error.clone()),
            ..ErrorBodyParts::default()
        }
    }
}

impl ErrorBody for serde_json::Value {
    fn parts(&self) -> ErrorBodyParts {
        ErrorBodyParts::from_json(self)
    }
}

impl ErrorBody for () {
    fn parts(&self) -> ErrorBodyParts {
        ErrorBodyParts::default()
    }
}

impl<E: ErrorBody> From<progenitor_client::Error<E>> for Error {
    fn from(err: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match err {
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
                Error::from(e)
            }
            P::ErrorResponse(response) => Error::from_response(
                response.status(),
                response.headers(),
                response.as_ref().parts(),
            ),
            P::InvalidResponsePayload(bytes, e) => Error::Decode {
                message: wire::redact_keys(&e.to_string()),
                excerpt: wire::excerpt(&bytes),
            },
            P::UnexpectedResponse(response) => {
                let raw = wire::raw_body(&response);
                let parts = serde_json::from_slice(&raw)
                    .map(|v| ErrorBodyParts::from_json(&v))
                    .unwrap_or_default();
                let parts = ErrorBodyParts {
                    message: parts.message.or_else(|| Some(wire::excerpt(&raw))),
                    ..parts
                };
                if response.status().is_success() {
                    return Error::Decode {
                        message: format!("undocumented status {}", response.status()),
                        excerpt: wire::excerpt(&raw),
                    };
                }
                Error::from_response(response.status(), response.headers(), parts)
            }
            // A hook's typed error is taken by `wire::classify`; any other is a refusal.
            P::Custom(message) => Error::InvalidRequest(message),
        }
    }
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout(e)
        } else {
            Error::Transport(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_type_decides_the_family() {
        let legacy: types::LegacyError =
            serde_json::from_value(serde_json::json!({"error": "unauthorized"})).unwrap();
        let parts = legacy.parts();
        assert_eq!(
            (parts.family, parts.code, parts.message.as_deref()),
            (ErrorFamily::Legacy, None, Some("unauthorized"))
        );
        let v1: types::V1Error =
            serde_json::from_value(serde_json::json!({"error": "Quota2Exceeded"})).unwrap();
        let parts = v1.parts();
        assert_eq!(
            (parts.family, parts.code.as_deref()),
            (ErrorFamily::V1, Some("Quota2Exceeded"))
        );
    }

    #[test]
    fn a_5xx_is_retryable_only_for_idempotent_operations() {
        let api = |operation: &str| ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            family: ErrorFamily::V1,
            code: None,
            message: None,
            details: vec![],
            operation: Some(operation.into()),
        };
        assert!(Error::Api(api("listCandidates")).is_retryable());
        assert!(!Error::Api(api("createPotentialCandidate")).is_retryable());
    }
}
