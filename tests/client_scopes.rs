//! Scope checks: local refusal (nothing sent), server refusal, and learning granted scopes.

mod common;

use talent_ray::{Error, Scope};

#[tokio::test]
async fn a_known_missing_scope_fails_locally_and_sends_nothing() {
    let sandbox = common::sandbox().await;
    let client = common::builder(&sandbox, &sandbox.keys().partial)
        .granted_scopes([Scope::CandidatesRead, Scope::RolesRead])
        .build()
        .unwrap();
    let err = client.list_tests().send().await.unwrap_err();
    match err {
        Error::InsufficientScope {
            operation,
            required,
            granted,
            local,
        } => {
            assert_eq!(operation, "listTests");
            assert_eq!(required, [Scope::TestsRead]);
            assert_eq!(granted, [Scope::CandidatesRead, Scope::RolesRead]);
            assert!(local);
        }
        other => panic!("expected InsufficientScope, got {other:?}"),
    }
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/tests"),
        0,
        "no request may be sent"
    );
    assert_eq!(sandbox.stats().requests_seen, 0);
}

#[tokio::test]
async fn a_server_refusal_is_the_same_error_and_teaches_the_client_its_scopes() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().partial);
    assert_eq!(client.granted_scopes(), None);

    let err = client.list_tests().send().await.unwrap_err();
    assert!(
        matches!(&err, Error::InsufficientScope { local: false, required, .. } if required == &[Scope::TestsRead]),
        "{err:?}"
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    let granted = client.granted_scopes().expect("learned from grantedScopes");
    assert!(granted.contains(&Scope::CandidatesRead) && !granted.contains(&Scope::TestsRead));

    // A clone shares the cache: the second attempt is refused locally.
    let clone = client.clone();
    let err = clone.list_tests().send().await.unwrap_err();
    assert!(
        matches!(err, Error::InsufficientScope { local: true, .. }),
        "{err:?}"
    );
    assert_eq!(sandbox.requests_to("GET", "/api/v1/tests"), 1);
}

#[tokio::test]
async fn refresh_scopes_reads_me_and_allowed_calls_go_through() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let scopes = client.refresh_scopes().await.unwrap();
    for scope in Scope::ALL {
        assert!(scopes.contains(scope), "employer key lacks {scope}");
    }
    assert_eq!(client.granted_scopes(), Some(scopes));
    client.list_tests().send().await.unwrap();

    let none = common::client(&sandbox, &sandbox.keys().no_scopes);
    assert_eq!(none.refresh_scopes().await.unwrap(), Vec::<Scope>::new());
    let err = none.list_candidates().send().await.unwrap_err();
    assert!(
        matches!(err, Error::InsufficientScope { local: true, .. }),
        "{err:?}"
    );
    // /me needs no scope, so it is never refused locally.
    none.get_me().send().await.unwrap();
}
