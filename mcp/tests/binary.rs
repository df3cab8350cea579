//! The real `talent-ray-mcp` binary over stdio: the initialize, tools/list and tools/call
//! handshake as raw JSON-RPC lines, stdout carrying nothing but the protocol, and the key in no
//! output. Also the one-line refusals to start.

use std::process::Stdio;

use serde_json::{Value, json};
use talent_ray_sandbox::Sandbox;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};

const BINARY: &str = env!("CARGO_BIN_EXE_talent-ray-mcp");

fn command(base_url: &str, key: Option<&str>) -> Command {
    let mut command = Command::new(BINARY);
    command
        .env_remove("TALENT_RAY_API_KEY")
        .env_remove("TALENT_RAY_INSTANCE")
        .env("TALENT_RAY_BASE_URL", base_url)
        .env("RUST_LOG", "debug")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(key) = key {
        command.env("TALENT_RAY_API_KEY", key);
    }
    command
}

struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: tokio::io::Lines<BufReader<ChildStdout>>,
    transcript: Vec<String>,
}

impl Session {
    async fn send(&mut self, message: Value) {
        let line = format!("{message}\n");
        self.stdin.write_all(line.as_bytes()).await.unwrap();
        self.stdin.flush().await.unwrap();
    }

    /// The next message on stdout; every line must be a JSON-RPC message.
    async fn receive(&mut self) -> Value {
        let line = self
            .stdout
            .next_line()
            .await
            .unwrap()
            .expect("the server answers");
        self.transcript.push(line.clone());
        let message: Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("stdout carries only JSON-RPC: {e}: {line}"));
        assert_eq!(message["jsonrpc"], "2.0", "{line}");
        message
    }

    /// The response to request `id`, skipping notifications.
    async fn response(&mut self, id: u64) -> Value {
        loop {
            let message = self.receive().await;
            if message["id"] == id {
                return message;
            }
            assert!(
                message.get("id").is_none(),
                "an unexpected response: {message}"
            );
        }
    }
}

#[tokio::test]
async fn initialize_list_and_call_over_stdio() {
    let sandbox = Sandbox::builder().no_rate_limit().start().await.unwrap();
    let key = sandbox.keys().partial.clone();
    let mut child = command(sandbox.base_url(), Some(&key)).spawn().unwrap();
    let mut session = Session {
        stdin: child.stdin.take().unwrap(),
        stdout: BufReader::new(child.stdout.take().unwrap()).lines(),
        child,
        transcript: Vec::new(),
    };

    session
        .send(
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "raw-json-rpc", "version": "0"}
            }}),
        )
        .await;
    let init = session.response(1).await;
    assert_eq!(
        init["result"]["serverInfo"]["name"], "talent-ray-mcp",
        "{init}"
    );
    assert_eq!(init["result"]["protocolVersion"], "2025-06-18");
    assert_eq!(init["result"]["capabilities"]["tools"]["listChanged"], true);
    session
        .send(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}))
        .await;

    session
        .send(json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}))
        .await;
    let list = session.response(2).await;
    let names: Vec<&str> = list["result"]["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"list_candidates") && names.contains(&"get_me"),
        "{names:?}"
    );
    assert!(
        !names.contains(&"list_tests"),
        "the partial key has no tests:read: {names:?}"
    );

    session
        .send(json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "get_me", "arguments": {}}}))
        .await;
    let call = session.response(3).await;
    assert_eq!(call["result"]["isError"], false, "{call}");
    assert_eq!(
        call["result"]["structuredContent"]["auth"]["scopes"],
        json!(["candidates:read", "roles:read"])
    );

    session
        .send(json!({"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "no_such_tool", "arguments": {}}}))
        .await;
    let unknown = session.response(4).await;
    assert!(
        unknown["error"]["code"].is_i64(),
        "an unknown tool is a protocol error: {unknown}"
    );

    drop(session.stdin);
    let output = session.child.wait_with_output().await.unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.is_empty(), "logs go to stderr");
    for text in session
        .transcript
        .iter()
        .map(String::as_str)
        .chain([stderr.as_ref()])
    {
        assert!(!text.contains(&key), "the key leaked: {text}");
    }
}

async fn refusal(base_url: &str, key: Option<&str>) -> String {
    let output = command(base_url, key)
        .stdin(Stdio::null())
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "nothing on the protocol channel");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("talent-ray-mcp:"))
        .collect();
    assert_eq!(lines.len(), 1, "one error line: {stderr}");
    if let Some(key) = key {
        assert!(!stderr.contains(key), "the key leaked: {stderr}");
    }
    lines[0].to_owned()
}

#[tokio::test]
async fn no_key_or_a_bad_one_is_a_one_line_error_before_serving() {
    let sandbox = Sandbox::builder().no_rate_limit().start().await.unwrap();
    let missing = refusal(sandbox.base_url(), None).await;
    assert!(missing.contains("TALENT_RAY_API_KEY"), "{missing}");
    let malformed = refusal(sandbox.base_url(), Some("not-a-key-at-all-secret")).await;
    assert!(malformed.contains("key"), "{malformed}");
    let unknown = format!("tr_{}", "z".repeat(64));
    let refused = refusal(sandbox.base_url(), Some(&unknown)).await;
    assert!(
        refused.contains("401") || refused.contains("unauthorized"),
        "{refused}"
    );
}

/// `--list-tools` with `args`: its exit status, stdout and stderr.
async fn list_tools(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(BINARY)
        .arg("--list-tools")
        .args(args)
        .env_remove("TALENT_RAY_API_KEY")
        .output()
        .await
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The tool names of a `--list-tools` table, checking its header.
fn listed(stdout: &str) -> Vec<String> {
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("TOOL\tTOOLSETS\tACCESS"), "{stdout}");
    lines
        .map(|l| l.split('\t').next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn list_tools_applies_and_checks_every_option_as_the_server_does() {
    let (ok, stdout, _) = list_tools(&[]).await;
    assert!(ok);
    let all = listed(&stdout);
    let by_default: Vec<String> = talent_ray_mcp::catalog::all()
        .iter()
        .map(|e| e.name().to_owned())
        .filter(|n| n != "create_api_key")
        .collect();
    assert_eq!(all, by_default, "key minting is off unless allowed");

    let (_, stdout, _) = list_tools(&["--allow-key-minting"]).await;
    assert!(listed(&stdout).contains(&"create_api_key".to_owned()));

    let (_, stdout, _) = list_tools(&["--read-only"]).await;
    let read_only = listed(&stdout);
    for name in &read_only {
        let op = talent_ray::Operation::find(name).unwrap();
        assert_eq!(op.http_method.as_str(), "GET", "{name}");
    }
    assert!(!read_only.is_empty() && read_only.len() < all.len());

    let (_, stdout, _) = list_tools(&["--toolsets", "roles", "--exclude-tools", "get_role"]).await;
    let roles = listed(&stdout);
    assert!(roles.contains(&"list_roles".to_owned()), "{roles:?}");
    assert!(!roles.contains(&"get_role".to_owned()) && !roles.contains(&"get_me".to_owned()));

    for bad in [
        ["--toolsets", "nope"],
        ["--tools", "list_candidate"],
        ["--exclude-tools", "nope"],
    ] {
        let (ok, stdout, stderr) = list_tools(&bad).await;
        assert!(!ok, "{bad:?} is refused");
        assert!(stdout.is_empty(), "{stdout}");
        let line = stderr.trim();
        assert!(
            line.starts_with("talent-ray-mcp: unknown")
                && line.ends_with('.')
                && !line.ends_with(".."),
            "{line}"
        );
    }
}
