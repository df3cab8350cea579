//! The real `talent-ray-mcp` binary, driven by an rmcp client over stdio or over HTTP, with its
//! whole stderr kept for inspection.

use std::process::Stdio;

use rmcp::model::{CallToolRequestParams, CallToolResult, ClientConfig, ProtocolVersion, Tool};
use rmcp::service::{ClientLifecycleMode, ClientServiceExt, RunningService};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use rmcp::{RoleClient, ServiceExt};
use serde_json::Value;
use talent_ray_sandbox::Sandbox;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::process::{Child, ChildStderr, Command};
use tokio::task::JoinHandle;

pub const BINARY: &str = env!("CARGO_BIN_EXE_talent-ray-mcp");

/// The binary's command against `sandbox`, at `RUST_LOG=trace`, with no key in its environment.
pub fn command(sandbox: &Sandbox, args: &[&str]) -> Command {
    let mut command = Command::new(BINARY);
    command
        .args(args)
        .env_remove("TALENT_RAY_API_KEY")
        .env_remove("TALENT_RAY_INSTANCE")
        .env("TALENT_RAY_BASE_URL", sandbox.base_url())
        .env("RUST_LOG", "trace")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

/// Reads the rest of stderr in the background (a full pipe would stall the server).
fn drain(stderr: ChildStderr, already: String) -> JoinHandle<String> {
    tokio::spawn(async move {
        let mut all = already;
        let mut rest = String::new();
        let _ = BufReader::new(stderr).read_to_string(&mut rest).await;
        all.push_str(&rest);
        all
    })
}

/// An rmcp client, as a test drives it.
pub struct Agent(pub RunningService<RoleClient, ClientConfig>);

impl Agent {
    /// Every tool offered.
    pub async fn tools(&self) -> Vec<Tool> {
        self.0.list_all_tools().await.expect("tools/list")
    }

    /// The names offered, sorted.
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

    /// `tools/call`, with a protocol error as `Err`.
    pub async fn try_call(
        &self,
        name: &str,
        args: Value,
    ) -> Result<CallToolResult, rmcp::ServiceError> {
        let Value::Object(args) = args else {
            panic!("arguments must be an object")
        };
        self.0
            .call_tool(CallToolRequestParams::new(name.to_owned()).with_arguments(args))
            .await
    }

    /// `tools/call`; a protocol error panics.
    pub async fn call(&self, name: &str, args: Value) -> CallToolResult {
        self.try_call(name, args)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }
}

/// The client's handshake, at `version`.
pub fn client_config(version: ProtocolVersion) -> ClientConfig {
    let mut config = ClientConfig::default();
    config.protocol_version = version;
    config
}

/// The binary serving one key over stdio.
pub struct StdioServer {
    child: Child,
    pub agent: Agent,
    stderr: JoinHandle<String>,
}

impl StdioServer {
    /// Starts the binary with `key` and `args`, and connects over its stdin and stdout.
    pub async fn start(sandbox: &Sandbox, key: &str, args: &[&str]) -> StdioServer {
        let mut child = command(sandbox, args)
            .env("TALENT_RAY_API_KEY", key)
            .spawn()
            .unwrap();
        let stderr = drain(child.stderr.take().unwrap(), String::new());
        let io = (child.stdout.take().unwrap(), child.stdin.take().unwrap());
        let service = client_config(ProtocolVersion::LATEST_WITH_INITIALIZE)
            .serve(io)
            .await
            .expect("the server answers initialize");
        StdioServer {
            child,
            agent: Agent(service),
            stderr,
        }
    }

    /// Closes stdin, waits for the exit, and returns everything written to stderr.
    pub async fn finish(mut self) -> String {
        let _ = self.agent.0.cancel().await;
        let status = self.child.wait().await.unwrap();
        assert!(status.success(), "the server exits cleanly: {status}");
        self.stderr.await.unwrap()
    }
}

/// The binary serving Streamable HTTP on a loopback port of its choosing.
pub struct HttpServer {
    child: Child,
    /// `http://127.0.0.1:PORT/mcp`.
    pub url: String,
    stderr: JoinHandle<String>,
}

impl HttpServer {
    /// Starts `--http 127.0.0.1:0` with `args`, and waits for the line saying where it serves.
    pub async fn start(sandbox: &Sandbox, args: &[&str]) -> HttpServer {
        let mut all = vec!["--http", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = command(sandbox, &all).spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap());
        let mut seen = String::new();
        let url = loop {
            let mut line = String::new();
            let read = lines.read_line(&mut line).await.unwrap();
            assert!(read > 0, "the server stopped before serving: {seen}");
            seen.push_str(&line);
            if let Some(at) = line.find("serving MCP at ") {
                break line[at + "serving MCP at ".len()..].trim().to_owned();
            }
        };
        let stderr = drain(lines.into_inner(), seen);
        HttpServer { child, url, stderr }
    }

    /// An rmcp client sending `key` (if any) with every request, at `version`.
    pub async fn agent(&self, key: Option<&str>, version: ProtocolVersion) -> Agent {
        Agent(http_agent(&self.url, key, version).await.expect("connects"))
    }

    /// Stops the server and returns everything written to stderr.
    pub async fn finish(mut self) -> String {
        self.child.start_kill().unwrap();
        let _ = self.child.wait().await;
        self.stderr.await.unwrap()
    }
}

/// An rmcp Streamable HTTP client for `url`, sending `key` (if any) as a bearer token.
pub async fn http_agent(
    url: &str,
    key: Option<&str>,
    version: ProtocolVersion,
) -> Result<RunningService<RoleClient, ClientConfig>, rmcp::service::ClientInitializeError> {
    let mut config = StreamableHttpClientTransportConfig::with_uri(url.to_owned());
    if let Some(key) = key {
        config = config.auth_header(key.to_owned());
    }
    let transport = StreamableHttpClientTransport::from_config(config);
    if version >= ProtocolVersion::V_2026_07_28 {
        // The stateless revision starts with `server/discover`, not `initialize`.
        let lifecycle = ClientLifecycleMode::Discover {
            preferred_versions: vec![version.clone()],
        };
        client_config(version)
            .serve_with_lifecycle(transport, lifecycle)
            .await
    } else {
        client_config(version).serve(transport).await
    }
}

/// Every string in `value` that is personal data or a secret: the values of fields named like
/// an email, a phone or a name, and anything shaped like an API key.
pub fn personal_data(value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    collect(value, None, &mut found);
    found.sort();
    found.dedup();
    found
}

fn collect(value: &Value, field: Option<&str>, found: &mut Vec<String>) {
    match value {
        Value::String(s) => {
            let field = field.unwrap_or_default().to_ascii_lowercase();
            let personal = ["email", "phone", "fullname"]
                .iter()
                .any(|f| field.contains(f));
            if (personal && !s.is_empty()) || (s.starts_with("tr_") && s.len() > 20) {
                found.push(s.clone());
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, field, found)),
        Value::Object(map) => map.iter().for_each(|(k, v)| collect(v, Some(k), found)),
        _ => {}
    }
}
