//! `check`: the pinned spec against its lock.

mod common;

use std::fs;

use common::*;
use serde_json::json;
use xtask::{CheckError, LOCK_PATH, SPEC_PATH};

#[test]
fn passes_after_fetch() {
    let root = pinned_root();
    let lock = xtask::check(root.path()).unwrap();
    assert_eq!(lock, common::lock(root.path()));
}

#[test]
fn fails_after_tampering_with_the_spec() {
    let root = pinned_root();
    let mut bytes = spec(root.path());
    bytes.push(b'\n');
    fs::write(root.path().join(SPEC_PATH), &bytes).unwrap();
    let err = xtask::check(root.path()).unwrap_err();
    assert!(matches!(err, CheckError::ShaMismatch { .. }), "{err:?}");
    assert!(err.to_string().contains("does not match its lock"), "{err}");
}

#[test]
fn fails_after_tampering_with_the_lock_digest() {
    let root = pinned_root();
    let mut lock = common::lock(root.path());
    let original = lock.sha256.clone();
    lock.sha256 = "0".repeat(64);
    fs::write(
        root.path().join(LOCK_PATH),
        serde_json::to_vec_pretty(&lock).unwrap(),
    )
    .unwrap();
    let err = xtask::check(root.path()).unwrap_err();
    assert!(
        matches!(&err, CheckError::ShaMismatch { locked, actual, .. }
            if *locked == "0".repeat(64) && *actual == original),
        "{err:?}"
    );
}

#[test]
fn fails_after_tampering_with_the_lock_version() {
    let root = pinned_root();
    let mut lock = common::lock(root.path());
    lock.version = "1999-01-01".into();
    fs::write(
        root.path().join(LOCK_PATH),
        serde_json::to_vec_pretty(&lock).unwrap(),
    )
    .unwrap();
    let err = xtask::check(root.path()).unwrap_err();
    assert!(
        matches!(&err, CheckError::VersionMismatch { locked, .. } if locked == "1999-01-01"),
        "{err:?}"
    );
    assert!(err.to_string().contains("1999-01-01"), "{err}");
}

#[test]
fn fails_without_a_lock() {
    let root = pinned_root();
    fs::remove_file(root.path().join(LOCK_PATH)).unwrap();
    let err = xtask::check(root.path()).unwrap_err();
    assert!(matches!(err, CheckError::MissingLock { .. }), "{err:?}");
    assert!(err.to_string().contains("cargo xtask fetch"), "{err}");
}

#[test]
fn fails_without_a_spec() {
    let root = pinned_root();
    fs::remove_file(root.path().join(SPEC_PATH)).unwrap();
    let err = xtask::check(root.path()).unwrap_err();
    assert!(matches!(err, CheckError::MissingSpec { .. }), "{err:?}");
}

#[test]
fn fails_with_an_unparsable_lock() {
    let root = pinned_root();
    let lock = common::lock(root.path());
    let cases = [
        b"not json".to_vec(),
        b"{}".to_vec(),
        serde_json::to_vec(&json!({
            "source": lock.source, "sha256": lock.sha256.to_uppercase(),
            "version": lock.version, "retrieved_at": lock.retrieved_at,
        }))
        .unwrap(),
        serde_json::to_vec(&json!({
            "source": lock.source, "sha256": lock.sha256, "version": lock.version,
            "retrieved_at": lock.retrieved_at, "extra": true,
        }))
        .unwrap(),
    ];
    for case in cases {
        fs::write(root.path().join(LOCK_PATH), &case).unwrap();
        let err = xtask::check(root.path()).unwrap_err();
        assert!(
            matches!(err, CheckError::UnparsableLock { .. }),
            "{}: {err:?}",
            String::from_utf8_lossy(&case)
        );
    }
}

#[test]
fn the_pin_ships_the_generated_sources_and_check_holds_them_to_a_fresh_generation() {
    let root = pinned_root();
    let dir = root.path().join(xtask::GENERATED_DIR);
    xtask::check_generated(root.path()).unwrap();
    let spec = spec(root.path());
    let expected = xtask::generated_files(&spec).unwrap();
    for (name, bytes) in &expected {
        assert_eq!(&fs::read(dir.join(name)).unwrap(), bytes, "{name}");
    }
    // The digest file is the spec's SHA-256, as the lock has it.
    assert_eq!(
        fs::read_to_string(root.path().join(xtask::GENERATED_DIGEST))
            .unwrap()
            .trim(),
        common::lock(root.path()).sha256
    );

    // One changed byte, a missing file and a stray file are each refused.
    let (name, bytes) = &expected[0];
    let mut tampered = bytes.clone();
    tampered.push(b'\n');
    fs::write(dir.join(name), &tampered).unwrap();
    let err = xtask::check_generated(root.path()).unwrap_err();
    assert!(
        err.to_string().contains("differs from a fresh generation"),
        "{err}"
    );
    assert!(err.to_string().contains("cargo xtask regen"), "{err}");
    fs::remove_file(dir.join(name)).unwrap();
    let err = xtask::check_generated(root.path()).unwrap_err();
    assert!(err.to_string().contains("is missing"), "{err}");

    // Pinning again repairs it; a stray file is removed by the pin and refused by the check.
    xtask::write_generated(root.path(), &spec).unwrap();
    xtask::check_generated(root.path()).unwrap();
    fs::write(dir.join("stray.rs"), b"").unwrap();
    let err = xtask::check_generated(root.path()).unwrap_err();
    assert!(
        err.to_string()
            .contains("stray.rs is not generated any more"),
        "{err}"
    );
    xtask::write_generated(root.path(), &spec).unwrap();
    assert!(!dir.join("stray.rs").exists());
    xtask::check_generated(root.path()).unwrap();
}
