//! Error classification for both families, and that no error ever shows the key.

mod canned_http;
mod common;

use talent_ray::{Error, ErrorFamily, types};

fn assert_no_key(err: &Error, key: &str) {
    let shown = format!("{err:?} {err}");
    assert!(
        !shown.contains(key) && !shown.contains(&key[3..]),
        "key leaked: {shown}"
    );
}

#[tokio::test]
async fn v1_errors_are_classified_with_status_and_code() {
    let sandbox = common::sandbox().await;
    let key = sandbox.keys().employer.clone();
    let client = common::client(&sandbox, &key);

    let err = client
        .get_candidate()
        .id(&sandbox.fixtures().hidden_candidate_id)
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::NotFound(api) => {
            assert_eq!(api.status.as_u16(), 404);
            assert_eq!(api.code.as_deref(), Some("not_found"));
            assert_eq!(api.family, ErrorFamily::V1);
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
    assert_no_key(&err, &key);

    // A value the spec's schema allows (open enums send unknown values as given) but the server
    // refuses; an empty body would be refused locally (`minProperties`) and never sent.
    let err = client
        .update_role()
        .id(&sandbox.fixtures().role_id)
        .work_type(types::RoleUpdateWorkType::Unknown("four-day-week".into()))
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 400);
            assert_eq!(api.code.as_deref(), Some("bad_request"));
        }
        other => panic!("expected a 400 Api error, got {other:?}"),
    }
    assert_no_key(&err, &key);
}

#[tokio::test]
async fn legacy_errors_keep_their_message() {
    let sandbox = common::sandbox().await;
    let key = sandbox.keys().employer.clone();
    let client = common::client(&sandbox, &key);
    let err = client.list_api_keys().send().await.unwrap_err();
    match &err {
        Error::Forbidden(api) => {
            assert_eq!(api.family, ErrorFamily::Legacy);
            assert_eq!(
                api.message.as_deref(),
                Some("Forbidden - Admin access required")
            );
        }
        other => panic!("expected Forbidden, got {other:?}"),
    }
    assert_no_key(&err, &key);
}

#[tokio::test]
async fn revoked_keys_are_unauthorized() {
    let sandbox = common::sandbox().await;
    let key = sandbox.mint_key(&sandbox.fixtures().employer_user_id, &["candidates:read"]);
    let client = common::client(&sandbox, &key);
    client.get_me().send().await.unwrap();
    sandbox.revoke_key(&key);
    let err = client.get_me().send().await.unwrap_err();
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_no_key(&err, &key);
}

#[tokio::test]
async fn an_error_status_with_an_undocumented_body_keeps_its_status() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    // A 418 is not documented: progenitor hands it over untyped; the status must survive.
    sandbox.inject(talent_ray_sandbox::Fault::status(418).on("GET", "/api/v1/me"));
    let err = client.get_me().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(418), "{err:?}");
}

#[tokio::test]
async fn a_documented_error_status_with_a_garbled_body_keeps_status_and_text() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let hidden = sandbox.fixtures().hidden_candidate_id.clone();
    // The real handler answers 404; the body is then replaced by something that is not JSON.
    sandbox.inject(
        talent_ray_sandbox::Fault::malformed_body()
            .on("GET", &format!("/api/v1/candidates/{hidden}"))
            .after_handler(),
    );
    let err = client.get_candidate().id(&hidden).send().await.unwrap_err();
    match &err {
        Error::NotFound(api) => {
            assert_eq!(api.status.as_u16(), 404);
            assert_eq!(api.family, ErrorFamily::Unknown);
            assert!(
                api.message.as_deref().is_some_and(|m| !m.is_empty()),
                "the body's text is kept: {api:?}"
            );
        }
        other => panic!("expected NotFound with the raw text, got {other:?}"),
    }
}

#[tokio::test]
async fn a_patch_can_clear_a_nullable_field_set_one_and_leave_the_rest() {
    use talent_ray::Nullable;
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let id = sandbox.fixtures().candidate_id.clone();
    let before = client
        .get_candidate()
        .id(&id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(
        before.phone.is_some(),
        "the seed gives this candidate a phone"
    );
    let patch = types::CandidateUpdate {
        phone: Some(Nullable::Null),
        email: Some(Nullable::Value("new@example.com".into())),
        ..Default::default()
    };
    let after = client
        .update_candidate()
        .id(&id)
        .body(patch)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(after.phone, None, "null clears the field");
    assert_eq!(after.email.as_deref(), Some("new@example.com"));
    assert_eq!(
        after.full_name, before.full_name,
        "fields left out are unchanged"
    );
}

#[tokio::test]
async fn a_servers_error_code_is_reported_as_sent_whatever_it_is() {
    // Codes the client once used internally, and headers it adds itself, mean nothing coming
    // from a server.
    for code in ["unexpected_error_body", "", "Quota2Exceeded"] {
        let body = serde_json::json!({ "error": code, "message": "from the server" }).to_string();
        let (url, _) = canned_http::serve(move || {
            canned_http::response(
                "404 Not Found",
                "x-talent-ray-sdk-unclassified: 1\r\nx-talent-ray-sdk-operation: spoofed\r\n",
                body.as_bytes(),
            )
        })
        .await;
        let client = talent_ray::Client::builder()
            .base_url(url)
            .api_key(format!("tr_{}", "a".repeat(64)))
            .rate_limit(None)
            .build()
            .unwrap();
        match client.get_role().id("role_1").send().await {
            Err(Error::NotFound(api)) => {
                assert_eq!(api.code.as_deref(), Some(code), "{api:?}");
                assert_eq!(api.family, ErrorFamily::V1);
                assert_eq!(api.message.as_deref(), Some("from the server"));
                assert_eq!(api.operation.as_deref(), Some("getRole"));
            }
            other => panic!("{code:?}: expected the server's 404, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_scope_known_missing_is_a_typed_local_error() {
    let sandbox = common::sandbox().await;
    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .granted_scopes([talent_ray::Scope::RolesRead])
        .build()
        .unwrap();
    match client.list_tests().send().await {
        Err(Error::InsufficientScope {
            operation,
            required,
            granted,
            local: true,
        }) => {
            assert_eq!(operation, "listTests");
            assert!(!required.is_empty());
            assert_eq!(granted, [talent_ray::Scope::RolesRead]);
        }
        other => panic!("expected a local scope error, got {other:?}"),
    }
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/tests"),
        0,
        "nothing sent"
    );
}
