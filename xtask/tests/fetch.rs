//! `fetch`: validation before replacing, atomic pinning, idempotence.

mod common;

use std::fs;
use std::thread;
use std::time::Duration;

use common::*;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use xtask::{FetchError, FetchOutcome, SPEC_PATH, Source, ValidationError};

#[test]
fn fetch_into_empty_root_writes_spec_and_lock() {
    let root = tempfile::tempdir().unwrap();
    let outcome = xtask::fetch(root.path(), &Source::File(fixture_path())).unwrap();
    let FetchOutcome::Pinned(returned) = outcome else {
        panic!("expected Pinned, got {outcome:?}");
    };

    let fixture = fixture_bytes();
    assert_eq!(spec(root.path()), fixture, "spec is written byte for byte");
    let lock = lock(root.path());
    assert_eq!(lock, returned);
    let expected_sha: String = Sha256::digest(&fixture)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(lock.sha256, expected_sha);
    assert_eq!(
        lock.version,
        fixture_json()["info"]["version"].as_str().unwrap()
    );
    assert_eq!(lock.source, fixture_path().display().to_string());
    let retrieved = chrono::DateTime::parse_from_rfc3339(&lock.retrieved_at).unwrap();
    assert_eq!(retrieved.offset().local_minus_utc(), 0);
    assert!(lock.retrieved_at.ends_with('Z'), "{}", lock.retrieved_at);

    let text = String::from_utf8(lock_bytes(root.path())).unwrap();
    assert!(
        text.ends_with("}\n") && text.contains("\n  \"sha256\": "),
        "{text}"
    );
    let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, Value>>(&text)
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, ["source", "sha256", "version", "retrieved_at"]);
    assert_eq!(
        openapi_dir_entries(root.path()),
        ["openapi.json", "openapi.lock"]
    );
    xtask::check(root.path()).unwrap();
}

#[test]
fn second_fetch_of_the_same_file_changes_nothing() {
    let root = pinned_root();
    let (spec_before, lock_before) = (spec(root.path()), lock_bytes(root.path()));
    // A rewrite would carry a later `retrieved_at`.
    thread::sleep(Duration::from_millis(1100));

    let outcome = xtask::fetch(root.path(), &Source::File(fixture_path())).unwrap();
    assert!(
        matches!(outcome, FetchOutcome::AlreadyPinned(_)),
        "{outcome:?}"
    );
    assert_eq!(spec(root.path()), spec_before);
    assert_eq!(lock_bytes(root.path()), lock_before);
    assert_eq!(
        openapi_dir_entries(root.path()),
        ["openapi.json", "openapi.lock"]
    );
}

#[test]
fn fetch_replaces_a_different_valid_spec() {
    let root = pinned_root();
    let old_lock = lock(root.path());
    let mut doc = fixture_json();
    doc["info"]["version"] = json!("2099-01-01");
    let bytes = to_bytes(&doc);
    let (_dir, path) = candidate(&bytes);

    let outcome = xtask::fetch(root.path(), &Source::File(path)).unwrap();
    assert!(matches!(outcome, FetchOutcome::Pinned(_)), "{outcome:?}");
    assert_eq!(spec(root.path()), bytes);
    let new_lock = lock(root.path());
    assert_eq!(new_lock.version, "2099-01-01");
    assert_ne!(new_lock.sha256, old_lock.sha256);
    xtask::check(root.path()).unwrap();
}

#[test]
fn fetch_repairs_a_tampered_pin() {
    let root = pinned_root();
    fs::write(root.path().join(SPEC_PATH), b"{}").unwrap();
    let outcome = xtask::fetch(root.path(), &Source::File(fixture_path())).unwrap();
    assert!(matches!(outcome, FetchOutcome::Pinned(_)), "{outcome:?}");
    assert_eq!(spec(root.path()), fixture_bytes());
    xtask::check(root.path()).unwrap();
}

/// Fetches `bytes` into a root holding a pinned spec; asserts the refusal and that nothing moved.
fn refuse(bytes: &[u8]) -> FetchError {
    let root = pinned_root();
    let (spec_before, lock_before) = (spec(root.path()), lock_bytes(root.path()));
    let (_dir, path) = candidate(bytes);

    let err = xtask::fetch(root.path(), &Source::File(path)).expect_err("candidate is refused");
    let message = err.to_string();
    assert!(!message.contains('\n'), "one-line message: {message:?}");
    assert_eq!(spec(root.path()), spec_before, "spec untouched");
    assert_eq!(lock_bytes(root.path()), lock_before, "lock untouched");
    assert_eq!(
        openapi_dir_entries(root.path()),
        ["openapi.json", "openapi.lock"]
    );
    xtask::check(root.path()).unwrap();
    err
}

#[test]
fn refuses_invalid_json() {
    let err = refuse(&fixture_bytes()[..1000]);
    assert!(
        matches!(err, FetchError::Invalid(ValidationError::NotJson(_))),
        "{err:?}"
    );
    assert!(err.to_string().contains("not valid JSON"), "{err}");
}

#[test]
fn refuses_a_json_array() {
    let err = refuse(b"[1, 2]");
    assert!(
        matches!(err, FetchError::Invalid(ValidationError::NotObject)),
        "{err:?}"
    );
}

#[test]
fn refuses_openapi_3_0() {
    let mut doc = fixture_json();
    doc["openapi"] = json!("3.0.3");
    let err = refuse(&to_bytes(&doc));
    assert!(
        matches!(&err, FetchError::Invalid(ValidationError::OpenApi30(v)) if v == "3.0.3"),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("3.0.3") && message.contains("3.0 document") && message.contains("3.1"),
        "{message}"
    );
}

#[test]
fn refuses_other_versions() {
    for (key, version) in [("openapi", "3.2.0"), ("openapi", "3.1"), ("swagger", "2.0")] {
        let mut doc = fixture_json();
        doc.as_object_mut().unwrap().remove("openapi");
        doc[key] = json!(version);
        let err = refuse(&to_bytes(&doc));
        assert!(
            matches!(
                err,
                FetchError::Invalid(
                    ValidationError::UnsupportedVersion(_) | ValidationError::Swagger(_)
                )
            ),
            "{key} {version}: {err:?}"
        );
        assert!(err.to_string().contains(version), "{err}");
    }
}

#[test]
fn accepts_later_3_1_patch_versions() {
    let mut doc = fixture_json();
    doc["openapi"] = json!("3.1.1");
    assert_eq!(
        xtask::validate(&to_bytes(&doc)).unwrap(),
        doc["info"]["version"].as_str().unwrap()
    );
}

#[test]
fn refuses_a_document_without_paths() {
    let mut doc = fixture_json();
    doc["paths"] = json!({});
    let err = refuse(&to_bytes(&doc));
    assert!(
        matches!(err, FetchError::Invalid(ValidationError::NoPaths)),
        "{err:?}"
    );

    doc.as_object_mut().unwrap().remove("paths");
    let err = refuse(&to_bytes(&doc));
    assert!(
        matches!(err, FetchError::Invalid(ValidationError::NoPaths)),
        "{err:?}"
    );
    assert!(err.to_string().contains("no paths"), "{err}");
}

#[test]
fn refuses_a_document_without_info_version() {
    let mut doc = fixture_json();
    doc["info"].as_object_mut().unwrap().remove("version");
    let err = refuse(&to_bytes(&doc));
    assert!(
        matches!(
            err,
            FetchError::Invalid(ValidationError::MissingInfoVersion)
        ),
        "{err:?}"
    );
}

/// Adds `probe` as a property of an object schema; returns that schema's JSON pointer.
fn with_probe(probe: Value) -> (Vec<u8>, String) {
    let mut doc = fixture_json();
    let name = first_object_schema(&doc);
    doc["components"]["schemas"][&name]["properties"]["xtaskProbe"] = probe;
    (to_bytes(&doc), format!("/components/schemas/{name}"))
}

#[test]
fn refuses_prefix_items_naming_the_pointer() {
    let (bytes, pointer) = with_probe(json!({
        "type": "array",
        "prefixItems": [{ "type": "string" }, { "type": "integer" }]
    }));
    let err = refuse(&bytes);
    assert!(
        matches!(&err, FetchError::Invalid(ValidationError::Codegen(_))),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("code generation rejects"), "{message}");
    assert!(message.contains(&pointer), "names {pointer}: {message}");
}

#[test]
fn refuses_a_multi_type_schema_naming_the_pointer() {
    let (bytes, pointer) = with_probe(json!({ "type": ["string", "integer"] }));
    let err = refuse(&bytes);
    assert!(
        matches!(&err, FetchError::Invalid(ValidationError::Codegen(_))),
        "{err:?}"
    );
    assert!(err.to_string().contains(&pointer), "names {pointer}: {err}");
}

#[test]
fn refuses_a_missing_file() {
    let root = pinned_root();
    let lock_before = lock_bytes(root.path());
    let missing = root.path().join("no-such-spec.json");
    let err = xtask::fetch(root.path(), &Source::File(missing.clone())).unwrap_err();
    assert!(matches!(err, FetchError::Read { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&missing.display().to_string()),
        "{err}"
    );
    assert_eq!(lock_bytes(root.path()), lock_before);
}

#[test]
fn refusal_into_an_empty_root_creates_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (_dir, path) = candidate(b"not json");
    xtask::fetch(root.path(), &Source::File(path)).unwrap_err();
    assert_eq!(fs::read_dir(root.path()).unwrap().count(), 0);
}

#[test]
fn source_parsing() {
    assert_eq!(
        Source::parse("https://example.test/openapi.json").unwrap(),
        Source::Url("https://example.test/openapi.json".into())
    );
    assert_eq!(
        Source::parse("HTTP://127.0.0.1:1/x").unwrap(),
        Source::Url("HTTP://127.0.0.1:1/x".into())
    );
    assert_eq!(
        Source::parse("../shared/upstream/openapi.json").unwrap(),
        Source::File("../shared/upstream/openapi.json".into())
    );
    assert!(matches!(
        Source::parse("ftp://example.test/openapi.json"),
        Err(FetchError::UnsupportedScheme(s)) if s == "ftp"
    ));
    assert_eq!(
        Source::default(),
        Source::Url(xtask::DEFAULT_SPEC_URL.into())
    );
}
