//! The command line as an operator meets it: completions that complete, no panic on a closed
//! pipe, refusals in the words of the flags, tables for people, `--jq`, `-v`, and the one rule
//! for where a key goes.

mod common;

use std::process::Stdio;

use common::{Env, expect, run};
use serde_json::Value;
use talent_ray_sandbox::Fault;

/// The names of `path`'s subcommands in the command tree (no `help`).
fn subcommands(path: &[&str]) -> Vec<String> {
    let mut cmd = talent_ray_cli::command();
    cmd.build();
    let mut at = &cmd;
    for name in path {
        at = at.find_subcommand(name).expect("in the tree");
    }
    at.get_subcommands()
        .map(|s| s.get_name().to_owned())
        .filter(|n| n != "help")
        .collect()
}

/// The long flags of `path` in the command tree.
fn flags(path: &[&str]) -> Vec<String> {
    let mut cmd = talent_ray_cli::command();
    cmd.build();
    let mut at = &cmd;
    for name in path {
        at = at.find_subcommand(name).expect("in the tree");
    }
    at.get_arguments()
        .filter_map(|a| a.get_long())
        .map(|l| format!("--{l}"))
        .collect()
}

/// Runs bash's completion function of the generated script on `words` (the last one being
/// completed) and returns what it offers.
fn complete_in_bash(script: &str, words: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("talent-ray.bash");
    std::fs::write(&file, script).unwrap();
    let function = script
        .lines()
        .find_map(|l| l.trim().strip_prefix("complete -F ")?.split(' ').next())
        .expect("the script registers a function");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\n{function} talent-ray '{}' '{}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        file.display(),
        quoted.join(" "),
        words[cword],
        words[cword - 1],
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_nouns_verbs_and_flags() {
    let env = Env::start();
    let script = expect(&env, &mut env.bare(), &["completion", "bash"], 0).stdout;
    let offered = complete_in_bash(&script, &["talent-ray", ""]);
    for noun in subcommands(&[]) {
        assert!(offered.contains(&noun), "{noun} not offered: {offered:?}");
    }
    let offered = complete_in_bash(&script, &["talent-ray", "candidates", ""]);
    let verbs = subcommands(&["candidates"]);
    assert!(!verbs.is_empty());
    for verb in &verbs {
        assert!(offered.contains(verb), "{verb} not offered: {offered:?}");
    }
    let offered = complete_in_bash(&script, &["talent-ray", "candidates", "list", "--"]);
    let wanted = flags(&["candidates", "list"]);
    assert!(wanted.contains(&"--page-size".to_owned()), "{wanted:?}");
    for flag in &wanted {
        assert!(offered.contains(flag), "{flag} not offered: {offered:?}");
    }
    // A noun with a hyphen completes too.
    let noun = subcommands(&[])
        .into_iter()
        .find(|n| n.contains('-') && !subcommands(&[n]).is_empty())
        .expect("a hyphenated noun");
    let offered = complete_in_bash(&script, &["talent-ray", &noun, ""]);
    for verb in subcommands(&[&noun]) {
        assert!(offered.contains(&verb), "{noun} {verb}: {offered:?}");
    }
}

#[test]
fn zsh_and_fish_scripts_name_every_verb_under_its_noun() {
    let env = Env::start();
    let zsh = expect(&env, &mut env.bare(), &["completion", "zsh"], 0).stdout;
    let fish = expect(&env, &mut env.bare(), &["completion", "fish"], 0).stdout;
    assert!(zsh.starts_with("#compdef talent-ray"));
    for noun in subcommands(&[]) {
        for verb in subcommands(&[&noun]) {
            assert!(
                zsh.contains(&format!("'{verb}:")),
                "zsh lacks {noun} {verb}"
            );
            assert!(
                fish.lines()
                    .any(|l| l.contains(&format!("using_subcommand {noun}"))
                        && l.contains(&format!("-a \"{verb}\""))),
                "fish lacks {noun} {verb}"
            );
        }
    }
}

/// Runs the binary with its stdout a pipe whose reader is already gone.
fn with_closed_stdout(env: &Env, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("talent-ray"));
    cmd.env_remove("TALENT_RAY_API_KEY")
        .env("TALENT_RAY_CONFIG", env.config_path())
        .env("TALENT_RAY_BASE_URL", env.sandbox.base_url())
        .env("TALENT_RAY_API_KEY", &env.sandbox.keys().admin)
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped());
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let mut runs: Vec<Vec<String>> = vec![
        vec!["completion".into(), "zsh".into()],
        vec!["completion".into(), "bash".into()],
        vec!["completion".into(), "fish".into()],
        vec!["--help".into()],
        vec!["me".into()],
        vec!["candidates".into(), "list".into(), "--all".into()],
        vec![
            "candidates".into(),
            "list".into(),
            "--format".into(),
            "table".into(),
        ],
        vec![
            "candidates".into(),
            "get".into(),
            fx.candidate_id.clone(),
            "--format".into(),
            "table".into(),
        ],
        vec!["keys".into(), "audit".into()],
        vec![
            "api".into(),
            "GET".into(),
            "/api/v1/roles".into(),
            "--paginate".into(),
        ],
        vec!["me".into(), "--dry-run".into()],
    ];
    // Every command's help.
    for noun in subcommands(&[]) {
        runs.push(vec![noun.clone(), "--help".into()]);
        for verb in subcommands(&[&noun]) {
            runs.push(vec![noun.clone(), verb, "--help".into()]);
        }
    }
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = with_closed_stdout(&env, &args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// Words that belong to the implementation, not to the user.
const INTERNALS: &[&str] = &[
    "`",
    "invalid value:",
    "expected a",
    "missing field",
    "allow_insecure_http",
    "u64",
    "serde",
    "reqwest",
    "::",
    "transport error",
    "error sending request",
    "Error(",
    "invalid arguments",
];

#[test]
fn every_kind_of_refusal_is_in_the_users_words() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let unreachable = format!("http://127.0.0.1:{closed_port}");
    let org = fx.employer_org_id.as_str();
    // (arguments, exit code, what the message must say)
    let cases: Vec<(Vec<&str>, i32, Vec<&str>)> = vec![
        (
            vec!["candidates", "list", "--page-size", "0"],
            2,
            vec!["--page-size must be", "1"],
        ),
        (
            vec!["candidates", "list", "--page-size", "1000"],
            2,
            vec!["--page-size"],
        ),
        (
            vec!["leads", "create", "--full-name", "Sam Lee"],
            2,
            vec!["--organization-id is required"],
        ),
        (
            vec!["candidates", "update", &fx.candidate_id],
            2,
            vec!["give at least one of", "--status", "--body"],
        ),
        (
            vec![
                "leads",
                "create",
                "--full-name",
                "Sam",
                "--organization-id",
                org,
                "--email",
                "not-an-address",
            ],
            2,
            vec!["--email", "not a valid email address"],
        ),
        (
            vec!["candidates", "list", "--page", "two"],
            2,
            vec!["--page takes a whole number"],
        ),
        (
            vec!["--base-url", &unreachable, "me"],
            1,
            vec!["cannot reach", "connection refused"],
        ),
        (
            vec!["--base-url", "http://talent-ray.example", "me"],
            2,
            vec!["plain http", "--base-url", "https://"],
        ),
        (
            vec!["candidates", "list", "--jq", ".data["],
            2,
            vec!["--jq", "expected"],
        ),
        (
            vec![
                "candidates",
                "list",
                "--format",
                "table",
                "--columns",
                "nope",
            ],
            2,
            vec!["--columns", "nope"],
        ),
        (
            vec!["keys", "usage", &fx.employer_key_id, "--until", "yesterday"],
            2,
            vec!["--until", "2026-06-04"],
        ),
    ];
    for (args, code, says) in cases {
        let before = env.sandbox.stats().requests_seen;
        let out = expect(&env, &mut env.admin(), &args, code);
        let message = out.stderr.trim();
        for words in says {
            assert!(message.contains(words), "{args:?}: {message}");
        }
        for internal in INTERNALS {
            assert!(
                !message.contains(internal),
                "{args:?} says {internal:?}: {message}"
            );
        }
        // --columns is checked against the answer's fields, so only after the request.
        if code == 2 && !args.contains(&"--columns") {
            assert_eq!(
                env.sandbox.stats().requests_seen,
                before,
                "{args:?} sent a request"
            );
        }
    }
    // A scope the key lacks names the command, not the SDK.
    let out = expect(
        &env,
        &mut env.with_key(&env.sandbox.keys().no_scopes),
        &["candidates", "list"],
        4,
    );
    assert!(
        out.stderr
            .contains("talent-ray candidates list needs the scope candidates:read"),
        "{}",
        out.stderr
    );
}

#[test]
fn jq_prints_one_result_a_line() {
    let env = Env::start();
    let page = expect(&env, &mut env.employer(), &["candidates", "list"], 0).json();
    let ids: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let out = expect(
        &env,
        &mut env.employer(),
        &["candidates", "list", "--jq", ".data[].id"],
        0,
    );
    assert_eq!(out.stdout.lines().collect::<Vec<_>>(), ids);
    // With --all the filter runs on each item.
    let out = expect(
        &env,
        &mut env.employer(),
        &["candidates", "list", "--all", "--jq", ".id"],
        0,
    );
    assert_eq!(
        out.stdout.lines().count(),
        env.sandbox.fixtures().employer_candidate_count
    );
}

#[test]
fn verbose_shows_each_attempt_and_the_wait() {
    let env = Env::start();
    env.sandbox.inject(
        Fault::status(429)
            .retry_after_secs(1)
            .on("GET", "/api/v1/me")
            .times(1),
    );
    let out = expect(&env, &mut env.employer(), &["-v", "me"], 0);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("GET /api/v1/me: 429 in ")
                && l.contains("waiting 1.0 s before attempt 2 (rate limited)")),
        "{}",
        out.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("GET /api/v1/me: 200 in ") && l.ends_with("(attempt 2)")),
        "{}",
        out.stderr
    );
    // Without -v, nothing of it.
    let quiet = expect(&env, &mut env.employer(), &["me"], 0);
    assert!(!quiet.stderr.contains("/api/v1/me"), "{}", quiet.stderr);
}

#[test]
fn tables_fit_the_terminal_and_writes_say_what_they_did() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let out = expect(
        &env,
        env.employer().env("COLUMNS", "80"),
        &["roles", "list", "--format", "table"],
        0,
    );
    let header = out.stdout.lines().next().unwrap();
    assert!(header.starts_with("ID  "), "{header}");
    for line in out.stdout.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
        assert_eq!(line, line.trim_end(), "trailing spaces: {line:?}");
    }
    let picked = expect(
        &env,
        &mut env.employer(),
        &[
            "roles",
            "list",
            "--format",
            "table",
            "--columns",
            "status,id",
        ],
        0,
    );
    assert!(
        picked
            .stdout
            .lines()
            .next()
            .unwrap()
            .starts_with("STATUS  ID")
    );

    let revoked = expect(
        &env,
        &mut env.admin(),
        &[
            "keys",
            "revoke",
            &fx.partial_key_id,
            "--yes",
            "--format",
            "table",
        ],
        0,
    );
    assert!(revoked.stdout.is_empty(), "{}", revoked.stdout);
    assert!(
        revoked
            .stderr
            .trim()
            .ends_with(&format!("{}: done.", fx.partial_key_id)),
        "{}",
        revoked.stderr
    );
}

#[test]
fn list_flags_split_on_commas_and_nullable_fields_clear() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let lead = expect(
        &env,
        &mut env.employer(),
        &[
            "leads",
            "create",
            "--full-name",
            "Sam Lee",
            "--organization-id",
            &fx.employer_org_id,
            "--skills",
            "COBOL,compilers",
            "--skills",
            "sql",
        ],
        0,
    )
    .json();
    let lead = if lead["data"].is_object() {
        &lead["data"]
    } else {
        &lead
    };
    assert_eq!(
        lead["skills"],
        serde_json::json!(["COBOL", "compilers", "sql"])
    );

    let updated = expect(
        &env,
        &mut env.employer(),
        &[
            "candidates",
            "update",
            &fx.candidate_id,
            "--phone",
            "+905551112233",
        ],
        0,
    )
    .json();
    assert_eq!(updated["phone"], "+905551112233");
    let cleared = expect(
        &env,
        &mut env.employer(),
        &["candidates", "update", &fx.candidate_id, "--clear-phone"],
        0,
    )
    .json();
    assert_eq!(cleared["phone"], Value::Null);
    // The help says how to give several values; --dry-run only where a request is sent.
    let help = expect(&env, &mut env.bare(), &["leads", "create", "--help"], 0).stdout;
    assert!(
        help.contains("separate them with commas or repeat the flag"),
        "{help}"
    );
    assert!(
        help.contains("--dry-run") && !help.contains("--clear-"),
        "{help}"
    );
    let help = expect(
        &env,
        &mut env.bare(),
        &["candidates", "update", "--help"],
        0,
    )
    .stdout;
    assert!(help.contains("--clear-phone"), "{help}");
    for args in [["auth", "login"], ["completion", "bash"]] {
        let mut args = args.to_vec();
        args.push("--help");
        let help = expect(&env, &mut env.bare(), &args, 0).stdout;
        assert!(!help.contains("--dry-run"), "{args:?}: {help}");
    }
}

#[test]
fn an_environment_key_never_goes_to_a_server_only_the_profile_names() {
    let env = Env::start();
    let keys = env.sandbox.keys();
    // The stored default profile is for the sandbox.
    let mut login = env.bare();
    login.write_stdin(format!("{}\n", keys.employer));
    expect(&env, &mut login, &["auth", "login"], 0);
    // A key in the environment with no server named: refused, nothing sent.
    let before = env.sandbox.stats().requests_seen;
    let mut mixed = env.with_key(&keys.admin);
    mixed.env_remove("TALENT_RAY_BASE_URL");
    let out = run(&env, &mut mixed, &["me"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("TALENT_RAY_API_KEY")
            && out.stderr.contains(env.sandbox.base_url())
            && out.stderr.contains("--base-url"),
        "{}",
        out.stderr
    );
    assert_eq!(env.sandbox.stats().requests_seen, before);
    // A flag settles it.
    let mut settled = env.with_key(&keys.admin);
    settled.env_remove("TALENT_RAY_BASE_URL");
    expect(
        &env,
        &mut settled,
        &["--base-url", env.sandbox.base_url(), "me"],
        0,
    );
    // The profile's key with the environment naming another server: refused as well.
    let mut other = env.bare();
    other.env("TALENT_RAY_BASE_URL", "http://127.0.0.1:1");
    let out = run(&env, &mut other, &["me"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("TALENT_RAY_BASE_URL"), "{}", out.stderr);
}
