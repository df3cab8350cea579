//! Tracing output: one span per call with its operation, path, status and attempts; retries
//! show; the key never does. Its own test binary: a thread-local subscriber in a binary whose
//! other tests run in parallel can miss callsites whose interest was cached without it.

mod common;

use common::Captured;

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
    tracing::callsite::rebuild_interest_cache();

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
