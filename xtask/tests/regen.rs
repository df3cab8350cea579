//! The parts of `cargo xtask regen` that run without a rebuild: finding the workspace from the
//! current directory, finding every snapshot and the test target that owns it, the snapshot line
//! diff, reading failures from cargo's output, and naming the operations the sandbox answers
//! from the spec. The whole command is exercised end to end by `regen_end_to_end.rs`, which CI
//! runs as a step of its own (`.ci/run`).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use xtask::regen::{
    failures, read_snapshots, snapshot_changes, snapshot_targets, spec_answered_operations,
};

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
        ("aligned.snap".to_owned(), "  --a  x\n".to_owned()),
    ]
    .into();
    let after: BTreeMap<String, String> = [
        ("a.snap".to_owned(), "x\ny2\nz\nw\n".to_owned()),
        ("same.snap".to_owned(), "1\n".to_owned()),
        ("new.snap".to_owned(), "n\n".to_owned()),
        // Re-aligned by a longer flag: only the new line counts.
        (
            "aligned.snap".to_owned(),
            "  --a      x\n  --longer y\n".to_owned(),
        ),
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
            ("aligned.snap", vec!["  --longer y".into()], vec![]),
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
fn a_new_operation_is_named_as_answered_from_the_spec() {
    let pinned = spec_answered_operations(&fixture_json()).unwrap();
    let updated = spec_answered_operations(&additive_update(&fixture_json())).unwrap();
    let added_op = addition(&fixture_json());
    let added: Vec<&String> = updated.iter().filter(|op| !pinned.contains(op)).collect();
    assert_eq!(
        added,
        [&format!("{} (GET {})", added_op.operation, added_op.path)],
        "{updated:?}"
    );
}

#[test]
fn every_snapshot_of_the_workspace_is_found_with_the_target_that_owns_it() {
    let root = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let path = root.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "Cargo.toml",
        "[workspace]\nmembers = [\"cli\"]\n\n[package]\nname = \"root-pkg\"\n",
    );
    write(
        "cli/Cargo.toml",
        "[package]\nversion = \"0.1.0\"\nname = \"cli-pkg\"\n",
    );
    write("tests/snapshots/surface__operations.snap", "a\n");
    write("tests/snapshots/surface__types.snap", "b\n");
    write("cli/tests/snapshots/help_tree__help_tree.snap", "c\n");
    // Not snapshots: outside a `snapshots` directory, in `target/`, in a hidden directory.
    write("tests/other.snap", "x\n");
    write("target/tests/snapshots/t__x.snap", "x\n");
    write(".git/snapshots/t__x.snap", "x\n");
    let found = read_snapshots(root.path());
    let files: Vec<&String> = found.keys().collect();
    assert_eq!(
        files,
        [
            "cli/tests/snapshots/help_tree__help_tree.snap",
            "tests/snapshots/surface__operations.snap",
            "tests/snapshots/surface__types.snap",
        ]
    );
    assert_eq!(found["tests/snapshots/surface__types.snap"], "b\n");
    assert_eq!(snapshot_targets(&files), ["help_tree", "surface"]);
}

#[test]
fn the_workspace_snapshots_include_the_sdk_surface_and_the_cli_help_tree() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let found = read_snapshots(root);
    let files: Vec<&String> = found.keys().collect();
    let targets = snapshot_targets(&files);
    for expected in ["surface", "help_tree"] {
        assert!(
            targets.iter().any(|t| t == expected),
            "{expected} not in {targets:?}"
        );
    }
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
