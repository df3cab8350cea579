//! Operations called by `operationId` with JSON arguments: the one path the `talent-ray` CLI and
//! the `talent-ray-mcp` tool server use.
//!
//! [`Client::call`] decodes the arguments into the operation's generated arguments struct (one per
//! operation, whose fields have the exact types of the typed request builder), then sends them
//! through that builder. So a dynamic call is validated, encoded, authenticated, scope-checked,
//! retried and rate-limited exactly like a typed one. [`Client::prepare`] does the same up to the
//! network and returns the request instead (a dry run); [`Client::call_raw`] reaches any
//! documented path with a hand-made request through the same hooks.
//!
//! The arguments are one JSON object: every path and query parameter under its spec name, and
//! the request body under `"body"`.
//!
//! ```no_run
//! use serde_json::json;
//! # async fn run(client: talent_ray::Client) -> talent_ray::Result<()> {
//! let page = client.call("listCandidates", json!({ "page": 0, "pageSize": 50 })).await?;
//! println!("{} → {}", page.status, page.body["data"]);
//! let preview = client
//!     .prepare("updateCandidate", json!({ "id": "cand_1", "body": { "status": "Hired" } }))
//!     .await?;
//! println!("{} {}", preview.method, preview.url);
//! # Ok(()) }
//! ```

use std::cell::RefCell;

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::Method;
use serde_json::Value;

use crate::error::ErrorBodyParts;
use crate::{Client, Error, OPERATIONS, Operation, Result, types, wire};

/// The generated arguments structs, dispatcher and schema tables (see `codegen/src/call_args.rs`).
#[allow(clippy::all, unused_imports)]
mod generated {
    use super::{decode_args, finish, types, unknown_operation};
    include!(concat!(env!("OUT_DIR"), "/call_args.rs"));
}

pub use generated::*;

/// What a dynamic call returned.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CallResponse {
    /// The operation that answered.
    pub operation: &'static Operation,
    /// The HTTP status (the operation's documented success status).
    pub status: u16,
    /// The success body as JSON (`Null` when the operation answers without one).
    pub body: Value,
}

/// The request a call would send, for a dry run. Never contains the API key.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreparedRequest {
    /// The operation it calls.
    pub operation: &'static Operation,
    /// HTTP method.
    pub method: Method,
    /// The full URL, with the query string.
    pub url: String,
    /// Request headers; the credential's value (and any other sensitive header) is `[redacted]`.
    pub headers: Vec<(String, String)>,
    /// The JSON body, if any.
    pub body: Option<Value>,
}

/// What a header marked sensitive shows in a [`PreparedRequest`].
pub const REDACTED: &str = "[redacted]";

tokio::task_local! {
    /// Set while [`Client::prepare`] runs: the `pre` hook records the request here and stops it.
    static DRY_RUN: RefCell<Option<PreparedRequest>>;
    /// Set while [`Client::call`] runs: the `post` hook keeps the body as received here, so the
    /// call returns it byte for byte (unknown fields and key order kept), not re-encoded.
    static RECEIVED: RefCell<Option<bytes::Bytes>>;
}

impl Client {
    /// Calls an operation by `operationId` with JSON arguments (its parameters under their spec
    /// names, its body under `"body"`), through the typed builder and every hook.
    ///
    /// Arguments that do not decode into the operation's types are refused before sending with
    /// [`Error::InvalidRequest`] naming the field; an unknown operation is `InvalidRequest` too.
    ///
    /// The body is returned as the server sent it: fields newer than the pinned spec and the
    /// server's key order are kept. It is still checked to decode into the generated type, and
    /// error statuses are classified as for a typed call.
    ///
    /// ```no_run
    /// # async fn run(client: talent_ray::Client) -> talent_ray::Result<()> {
    /// let me = client.call("getMe", serde_json::json!({})).await?;
    /// assert_eq!(me.status, 200);
    /// # Ok(()) }
    /// ```
    pub async fn call(&self, operation_id: &str, args: Value) -> Result<CallResponse> {
        let operation = find(operation_id)?;
        let (status, body) = RECEIVED
            .scope(
                RefCell::new(None),
                generated::dispatch(self, operation.operation_id, args),
            )
            .await?;
        Ok(CallResponse {
            operation,
            status,
            body,
        })
    }

    /// Validates and builds the request [`call`](Self::call) would send, and returns it without
    /// sending anything. A scope the client knows is missing still fails here.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> talent_ray::Result<()> {
    /// let client = talent_ray::Client::builder()
    ///     .base_url("http://127.0.0.1:4010")
    ///     .api_key(format!("tr_{}", "a".repeat(64)))
    ///     .build()?;
    /// let request = client
    ///     .prepare("getCandidate", serde_json::json!({ "id": "cand_1" }))
    ///     .await?;
    /// assert_eq!(request.url, "http://127.0.0.1:4010/api/v1/candidates/cand_1");
    /// assert!(request.headers.iter().any(|(n, v)| n == "authorization" && v == "[redacted]"));
    /// # Ok(()) }
    /// ```
    pub async fn prepare(&self, operation_id: &str, args: Value) -> Result<PreparedRequest> {
        let operation = find(operation_id)?;
        dry_run(generated::dispatch(self, operation.operation_id, args)).await
    }

    /// Sends `method path?query` to a documented path of the spec (matched against the
    /// operations' path templates; any other path is refused before sending) with an optional
    /// JSON body, through the same hooks as every call: auth, scope check, retries, limiter.
    /// An error status is classified like any other call's.
    ///
    /// ```no_run
    /// # async fn run(client: talent_ray::Client) -> talent_ray::Result<()> {
    /// let page = client
    ///     .call_raw(reqwest::Method::GET, "/api/v1/roles?status=open&pageSize=10", None)
    ///     .await?;
    /// println!("{}", page.body);
    /// # Ok(()) }
    /// ```
    pub async fn call_raw(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<Value>,
    ) -> Result<CallResponse> {
        let (operation, request) = self.raw_request(method, path_and_query, body)?;
        self.send_raw(operation, request).await
    }

    /// The request [`call_raw`](Self::call_raw) would send, without sending it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> talent_ray::Result<()> {
    /// let client = talent_ray::Client::builder().base_url("http://127.0.0.1:4010").build()?;
    /// let request = client.prepare_raw(reqwest::Method::GET, "/api/v1/me", None).await?;
    /// assert_eq!(request.operation.operation_id, "getMe");
    /// assert!(client.prepare_raw(reqwest::Method::GET, "/api/v2/other", None).await.is_err());
    /// # Ok(()) }
    /// ```
    pub async fn prepare_raw(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<Value>,
    ) -> Result<PreparedRequest> {
        let (operation, request) = self.raw_request(method, path_and_query, body)?;
        dry_run(self.send_raw(operation, request)).await
    }

    fn raw_request(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<Value>,
    ) -> Result<(&'static Operation, reqwest::Request)> {
        let path = path_and_query.split(['?', '#']).next().unwrap_or_default();
        // A literal segment beats a `{parameter}` where two templates fit.
        let operation = OPERATIONS
            .iter()
            .filter(|op| op.http_method == method && template_matches(op.path, path))
            .max_by_key(|op| op.path.split('/').filter(|s| !s.starts_with('{')).count())
            .ok_or_else(|| {
                Error::InvalidRequest(format!(
                    "{method} {path} is not an operation of the spec (see talent_ray::OPERATIONS)"
                ))
            })?;
        if !path_and_query.starts_with('/') {
            return Err(Error::InvalidRequest(format!(
                "the path must start with '/': {path_and_query:?}"
            )));
        }
        let url = reqwest::Url::parse(&format!("{}{path_and_query}", self.baseurl))
            .map_err(|e| Error::InvalidRequest(format!("invalid path {path_and_query:?}: {e}")))?;
        let mut builder = self
            .client
            .request(method, url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header("api-version", crate::api_version());
        if let Some(body) = body {
            builder = builder.json(&body);
        }
        let request = builder
            .build()
            .map_err(|e| Error::InvalidRequest(format!("cannot build the request: {e}")))?;
        Ok((operation, request))
    }

    async fn send_raw(
        &self,
        operation: &'static Operation,
        mut request: reqwest::Request,
    ) -> Result<CallResponse> {
        let info = OperationInfo {
            operation_id: operation.method_name,
        };
        let response = wire::classify(async {
            self.pre::<()>(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post::<()>(&result, &info).await?;
            Ok(result?)
        })
        .await?;
        let status = response.status();
        let headers = response.headers().clone();
        let raw = wire::raw_body(&response);
        let value = if raw.is_empty() {
            Value::Null
        } else {
            match serde_json::from_slice(&raw) {
                Ok(value) => value,
                Err(e) if status.is_success() => {
                    return Err(Error::Decode {
                        message: e.to_string(),
                        excerpt: wire::excerpt(&raw),
                    });
                }
                Err(_) => Value::Null,
            }
        };
        if !status.is_success() {
            return Err(Error::from_response(
                status,
                &headers,
                ErrorBodyParts::from_json(&value),
            ));
        }
        if let Some(Err(e)) =
            crate::operations::decode_documented(operation.operation_id, status.as_u16(), &value)
        {
            return Err(Error::Decode {
                message: wire::redact_keys(&e.to_string()),
                excerpt: wire::excerpt(&raw),
            });
        }
        Ok(CallResponse {
            operation,
            status: status.as_u16(),
            body: value,
        })
    }
}

fn find(operation_id: &str) -> Result<&'static Operation> {
    Operation::find(operation_id).ok_or_else(|| unknown_operation(operation_id))
}

fn unknown_operation(operation_id: &str) -> Error {
    Error::InvalidRequest(format!(
        "unknown operation {operation_id:?} (see talent_ray::OPERATIONS)"
    ))
}

/// Whether a concrete path fits a template such as `/api/v1/candidates/{id}`.
fn template_matches(template: &str, path: &str) -> bool {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(t), Some(p)) if t.starts_with('{') && t.ends_with('}') => {
                if p.is_empty() {
                    return false;
                }
            }
            (Some(t), Some(p)) if t == p => {}
            _ => return false,
        }
    }
}

/// Decodes an operation's JSON arguments, naming the offending field on failure.
fn decode_args<T: serde::de::DeserializeOwned>(operation_id: &str, args: Value) -> Result<T> {
    let args = match args {
        Value::Null => Value::Object(Default::default()),
        other => other,
    };
    serde_path_to_error::deserialize(args).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." {
            String::new()
        } else {
            format!(" at `{path}`")
        };
        Error::InvalidRequest(format!(
            "{operation_id}: invalid arguments{at}: {}",
            wire::redact_keys(&e.into_inner().to_string())
        ))
    })
}

/// A sent call's status and its body as received (the typed send already checked that it
/// decodes into the generated type).
fn finish<T, E>(sent: std::result::Result<crate::ResponseValue<T>, E>) -> Result<(u16, Value)>
where
    Error: From<E>,
{
    let status = sent.map_err(Error::from)?.status().as_u16();
    let raw = RECEIVED
        .try_with(|slot| slot.borrow_mut().take())
        .ok()
        .flatten()
        .unwrap_or_default();
    if raw.is_empty() {
        return Ok((status, Value::Null));
    }
    let body = serde_json::from_slice(&raw).map_err(|e| Error::Decode {
        message: e.to_string(),
        excerpt: wire::excerpt(&raw),
    })?;
    Ok((status, body))
}

/// Called by the `post` hook: during [`Client::call`], keeps the response body as received.
pub(crate) fn record_received(result: &reqwest::Result<reqwest::Response>) {
    if let Ok(response) = result {
        let _ = RECEIVED.try_with(|slot| *slot.borrow_mut() = Some(wire::raw_body(response)));
    }
}

/// Runs `send` with the dry-run recorder set, and returns what the `pre` hook recorded.
async fn dry_run<T>(send: impl Future<Output = Result<T>>) -> Result<PreparedRequest> {
    DRY_RUN
        .scope(RefCell::new(None), async move {
            let outcome = send.await;
            match DRY_RUN.with(|slot| slot.borrow_mut().take()) {
                Some(prepared) => Ok(prepared),
                None => Err(outcome
                    .err()
                    .unwrap_or_else(|| Error::InvalidRequest("the dry run sent a request".into()))),
            }
        })
        .await
}

/// Called by the `pre` hook once the request is complete (credential included): during a dry run
/// it records the request with sensitive headers redacted and returns `true` (do not send).
pub(crate) fn record_dry_run(request: &reqwest::Request, operation: &'static Operation) -> bool {
    DRY_RUN
        .try_with(|slot| {
            let mut headers: Vec<(String, String)> = request
                .headers()
                .iter()
                .map(|(name, value)| {
                    let shown = if value.is_sensitive() {
                        REDACTED.to_owned()
                    } else {
                        wire::redact_keys(&String::from_utf8_lossy(value.as_bytes()))
                    };
                    (name.as_str().to_owned(), shown)
                })
                .collect();
            headers.push(("user-agent".into(), crate::USER_AGENT.into()));
            let body = request
                .body()
                .and_then(|b| b.as_bytes())
                .and_then(|b| serde_json::from_slice(b).ok());
            *slot.borrow_mut() = Some(PreparedRequest {
                operation,
                method: request.method().clone(),
                url: request.url().to_string(),
                headers,
                body,
            });
        })
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ParamLocation;

    #[test]
    fn templates_match_whole_segments() {
        assert!(template_matches(
            "/api/v1/candidates/{id}",
            "/api/v1/candidates/c1"
        ));
        assert!(!template_matches(
            "/api/v1/candidates/{id}",
            "/api/v1/candidates/"
        ));
        assert!(!template_matches(
            "/api/v1/candidates/{id}",
            "/api/v1/candidates/c1/steps"
        ));
        assert!(template_matches("/api/v1/candidates", "/api/v1/candidates"));
        assert!(!template_matches("/api/v1/candidates", "/api/v1/roles"));
    }

    #[test]
    fn every_operation_is_reachable_by_its_own_template() {
        for op in OPERATIONS {
            let concrete = op
                .parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Path)
                .fold(op.path.to_owned(), |path, p| {
                    path.replace(&format!("{{{}}}", p.name), "x1")
                });
            let found = OPERATIONS
                .iter()
                .find(|o| o.http_method == op.http_method && template_matches(o.path, &concrete));
            assert_eq!(found.map(|o| o.operation_id), Some(op.operation_id));
        }
    }
}
