//! Finding the workspace `cargo xtask` acts on: the one around the current directory.
//!
//! `env!("CARGO_MANIFEST_DIR")` would name the checkout the binary was *built* from, which with a
//! shared `CARGO_TARGET_DIR` can be another checkout; so the root is found at run time instead.

use std::fs;
use std::path::{Path, PathBuf};

/// The nearest ancestor of `start` (itself included) whose `Cargo.toml` declares a
/// `[workspace]`; `Err` names `start` when there is none.
pub fn find_root(start: &Path) -> Result<PathBuf, String> {
    start
        .ancestors()
        .find(|dir| is_workspace_root(dir))
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            format!(
                "no Cargo workspace at or above {}; run `cargo xtask` inside the checkout or pass --root",
                start.display()
            )
        })
}

fn is_workspace_root(dir: &Path) -> bool {
    fs::read_to_string(dir.join("Cargo.toml"))
        .is_ok_and(|manifest| manifest.lines().any(|line| line.trim() == "[workspace]"))
}
