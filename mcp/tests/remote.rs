//! The remote server in process, over real HTTP on loopback: each request's own key decides
//! its tools and is the one its calls carry; no key, or a bad one, is a 401 with a challenge;
//! identities are cached by key with an expiry; both protocol revisions are served.

mod common;

use std::time::Duration;

use common::binary::{Agent, http_agent};
use common::{connect, error_fields, sandbox, text};
use rmcp::model::ProtocolVersion;
use serde_json::json;
use talent_ray::{Client, RetryPolicy};
use talent_ray_mcp::Options;
use talent_ray_mcp::remote::Remote;
use talent_ray_sandbox::Sandbox;

/// A remote server for `sandbox`, configured by `setup`, on a loopback port; its `/mcp` URL.
async fn serve(
    sandbox: &Sandbox,
    options: Options,
    setup: impl FnOnce(Remote) -> Remote,
) -> String {
    let base = sandbox.base_url().to_owned();
    let remote = Remote::new(options, move |key| {
        Client::builder()
            .base_url(base.clone())
            .api_key(key.expose_secret())
            .rate_limit(None)
            .retry(RetryPolicy::none())
            .build()
    })
    .expect("the options are valid");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(setup(remote).serve(listener, std::future::pending()));
    format!("http://{addr}/mcp")
}

async fn agent(url: &str, key: &str) -> Agent {
    Agent(
        http_agent(url, Some(key), ProtocolVersion::LATEST)
            .await
            .expect("connects"),
    )
}

#[tokio::test]
async fn two_keys_at_once_each_see_their_own_tools_and_act_as_themselves() {
    let sandbox = sandbox().await;
    let keys = sandbox.keys().clone();
    let f = sandbox.fixtures().clone();
    let url = serve(&sandbox, Options::default(), |r| r).await;
    let (employer, partial) = tokio::join!(agent(&url, &keys.employer), agent(&url, &keys.partial));

    let (employer_tools, partial_tools) = tokio::join!(employer.names(), partial.names());
    // The stdio server, whose lists are checked against the spec, is the reference.
    let stdio_employer = connect(&sandbox, &keys.employer, Options::default()).await;
    let stdio_partial = connect(&sandbox, &keys.partial, Options::default()).await;
    assert_eq!(employer_tools, stdio_employer.names().await);
    assert_eq!(partial_tools, stdio_partial.names().await);
    assert!(employer_tools.contains(&"list_tests".to_owned()));
    assert!(!partial_tools.contains(&"list_tests".to_owned()));

    // Interleaved calls: each answers as its own key.
    let rounds = (0..5).map(|_| async {
        let (e, p) = tokio::join!(
            employer.call("get_me", json!({})),
            partial.call("get_me", json!({}))
        );
        (e, p)
    });
    for (e, p) in futures::future::join_all(rounds).await {
        let e = e.structured_content.unwrap();
        let p = p.structured_content.unwrap();
        assert_eq!(e["auth"]["keyId"], f.employer_key_id.as_str(), "{e}");
        assert_eq!(p["auth"]["keyId"], f.partial_key_id.as_str(), "{p}");
    }

    // The partial key calling a tool it lacks: refused before sending, naming the scope.
    let before = sandbox.requests_to("GET", "/api/v1/tests");
    let refused = partial.call("list_tests", json!({})).await;
    let fields = error_fields(&refused);
    assert_eq!(fields["code"], "insufficient_scope", "{}", text(&refused));
    assert_eq!(fields["requiredScopes"], json!(["tests:read"]));
    assert_eq!(sandbox.requests_to("GET", "/api/v1/tests"), before);
    let allowed = employer.call("list_tests", json!({})).await;
    assert_eq!(allowed.is_error, Some(false), "{}", text(&allowed));
}

#[tokio::test]
async fn both_protocol_revisions_are_served() {
    let sandbox = sandbox().await;
    let key = sandbox.keys().partial.clone();
    let url = serve(&sandbox, Options::default(), |r| r).await;
    let mut lists = Vec::new();
    for version in [ProtocolVersion::LATEST, ProtocolVersion::V_2025_11_25] {
        let agent = http_agent(&url, Some(&key), version.clone())
            .await
            .unwrap_or_else(|e| panic!("{version}: {e}"));
        let negotiated = agent
            .peer_info()
            .expect("negotiated")
            .protocol_version
            .clone();
        assert_eq!(negotiated, version);
        let agent = Agent(agent);
        let me = agent.call("get_me", json!({})).await;
        assert_eq!(me.is_error, Some(false), "{version}: {}", text(&me));
        lists.push(agent.names().await);
    }
    assert_eq!(lists[0], lists[1]);
}

/// A POST of `initialize` to `url` with `authorization` (if any).
async fn post(url: &str, authorization: Option<&str>, host: Option<&str>) -> reqwest::Response {
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "raw-http", "version": "0"}
    }});
    let mut request = reqwest::Client::new()
        .post(url)
        .header("accept", "application/json, text/event-stream")
        .json(&body);
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    if let Some(host) = host {
        request = request.header("host", host);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn no_key_or_a_bad_one_is_a_401_with_a_challenge_and_nothing_sent() {
    let sandbox = sandbox().await;
    let url = serve(&sandbox, Options::default(), |r| r).await;
    let unknown = format!("Bearer tr_{}", "z".repeat(64));
    for (authorization, invalid) in [
        (None, false),
        (Some("Bearer not-a-key"), true),
        (Some("Basic dXNlcjpwYXNz"), true),
        (Some(unknown.as_str()), true),
    ] {
        let response = post(&url, authorization, None).await;
        assert_eq!(response.status(), 401, "{authorization:?}");
        let challenge = response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(challenge.starts_with("Bearer realm="), "{challenge}");
        assert_eq!(challenge.contains("invalid_token"), invalid, "{challenge}");
        let text = response.text().await.unwrap();
        assert!(text.contains("Authorization: Bearer"), "{text}");
    }
    // Only the well-formed unknown key was worth asking the API about.
    assert_eq!(
        sandbox
            .requests()
            .iter()
            .filter(|r| r.path != "/api/v1/me")
            .count(),
        0
    );
    assert!(
        http_agent(&url, None, ProtocolVersion::LATEST)
            .await
            .is_err()
    );
    let key = sandbox.keys().employer.clone();
    let ok = post(&url, Some(&format!("Bearer {key}")), None).await;
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn only_allowed_hosts_are_served() {
    let sandbox = sandbox().await;
    let key = format!("Bearer {}", sandbox.keys().employer);
    let url = serve(&sandbox, Options::default(), |r| r).await;
    let refused = post(&url, Some(&key), Some("evil.example")).await;
    assert_eq!(refused.status(), 403);
    let url = serve(&sandbox, Options::default(), |r| {
        r.allowed_hosts(vec!["mcp.example.com".into()])
    })
    .await;
    assert_eq!(
        post(&url, Some(&key), Some("mcp.example.com"))
            .await
            .status(),
        200
    );
    assert_eq!(post(&url, Some(&key), None).await.status(), 403);
}

#[tokio::test]
async fn identities_are_cached_by_key_until_they_expire() {
    let sandbox = sandbox().await;
    let keys = sandbox.keys().clone();
    let me = || sandbox.requests_to("GET", "/api/v1/me");

    let url = serve(&sandbox, Options::default(), |r| r).await;
    let employer = agent(&url, &keys.employer).await;
    employer.names().await;
    let after_first = me();
    assert!(after_first > 0);
    for _ in 0..3 {
        employer.names().await;
    }
    assert_eq!(me(), after_first, "the identity was reused");
    // Another key is identified on its own.
    agent(&url, &keys.partial).await.names().await;
    assert!(me() > after_first);

    let url = serve(&sandbox, Options::default(), |r| {
        r.identity_ttl(Duration::ZERO)
    })
    .await;
    let employer = agent(&url, &keys.employer).await;
    let before = me();
    employer.names().await;
    employer.names().await;
    assert!(me() >= before + 2, "an expired identity is read again");
}

#[tokio::test]
async fn the_options_apply_to_every_caller() {
    let sandbox = sandbox().await;
    let options = Options {
        read_only: true,
        ..Options::default()
    };
    let url = serve(&sandbox, options.clone(), |r| r).await;
    let remote = agent(&url, &sandbox.keys().employer).await;
    let local = connect(&sandbox, &sandbox.keys().employer, options).await;
    let names = remote.names().await;
    assert_eq!(names, local.names().await);
    assert!(!names.contains(&"update_role".to_owned()));
    let refused = remote
        .call(
            "update_role",
            json!({ "id": sandbox.fixtures().role_id, "body": { "priority": "high" } }),
        )
        .await;
    assert_eq!(error_fields(&refused)["code"], "not_offered");
}
