//! The README's first command: the quickstart runs against the embedded sandbox and does every step.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds examples next to the test binaries' `deps/` folder.
fn quickstart_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    profile_dir
        .join("examples")
        .join(format!("quickstart{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn quickstart_runs_every_step_against_the_embedded_sandbox() {
    let binary = quickstart_binary();
    assert!(binary.exists(), "{} was not built", binary.display());
    let output = Command::new(&binary)
        .env_remove("TALENT_RAY_API_KEY")
        .env_remove("TALENT_RAY_BASE_URL")
        .env_remove("TALENT_RAY_INSTANCE")
        .output()
        .expect("quickstart starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "quickstart failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for step in [
        "1. /me",
        "2. streamed",
        "updated",
        "3. refused before sending: body /email",
        "created lead",
        "deleted it again",
        "4. listTests",
        "refused locally",
        "5. public job",
        "applied: signup link",
        "6. minted key",
        "audit: 3 requests",
        "revoked it: the key is refused now",
    ] {
        assert!(stdout.contains(step), "missing {step:?} in:\n{stdout}");
    }
    assert!(stdout.contains("ApiKey(tr_***)"));
    assert!(stdout.lines().count() < 30, "the output should stay short");
    // No 67-character key appears anywhere in the output.
    let leaked = stdout
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .any(|w| w.starts_with("tr_") && w.len() >= 67);
    assert!(!leaked, "a key leaked:\n{stdout}");
}
