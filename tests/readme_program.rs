//! The README's program ("Writing"), run against the embedded sandbox. Its source is
//! `tests/readme/program.rs`, which must equal the README's code block byte for byte, so the
//! README shows exactly what this test compiles and runs.

use talent_ray_sandbox::Sandbox;

include!("readme/program.rs");

/// The README's `rust` code block that defines `async fn program`.
fn readme_block() -> String {
    let readme = include_str!("../README.md");
    readme
        .split("```rust")
        .skip(1)
        .filter_map(|rest| rest.split_once('\n').map(|(_, body)| body))
        .filter_map(|body| body.split_once("```").map(|(code, _)| code))
        .find(|code| code.contains("async fn program("))
        .expect("the README has a code block defining `async fn program`")
        .to_owned()
}

#[test]
fn the_readme_block_is_the_program_this_test_runs() {
    assert_eq!(
        readme_block(),
        include_str!("readme/program.rs"),
        "README.md's program block and tests/readme/program.rs differ: copy one onto the other"
    );
}

#[tokio::test]
async fn the_readme_program_runs_against_the_sandbox_and_sends_no_refused_request() {
    let sandbox = Sandbox::start().await;
    let client_for = |key: &str| {
        Client::builder()
            .base_url(sandbox.base_url())
            .api_key(key)
            .build()
            .expect("client")
    };
    let (employer, admin) = (
        client_for(&sandbox.keys().employer),
        client_for(&sandbox.keys().admin),
    );

    program(&employer, &admin)
        .await
        .expect("the README program runs");

    // The refusals happened before sending: no request carried them.
    let requests = sandbox.requests();
    let sent_page_size_1000 = requests.iter().any(|r| {
        r.query
            .iter()
            .any(|(name, value)| name == "pageSize" && value == "1000")
    });
    assert!(!sent_page_size_1000, "a pageSize of 1000 was sent");
    // The program's calls by operation id: its ids fill the paths' one `{…}` parameter.
    let sent = |operation_id: &str, id: &str| -> usize {
        let op = talent_ray::OPERATIONS
            .iter()
            .find(|op| op.operation_id == operation_id)
            .expect("the operation is in the spec");
        let path = match op.path.split_once('{') {
            Some((head, rest)) => format!("{head}{id}{}", rest.split_once('}').expect("}").1),
            None => op.path.to_owned(),
        };
        requests
            .iter()
            .filter(|r| r.method == op.http_method.as_str() && r.path == path)
            .count()
    };
    assert_eq!(
        sent("createPotentialCandidate", ""),
        1,
        "only the valid lead was sent"
    );
    for (operation_id, id) in [
        ("updateCandidate", "cand_1"),
        ("updateRole", "role_1"),
        ("updateTest", "test_1"),
        ("createApiKey", ""),
        ("listApiKeys", ""),
    ] {
        assert_eq!(sent(operation_id, id), 1, "{operation_id} was sent once");
    }
}
