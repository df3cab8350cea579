//! Separate `talent-ray` processes, run as parallel loops with one key, share the rate limit
//! through `TALENT_RAY_REDIS_URL`; without it they each own the whole quota and earn 429s.

use std::process::{Command, Output};
use std::time::Duration;

use talent_ray_sandbox::{RedisServer, Sandbox};

/// A quota below the number of loops, over a short window: the loops' first processes alone
/// exceed it, however slowly a loaded machine starts them. The CLI gets the same quota through
/// `TALENT_RAY_RATE_LIMIT`.
const QUOTA: u32 = 3;
const WINDOW: Duration = Duration::from_secs(1);
const RATE_LIMIT: &str = "3/1s";
const LOOPS: usize = 4;
const PER_LOOP: usize = 5;

const FELL_BACK: &str = "falling back to the in-process limiter";

fn sandbox() -> Sandbox {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(Sandbox::builder().rate_limit(QUOTA, WINDOW).start())
        .expect("sandbox starts")
}

/// `talent-ray me` with the sandbox's employer key, a private (absent) config and `extra` env.
fn me(sandbox: &Sandbox, home: &std::path::Path, extra: &[(&str, String)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_talent-ray"));
    for var in ["TALENT_RAY_INSTANCE", "TALENT_RAY_PROFILE", "RUST_LOG"] {
        cmd.env_remove(var);
    }
    cmd.args(["me", "--format", "json"])
        .env("TALENT_RAY_API_KEY", &sandbox.keys().employer)
        .env("TALENT_RAY_BASE_URL", sandbox.base_url())
        .env("TALENT_RAY_CONFIG", home.join("config.toml"))
        .env("HOME", home)
        .env("TALENT_RAY_RATE_LIMIT", RATE_LIMIT)
        .env_remove("TALENT_RAY_REDIS_URL");
    for (name, value) in extra {
        cmd.env(name, value);
    }
    cmd.output().expect("talent-ray runs")
}

/// Runs `LOOPS` parallel loops of `PER_LOOP` processes each; returns every process's output.
fn parallel_loops(sandbox: &Sandbox, extra: &[(&str, String)]) -> Vec<Output> {
    let home = tempfile::tempdir().unwrap();
    std::thread::scope(|scope| {
        let loops: Vec<_> = (0..LOOPS)
            .map(|_| {
                scope.spawn(|| {
                    (0..PER_LOOP)
                        .map(|_| me(sandbox, home.path(), extra))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        loops.into_iter().flat_map(|l| l.join().unwrap()).collect()
    })
}

#[test]
fn parallel_processes_with_one_key_share_the_limit_through_redis() {
    let redis = RedisServer::start().unwrap();
    let shared = sandbox();
    // A generous timeout: this test is about sharing, not about a loaded machine's latency.
    let env = [
        ("TALENT_RAY_REDIS_URL", redis.url()),
        ("TALENT_RAY_REDIS_TIMEOUT_MS", "1000".to_owned()),
    ];
    let started = std::time::Instant::now();
    let outputs = parallel_loops(&shared, &env);
    eprintln!(
        "{} processes in {:.1?} (at least {:?} at {RATE_LIMIT})",
        outputs.len(),
        started.elapsed(),
        WINDOW * ((LOOPS * PER_LOOP) as u32 - 1) / QUOTA
    );
    for out in outputs {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains(FELL_BACK), "{stderr}");
    }
    assert_eq!(
        shared.requests_to("GET", "/api/v1/me"),
        (LOOPS * PER_LOOP) as u64
    );
    assert_eq!(
        shared.stats().rate_limited,
        0,
        "processes sharing one window drew 429s"
    );

    // The same run without Redis: each process owns the whole quota, and the server says no.
    let alone = sandbox();
    parallel_loops(&alone, &[]);
    eprintln!("without Redis: {} x 429", alone.stats().rate_limited);
    assert!(
        alone.stats().rate_limited > 0,
        "unshared processes stayed under the quota: the test above proves nothing"
    );
}

#[test]
fn with_redis_unreachable_the_cli_still_succeeds_and_says_once_it_fell_back() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let sandbox = sandbox();
    let home = tempfile::tempdir().unwrap();
    let out = me(
        &sandbox,
        home.path(),
        &[(
            "TALENT_RAY_REDIS_URL",
            format!("redis://127.0.0.1:{port}/0"),
        )],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.matches(FELL_BACK).count(), 1, "{stderr}");
    assert!(!stderr.contains(&sandbox.keys().employer), "{stderr}");
    let me: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(me["auth"]["scopes"].is_array(), "{me}");
}

#[test]
fn a_malformed_rate_limit_is_refused_naming_the_variable() {
    let sandbox = sandbox();
    let home = tempfile::tempdir().unwrap();
    let out = me(
        &sandbox,
        home.path(),
        &[("TALENT_RAY_RATE_LIMIT", "lots".to_owned())],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("TALENT_RAY_RATE_LIMIT"), "{stderr}");
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/me"),
        0,
        "nothing was sent"
    );
}
