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
    #[error("{}", api_message(.0))]
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

/// The message of an SDK error in the words of the command line: the command rather than the
/// operation id, a network failure's cause, the way out as a flag. The SDK's own text (which may
/// name Rust types or builder methods) stays in the JSON form's variant fields only where useful.
fn api_message(e: &Error) -> String {
    match e {
        Error::Transport(source) => transport_message(source),
        Error::Timeout(source) => format!(
            "{}: timed out waiting for the server",
            target(source).unwrap_or_else(|| "the request".to_owned())
        ),
        Error::Config(message) => config_message(message),
        Error::InvalidRequest(message) => invalid_request_message(message),
        Error::Decode { excerpt, .. } => format!(
            "the server's answer does not have the shape the API documents (it starts: {excerpt}); \
             --format json shows the details"
        ),
        Error::InsufficientScope {
            operation,
            required,
            granted,
            local,
        } => {
            let list = |scopes: &[talent_ray::Scope]| match scopes {
                [] => "none".to_owned(),
                scopes => scopes
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            format!(
                "{} needs the scope {}; the key has {}{}",
                crate::commands::command_line(operation),
                list(required),
                list(granted),
                if *local {
                    " (checked before sending; nothing was sent)"
                } else {
                    ""
                }
            )
        }
        Error::Uncertain { operation, cause } => format!(
            "{} may or may not have been applied: the connection broke after sending ({}); \
             it was not retried, so check before repeating it",
            crate::commands::command_line(operation),
            network_cause(cause)
        ),
        other => other.to_string(),
    }
}

/// `scheme://host:port` of the request a transport error is about.
fn target(e: &reqwest::Error) -> Option<String> {
    let url = e.url()?;
    Some(format!(
        "{}://{}{}",
        url.scheme(),
        url.host_str().unwrap_or_default(),
        url.port().map(|p| format!(":{p}")).unwrap_or_default()
    ))
}

fn transport_message(e: &reqwest::Error) -> String {
    let mut chain = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    format!(
        "cannot reach {}: {}",
        target(e).unwrap_or_else(|| "the server".to_owned()),
        network_cause(&chain)
    )
}

/// The cause of a network failure in a few words (connection refused, DNS, TLS, timeout), from
/// the text of the error and its sources.
pub fn network_cause(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if has(&["connection refused"]) {
        "connection refused (is the server running, and is the port right?)".to_owned()
    } else if has(&[
        "dns error",
        "failed to lookup",
        "name or service not known",
        "no such host",
        "nodename nor servname",
    ]) {
        "DNS lookup failed (check the host name)".to_owned()
    } else if has(&["certificate", "tls", "ssl", "handshake"]) {
        "TLS handshake failed (the server's certificate was not accepted)".to_owned()
    } else if has(&["timed out", "timeout", "deadline"]) {
        "timed out".to_owned()
    } else if has(&[
        "connection reset",
        "broken pipe",
        "connection closed",
        "incomplete message",
        "unexpected eof",
    ]) {
        "the connection was closed by the other side".to_owned()
    } else if has(&[
        "network is unreachable",
        "no route to host",
        "host is unreachable",
    ]) {
        "the network cannot reach the host".to_owned()
    } else {
        // The innermost cause is the most specific; drop the layers of wrapping.
        text.rsplit(": ").next().unwrap_or(text).trim().to_owned()
    }
}

fn config_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("refusing plain http to non-loopback host ") {
        let host = rest.split(':').next().unwrap_or_default().trim_matches('"');
        return format!(
            "refusing to send the API key over plain http to {host:?}: use an https:// URL in \
             --base-url (plain http is accepted only for a loopback address such as the sandbox's \
             http://127.0.0.1:4010)"
        );
    }
    if let Some(rest) = message.strip_prefix("invalid base URL: ") {
        return format!("--base-url is not a URL like https://app.talent-ray.com ({rest})");
    }
    message.to_owned()
}

/// The SDK's refusals that the command line's own checks did not catch first.
fn invalid_request_message(message: &str) -> String {
    // `listCandidates: invalid arguments at `pageSize`: <serde text>`: name the flag only.
    if let Some((_, rest)) = message.split_once(": invalid arguments at `")
        && let Some((name, _)) = rest.split_once('`')
    {
        let field = name.rsplit('.').next().unwrap_or(name);
        return format!(
            "--{} has a value the API does not accept",
            crate::commands::kebab(field)
        );
    }
    if message.contains(": invalid arguments") {
        return "the arguments do not fit the operation; see --help".to_owned();
    }
    if let Some(rest) = message
        .split_once(" is not an operation of the spec")
        .map(|(m, _)| m)
    {
        return format!("{rest} is not a documented path of the API");
    }
    // The SDK's check against the spec: `query parameter pageSize: <what> (maximum)`,
    // `body /email: <what> (format)`.
    let (place, rest) = match message.split_once(": ") {
        Some(split) => split,
        None => return message.to_owned(),
    };
    let name = place
        .strip_prefix("query parameter ")
        .or_else(|| place.strip_prefix("path parameter "))
        .or_else(|| place.strip_prefix("body /").filter(|p| !p.contains('/')));
    let Some(name) = name else {
        return message.to_owned();
    };
    let flag = format!("--{}", crate::commands::kebab(name));
    let (what, rule) = match rest.rsplit_once(" (") {
        Some((what, rule)) => (what, rule.trim_end_matches(')')),
        None => (rest, ""),
    };
    if rule == "format" {
        let format = what.split('"').nth(1).unwrap_or(what);
        return format!("{flag}: not {}", crate::check::format_name(format));
    }
    if rule == "required" {
        return format!("{flag} is required");
    }
    format!(
        "{flag}: {}",
        what.trim_start_matches("value ").replace('`', "")
    )
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
