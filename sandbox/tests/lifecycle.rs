//! Starting, stopping and the command-line binary.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{Auth, Client};
use talent_ray_sandbox::Sandbox;

#[tokio::test]
async fn start_binds_loopback_on_a_free_port_and_drop_releases_it() {
    let sb = Sandbox::start().await;
    let url = sb.base_url().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(!url.ends_with('/'));
    let port = sb.addr().port();
    assert_ne!(port, 0);
    let keys = sb.keys();
    for key in [
        &keys.admin,
        &keys.employer,
        &keys.hiring_manager,
        &keys.no_scopes,
        &keys.partial,
    ] {
        assert!(key.starts_with("tr_") && key.len() == 67);
    }
    drop(sb);
    // The port is free again: a new sandbox can take it.
    let again = Sandbox::builder().port(port).start().await.unwrap();
    assert_eq!(again.addr().port(), port);
    let c = Client::new(&again);
    assert_eq!(
        c.get("/api/v1/me", &again.keys().employer).await.status,
        200
    );
}

#[test]
fn the_server_keeps_answering_after_its_starting_runtime_is_gone() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let sb = rt.block_on(Sandbox::start());
    drop(rt);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async {
        let c = Client::new(&sb);
        c.fetch("GET", "/api/v1/me", Auth::Bearer(&sb.keys().employer), None)
            .await
            .status
    });
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_binary_prints_its_keys_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_talent-ray-sandbox"))
        .args(["--port", "0", "--candidates", "20"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run the binary");
    let stdout = child.stdout.take().unwrap();
    let lines: Vec<String> = tokio::task::spawn_blocking(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .take_while(|l| !l.starts_with("Press Ctrl-C"))
            .collect()
    })
    .await
    .unwrap();
    let base = lines[0]
        .rsplit(' ')
        .next()
        .expect("listening line")
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{lines:?}");
    let employer = lines
        .iter()
        .find(|l| l.trim_start().starts_with("employer"))
        .and_then(|l| l.split_whitespace().nth(1))
        .expect("employer key line")
        .to_string();
    assert_eq!(employer.len(), 67);
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let resp = http
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(&employer)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    child.kill().unwrap();
    child.wait().unwrap();
}
