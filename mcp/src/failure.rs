//! Every failed call as an `isError` tool result a model can act on: what happened, the API's
//! status, code and message, and what to do next. Never a protocol error.

use rmcp::model::{CallToolResult, ContentBlock};
use serde_json::{Map, Value, json};
use talent_ray::{Error, Scope};

/// The error as a tool result: a sentence to act on, then the fields as compact JSON.
pub fn failure(tool: &str, error: &Error) -> CallToolResult {
    let (fields, advice) = describe(error);
    let mut fields = fields;
    fields.insert("tool".into(), tool.into());
    fields.insert("message".into(), error.to_string().into());
    let sentence = format!("{}. {advice}", sentence(&format!("{tool} failed: {error}")));
    CallToolResult::error(vec![
        ContentBlock::text(sentence),
        ContentBlock::text(Value::Object(fields).to_string()),
    ])
}

/// `text` without the full stops and spaces it ends in, so that adding one makes one sentence.
pub fn sentence(text: &str) -> &str {
    text.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
}

/// What kind of failure this is, in one word fit for a log line: the error's text may quote
/// the API's message or a body excerpt, so logs carry this instead.
pub fn kind(error: &Error) -> &'static str {
    match error {
        Error::InsufficientScope { .. } => "insufficient_scope",
        Error::RateLimited { .. } => "rate_limited",
        Error::NotFound(_) => "not_found",
        Error::Forbidden(_) => "forbidden",
        Error::Unauthorized(_) => "unauthorized",
        Error::Api(_) => "api_error",
        Error::InvalidRequest(_) => "invalid_arguments",
        Error::Uncertain { .. } => "uncertain",
        Error::Transport(_) | Error::Timeout(_) => "unreachable",
        Error::Decode { .. } => "undecodable_response",
        Error::Config(_) => "configuration",
        _ => "other",
    }
}

fn names(scopes: &[Scope]) -> Vec<&str> {
    scopes.iter().map(Scope::as_str).collect()
}

fn describe(error: &Error) -> (Map<String, Value>, String) {
    let mut fields = Map::new();
    if let Some(status) = error.status() {
        fields.insert("status".into(), status.as_u16().into());
    }
    let advice = match error {
        Error::InsufficientScope {
            required,
            granted,
            local,
            ..
        } => {
            fields.insert("code".into(), "insufficient_scope".into());
            fields.insert("requiredScopes".into(), json!(names(required)));
            fields.insert("grantedScopes".into(), json!(names(granted)));
            fields.insert("checkedBeforeSending".into(), (*local).into());
            let missing: Vec<&str> = required
                .iter()
                .filter(|s| !granted.contains(s))
                .map(Scope::as_str)
                .collect();
            format!(
                "This API key lacks the scope(s) {}; retrying will not help. Use another tool, or ask \
                 the user to grant the scope(s) to the key.",
                missing.join(", ")
            )
        }
        Error::RateLimited { retry_after } => {
            fields.insert("code".into(), "rate_limited".into());
            match retry_after {
                Some(wait) => {
                    fields.insert("retryAfterSeconds".into(), wait.as_secs().into());
                    format!("Wait {} seconds, then try again.", wait.as_secs())
                }
                None => "Wait a while, then try again.".into(),
            }
        }
        Error::NotFound(api)
        | Error::Forbidden(api)
        | Error::Unauthorized(api)
        | Error::Api(api) => {
            if let Some(code) = &api.code {
                fields.insert("code".into(), code.clone().into());
            }
            if let Some(message) = &api.message {
                fields.insert("apiMessage".into(), message.clone().into());
            }
            if !api.details.is_empty() {
                fields.insert("details".into(), json!(api.details));
            }
            match error {
                Error::NotFound(_) => "No such record, or it is not visible to this key: check the id (list tools give valid ids).".into(),
                Error::Forbidden(_) => "The key's owner lacks the authority for this record (a role, not a scope, is missing); retrying will not help.".into(),
                Error::Unauthorized(_) => "The API key was refused (revoked or expired); the user must configure a valid key.".into(),
                _ if api.status.is_client_error() => "Fix the arguments the message names, then try again.".into(),
                _ if error.is_retryable() => "A server error; trying again later may succeed.".into(),
                _ => "A server error on a call that changes data: check whether it was applied before repeating it.".into(),
            }
        }
        Error::InvalidRequest(_) => {
            fields.insert("code".into(), "invalid_arguments".into());
            "Nothing was sent. Fix the argument the message names, then try again.".into()
        }
        Error::Uncertain { .. } => {
            fields.insert("code".into(), "uncertain".into());
            "It may or may not have been applied: read the record back before repeating the call."
                .into()
        }
        Error::Transport(_) | Error::Timeout(_) => {
            fields.insert("code".into(), "unreachable".into());
            "The API could not be reached; trying again later may succeed.".into()
        }
        _ => "An unexpected failure; trying again will probably not help.".into(),
    };
    (fields, advice)
}

/// An argument problem found before calling the SDK, as a result naming the field.
pub fn invalid_argument(tool: &str, field: &str, problem: &str) -> CallToolResult {
    failure(tool, &Error::InvalidRequest(format!("`{field}` {problem}")))
}

/// A known tool this caller is not offered, refused before anything is sent.
pub fn not_offered(tool: &str, why: &str) -> CallToolResult {
    let fields = json!({ "tool": tool, "code": "not_offered" });
    CallToolResult::error(vec![
        ContentBlock::text(format!(
            "{tool} is not offered to this caller: {why}; nothing was sent. Use a tool from tools/list."
        )),
        ContentBlock::text(fields.to_string()),
    ])
}
