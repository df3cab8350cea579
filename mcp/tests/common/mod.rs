//! Shared setup: the embedded sandbox, a server for one of its keys, and an rmcp client talking
//! to it over an in-process duplex pipe.
#![allow(dead_code)]

pub mod binary;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rmcp::model::{CallToolRequestParams, CallToolResult, Tool};
use rmcp::service::{NotificationContext, RunningService};
use rmcp::{ClientHandler, RoleClient, ServiceExt};
use serde_json::{Value, json};
use talent_ray::{Client, RetryPolicy};
use talent_ray_mcp::{Options, TalentRayMcp};
use talent_ray_sandbox::Sandbox;
use tokio::sync::Notify;

/// A client that counts `notifications/tools/list_changed`.
#[derive(Clone, Default)]
pub struct Recorder {
    pub list_changed: Arc<AtomicUsize>,
    pub notified: Arc<Notify>,
}

impl ClientHandler for Recorder {
    async fn on_tool_list_changed(&self, _context: NotificationContext<RoleClient>) {
        self.list_changed.fetch_add(1, Ordering::SeqCst);
        self.notified.notify_one();
    }
}

/// The rmcp client side of one connection, with what it recorded.
pub struct Connection {
    pub client: RunningService<RoleClient, Recorder>,
    pub recorder: Recorder,
}

/// A sandbox without its rate limit.
pub async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .no_rate_limit()
        .start()
        .await
        .expect("sandbox starts")
}

/// An SDK client for `key` against the sandbox, without retries or a client-side limit.
pub fn sdk(sandbox: &Sandbox, key: &str) -> Client {
    Client::builder()
        .base_url(sandbox.base_url())
        .api_key(key)
        .rate_limit(None)
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// Starts the server for `key` with `options` and connects an rmcp client to it.
pub async fn connect(sandbox: &Sandbox, key: &str, options: Options) -> Connection {
    let server = TalentRayMcp::start(sdk(sandbox, key), options)
        .await
        .expect("server starts");
    let (server_io, client_io) = tokio::io::duplex(1 << 20);
    tokio::spawn(async move {
        if let Ok(running) = server.serve(server_io).await {
            let _ = running.waiting().await;
        }
    });
    let recorder = Recorder::default();
    let client = recorder
        .clone()
        .serve(client_io)
        .await
        .expect("client connects");
    Connection { client, recorder }
}

impl Connection {
    /// `tools/list`, every page.
    pub async fn tools(&self) -> Vec<Tool> {
        self.client.list_all_tools().await.expect("tools/list")
    }

    /// The names `tools/list` offers, sorted.
    pub async fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .tools()
            .await
            .into_iter()
            .map(|t| t.name.into_owned())
            .collect();
        names.sort();
        names
    }

    /// `tools/call`; a protocol error panics.
    pub async fn call(&self, name: &str, args: Value) -> CallToolResult {
        self.try_call(name, args)
            .await
            .expect("tools/call is answered")
    }

    /// `tools/call`, returning a protocol error as `Err`.
    pub async fn try_call(
        &self,
        name: &str,
        args: Value,
    ) -> Result<CallToolResult, rmcp::ServiceError> {
        let args = match args {
            Value::Object(map) => map,
            Value::Null => Default::default(),
            other => panic!("arguments must be an object: {other}"),
        };
        self.client
            .call_tool(CallToolRequestParams::new(name.to_owned()).with_arguments(args))
            .await
    }

    /// Waits (up to 10 s, an upper bound, not a synchronisation) for a list_changed.
    pub async fn list_changed(&self) -> bool {
        if self.recorder.list_changed.load(Ordering::SeqCst) > 0 {
            return true;
        }
        tokio::time::timeout(Duration::from_secs(10), self.recorder.notified.notified())
            .await
            .is_ok()
    }
}

/// All the text blocks of a result, joined.
pub fn text(result: &CallToolResult) -> String {
    result
        .content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The JSON fields of an error result (its second text block).
pub fn error_fields(result: &CallToolResult) -> Value {
    assert_eq!(
        result.is_error,
        Some(true),
        "expected an error result: {}",
        text(result)
    );
    result
        .content
        .iter()
        .filter_map(|c| c.as_text())
        .find_map(|t| serde_json::from_str::<Value>(&t.text).ok())
        .unwrap_or_else(|| json!({}))
}

/// Options with key minting allowed, everything else default.
pub fn minting() -> Options {
    Options {
        allow_key_minting: true,
        ..Options::default()
    }
}

/// The pinned spec, read from the workspace.
pub fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}
