//! Every command of the real binary against the sandbox: output formats, `--all`, `--dry-run`,
//! confirmations, exit codes, and no key in any output.

mod common;

use assert_cmd::Command;
use common::{Env, expect};
use serde_json::{Value, json};
use talent_ray::Operation;
use talent_ray_cli::{CommandSpec, commands};
use talent_ray_sandbox::Fault;

/// Who runs an operation's command: nobody for a public one, the admin for an admin-only one,
/// else the employer, whose key holds every scope of the spec's taxonomy.
fn runner(env: &Env, op: &Operation) -> Command {
    if op.public {
        env.bare()
    } else if op.admin_only {
        env.admin()
    } else {
        env.employer()
    }
}

/// An argument's value as the command line writes it (a list repeats its flag instead).
fn word(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The command line that runs `spec`'s operation with the spec's example arguments, ids set to
/// the sandbox's seeded records; read off the command's own flags, so no operation is named.
/// Returns the arguments and the body given on stdin.
fn invocation(env: &Env, spec: &CommandSpec, op: &Operation) -> (Vec<String>, Option<String>) {
    let args = env
        .sandbox
        .fixtures()
        .with_seeded_ids(op.path, op.example_args());
    let root = talent_ray_cli::command();
    let mut cmd = root.find_subcommand(&spec.noun).unwrap();
    let mut line = vec![spec.noun.clone()];
    if let Some(verb) = &spec.verb {
        cmd = cmd.find_subcommand(verb).unwrap();
        line.push(verb.clone());
    }
    let param = |arg: &clap::Arg| {
        let id = arg.get_id().as_str();
        args.get(id.strip_prefix("param.")?)
    };
    for arg in cmd.get_positionals() {
        line.push(word(param(arg).expect("every path parameter has a value")));
    }
    for arg in cmd.get_arguments().filter(|a| a.get_long().is_some()) {
        let long = format!("--{}", arg.get_long().unwrap());
        match param(arg) {
            Some(Value::Array(values)) => {
                for value in values {
                    line.extend([long.clone(), word(value)]);
                }
            }
            Some(value) => line.extend([long, word(value)]),
            None if arg.get_id() == "yes" => line.push(long),
            None => {}
        }
    }
    let body = args.get("body").map(Value::to_string);
    if body.is_some() {
        line.extend(["--body".into(), "-".into()]);
    }
    (line, body)
}

/// The request path of `op` with its path parameters set from `args`.
fn concrete_path(op: &Operation, args: &Value) -> String {
    let mut path = op.path.to_owned();
    for (name, value) in args.as_object().unwrap() {
        path = path.replace(&format!("{{{name}}}"), &word(value));
    }
    path
}

#[test]
fn every_command_runs_against_the_sandbox() {
    let env = Env::start();
    // Deletes last, so the other commands still find their fixtures.
    let mut specs: Vec<_> = commands().iter().collect();
    specs.sort_by_key(|c| Operation::find(c.operation_id).unwrap().http_method == "DELETE");
    for spec in specs {
        let op = Operation::find(spec.operation_id).unwrap();
        let (args, body) = invocation(&env, spec, op);
        let seeded = env
            .sandbox
            .fixtures()
            .with_seeded_ids(op.path, op.example_args());
        let path = concrete_path(op, &seeded);
        let before = env.sandbox.requests_to(op.http_method.as_str(), &path);
        let mut cmd = runner(&env, op);
        if let Some(body) = body {
            cmd.write_stdin(body);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = expect(&env, &mut cmd, &args, 0);
        if !out.stdout.is_empty() {
            out.json();
        }
        assert_eq!(
            env.sandbox.requests_to(op.http_method.as_str(), &path),
            before + 1,
            "{args:?} sent {} {path} once",
            op.http_method
        );
    }
}

#[test]
fn table_json_and_ndjson() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let table = expect(&env, &mut env.employer(), &["me", "--format", "table"], 0);
    assert!(table.stdout.contains("auth.keyId"), "{}", table.stdout);
    assert!(table.stdout.contains(&fx.employer_key_id));
    assert!(serde_json::from_str::<Value>(&table.stdout).is_err());

    let json = expect(&env, &mut env.employer(), &["me", "--format", "json"], 0).json();
    assert_eq!(json["auth"]["keyId"], fx.employer_key_id.as_str());

    let list = expect(
        &env,
        &mut env.employer(),
        &["roles", "list", "--format", "ndjson"],
        0,
    );
    let lines = list.lines();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["id"].is_string()));

    let table = expect(
        &env,
        &mut env.employer(),
        &["roles", "list", "--format", "table"],
        0,
    );
    assert!(
        table.stdout.contains("ID")
            && table
                .stdout
                .contains(&lines[0]["id"].as_str().unwrap().to_string())
    );
}

#[test]
fn piped_output_is_valid_json_by_default() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let list = expect(&env, &mut env.employer(), &["candidates", "list"], 0).json();
    assert!(list["data"].is_array() && list["pagination"].is_object());
    let one = expect(
        &env,
        &mut env.employer(),
        &["candidates", "get", &fx.candidate_id],
        0,
    )
    .json();
    assert_eq!(one["id"], fx.candidate_id.as_str());
    let all = expect(
        &env,
        &mut env.employer(),
        &["candidates", "list", "--all"],
        0,
    )
    .json();
    assert_eq!(all.as_array().unwrap().len(), fx.employer_candidate_count);
}

#[test]
fn all_streams_every_seeded_candidate() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let run = expect(
        &env,
        &mut env.admin(),
        &["candidates", "list", "--all", "--format", "ndjson"],
        0,
    );
    let lines = run.lines();
    assert_eq!(lines.len(), fx.total_candidates);
    let mut ids: Vec<&str> = lines.iter().map(|c| c["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), fx.total_candidates, "no candidate twice");

    let array = expect(
        &env,
        &mut env.admin(),
        &["candidates", "list", "--all", "--format", "json"],
        0,
    );
    assert_eq!(array.json().as_array().unwrap().len(), fx.total_candidates);

    let limited = expect(
        &env,
        &mut env.admin(),
        &["candidates", "list", "--limit", "7", "--format", "ndjson"],
        0,
    );
    assert_eq!(limited.lines().len(), 7);
}

#[test]
fn dry_run_sends_nothing_and_redacts_the_key() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    // (as the admin?, arguments)
    let cases: Vec<(bool, Vec<&str>)> = vec![
        (false, vec!["me"]),
        (
            false,
            vec![
                "candidates",
                "update",
                &fx.candidate_id,
                "--status",
                "Active",
            ],
        ),
        (false, vec!["leads", "delete", &fx.lead_id]),
        (true, vec!["keys", "revoke", &fx.partial_key_id]),
        (
            true,
            vec![
                "keys",
                "create",
                "--name",
                "n",
                "--user-id",
                &fx.employer_user_id,
            ],
        ),
        (true, vec!["keys", "audit"]),
        (
            false,
            vec![
                "api",
                "PATCH",
                "/api/v1/candidates/x",
                "-F",
                "status=Active",
            ],
        ),
        (false, vec!["candidates", "list", "--all"]),
    ];
    for (admin, mut args) in cases {
        let before = env.sandbox.stats().requests_seen;
        let mut cmd = if admin { env.admin() } else { env.employer() };
        args.extend(["--dry-run", "--format", "json"]);
        let out = expect(&env, &mut cmd, &args, 0).json();
        assert_eq!(
            env.sandbox.stats().requests_seen,
            before,
            "{args:?} sent a request"
        );
        assert!(
            out["url"]
                .as_str()
                .unwrap()
                .starts_with(env.sandbox.base_url()),
            "{out}"
        );
        let headers = out["headers"].to_string();
        assert!(headers.contains("[redacted]"), "{args:?}: {headers}");
    }
    // The text form too.
    let before = env.sandbox.stats().requests_seen;
    let text = expect(
        &env,
        &mut env.employer(),
        &[
            "leads",
            "delete",
            &fx.lead_id,
            "--dry-run",
            "--format",
            "table",
        ],
        0,
    );
    assert!(text.stdout.starts_with("DELETE "), "{}", text.stdout);
    assert_eq!(env.sandbox.stats().requests_seen, before);
}

#[test]
fn destructive_commands_need_yes_without_a_terminal() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let revoke_path = format!("/api/admin/api-keys/{}", fx.partial_key_id);
    let out = expect(
        &env,
        &mut env.admin(),
        &["keys", "revoke", &fx.partial_key_id],
        2,
    );
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(env.sandbox.requests_to("DELETE", &revoke_path), 0);
    let lead_path = format!("/api/v1/sourcing/{}", fx.lead_id);
    expect(
        &env,
        &mut env.employer(),
        &["leads", "delete", &fx.lead_id],
        2,
    );
    assert_eq!(env.sandbox.requests_to("DELETE", &lead_path), 0);
    expect(
        &env,
        &mut env.employer(),
        &["leads", "delete", &fx.lead_id, "-y"],
        0,
    );
    assert_eq!(env.sandbox.requests_to("DELETE", &lead_path), 1);
}

#[test]
fn every_exit_code() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    // 0 ok
    expect(&env, &mut env.employer(), &["me"], 0);
    // 1 API error: a 500 that retries cannot ride out.
    env.sandbox
        .inject(Fault::status(500).on("GET", "/api/v1/me").times(10));
    expect(&env, &mut env.employer(), &["me"], 1);
    env.sandbox.clear_faults();
    // 1 as well: a success body that does not match the spec.
    env.sandbox
        .inject(Fault::malformed_body().on("GET", "/api/v1/me"));
    let out = expect(&env, &mut env.employer(), &["me", "--format", "json"], 1);
    assert_eq!(out.error_json()["error"]["kind"], "decode");
    env.sandbox.clear_faults();
    // 2 usage: a missing id, an unknown flag, a wrongly typed flag, a bad body file.
    expect(&env, &mut env.employer(), &["candidates", "get"], 2);
    expect(
        &env,
        &mut env.employer(),
        &["candidates", "list", "--nope"],
        2,
    );
    expect(
        &env,
        &mut env.employer(),
        &["candidates", "list", "--page", "two"],
        2,
    );
    expect(
        &env,
        &mut env.employer(),
        &["candidates", "update", "x", "--body", "/nonexistent.json"],
        2,
    );
    // 3 unauthorized: no key, and a well-formed key the server does not know.
    expect(&env, &mut env.bare(), &["me"], 3);
    let unknown = format!("tr_{}", "z".repeat(64));
    let out = expect(&env, &mut env.with_key(&unknown), &["me"], 3);
    assert!(!out.stderr.contains(&unknown));
    // 4 insufficient scope.
    let keys = env.sandbox.keys();
    expect(
        &env,
        &mut env.with_key(&keys.no_scopes),
        &["candidates", "list"],
        4,
    );
    // 5 not found.
    expect(
        &env,
        &mut env.employer(),
        &["candidates", "get", &fx.hidden_candidate_id],
        5,
    );
    // 6 rate limited after retries.
    env.sandbox.inject(
        Fault::status(429)
            .retry_after_secs(0)
            .on("GET", "/api/v1/me")
            .times(10),
    );
    expect(&env, &mut env.employer(), &["me"], 6);
    env.sandbox.clear_faults();
    // 7 uncertain write: the lead landed, the answer was lost.
    env.sandbox.inject(
        Fault::drop_connection()
            .after_handler()
            .on("POST", "/api/v1/sourcing"),
    );
    let before = env.sandbox.stats().creates_committed;
    let out = expect(
        &env,
        &mut env.employer(),
        &[
            "leads",
            "create",
            "--full-name",
            "Sam",
            "--organization-id",
            &fx.employer_org_id,
        ],
        7,
    );
    assert!(out.stderr.contains("may or may not"), "{}", out.stderr);
    assert_eq!(env.sandbox.stats().creates_committed, before + 1);
}

#[test]
fn errors_are_json_on_stderr_with_format_json() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let out = expect(
        &env,
        &mut env.employer(),
        &[
            "candidates",
            "get",
            &fx.hidden_candidate_id,
            "--format",
            "json",
        ],
        5,
    );
    assert!(out.stdout.is_empty());
    let error = &out.error_json()["error"];
    assert_eq!(error["kind"], "not_found");
    assert_eq!(error["exit_code"], 5);
    assert_eq!(error["status"], 404);
    assert_eq!(error["api"]["family"], "v1");

    let keys = env.sandbox.keys();
    let out = expect(
        &env,
        &mut env.with_key(&keys.no_scopes),
        &["candidates", "list", "--format", "json"],
        4,
    );
    let error = &out.error_json()["error"];
    assert_eq!(error["kind"], "insufficient_scope");
    assert_eq!(error["required"], json!(["candidates:read"]));

    let out = expect(
        &env,
        &mut env.employer(),
        &["candidates", "get", "--format", "json"],
        2,
    );
    assert_eq!(out.error_json()["error"]["kind"], "usage");
}

#[test]
fn auth_login_status_logout() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let key = env.sandbox.keys().employer.clone();
    let login = expect(
        &env,
        env.bare().write_stdin(format!("{key}\n")),
        &["auth", "login", "--profile", "work"],
        0,
    );
    assert_eq!(login.json()["keyId"], fx.employer_key_id.as_str());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let status = expect(
        &env,
        &mut env.bare(),
        &["auth", "status", "--profile", "work"],
        0,
    )
    .json();
    assert_eq!(status["profile"], "work");
    assert_eq!(status["keyId"], fx.employer_key_id.as_str());
    assert!(status["scopes"].as_array().unwrap().len() > 1);
    // The profile works for every command.
    expect(
        &env,
        &mut env.bare(),
        &["--profile", "work", "candidates", "get", &fx.candidate_id],
        0,
    );
    // A rejected key is not stored.
    let bad = format!("tr_{}", "q".repeat(64));
    expect(
        &env,
        env.bare().write_stdin(bad),
        &["auth", "login", "--profile", "bad"],
        3,
    );
    let config = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(!config.contains("[profiles.bad]"), "{config}");
    // Logout removes it.
    expect(
        &env,
        &mut env.bare(),
        &["auth", "logout", "--profile", "work"],
        0,
    );
    expect(
        &env,
        &mut env.bare(),
        &["auth", "status", "--profile", "work"],
        2,
    );
    expect(&env, &mut env.bare(), &["auth", "status"], 3);
}

#[test]
fn keys_usage_streams_the_cursor_log_within_since_and_until() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    for _ in 0..5 {
        expect(&env, &mut env.employer(), &["me"], 0);
    }
    let total = env.sandbox.usage_count(&fx.employer_key_id);
    let rows = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "usage",
            &fx.employer_key_id,
            "--all",
            "--query-limit",
            "2",
            "--format",
            "ndjson",
        ],
        0,
    )
    .lines();
    assert_eq!(rows.len(), total);
    let stamps: Vec<&str> = rows
        .iter()
        .map(|r| r["timestamp"].as_str().unwrap())
        .collect();
    let middle = stamps[2];
    let until = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "usage",
            &fx.employer_key_id,
            "--all",
            "--until",
            middle,
            "--format",
            "ndjson",
        ],
        0,
    )
    .lines();
    // The log may hold whole-second timestamps, so rows can tie with `middle`.
    let at = |t: &str| chrono::DateTime::parse_from_rfc3339(t).unwrap();
    let older = stamps.iter().filter(|t| at(t) < at(middle)).count();
    assert_eq!(until.len(), older, "strictly older than --until");
    let since = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "usage",
            &fx.employer_key_id,
            "--since",
            middle,
            "--format",
            "ndjson",
        ],
        0,
    )
    .lines();
    assert_eq!(since.len(), total - older, "at or after --since");
}

#[test]
fn keys_audit_flags_and_writes_json() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    // A fresh key that expires in a week and is never used.
    let minted = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "create",
            "--name",
            "short-lived",
            "--user-id",
            &fx.employer_user_id,
            "--expires-in-days",
            "7",
        ],
        0,
    )
    .json();
    let minted_id = minted["data"]["id"].as_str().unwrap().to_owned();
    expect(&env, &mut env.employer(), &["me"], 0);
    let file = env.dir.path().join("audit.json");
    let report = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "audit",
            "--format",
            "json",
            "--json",
            file.to_str().unwrap(),
        ],
        0,
    )
    .json();
    let rows = report.as_array().unwrap();
    let listed = expect(&env, &mut env.admin(), &["keys", "list"], 0).json();
    assert_eq!(rows.len(), listed["data"].as_array().unwrap().len());
    let row = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap().clone();
    let fresh = row(&minted_id);
    assert_eq!(fresh["flags"], json!(["never_used", "expiring"]));
    assert_eq!(fresh["requests"], 0);
    let employer = row(&fx.employer_key_id);
    assert!(employer["requests"].as_u64().unwrap() >= 1);
    assert_eq!(
        employer["requests"],
        env.sandbox.usage_count(&fx.employer_key_id) as u64
    );
    assert!(
        !employer["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "never_used")
    );
    assert!(
        row(&fx.admin_key_id)["scopes"].is_array(),
        "the key in use reports its scopes"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written["keys"].as_array().unwrap().len(), rows.len());

    let table = expect(
        &env,
        &mut env.admin(),
        &["keys", "audit", "--format", "table"],
        0,
    );
    assert!(table.stdout.contains("FLAGS") && table.stdout.contains("never_used, expiring"));
}

#[test]
fn api_reaches_any_documented_path() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let me = expect(&env, &mut env.employer(), &["api", "GET", "/api/v1/me"], 0).json();
    assert_eq!(me["auth"]["keyId"], fx.employer_key_id.as_str());
    let all = expect(
        &env,
        &mut env.employer(),
        &[
            "api",
            "get",
            "/api/v1/candidates?pageSize=50",
            "--paginate",
            "--format",
            "ndjson",
        ],
        0,
    );
    assert_eq!(all.lines().len(), fx.employer_candidate_count);
    // Paged by the SDK's paginator: a path that is not a list is refused, nothing sent.
    let before = env.sandbox.stats().requests_seen;
    let refused = expect(
        &env,
        &mut env.employer(),
        &["api", "GET", "/api/v1/me", "--paginate"],
        2,
    );
    assert!(
        refused.stderr.contains("not a paginated list"),
        "{}",
        refused.stderr
    );
    assert_eq!(env.sandbox.stats().requests_seen, before);
    let updated = expect(
        &env,
        &mut env.employer(),
        &[
            "api",
            "PATCH",
            &format!("/api/v1/candidates/{}", fx.candidate_id),
            "-F",
            "status=Archived",
        ],
        0,
    )
    .json();
    assert_eq!(updated["status"], "Archived");
    expect(
        &env,
        &mut env.employer(),
        &["api", "GET", "/api/v1/undocumented"],
        2,
    );
    expect(
        &env,
        &mut env.employer(),
        &[
            "api",
            "GET",
            &format!("/api/v1/candidates/{}", fx.hidden_candidate_id),
        ],
        5,
    );
}

#[test]
fn completions_for_each_shell() {
    let env = Env::start();
    for shell in ["bash", "zsh", "fish"] {
        let out = expect(&env, &mut env.bare(), &["completion", shell], 0);
        assert!(
            out.stdout.contains("talent-ray") && out.stdout.contains("candidates"),
            "{shell}"
        );
    }
}

#[test]
fn quiet_prints_only_data() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let out = expect(
        &env,
        &mut env.employer(),
        &["leads", "delete", &fx.lead_id, "--yes", "--quiet"],
        0,
    );
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "{out:?}",
        out = out.stderr
    );
    let out = expect(&env, &mut env.employer(), &["me", "--dry-run", "-q"], 0);
    assert!(out.stderr.is_empty() && !out.stdout.is_empty());
}
