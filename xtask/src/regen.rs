//! `cargo xtask regen`: one command that follows a spec update.
//!
//! 1. reads the candidate and prints the [`diff`](crate::diff::diff) report against the current pin;
//! 2. refuses, leaving the pin untouched, when the candidate does not generate;
//! 3. pins it, rewrites the surface snapshots first (their test names no operation or type, so
//!    it compiles even when the update removes what other tests use), then runs the SDK's tests
//!    with `--no-fail-fast`, rewriting every snapshot (`INSTA_UPDATE=always`,
//!    `INSTA_FORCE_PASS=1`: a changed snapshot is written for review, not counted as a failure);
//! 4. reports what changed, which snapshots were rewritten (lines added and removed), which tests
//!    failed, which operations the sandbox does not serve, and the semver bump needed.
//!
//! Exit status: 0 for an additive (or empty) update whose tests pass, 1 otherwise.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::diff::{self, Bump, Report};
use crate::{SPEC_PATH, Source};

/// Where the snapshot files live, relative to the repository root.
pub const SNAPSHOT_DIR: &str = "tests/snapshots";

/// The packages whose tests regen runs.
pub const TEST_PACKAGES: [&str; 2] = ["talent-ray", "talent-ray-codegen"];

/// How one snapshot file changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotChange {
    /// File name under [`SNAPSHOT_DIR`].
    pub file: String,
    /// Lines present after but not before.
    pub added: Vec<String>,
    /// Lines present before but not after.
    pub removed: Vec<String>,
}

/// Reads every file of `dir` (none when it is absent).
pub fn read_snapshots(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Ok(text) = fs::read_to_string(entry.path()) {
            out.insert(name, text);
        }
    }
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
        let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
        for line in old.lines() {
            *counts.entry(line).or_default() -= 1;
        }
        for line in new.lines() {
            *counts.entry(line).or_default() += 1;
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
                list.push(line.to_owned());
            }
        }
        out.push(change);
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

    let snapshots = root.join(SNAPSHOT_DIR);
    let before = read_snapshots(&snapshots);
    let (surface_ok, mut failed) = run_tests(root, &["-p", "talent-ray", "--test", "surface"])?;
    let mut all = vec!["--no-fail-fast"];
    for package in TEST_PACKAGES {
        all.extend(["-p", package]);
    }
    let (tests_ok, more) = run_tests(root, &all)?;
    let tests_ok = tests_ok && surface_ok;
    failed.extend(more);
    failed.dedup();
    let after = read_snapshots(&snapshots);
    let changes = snapshot_changes(&before, &after);
    let unserved = unserved_operations(&new);

    println!("\n== Summary");
    if changes.is_empty() {
        println!("Snapshots: unchanged");
    }
    for change in &changes {
        println!(
            "Snapshot {SNAPSHOT_DIR}/{} rewritten: +{} -{} lines",
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
    match &unserved {
        Ok(ops) if ops.is_empty() => println!("Sandbox: serves every operation"),
        Ok(ops) => {
            for op in ops {
                println!("Sandbox: does not serve {op}; implement it in sandbox/src/routes");
            }
        }
        Err(e) => println!("Sandbox: could not be probed: {e}"),
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
            "Breaking: the spec is pinned and the snapshots rewritten; review `git diff {SNAPSHOT_DIR}` before releasing"
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

/// The operations of `spec` the sandbox answers like an unknown route (`operationId (METHOD
/// path)`), found by starting it and sending each operation's method and path without a
/// credential.
///
/// A served authenticated route answers 401; a route the sandbox lacks answers 405 (known path,
/// unknown method) or exactly what a made-up path of the same family gets.
pub fn unserved_operations(spec: &Value) -> Result<Vec<String>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let sandbox = runtime
        .block_on(
            talent_ray_sandbox::Sandbox::builder()
                .no_rate_limit()
                .start(),
        )
        .map_err(|e| format!("cannot start the sandbox: {e}"))?;
    let base = sandbox.base_url().to_owned();
    let http = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())?;
    let send = |method: &str, path: &str| -> Result<(u16, String), String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let response = http
            .request(method, format!("{base}{path}"))
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        Ok((status, response.text().unwrap_or_default()))
    };
    let mut out = Vec::new();
    for (path, item) in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (method, op) in item.as_object().into_iter().flatten() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let method = method.to_uppercase();
            let concrete = fill_path_params(path);
            let answer = send(&method, &concrete)?;
            let family: String = path.split('/').take(3).collect::<Vec<_>>().join("/");
            let unknown = send(&method, &format!("{family}/xtask-no-such-route/0"))?;
            if answer.0 == 405 || answer == unknown {
                out.push(format!("{id} ({method} {path})"));
            }
        }
    }
    drop(sandbox);
    Ok(out)
}

/// `/a/{id}/b` → `/a/xtask-probe/b`.
fn fill_path_params(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') && segment.ends_with('}') {
                "xtask-probe"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
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
