//! Runs the real `talent-ray` binary against an in-process sandbox, and checks that no API key
//! ever shows in its output.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;
use talent_ray_sandbox::Sandbox;

/// A sandbox and a private config directory.
pub struct Env {
    pub sandbox: Sandbox,
    pub dir: tempfile::TempDir,
}

impl Env {
    /// A fresh sandbox without its rate limit.
    pub fn start() -> Env {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let sandbox = runtime
            .block_on(Sandbox::builder().no_rate_limit().start())
            .expect("sandbox starts");
        Env {
            sandbox,
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Where the CLI keeps its profiles in this test.
    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// The binary with no credentials, pointed at the sandbox and the private config file.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("talent-ray").unwrap();
        for var in [
            "TALENT_RAY_API_KEY",
            "TALENT_RAY_INSTANCE",
            "TALENT_RAY_PROFILE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("TALENT_RAY_CONFIG", self.config_path())
            .env("TALENT_RAY_BASE_URL", self.sandbox.base_url())
            .env("HOME", self.dir.path());
        cmd
    }

    /// The binary with `key` in `TALENT_RAY_API_KEY`.
    pub fn with_key(&self, key: &str) -> Command {
        let mut cmd = self.bare();
        cmd.env("TALENT_RAY_API_KEY", key);
        cmd
    }

    /// The binary as the admin.
    pub fn admin(&self) -> Command {
        self.with_key(&self.sandbox.keys().admin)
    }

    /// The binary as the employer (every scope, one organization).
    pub fn employer(&self) -> Command {
        self.with_key(&self.sandbox.keys().employer)
    }

    /// Every seeded key: none may appear in any output.
    pub fn secrets(&self) -> Vec<String> {
        let k = self.sandbox.keys();
        vec![
            k.admin.clone(),
            k.employer.clone(),
            k.hiring_manager.clone(),
            k.no_scopes.clone(),
            k.partial.clone(),
            k.other_employer.clone(),
            k.member.clone(),
        ]
    }
}

/// What a run printed.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout as one JSON document.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// stdout as ndjson.
    pub fn lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }

    /// stderr as one JSON document.
    pub fn error_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}):\n{}", self.stderr))
    }
}

/// Runs `cmd args`, checks that no seeded key (and none of `extra`) appears in its output.
pub fn run(env: &Env, cmd: &mut Command, args: &[&str]) -> Run {
    let output = cmd.args(args).output().expect("the binary runs");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    for secret in env.secrets() {
        assert!(
            !run.stdout.contains(&secret) && !run.stderr.contains(&secret),
            "an API key leaked in the output of {args:?}:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
    run
}

/// Like [`run`], and expects `code`.
pub fn expect(env: &Env, cmd: &mut Command, args: &[&str], code: i32) -> Run {
    let run = run(env, cmd, args);
    assert_eq!(
        run.code, code,
        "exit code of {args:?}\nstdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run
}
