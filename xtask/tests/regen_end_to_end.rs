//! `cargo xtask regen` end to end, in a scratch copy of this workspace with its own target
//! directory: a full build, so it is ignored by default. Run it with
//!
//! ```text
//! cargo test -p xtask --test regen_end_to_end -- --ignored --nocapture
//! ```
//!
//! (`REGEN_E2E_TARGET_DIR` picks the scratch target directory; default: inside the copy.)
//!
//! 1. An additive-only update (new operation, new optional response field, new response enum
//!    value, new optional query parameter, new `info.version`): regen exits 0 and names the
//!    operation the sandbox does not serve; `cargo test -p talent-ray` then passes untouched;
//!    `git diff tests/` shows only added lines.
//! 2. A breaking update (an operation and a response field removed, a query parameter turned
//!    required with a lower `maximum`): regen exits 1 after pinning and rewriting the
//!    snapshots, whose diff removes lines.
//! 3. Code generated from a spec whose operation mixes the two error families (see
//!    `codegen/tests/pinned_spec.rs`) compiles into the SDK.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn run(dir: &Path, program: &str, args: &[&str], target: &Path) -> Output {
    let out = Command::new(program)
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env("CI", "true")
        .env_remove("INSTA_UPDATE")
        .env_remove("INSTA_FORCE_PASS")
        .output()
        .unwrap();
    eprintln!(
        "$ {program} {}\n{}{}\n(exit {:?})",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code()
    );
    out
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=regen-e2e",
            "-c",
            "user.email=regen-e2e@localhost",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// (added, removed) lines under `tests/` since the last commit.
fn diff_tests(dir: &Path) -> (usize, usize) {
    git(dir, &["add", "-A", "tests"]);
    git(dir, &["diff", "--cached", "--numstat", "--", "tests"])
        .lines()
        .map(|l| {
            let mut cols = l.split_whitespace();
            let added: usize = cols.next().unwrap().parse().unwrap();
            let removed: usize = cols.next().unwrap().parse().unwrap();
            (added, removed)
        })
        .fold((0, 0), |(a, r), (x, y)| (a + x, r + y))
}

#[test]
#[ignore = "a full build in a scratch workspace (minutes); run with --ignored"]
fn regen_passes_an_additive_update_untouched_and_fails_a_breaking_one() {
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("talent-ray");
    let files = git(
        &workspace(),
        &["ls-files", "--cached", "--others", "--exclude-standard"],
    );
    for file in files.lines() {
        let from = workspace().join(file);
        if !from.is_file() {
            continue;
        }
        let to = copy.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    git(&copy, &["init", "-q"]);
    git(&copy, &["add", "-A"]);
    git(&copy, &["commit", "-qm", "baseline"]);
    let target = std::env::var_os("REGEN_E2E_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().join("target"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());

    // 1. Additive.
    let additive = scratch.path().join("additive.json");
    std::fs::write(&additive, to_bytes(&additive_update(&fixture_json()))).unwrap();
    let out = run(
        &copy,
        &cargo,
        &["xtask", "regen", "--from", additive.to_str().unwrap()],
        &target,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "additive regen exits 0");
    assert!(stdout.contains("Semver bump needed: minor"), "{stdout}");
    assert!(
        stdout.contains("Sandbox: does not serve xtaskAddedOperation"),
        "{stdout}"
    );
    let out = run(&copy, &cargo, &["test", "-p", "talent-ray"], &target);
    assert!(
        out.status.success(),
        "cargo test -p talent-ray passes untouched"
    );
    let (added, removed) = diff_tests(&copy);
    eprintln!("git diff tests/: +{added} -{removed}");
    assert!(added > 0, "the snapshots gained the new surface");
    assert_eq!(
        removed, 0,
        "an additive update only adds lines under tests/"
    );
    git(&copy, &["add", "-A"]);
    git(&copy, &["commit", "-qm", "additive update"]);

    // 2. Breaking.
    let breaking = scratch.path().join("breaking.json");
    std::fs::write(&breaking, to_bytes(&breaking_update(&fixture_json()))).unwrap();
    let out = run(
        &copy,
        &cargo,
        &["xtask", "regen", "--from", breaking.to_str().unwrap()],
        &target,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "breaking regen exits 1");
    assert!(stdout.contains("Semver bump needed: major"), "{stdout}");
    assert_eq!(
        std::fs::read(copy.join(xtask::SPEC_PATH)).unwrap(),
        std::fs::read(&breaking).unwrap(),
        "the breaking spec is pinned for review"
    );
    let (_, removed) = diff_tests(&copy);
    eprintln!("git diff tests/ after the breaking update: -{removed}");
    assert!(removed > 0, "the rewritten snapshots show what was lost");

    // 3. Mixed error families in one operation: generated, and compiled.
    let mut mixed = fixture_json();
    let (_, at) = first_authenticated_get(&mixed);
    let responses = mixed.pointer_mut(&format!("{at}/responses")).unwrap();
    responses["404"] = serde_json::json!({"$ref": "#/components/responses/LegacyNotFound"});
    responses["418"] = serde_json::json!({"description": "teapot"});
    let mixed_path = scratch.path().join("mixed.json");
    std::fs::write(&mixed_path, to_bytes(&mixed)).unwrap();
    let out = run(
        &copy,
        &cargo,
        &["xtask", "fetch", "--from", mixed_path.to_str().unwrap()],
        &target,
    );
    assert!(out.status.success(), "the mixed spec is pinned");
    let out = run(
        &copy,
        &cargo,
        &["check", "-p", "talent-ray", "--lib"],
        &target,
    );
    assert!(
        out.status.success(),
        "code generated for mixed error bodies compiles"
    );
}

/// Writes the additive and breaking updates used above to `$REGEN_FIXTURES_DIR` (`additive.json`,
/// `breaking.json`), to run `cargo xtask regen --from …` by hand.
#[test]
#[ignore = "writes files for a manual run; set REGEN_FIXTURES_DIR"]
fn write_update_fixtures() {
    let dir = PathBuf::from(std::env::var_os("REGEN_FIXTURES_DIR").expect("REGEN_FIXTURES_DIR"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("additive.json"),
        to_bytes(&additive_update(&fixture_json())),
    )
    .unwrap();
    std::fs::write(
        dir.join("breaking.json"),
        to_bytes(&breaking_update(&fixture_json())),
    )
    .unwrap();
}
