//! `cargo xtask`: maintenance tasks for the talent-ray workspace.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use xtask::{FetchOutcome, GENERATED_DIR, LOCK_PATH, SPEC_PATH, Source};

/// Maintenance tasks for the talent-ray workspace.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version)]
struct Cli {
    /// Repository root [default: the Cargo workspace around the current directory]
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a candidate OpenAPI 3.1 spec and pin it as openapi/openapi.json with openapi/openapi.lock
    Fetch {
        /// An http(s) URL or a file path to fetch the spec from
        #[arg(long, value_name = "URL|FILE", default_value = xtask::DEFAULT_SPEC_URL)]
        from: String,
    },
    /// Verify that openapi/openapi.json matches openapi/openapi.lock, and that generated/ holds
    /// exactly what a fresh generation from it produces
    Check,
    /// Classify every change between two OpenAPI 3.1 specs as breaking or additive for SDK
    /// users; exits 1 when anything breaks
    Diff {
        /// The old spec (a file)
        old: PathBuf,
        /// The new spec (a file)
        new: PathBuf,
        /// Print the report as JSON
        #[arg(long)]
        json: bool,
    },
    /// Follow a spec update: print the diff against the pin, pin, regenerate, run the tests
    /// rewriting every snapshot, and report; exits 1 when the update breaks or a test fails
    Regen {
        /// An http(s) URL or a file path to fetch the spec from
        #[arg(long, value_name = "URL|FILE", default_value = xtask::DEFAULT_SPEC_URL)]
        from: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Diff { old, new, json } => diff(&old, &new, json),
        command => xtask::regen::root_from(cli.root).and_then(|root| run(&root, command)),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path, command: Command) -> Result<u8, String> {
    match command {
        Command::Fetch { from } => {
            println!("{}", fetch(root, &from)?);
            Ok(0)
        }
        Command::Regen { from } => {
            let source = Source::parse(&from).map_err(|e| e.to_string())?;
            xtask::regen::regen(root, &source)
        }
        Command::Check => {
            let lock = xtask::check(root).map_err(|e| e.to_string())?;
            println!(
                "ok: {SPEC_PATH} matches {LOCK_PATH} (info.version {}, sha256 {})",
                lock.version, lock.sha256
            );
            xtask::check_generated(root).map_err(|e| e.to_string())?;
            println!(
                "ok: {GENERATED_DIR}/ is byte-identical to a fresh generation from {SPEC_PATH}"
            );
            Ok(0)
        }
        Command::Diff { .. } => unreachable!("handled without a root"),
    }
}

fn diff(old: &Path, new: &Path, json: bool) -> Result<u8, String> {
    let read = |path: &Path| -> Result<serde_json::Value, String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        serde_json::from_slice(&bytes).map_err(|e| format!("{} is not JSON: {e}", path.display()))
    };
    let report = xtask::diff::diff(&read(old)?, &read(new)?);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report.to_json()).expect("a report serializes")
        );
    } else {
        print!("{report}");
    }
    Ok(u8::from(report.is_breaking()))
}

fn fetch(root: &Path, from: &str) -> Result<String, String> {
    Source::parse(from)
        .and_then(|source| xtask::fetch(root, &source))
        .map(|outcome| match outcome {
            FetchOutcome::Pinned(lock) => format!(
                "pinned {SPEC_PATH} (info.version {}, sha256 {}) from {}; wrote {LOCK_PATH} and {GENERATED_DIR}/",
                lock.version, lock.sha256, lock.source
            ),
            FetchOutcome::AlreadyPinned(lock) => format!(
                "already pinned: {SPEC_PATH} (info.version {}, sha256 {}) matches the candidate; {GENERATED_DIR}/ is up to date",
                lock.version, lock.sha256
            ),
        })
        .map_err(|e| e.to_string())
}
