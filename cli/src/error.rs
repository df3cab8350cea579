//! What the CLI can fail with, the exit code of each failure, and its JSON form on stderr.

use serde_json::{Value, json};
use talent_ray::{ApiError, Error, ErrorFamily};

/// The exit codes, as `--help` and the README document them.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  ok
  1  API or other error
  2  usage: bad flags or input, refused before sending, or not confirmed
  3  unauthorized: no API key, or the key was refused
  4  insufficient scope (or the key's owner lacks the authority: 403)
  5  not found
  6  rate limited after retries
  7  uncertain write: it may have landed; check before repeating";

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: an API or other error.
pub const EXIT_ERROR: u8 = 1;
/// Exit code: a usage error.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: unauthorized.
pub const EXIT_UNAUTHORIZED: u8 = 3;
/// Exit code: insufficient scope or authority.
pub const EXIT_FORBIDDEN: u8 = 4;
/// Exit code: not found.
pub const EXIT_NOT_FOUND: u8 = 5;
/// Exit code: rate limited after retries.
pub const EXIT_RATE_LIMITED: u8 = 6;
/// Exit code: a write that may or may not have landed.
pub const EXIT_UNCERTAIN: u8 = 7;

/// A failed command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The API call (or the client's checks before it) failed.
    #[error(transparent)]
    Api(#[from] Error),
    /// The command line or its input was wrong; nothing was sent.
    #[error("{0}")]
    Usage(String),
    /// No API key was configured for an operation that needs one.
    #[error(
        "no API key: set TALENT_RAY_API_KEY, or run `talent-ray auth login` (see `talent-ray auth --help`)"
    )]
    NoKey,
    /// Anything else (a config file that cannot be written, a broken terminal, …).
    #[error("{0}")]
    Other(String),
    /// The reader of stdout went away (`| head`): stop quietly.
    #[error("broken pipe")]
    BrokenPipe,
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Other(e.to_string())
        }
    }
}

/// `Result` with [`CliError`].
pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    /// The documented exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Api(e) => api_exit_code(e),
            CliError::Usage(_) => EXIT_USAGE,
            CliError::NoKey => EXIT_UNAUTHORIZED,
            CliError::Other(_) => EXIT_ERROR,
            CliError::BrokenPipe => EXIT_OK,
        }
    }

    /// A stable machine name of the failure (`not_found`, `usage`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            CliError::Api(e) => api_kind(e),
            CliError::Usage(_) => "usage",
            CliError::NoKey => "no_api_key",
            CliError::Other(_) => "other",
            CliError::BrokenPipe => "broken_pipe",
        }
    }

    /// The error as a JSON object: `kind`, `message`, `exit_code`, and the fields of
    /// [`talent_ray::Error`]'s variant.
    pub fn to_json(&self) -> Value {
        let mut object = json!({
            "kind": self.kind(),
            "message": self.to_string(),
            "exit_code": self.exit_code(),
        });
        if let CliError::Api(e) = self {
            if let Some(status) = e.status() {
                object["status"] = json!(status.as_u16());
            }
            object["retryable"] = json!(e.is_retryable());
            let fields = api_fields(e);
            if let (Some(target), Value::Object(extra)) = (object.as_object_mut(), fields) {
                target.extend(extra);
            }
        }
        json!({ "error": object })
    }
}

fn api_exit_code(e: &Error) -> u8 {
    match e {
        Error::Unauthorized(_) => EXIT_UNAUTHORIZED,
        Error::InsufficientScope { .. } | Error::Forbidden(_) => EXIT_FORBIDDEN,
        Error::NotFound(_) => EXIT_NOT_FOUND,
        Error::RateLimited { .. } => EXIT_RATE_LIMITED,
        Error::Uncertain { .. } => EXIT_UNCERTAIN,
        Error::InvalidRequest(_) | Error::Config(_) => EXIT_USAGE,
        _ => EXIT_ERROR,
    }
}

fn api_kind(e: &Error) -> &'static str {
    match e {
        Error::Config(_) => "config",
        Error::InvalidRequest(_) => "invalid_request",
        Error::Transport(_) => "transport",
        Error::Timeout(_) => "timeout",
        Error::Decode { .. } => "decode",
        Error::Unauthorized(_) => "unauthorized",
        Error::Forbidden(_) => "forbidden",
        Error::NotFound(_) => "not_found",
        Error::InsufficientScope { .. } => "insufficient_scope",
        Error::RateLimited { .. } => "rate_limited",
        Error::Api(_) => "api",
        Error::Uncertain { .. } => "uncertain",
        Error::Pagination(_) => "pagination",
        _ => "other",
    }
}

/// The variant's own fields, under the names `talent_ray::Error` gives them.
fn api_fields(e: &Error) -> Value {
    match e {
        Error::Unauthorized(api)
        | Error::Forbidden(api)
        | Error::NotFound(api)
        | Error::Api(api) => {
            json!({ "api": api_error(api) })
        }
        Error::InsufficientScope {
            operation,
            required,
            granted,
            local,
        } => json!({
            "operation": operation,
            "required": required,
            "granted": granted,
            "local": local,
        }),
        Error::RateLimited { retry_after } => {
            json!({ "retry_after": retry_after.map(|d| d.as_secs_f64()) })
        }
        Error::Uncertain { operation, cause } => json!({ "operation": operation, "cause": cause }),
        Error::Decode { message, excerpt } => {
            json!({ "decode_message": message, "excerpt": excerpt })
        }
        _ => json!({}),
    }
}

fn api_error(api: &ApiError) -> Value {
    let family = match api.family {
        ErrorFamily::Legacy => "legacy",
        ErrorFamily::V1 => "v1",
        _ => "unknown",
    };
    json!({
        "status": api.status.as_u16(),
        "family": family,
        "code": api.code,
        "message": api.message,
        "details": api.details,
        "operation": api.operation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_is_reachable() {
        let cases = [
            (CliError::Usage("x".into()), EXIT_USAGE),
            (CliError::NoKey, EXIT_UNAUTHORIZED),
            (CliError::Other("x".into()), EXIT_ERROR),
            (
                Error::RateLimited { retry_after: None }.into(),
                EXIT_RATE_LIMITED,
            ),
            (
                Error::Uncertain {
                    operation: "createApiKey".into(),
                    cause: "reset".into(),
                }
                .into(),
                EXIT_UNCERTAIN,
            ),
            (Error::InvalidRequest("x".into()).into(), EXIT_USAGE),
        ];
        for (error, code) in cases {
            assert_eq!(error.exit_code(), code, "{error}");
            let json = error.to_json();
            assert_eq!(json["error"]["exit_code"], code);
            assert_eq!(json["error"]["kind"], error.kind());
        }
        for code in 0..=7u8 {
            assert!(
                EXIT_CODES_HELP.contains(&format!("  {code}  ")),
                "{code} documented"
            );
        }
    }

    #[test]
    fn json_keeps_the_variant_fields() {
        let error: CliError = Error::RateLimited {
            retry_after: Some(std::time::Duration::from_secs(30)),
        }
        .into();
        let json = error.to_json();
        assert_eq!(json["error"]["retry_after"], 30.0);
        assert_eq!(json["error"]["status"], 429);
    }
}
