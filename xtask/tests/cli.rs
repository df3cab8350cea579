//! The `cargo xtask` binary, and fetching over HTTP from a server on 127.0.0.1.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Output};
use std::thread;

use common::*;
use xtask::{FetchError, FetchOutcome, Source};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn cli_fetch_then_check() {
    let root = tempfile::tempdir().unwrap();
    let root_arg = root.path().to_str().unwrap();
    let fixture = fixture_path();

    let out = xtask(&[
        "--root",
        root_arg,
        "fetch",
        "--from",
        fixture.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("pinned openapi/openapi.json"));

    let out = xtask(&[
        "fetch",
        "--from",
        fixture.to_str().unwrap(),
        "--root",
        root_arg,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("already pinned"));

    let out = xtask(&["check", "--root", root_arg]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    // One line for the pin, one for the shipped generated sources.
    assert!(
        stdout.lines().all(|l| l.starts_with("ok: "))
            && stdout.contains("openapi/openapi.lock")
            && stdout.contains("generated/"),
        "{stdout}"
    );
}

#[test]
fn cli_failures_exit_non_zero_with_one_line_on_stderr() {
    let root = pinned_root();
    let root_arg = root.path().to_str().unwrap();
    let (spec_before, lock_before) = (spec(root.path()), lock_bytes(root.path()));
    let mut doc = fixture_json();
    doc["openapi"] = serde_json::json!("3.0.0");
    let (_dir, path) = candidate(&to_bytes(&doc));

    let out = xtask(&[
        "--root",
        root_arg,
        "fetch",
        "--from",
        path.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.lines().count() == 1,
        "{stderr:?}"
    );
    assert!(stderr.contains("3.0"), "{stderr}");
    assert_eq!(spec(root.path()), spec_before);
    assert_eq!(lock_bytes(root.path()), lock_before);

    std::fs::write(root.path().join(xtask::LOCK_PATH), "garbage").unwrap();
    let out = xtask(&["--root", root_arg, "check"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: lock file") && stderr.lines().count() == 1,
        "{stderr:?}"
    );
}

/// Serves one canned response per connection, `count` times, on 127.0.0.1.
fn serve(status: &'static str, body: Vec<u8>, count: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().take(count) {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
                line.clear();
            }
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(&body).unwrap();
        }
    });
    format!("http://{addr}/docs/api/openapi.json")
}

#[test]
fn fetch_from_a_local_url() {
    let url = serve("200 OK", fixture_bytes(), 1);
    let root = tempfile::tempdir().unwrap();
    let outcome = xtask::fetch(root.path(), &Source::parse(&url).unwrap()).unwrap();
    assert!(matches!(outcome, FetchOutcome::Pinned(_)), "{outcome:?}");
    assert_eq!(spec(root.path()), fixture_bytes());
    assert_eq!(lock(root.path()).source, url);
    xtask::check(root.path()).unwrap();
}

#[test]
fn fetch_from_a_failing_url_changes_nothing() {
    let url = serve("404 Not Found", b"{}".to_vec(), 1);
    let root = pinned_root();
    let lock_before = lock_bytes(root.path());
    let err = xtask::fetch(root.path(), &Source::parse(&url).unwrap()).unwrap_err();
    assert!(matches!(err, FetchError::Download { .. }), "{err:?}");
    assert!(err.to_string().contains("404"), "{err}");
    assert_eq!(lock_bytes(root.path()), lock_before);
    assert_eq!(spec(root.path()), fixture_bytes());
}
