//! The API key never leaks: not in `Debug`/`Display`, errors, tracing output at any level, URLs or
//! snapshots; it is never sent to a public endpoint, over plain http to a non-loopback host, or
//! to another origin on a redirect; and a key read from the environment with stray whitespace
//! works. Its own test binary: it installs a process-wide tracing subscriber at `TRACE`.

mod canned_http;
mod common;

use common::Captured;

use std::sync::{Arc, Mutex, OnceLock};

use progenitor_client::ClientInfo;
use talent_ray::{ApiKey, AuthScheme, Client, Error, OPERATIONS, RetryPolicy, types};
use talent_ray_sandbox::{Fault, Sandbox};
use tokio::net::TcpListener;

/// Everything any test of this binary traced, at every level (`TRACE` enables them all).
fn traced() -> &'static Arc<Mutex<Vec<u8>>> {
    static BUFFER: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    BUFFER.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || Captured(writer.clone()))
            .with_ansi(false)
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("one global subscriber");
        buffer
    })
}

/// Where `secret` (or any 12-character piece of what follows its `tr_`) shows in `text`, and
/// any `tr_` token longer than the 8-character display prefix, whatever key it belongs to.
fn leak(text: &str, secrets: &[&str]) -> Option<String> {
    for secret in secrets {
        let body: Vec<char> = secret.trim_start_matches("tr_").chars().collect();
        for piece in body.windows(12) {
            let piece: String = piece.iter().collect();
            if let Some(at) = text.find(&piece) {
                return Some(context(text, at));
            }
        }
    }
    let ends_token = |c: char| c.is_whitespace() || "\"'`,;:<>{}[]()\\".contains(c);
    text.match_indices("tr_").find_map(|(at, _)| {
        let run = text[at + 3..]
            .find(ends_token)
            .unwrap_or(text.len() - at - 3);
        (text[at + 3..at + 3 + run].chars().count() > 8).then(|| context(text, at))
    })
}

fn context(text: &str, at: usize) -> String {
    let before: String = text[..at]
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[at..].chars().take(80).collect();
    format!("{before}{after}")
}

fn assert_no_leak(what: &str, text: &str, secrets: &[&str]) {
    if let Some(found) = leak(text, secrets) {
        panic!("a key leaked into {what}: …{found}…");
    }
}

fn fake_key(fill: char) -> String {
    format!("tr_{}", fill.to_string().repeat(64))
}

/// A request body from the spec's own example for `operation_id`, with `overrides` applied.
fn example_body(operation_id: &str, overrides: serde_json::Value) -> serde_json::Value {
    let spec: serde_json::Value =
        serde_json::from_str(include_str!("../openapi/openapi.json")).unwrap();
    let op = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == operation_id)
        .unwrap_or_else(|| panic!("{operation_id} is not in the spec"));
    let media = &op["requestBody"]["content"]["application/json"];
    let mut body = media["examples"]
        .as_object()
        .and_then(|examples| examples.values().next())
        .map(|example| example["value"].clone())
        .or_else(|| media.get("example").cloned())
        .unwrap_or_else(|| panic!("{operation_id} has no request example"));
    for (k, v) in overrides.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

/// Whether a recorded request head carries a credential header.
fn has_credential(head: &str) -> bool {
    head.lines().skip(1).any(|line| {
        let name = line
            .split(':')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        name == "authorization" || name == "x-api-key"
    })
}

/// A recording server answering every request with `response`.
async fn recorder(response: Vec<u8>) -> (String, canned_http::Heads) {
    canned_http::serve(move || response.clone()).await
}

fn canned(status: &str, extra_headers: &str, body: &str) -> Vec<u8> {
    canned_http::response(status, extra_headers, body.as_bytes())
}

#[tokio::test]
async fn the_key_never_shows_in_debug_display_or_errors() {
    traced();
    let sandbox = common::sandbox().await;
    let (admin, employer) = (
        sandbox.keys().admin.clone(),
        sandbox.keys().employer.clone(),
    );
    let fake = fake_key('k');
    let mut shown = Vec::new();

    // The handwritten types that hold a key.
    let key = ApiKey::new(&fake).unwrap();
    shown.push(format!("{key:?} {key}"));
    let builder = Client::builder()
        .api_key(&fake)
        .base_url(sandbox.base_url());
    shown.push(format!("{builder:?}"));
    let client = builder.build().unwrap();
    shown.push(format!("{client:?} {:?}", client.inner()));

    // Configuration errors about a key.
    for bad in [
        format!("{fake}x"),
        fake.replace("tr_", "tk_"),
        format!("{fake} "),
    ] {
        let err = Client::builder().api_key(bad).build().unwrap_err();
        shown.push(format!("{err:?} {err}"));
    }

    // A minted key in the typed response: `types::CreatedApiKey::key` is an `ApiKey`.
    let admin_client = common::client(&sandbox, &admin);
    let body: types::CreateApiKeyRequest = serde_json::from_value(example_body(
        "createApiKey",
        serde_json::json!({ "userId": sandbox.fixtures().employer_user_id }),
    ))
    .unwrap();
    let created = admin_client
        .create_api_key()
        .body(body.clone())
        .send()
        .await
        .unwrap();
    shown.push(format!("{created:?}"));
    let created = created.into_inner();
    let minted = created.data.key.expose_secret().to_owned();
    shown.push(format!("{created:?} {}", created.data.key));

    // A create whose response (carrying a new key) arrives broken: decode and uncertain errors.
    for fault in [Fault::malformed_body(), Fault::truncated_body()] {
        sandbox.inject(fault.on("POST", "/api/admin/api-keys").after_handler());
        let err = admin_client
            .create_api_key()
            .body(body.clone())
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Decode { .. } | Error::Uncertain { .. }),
            "{err:?}"
        );
        shown.push(format!("{err:?} {err}"));
    }

    // Errors from responses: unauthorized, forbidden, not found, retried server errors.
    let wrong = common::client(&sandbox, &fake);
    let unauthorized = wrong.get_me().send().await.unwrap_err();
    assert!(
        matches!(unauthorized, Error::Unauthorized(_)),
        "{unauthorized:?}"
    );
    shown.push(format!("{unauthorized:?} {unauthorized}"));
    let no_scopes = common::client(&sandbox, &sandbox.keys().no_scopes);
    let denied = no_scopes.list_candidates().send().await.unwrap_err();
    shown.push(format!("{denied:?} {denied}"));
    let employer_client = common::client(&sandbox, &employer);
    sandbox.inject(Fault::status(503).on("GET", "/api/v1/me").times(10));
    let unavailable = employer_client.get_me().send().await.unwrap_err();
    shown.push(format!("{unavailable:?} {unavailable}"));
    sandbox.clear_faults();

    // A connection refused: the transport error names the URL, which never holds the key.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let refused = Client::builder()
        .base_url(&closed_url)
        .api_key(&employer)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = refused.get_me().send().await.unwrap_err();
    shown.push(format!("{err:?} {err} {}", refused.base_url()));

    let secrets = [fake.as_str(), &admin, &employer, &minted];
    for text in &shown {
        assert_no_leak("Debug/Display output", text, &secrets);
    }
    // Guards the check itself: the raw key would have been caught.
    assert!(leak(&format!("{:?}", key.expose_secret()), &secrets).is_some());
}

#[tokio::test]
async fn the_key_never_shows_in_tracing_output_at_any_level() {
    let buffer = traced();
    let sandbox = common::sandbox().await;
    let key = sandbox.keys().employer.clone();
    for scheme in [AuthScheme::Bearer, AuthScheme::XApiKey] {
        let client = common::builder(&sandbox, &key)
            .auth_scheme(scheme)
            .build()
            .unwrap();
        sandbox.inject(Fault::status(503).on("GET", "/api/v1/me"));
        client.get_me().send().await.unwrap();
        sandbox.inject(Fault::drop_connection().on("GET", "/api/v1/me"));
        client.get_me().send().await.unwrap();
        let _ = client.get_candidate().id("cand_missing").send().await;
        let _ = client.list_api_keys().send().await;
    }
    let out = String::from_utf8_lossy(&buffer.lock().unwrap()).into_owned();
    // The subscriber really captured every level the stack emits, from the SDK and below it.
    for level in ["TRACE", "DEBUG", "INFO", "WARN"] {
        assert!(
            out.contains(&format!(" {level} ")),
            "no {level} line in:\n{out}"
        );
    }
    assert!(
        out.contains("talent_ray.call") && out.contains("retrying"),
        "{out}"
    );
    assert_no_leak("tracing output", &out, &[&key]);
}

#[tokio::test]
async fn the_key_never_travels_in_a_url() {
    let (url, seen) = recorder(canned("200 OK", "", "{}")).await;
    let key = fake_key('u');
    for scheme in [AuthScheme::Bearer, AuthScheme::XApiKey] {
        let client = Client::builder()
            .base_url(&url)
            .api_key(&key)
            .auth_scheme(scheme)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let _ = client.list_candidates().page(1).send().await;
        let _ = client.get_candidate().id("cand_1").send().await;
    }
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 4);
    for request in seen.iter() {
        let request_line = request.lines().next().unwrap();
        assert_no_leak("a request URL", request_line, &[&key]);
        assert!(has_credential(request), "{}", request);
    }
}

#[test]
fn no_snapshot_holds_a_key() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        read += 1;
        if let Some(found) = leak(&text, &[]) {
            panic!("{} holds something key-like: …{found}…", path.display());
        }
    }
    assert!(read > 0, "no snapshot in {}", dir.display());
}

#[tokio::test]
async fn public_endpoints_get_no_credential() {
    let (url, seen) = recorder(canned("200 OK", "", "{}")).await;
    let client = Client::builder()
        .base_url(&url)
        .api_key(fake_key('p'))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    // Every public operation of the spec, through the dispatcher: required parameters filled
    // in, the body from the spec's example.
    let public: Vec<_> = OPERATIONS.iter().filter(|op| op.public).collect();
    assert!(!public.is_empty(), "the spec has public operations");
    for op in &public {
        let mut args = serde_json::Map::new();
        for param in op.parameters.iter().filter(|p| p.required) {
            args.insert(param.name.into(), "acme".into());
        }
        if op.body.is_some() {
            args.insert(
                "body".into(),
                example_body(op.operation_id, serde_json::json!({})),
            );
        }
        // The canned `{}` does not decode; only what was sent matters here.
        let _ = client.call(op.operation_id, args.into()).await;
    }
    let _ = client.get_me().send().await;
    let seen = seen.lock().unwrap();
    let public = public.len();
    assert_eq!(seen.len(), public + 1, "every public operation was sent");
    for request in &seen[..public] {
        assert!(!has_credential(request), "{}", request);
    }
    // Guards the recorder: the authenticated call did carry one.
    assert!(has_credential(&seen[public]), "{}", seen[public]);
}

#[tokio::test]
async fn plain_http_to_a_remote_host_is_refused_before_anything_is_sent() {
    let key = fake_key('h');
    for url in [
        "http://10.0.0.5:4010",
        "http://app.talent-ray.com",
        "http://localhost.example.com",
        "http://127.0.0.1.example.com",
        "http://[::ffff:10.0.0.5]",
    ] {
        let err = Client::builder()
            .base_url(url)
            .api_key(&key)
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{url}: {err:?}");
        assert_no_leak("a config error", &format!("{err:?} {err}"), &[&key]);
    }

    // A client assembled around a configured state but another base URL never carries the key.
    let (configured, _) = recorder(canned("200 OK", "", "{}")).await;
    let (other, seen) = recorder(canned("200 OK", "", "{}")).await;
    let client = Client::builder()
        .base_url(&configured)
        .api_key(&key)
        .build()
        .unwrap();
    let elsewhere = Client::new_with_client(&other, reqwest::Client::new(), client.inner().clone());
    let err = elsewhere.get_me().send().await.unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(seen.lock().unwrap().is_empty(), "nothing reached {other}");
}

#[tokio::test]
async fn a_redirect_to_another_origin_never_carries_the_key() {
    let (target, target_seen) = recorder(canned("200 OK", "", "{}")).await;
    let key = fake_key('r');
    for status in [
        "301 Moved Permanently",
        "302 Found",
        "303 See Other",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let location = format!("location: {target}/api/v1/me\r\n");
        let (origin, origin_seen) = recorder(canned(status, &location, "")).await;
        for scheme in [AuthScheme::Bearer, AuthScheme::XApiKey] {
            let client = Client::builder()
                .base_url(&origin)
                .api_key(&key)
                .auth_scheme(scheme)
                .retry(RetryPolicy::none())
                .build()
                .unwrap();
            let err = client.get_me().send().await.unwrap_err();
            assert_eq!(
                err.status().map(|s| s.as_u16().to_string()),
                Some(status[..3].to_owned()),
                "{err:?}"
            );
        }
        assert_eq!(origin_seen.lock().unwrap().len(), 2, "{status}");
    }
    assert!(
        target_seen.lock().unwrap().is_empty(),
        "a redirect was followed to {target}"
    );
}

#[tokio::test]
async fn a_key_from_the_environment_may_carry_whitespace_and_a_newline() {
    let sandbox = Sandbox::builder().no_rate_limit().start().await.unwrap();
    let key = sandbox.keys().employer.clone();
    for padded in [
        format!("{key}\n"),
        format!("  {key}\r\n"),
        format!("\t{key} "),
    ] {
        // SAFETY: no other test of this binary reads or writes the environment.
        unsafe {
            std::env::set_var(talent_ray::ENV_API_KEY, &padded);
            std::env::set_var(
                talent_ray::ENV_BASE_URL,
                format!("{}\n", sandbox.base_url()),
            );
        }
        let client = Client::from_env().unwrap();
        let me = client.get_me().send().await.unwrap();
        assert!(!me.auth.scopes.is_empty(), "{padded:?} authenticated");
    }
    // Whitespace inside the key is still a format error, and the error does not echo the key.
    let broken = format!("{} {}", &key[..30], &key[31..]);
    unsafe { std::env::set_var(talent_ray::ENV_API_KEY, &broken) };
    let err = Client::from_env().unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert_no_leak("a config error", &format!("{err:?} {err}"), &[&key]);
    unsafe {
        std::env::remove_var(talent_ray::ENV_API_KEY);
        std::env::remove_var(talent_ray::ENV_BASE_URL);
    }
}
