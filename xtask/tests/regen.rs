//! The parts of `cargo xtask regen` that run without a rebuild: finding the workspace from the
//! current directory, the snapshot line diff, reading failures from cargo's output, and probing
//! the sandbox for operations it does not serve. The whole command is exercised end to end by
//! the ignored test in `regen_end_to_end.rs`.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use xtask::regen::{failures, snapshot_changes, unserved_operations};

#[test]
fn the_workspace_is_found_from_the_current_directory_not_the_build() {
    let outer = tempfile::tempdir().unwrap();
    let root = outer.path().join("checkout");
    let nested = root.join("crates/member/src");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(root.join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    std::fs::write(
        root.join("crates/member/Cargo.toml"),
        "[package]\nname = \"member\"\n",
    )
    .unwrap();
    assert_eq!(xtask::workspace::find_root(&nested).unwrap(), root);
    assert_eq!(xtask::workspace::find_root(&root).unwrap(), root);
    let err = xtask::workspace::find_root(outer.path()).unwrap_err();
    assert!(err.contains("no Cargo workspace"), "{err}");

    // The binary acts on the checkout it is run in: `fetch` pins into the workspace around the
    // current directory (here a scratch one), whatever checkout the binary was built from.
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(&nested)
        .args(["fetch", "--from", fixture_path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(spec(&root), fixture_bytes());
    assert!(!nested.join("openapi").exists());
}

#[test]
fn snapshot_changes_count_added_and_removed_lines_per_file() {
    let before: BTreeMap<String, String> = [
        ("a.snap".to_owned(), "x\ny\nz\n".to_owned()),
        ("same.snap".to_owned(), "1\n".to_owned()),
        ("gone.snap".to_owned(), "g\n".to_owned()),
    ]
    .into();
    let after: BTreeMap<String, String> = [
        ("a.snap".to_owned(), "x\ny2\nz\nw\n".to_owned()),
        ("same.snap".to_owned(), "1\n".to_owned()),
        ("new.snap".to_owned(), "n\n".to_owned()),
    ]
    .into();
    let changes = snapshot_changes(&before, &after);
    let summary: Vec<(&str, Vec<String>, Vec<String>)> = changes
        .iter()
        .map(|c| (c.file.as_str(), c.added.clone(), c.removed.clone()))
        .collect();
    assert_eq!(
        summary,
        [
            ("a.snap", vec!["w".into(), "y2".into()], vec!["y".into()]),
            ("gone.snap", vec![], vec!["g".into()]),
            ("new.snap", vec!["n".into()], vec![]),
        ]
    );
}

#[test]
fn failures_are_read_from_cargo_test_output() {
    let output = "\
running 2 tests
test ok_one ... ok
test module::broken ... FAILED
test result: FAILED. 1 passed; 1 failed
error: test failed, to rerun pass `-p talent-ray --test x`
error: could not compile `talent-ray` (test \"y\") due to 1 previous error
";
    assert_eq!(
        failures(output),
        [
            "module::broken",
            "error: could not compile `talent-ray` (test \"y\") due to 1 previous error"
        ]
    );
    assert!(failures("test a ... ok\ntest result: ok.").is_empty());
}

#[test]
fn the_sandbox_serves_every_pinned_operation_and_a_new_one_is_named() {
    assert_eq!(
        unserved_operations(&fixture_json()).unwrap(),
        Vec::<String>::new()
    );
    let updated = additive_update(&fixture_json());
    let unserved = unserved_operations(&updated).unwrap();
    assert_eq!(unserved.len(), 1, "{unserved:?}");
    assert!(
        unserved[0].starts_with("xtaskAddedOperation (GET "),
        "{unserved:?}"
    );
}

#[test]
fn regen_refuses_a_spec_that_does_not_generate_and_leaves_the_pin() {
    let root = pinned_root();
    let (spec_before, lock_before) = (spec(root.path()), lock_bytes(root.path()));
    let mut doc = fixture_json();
    let schema = first_object_schema(&doc);
    let prop = doc["components"]["schemas"][&schema]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    doc["components"]["schemas"][&schema]["properties"][&prop] =
        serde_json::json!({"type": ["string", "integer"]});
    let (_dir, path) = candidate(&to_bytes(&doc));
    let err = xtask::regen::regen(root.path(), &xtask::Source::File(path)).unwrap_err();
    assert!(err.contains("the pin is untouched"), "{err}");
    assert!(
        err.contains(&format!("/components/schemas/{schema}")),
        "{err}"
    );
    assert_eq!(spec(root.path()), spec_before);
    assert_eq!(lock_bytes(root.path()), lock_before);
}
