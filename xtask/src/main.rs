//! `cargo xtask`: maintenance tasks for the talent-ray workspace.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use xtask::{FetchOutcome, LOCK_PATH, SPEC_PATH, Source};

/// Maintenance tasks for the talent-ray workspace.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version)]
struct Cli {
    /// Repository root [default: the parent of the xtask crate]
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
    /// Verify that openapi/openapi.json matches openapi/openapi.lock
    Check,
    /// Follow a spec update: fetch (as `fetch`), regenerate, and rewrite the contract snapshots
    /// for review (`git diff tests/snapshots`)
    Regen {
        /// An http(s) URL or a file path to fetch the spec from
        #[arg(long, value_name = "URL|FILE", default_value = xtask::DEFAULT_SPEC_URL)]
        from: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the xtask crate lives inside the repository")
            .to_owned()
    });
    let result = match cli.command {
        Command::Fetch { from } => fetch(&root, &from),
        Command::Regen { from } => fetch(&root, &from).and_then(|fetched| {
            println!("{fetched}");
            regenerate(&root)
        }),
        Command::Check => xtask::check(&root)
            .map(|lock| {
                format!(
                    "ok: {SPEC_PATH} matches {LOCK_PATH} (info.version {}, sha256 {})",
                    lock.version, lock.sha256
                )
            })
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Rebuilds the client from the pinned spec and rewrites the contract snapshots.
fn regenerate(root: &Path) -> Result<String, String> {
    let status =
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(root)
            .args([
                "test",
                "-p",
                "talent-ray",
                "--test",
                "spec_contract",
                "--test",
                "forward_compat",
            ])
            .env("INSTA_UPDATE", "always")
            .env_remove("CI")
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok("regenerated; review the contract snapshots with `git diff tests/snapshots`".into())
    } else {
        Err("the regenerated client fails its contract tests (see above); snapshots were rewritten for review".into())
    }
}

fn fetch(root: &Path, from: &str) -> Result<String, String> {
    Source::parse(from)
        .and_then(|source| xtask::fetch(root, &source))
            .map(|outcome| match outcome {
                FetchOutcome::Pinned(lock) => format!(
                    "pinned {SPEC_PATH} (info.version {}, sha256 {}) from {}; wrote {LOCK_PATH}",
                    lock.version, lock.sha256, lock.source
                ),
                FetchOutcome::AlreadyPinned(lock) => format!(
                    "already pinned: {SPEC_PATH} (info.version {}, sha256 {}) matches the candidate; nothing changed",
                    lock.version, lock.sha256
                ),
            })
            .map_err(|e| e.to_string())
}
