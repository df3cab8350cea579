//! Fixtures shared by the xtask tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tempfile::TempDir;
use xtask::{FetchOutcome, LOCK_PATH, Lock, SPEC_PATH, Source};

/// The repository's pinned spec: a valid OpenAPI 3.1 document.
pub fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/openapi.json")
}

pub fn fixture_bytes() -> Vec<u8> {
    fs::read(fixture_path()).expect("the repository's pinned spec is readable")
}

pub fn fixture_json() -> Value {
    serde_json::from_slice(&fixture_bytes()).expect("the fixture is JSON")
}

/// A temporary repository root with the fixture pinned in it.
pub fn pinned_root() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let outcome = xtask::fetch(root.path(), &Source::File(fixture_path())).unwrap();
    assert!(matches!(outcome, FetchOutcome::Pinned(_)), "{outcome:?}");
    root
}

/// Writes `bytes` as a candidate file in a directory of its own.
pub fn candidate(bytes: &[u8]) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("candidate.json");
    fs::write(&path, bytes).unwrap();
    (dir, path)
}

pub fn to_bytes(doc: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(doc).unwrap()
}

pub fn spec(root: &Path) -> Vec<u8> {
    fs::read(root.join(SPEC_PATH)).unwrap()
}

pub fn lock_bytes(root: &Path) -> Vec<u8> {
    fs::read(root.join(LOCK_PATH)).unwrap()
}

pub fn lock(root: &Path) -> Lock {
    serde_json::from_slice(&lock_bytes(root)).unwrap()
}

/// Sorted names in `root/openapi`, to catch stray temporary files.
pub fn openapi_dir_entries(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root.join("openapi"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The name of the first component schema that has properties.
pub fn first_object_schema(doc: &Value) -> String {
    doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(_, schema)| schema.get("properties").is_some())
        .map(|(name, _)| name.clone())
        .expect("the fixture has an object schema")
}
