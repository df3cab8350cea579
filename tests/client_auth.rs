//! Configuration and secrets: key formats, headers, public operations, transport, redaction.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use talent_ray::{AuthScheme, Client, Error};

#[tokio::test]
async fn bearer_and_x_api_key_both_authenticate() {
    let sandbox = common::sandbox().await;
    for scheme in [AuthScheme::Bearer, AuthScheme::XApiKey] {
        let client = common::builder(&sandbox, &sandbox.keys().employer)
            .auth_scheme(scheme)
            .build()
            .unwrap();
        let me = client.get_me().send().await.unwrap();
        assert_eq!(
            me.auth.key_id.as_deref(),
            Some(sandbox.fixtures().employer_key_id.as_str()),
            "{scheme:?}"
        );
    }
}

#[tokio::test]
async fn public_operations_carry_no_credential() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let key_id = sandbox.fixtures().employer_key_id.clone();
    let before = sandbox.usage_count(&key_id);
    let portal = client
        .get_career_portal()
        .org_slug(&sandbox.fixtures().org_slug)
        .send()
        .await
        .unwrap();
    assert!(!portal.roles.is_empty());
    client
        .get_public_job()
        .org_slug(&sandbox.fixtures().org_slug)
        .role_id(&sandbox.fixtures().public_role_id)
        .send()
        .await
        .unwrap();
    assert_eq!(
        sandbox.usage_count(&key_id),
        before,
        "a public call was authenticated with the key"
    );
    client.get_me().send().await.unwrap();
    assert_eq!(
        sandbox.usage_count(&key_id),
        before + 1,
        "the usage log does count authenticated calls"
    );
}

#[test]
fn invalid_keys_and_insecure_urls_are_config_errors_that_do_not_echo_the_key() {
    let secret = "s3cretS3cretS3cret";
    for key in [
        format!("tr_{secret}"),
        format!("xx_{}", secret.repeat(4)),
        format!("tr_{}!", "a".repeat(63)),
    ] {
        let err = Client::builder().api_key(key.clone()).build().unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{err:?}");
        assert!(!format!("{err:?}{err}").contains(secret), "{err}");
    }
    let key = format!("tr_{}", "b".repeat(64));
    let err = Client::builder()
        .api_key(&key)
        .base_url("http://api.example.com")
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::Config(_)) && err.to_string().contains("plain http"),
        "{err}"
    );
    Client::builder()
        .api_key(&key)
        .base_url("http://api.example.com")
        .allow_insecure_http(true)
        .build()
        .unwrap();
}

#[test]
fn debug_of_client_builder_and_state_never_shows_the_key() {
    let key = format!("tr_{}", "Zq7".repeat(21) + "Q");
    let builder = Client::builder().api_key(&key);
    let client = builder.clone().build().unwrap();
    let shown = format!("{builder:?} {client:?} {:?}", client.clone());
    assert!(!shown.contains(&key[3..]), "{shown}");
    assert!(shown.contains("tr_***"));
}

#[test]
fn from_env_reads_key_base_url_and_instance() {
    // The only test in this binary that touches these variables.
    let key = format!("tr_{}", "e".repeat(64));
    unsafe {
        std::env::set_var(talent_ray::ENV_API_KEY, &key);
        std::env::set_var(talent_ray::ENV_INSTANCE, "acme");
        std::env::remove_var(talent_ray::ENV_BASE_URL);
    }
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://acme.talent-ray.com"
    );
    unsafe { std::env::set_var(talent_ray::ENV_BASE_URL, "http://127.0.0.1:4010/") };
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "http://127.0.0.1:4010"
    );
    unsafe { std::env::set_var(talent_ray::ENV_API_KEY, "tr_short") };
    assert!(matches!(Client::from_env(), Err(Error::Config(_))));
    unsafe {
        for var in [
            talent_ray::ENV_API_KEY,
            talent_ray::ENV_INSTANCE,
            talent_ray::ENV_BASE_URL,
        ] {
            std::env::remove_var(var);
        }
    }
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://app.talent-ray.com"
    );
}

/// A `MakeWriter` collecting everything written into one buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn tracing_shows_each_call_and_retry_but_never_the_key() {
    let sandbox = common::sandbox().await;
    let key = sandbox.keys().employer.clone();
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let client = common::builder(&sandbox, &key).build().unwrap();
    sandbox.inject(talent_ray_sandbox::Fault::status(503).on("GET", "/api/v1/me"));
    client.get_me().send().await.unwrap();
    let _ = client.get_candidate().id("missing").send().await;
    let _ = client.list_api_keys().send().await;
    drop(_guard);

    let out = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(out.contains("talent_ray.call"), "{out}");
    assert!(
        out.contains("operation=\"getMe\"") || out.contains("operation=getMe"),
        "{out}"
    );
    assert!(
        out.contains("path=\"/api/v1/candidates/{id}\"")
            || out.contains("path=/api/v1/candidates/{id}"),
        "{out}"
    );
    assert!(out.contains("retrying"), "{out}");
    assert!(out.contains("status=404"), "{out}");
    assert!(out.contains("attempts=2"), "{out}");
    assert!(
        !out.contains(&key[3..]),
        "the key leaked into tracing output"
    );
}
