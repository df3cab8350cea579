//! `cargo xtask regen` end to end, in a scratch copy of this workspace with its own target
//! directory. A clean build of the whole workspace and two runs of its tests, so it is not part
//! of `cargo test --workspace` (`test = false` in `xtask/Cargo.toml`): CI runs it as a step of
//! its own (`.ci/run`), and so can you:
//!
//! ```text
//! cargo test --workspace --test regen_end_to_end -- --nocapture
//! ```
//!
//! (`REGEN_E2E_TARGET_DIR` picks the scratch target directory; default: inside the copy.)
//!
//! 1. The issue's additive-only update (a new operation `listOrganizations` with a new scope and
//!    no examples, a new optional response field, a new response enum value, a new optional
//!    query parameter, a new `info.version`): regen exits 0, names the operation the sandbox
//!    answers from the spec, and reports every test of the workspace passed; `cargo test
//!    --workspace` then passes with zero hand edits: only `openapi/`, `generated/` (both
//!    written by regen) and snapshot files changed, and the snapshots only gained lines.
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

/// Whether `file` (relative to the root) is a snapshot file.
fn is_snapshot(file: &str) -> bool {
    file.ends_with(".snap") && (file.starts_with("snapshots/") || file.contains("/snapshots/"))
}

/// (added, removed) lines of the snapshot files since the last commit, whitespace aside, and
/// every other file that changed.
fn diff_since_commit(dir: &Path) -> (usize, usize, Vec<String>) {
    git(dir, &["add", "-A"]);
    let (mut added, mut removed, mut others) = (0, 0, Vec::new());
    // `-w`: a line only re-aligned (a longer flag widens the help's column) is not a change.
    for line in git(dir, &["diff", "--cached", "--numstat", "-w"]).lines() {
        let mut cols = line.split('\t');
        let (a, r, file) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap(),
        );
        if is_snapshot(file) {
            added += a.parse::<usize>().unwrap();
            removed += r.parse::<usize>().unwrap();
        } else {
            others.push(file.to_owned());
        }
    }
    (added, removed, others)
}

/// Copies the workspace's tracked and untracked (not ignored) files to `copy`, keeping
/// symbolic links as links (`sandbox/openapi.json` must keep following the pinned spec).
fn copy_workspace(copy: &Path) {
    let files = git(
        &workspace(),
        &["ls-files", "--cached", "--others", "--exclude-standard"],
    );
    for file in files.lines() {
        let from = workspace().join(file);
        let Ok(meta) = std::fs::symlink_metadata(&from) else {
            continue;
        };
        let to = copy.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&from).unwrap(), &to).unwrap();
        } else if meta.is_file() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
}

#[test]
fn regen_passes_an_additive_update_with_zero_hand_edits_and_fails_a_breaking_one() {
    let started = std::time::Instant::now();
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("talent-ray");
    copy_workspace(&copy);
    git(&copy, &["init", "-q"]);
    git(&copy, &["add", "-A"]);
    git(&copy, &["commit", "-qm", "baseline"]);
    let target = std::env::var_os("REGEN_E2E_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| scratch.path().join("target"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());

    // 1. Additive.
    let added = addition(&fixture_json());
    let additive = scratch.path().join("additive.json");
    std::fs::write(&additive, to_bytes(&additive_update(&fixture_json()))).unwrap();
    let out = run(
        &copy,
        &cargo,
        &["xtask", "regen", "--from", additive.to_str().unwrap()],
        &target,
    );
    eprintln!("regen (additive): {:?}", started.elapsed());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let Some(at) = stdout.find("== Summary") else {
        panic!(
            "regen printed no summary (exit {:?}); its output is above",
            out.status.code()
        );
    };
    let summary = &stdout[at..];
    assert_eq!(
        out.status.code(),
        Some(0),
        "additive regen exits 0:\n{summary}"
    );
    assert!(summary.contains("Tests: all passed"), "{summary}");
    assert!(summary.contains("Semver bump needed: minor"), "{summary}");
    assert!(
        summary.contains(&format!(
            "Sandbox: answers {} (GET {}) from the spec",
            added.operation, added.path
        )),
        "{summary}"
    );
    let out = run(&copy, &cargo, &["test", "--workspace"], &target);
    eprintln!("cargo test --workspace: {:?}", started.elapsed());
    assert!(
        out.status.success(),
        "cargo test --workspace passes with zero hand edits"
    );
    let (added, removed, others) = diff_since_commit(&copy);
    eprintln!("snapshots: +{added} -{removed}; other files changed: {others:?}");
    assert!(added > 0, "the snapshots gained the new surface");
    assert_eq!(removed, 0, "an additive update only adds snapshot lines");
    // regen writes the pin and the generated sources shipped in the package; nothing else.
    assert!(
        others
            .iter()
            .all(|f| f.starts_with("openapi/") || f.starts_with("generated/")),
        "only the pin, the shipped generated sources and the snapshots changed: {others:?}"
    );
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
    let (_, removed, _) = diff_since_commit(&copy);
    eprintln!("snapshots after the breaking update: -{removed}");
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
    // Built as the test builds were (`--workspace`, test profile), so no dependency is rebuilt:
    // the surface test links the SDK's library, which is what must compile.
    let out = run(
        &copy,
        &cargo,
        &["test", "--workspace", "--no-run", "--test", "surface"],
        &target,
    );
    assert!(
        out.status.success(),
        "code generated for mixed error bodies compiles"
    );
    eprintln!("regen end to end: {:?}", started.elapsed());
}

/// Writes the additive and breaking updates used above to `$REGEN_FIXTURES_DIR` (`additive.json`,
/// `breaking.json`), to run `cargo xtask regen --from …` by hand (a tool, not a check).
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
