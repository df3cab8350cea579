//! Configuration and secrets: key formats, headers, public operations, transport, redaction.

mod common;

use talent_ray::{AuthScheme, Client, Error};

#[tokio::test]
async fn each_auth_scheme_sends_exactly_its_own_header() {
    let sandbox = common::sandbox().await;
    for (scheme, sent, absent) in [
        (AuthScheme::Bearer, "authorization", "x-api-key"),
        (AuthScheme::XApiKey, "x-api-key", "authorization"),
    ] {
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
        // The sandbox records which credential headers arrived (names, never values).
        let last = sandbox.requests().pop().expect("the request was recorded");
        assert_eq!(last.path, "/api/v1/me");
        assert!(
            last.credential_headers.iter().any(|h| h == sent),
            "{last:?}"
        );
        assert!(
            !last.credential_headers.iter().any(|h| h == absent),
            "{scheme:?} also sent {absent}: {last:?}"
        );
    }
}

#[tokio::test]
async fn public_operations_carry_no_credential() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let fx = sandbox.fixtures();
    let portal = client
        .get_career_portal()
        .org_slug(&fx.org_slug)
        .send()
        .await
        .unwrap();
    assert!(!portal.roles.is_empty());
    client
        .get_public_job()
        .org_slug(&fx.org_slug)
        .role_id(&fx.public_role_id)
        .send()
        .await
        .unwrap();
    client
        .apply_to_public_job()
        .org_slug(&fx.org_slug)
        .body(
            serde_json::from_value::<talent_ray::types::ApplyToPublicJobRequest>(
                serde_json::json!({"roleId": fx.public_role_id}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let public: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/public/"))
        .collect();
    // Exactly the calls above arrived, each at its public path.
    let paths: Vec<&str> = public.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            format!("/api/public/portal/{}", fx.org_slug),
            format!(
                "/api/public/portal/{}/roles/{}",
                fx.org_slug, fx.public_role_id
            ),
            format!("/api/public/portal/{}/apply", fx.org_slug),
        ],
        "{public:?}"
    );
    for request in &public {
        assert!(
            request.credential_headers.is_empty(),
            "a credential went to a public endpoint: {request:?}"
        );
    }
    // The recorder does see credentials where the SDK sends them.
    client.get_me().send().await.unwrap();
    let me = sandbox.requests().pop().unwrap();
    assert_eq!(me.credential_headers, ["authorization"]);
}

#[test]
fn invalid_keys_and_insecure_urls_are_config_errors_that_do_not_echo_the_key() {
    let secret = "s3cretS3cretS3cret";
    for key in [
        format!("tr_{secret}"),
        format!("xx_{}", secret.repeat(4)),
        format!("tr_{}é", "a".repeat(63)),
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

#[tokio::test]
async fn a_client_rebuilt_around_the_state_never_sends_the_key_elsewhere() {
    use progenitor_client::ClientInfo;
    let home = common::sandbox().await;
    let elsewhere = common::sandbox().await;
    let client = common::client(&home, &home.keys().employer);
    let state = client.inner().clone();
    // The generated constructors take any URL; the key stays with the builder's origin.
    let moved = Client::new(elsewhere.base_url(), state);
    let err = moved.get_me().send().await.unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("refusing to send the API key")),
        "{err:?}"
    );
    assert_eq!(elsewhere.stats().requests_seen, 0);
    // Public operations carry no key, so they may go anywhere.
    moved
        .get_career_portal()
        .org_slug(&elsewhere.fixtures().org_slug)
        .send()
        .await
        .unwrap();
}
