//! `cargo xtask regen`: one command that follows a spec update.
//!
//! 1. reads the candidate and prints the [`diff`](crate::diff::diff) report against the current pin;
//! 2. refuses, leaving the pin untouched, when the candidate does not generate;
//! 3. pins it, then rewrites every snapshot of the workspace (`INSTA_UPDATE=always`,
//!    `INSTA_FORCE_PASS=1`: a changed snapshot is written for review, not counted as a failure):
//!    first each test target that owns a snapshot file, alone (so it is rewritten even when the
//!    update breaks the build of another target), then `cargo test --workspace --no-fail-fast`;
//! 4. reports what changed, which snapshots were rewritten (lines added and removed), which tests
//!    failed in any crate, which operations the sandbox answers from the spec because it has no
//!    stateful handler for them, and the semver bump needed.
//!
//! Exit status: 0 for an additive (or empty) update whose tests all pass, 1 otherwise.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::diff::{self, Bump, Report};
use crate::{SPEC_PATH, Source};

/// The name of the directories insta writes snapshot files (`*.snap`) into.
pub const SNAPSHOT_DIR_NAME: &str = "snapshots";

/// How one snapshot file changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotChange {
    /// The file's path relative to the workspace root.
    pub file: String,
    /// Lines present after but not before.
    pub added: Vec<String>,
    /// Lines present before but not after.
    pub removed: Vec<String>,
}

/// Every snapshot file of the workspace at `root` (a `*.snap` in a `snapshots` directory,
/// outside `target/` and hidden directories), by its path relative to `root` with `/`s.
pub fn read_snapshots(root: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    walk(root, &path, out);
                }
            } else if name.ends_with(".snap")
                && dir.file_name().is_some_and(|d| d == SNAPSHOT_DIR_NAME)
                && let Ok(text) = fs::read_to_string(&path)
                && let Ok(relative) = path.strip_prefix(root)
            {
                let relative: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.insert(relative.join("/"), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The test targets that own the snapshot files `files` (paths relative to the root): insta
/// names a file `<target>__<name>.snap` in the `snapshots` directory beside the target's source
/// (`<package>/tests/`).
pub fn snapshot_targets(files: &[&String]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let (dir, name) = file.rsplit_once('/')?;
            let (target, _) = name.split_once("__")?;
            let in_tests = dir == format!("tests/{SNAPSHOT_DIR_NAME}")
                || dir.ends_with(&format!("/tests/{SNAPSHOT_DIR_NAME}"));
            in_tests.then(|| target.to_owned())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The lines each snapshot gained and lost, counting repeated lines; unchanged files are left out.
pub fn snapshot_changes(
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
) -> Vec<SnapshotChange> {
    let empty = String::new();
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let mut out = Vec::new();
    for name in names {
        let (old, new) = (
            before.get(name).unwrap_or(&empty),
            after.get(name).unwrap_or(&empty),
        );
        if old == new {
            continue;
        }
        // Lines compare with their runs of whitespace collapsed: a line only re-aligned (a
        // longer flag widens a help column) is not a change.
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        for line in old.lines() {
            *counts.entry(collapse(line)).or_default() -= 1;
        }
        for line in new.lines() {
            *counts.entry(collapse(line)).or_default() += 1;
        }
        let mut change = SnapshotChange {
            file: name.clone(),
            added: Vec::new(),
            removed: Vec::new(),
        };
        for (line, n) in counts {
            let list = if n > 0 {
                &mut change.added
            } else {
                &mut change.removed
            };
            for _ in 0..n.abs() {
                list.push(line.clone());
            }
        }
        if !change.added.is_empty() || !change.removed.is_empty() {
            out.push(change);
        }
    }
    out
}

/// `line` with each run of whitespace inside it made one space.
fn collapse(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let indent = line.len() - line.trim_start().len();
    out.push_str(&line[..indent]);
    for (i, word) in line.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Names of the failed tests in `cargo test` output (`test NAME ... FAILED`), and the test
/// targets that did not build or run (`error: …`).
pub fn failures(output: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in output.lines() {
        if let Some(name) = line
            .strip_prefix("test ")
            .and_then(|rest| rest.strip_suffix(" ... FAILED"))
        {
            out.push(name.to_owned());
        } else if line.starts_with("error: ") && !line.contains("test failed, to rerun") {
            out.push(line.to_owned());
        }
    }
    out
}

/// Runs regen on the workspace at `root`; prints as it goes and returns the exit status.
pub fn regen(root: &Path, source: &Source) -> Result<u8, String> {
    let spec_path = root.join(SPEC_PATH);
    let candidate = crate::read_source(source).map_err(|e| e.to_string())?;
    let new: Value = serde_json::from_slice(&candidate)
        .map_err(|e| format!("the candidate is not JSON: {e}"))?;
    let report = match fs::read(&spec_path) {
        Ok(old) => {
            let old: Value = serde_json::from_slice(&old)
                .map_err(|e| format!("the pinned {SPEC_PATH} is not JSON: {e}"))?;
            Some(diff::diff(&old, &new))
        }
        Err(_) => None,
    };
    match &report {
        Some(report) => println!("== Changes against the pinned spec\n{report}"),
        None => println!("== No pinned spec yet: every operation is new"),
    }

    // Validates (generation included) before writing anything.
    let pinned =
        crate::pin(root, source, &candidate).map_err(|e| format!("{e}; the pin is untouched"))?;
    println!("== Pinned: {pinned:?}");

    let before = read_snapshots(root);
    let mut failed = Vec::new();
    let mut tests_ok = true;
    let files: Vec<&String> = before.keys().collect();
    // `--workspace` everywhere: `-p` would resolve features for one package and rebuild
    // dependencies the workspace build already has.
    for target in snapshot_targets(&files) {
        let (ok, more) = run_tests(root, &["--workspace", "--test", &target])?;
        tests_ok &= ok;
        failed.extend(more);
    }
    let (ok, more) = run_tests(root, &["--workspace", "--no-fail-fast"])?;
    tests_ok &= ok;
    failed.extend(more);
    let mut seen = std::collections::BTreeSet::new();
    failed.retain(|f| seen.insert(f.clone()));
    let after = read_snapshots(root);
    let changes = snapshot_changes(&before, &after);
    let answered = spec_answered_operations(&new);

    println!("\n== Summary");
    if changes.is_empty() {
        println!("Snapshots: unchanged");
    }
    for change in &changes {
        println!(
            "Snapshot {} rewritten: +{} -{} lines",
            change.file,
            change.added.len(),
            change.removed.len()
        );
        for line in &change.removed {
            println!("    - {line}");
        }
        for line in &change.added {
            println!("    + {line}");
        }
    }
    match &answered {
        Ok(ops) if ops.is_empty() => println!("Sandbox: serves every operation with state"),
        Ok(ops) => {
            for op in ops {
                println!(
                    "Sandbox: answers {op} from the spec (no stateful handler; see sandbox/README.md)"
                );
            }
        }
        Err(e) => println!("Sandbox: cannot read the new spec: {e}"),
    }
    if tests_ok {
        println!("Tests: all passed");
    } else {
        println!("Tests: FAILED");
        for name in &failed {
            println!("    {name}");
        }
        if failed.is_empty() {
            println!("    (see the cargo output above)");
        }
    }
    let bump = report.as_ref().map_or(Bump::Major, Report::bump);
    let breaking = report.as_ref().is_some_and(Report::is_breaking);
    println!(
        "Semver bump needed: {}",
        match bump {
            Bump::Major => "major (breaking changes)",
            Bump::Minor => "minor (additive changes only)",
            Bump::None => "none",
        }
    );
    if breaking && !changes.is_empty() {
        println!(
            "Breaking: the spec is pinned and the snapshots rewritten; review the snapshots' `git diff` before releasing"
        );
    } else if breaking {
        println!(
            "Breaking: the spec is pinned, but no snapshot could be rewritten: the SDK does not build against it (see the errors above)"
        );
    }
    Ok(if breaking || !tests_ok { 1 } else { 0 })
}

/// Runs `cargo test ARGS` with every snapshot rewritten; echoes cargo's output and returns
/// whether the tests passed and the failures found in the output.
fn run_tests(root: &Path, args: &[&str]) -> Result<(bool, Vec<String>), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut child = Command::new(cargo)
        .current_dir(root)
        .arg("test")
        .args(args)
        .env("INSTA_UPDATE", "always")
        .env("INSTA_FORCE_PASS", "1")
        .env_remove("CI")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = child.stderr.take().expect("piped");
    let echo_err = std::thread::spawn(move || {
        let mut seen = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("{line}");
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    });
    let mut seen = String::new();
    for line in BufReader::new(child.stdout.take().expect("piped"))
        .lines()
        .map_while(Result::ok)
    {
        println!("{line}");
        seen.push_str(&line);
        seen.push('\n');
    }
    seen.push_str(&echo_err.join().unwrap_or_default());
    let status = child.wait().map_err(|e| format!("cargo test: {e}"))?;
    Ok((status.success(), failures(&seen)))
}

/// The operations of `spec` the sandbox answers from the spec because it has no stateful
/// handler for them, as `operationId (METHOD path)`.
pub fn spec_answered_operations(spec: &Value) -> Result<Vec<String>, String> {
    let spec = talent_ray_sandbox::Spec::from_value(spec.clone())?;
    Ok(talent_ray_sandbox::spec_answered_operations(&spec)
        .into_iter()
        .map(|op| format!("{} ({} {})", op.id, op.method, op.template))
        .collect())
}

/// The directory `cargo xtask` was asked to act on: `--root`, or the workspace around the
/// current directory.
pub fn root_from(arg: Option<PathBuf>) -> Result<PathBuf, String> {
    match arg {
        Some(root) => Ok(root),
        None => {
            let cwd = std::env::current_dir().map_err(|e| format!("no current directory: {e}"))?;
            crate::workspace::find_root(&cwd)
        }
    }
}
