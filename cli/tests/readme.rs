//! The README's five command-line examples, run exactly as written against the sandbox, the
//! way a new user would after `auth login`.

mod common;

use common::{Env, expect};

const README: &str = include_str!("../../README.md");

/// The `talent-ray …` lines of the code blocks in the README section `name`.
fn commands(name: &str) -> Vec<String> {
    let start = README.find(name).expect("README section");
    let section = &README[start..];
    let end = section[name.len()..]
        .find("\n## ")
        .map_or(section.len(), |i| i + name.len());
    let mut in_code = false;
    let mut lines = Vec::new();
    for line in section[..end].lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if in_code && line.starts_with("talent-ray ") {
            lines.push(line.to_owned());
        }
    }
    lines
}

/// Splits a command line like a shell would for these examples: double quotes and `> FILE`.
fn split(line: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut has_word = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                has_word = true;
            }
            ' ' if !quoted => {
                if has_word {
                    words.push(std::mem::take(&mut word));
                    has_word = false;
                }
            }
            c => {
                word.push(c);
                has_word = true;
            }
        }
    }
    if has_word {
        words.push(word);
    }
    let redirect = match words.iter().position(|w| w == ">") {
        Some(i) => {
            let file = words.get(i + 1).cloned();
            words.truncate(i);
            file
        }
        None => None,
    };
    (words[1..].to_vec(), redirect)
}

#[test]
fn the_five_readme_examples_work_as_documented() {
    let env = Env::start();
    let fx = env.sandbox.fixtures();
    let lines = commands("### Five examples against the sandbox");
    assert_eq!(lines.len(), 6, "login plus five examples: {lines:?}");

    // A new user's shell: no key or server in the environment, only what `auth login` stored.
    let shell = || {
        let mut cmd = env.bare();
        cmd.env_remove("TALENT_RAY_BASE_URL")
            .current_dir(env.dir.path());
        cmd
    };
    let (login, _) = split(&lines[0].replace("http://127.0.0.1:4010", env.sandbox.base_url()));
    let login: Vec<&str> = login.iter().map(String::as_str).collect();
    expect(
        &env,
        shell().write_stdin(format!("{}\n", env.sandbox.keys().admin)),
        &login,
        0,
    );

    let mut key_id = String::new();
    for (n, line) in lines[1..].iter().enumerate() {
        let line = line
            .replace("CANDIDATE_ID", &fx.candidate_id)
            .replace("KEY_ID", &key_id);
        let (args, redirect) = split(&line);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = expect(&env, &mut shell(), &args, 0);
        if let Some(file) = redirect {
            std::fs::write(env.dir.path().join(file), &out.stdout).unwrap();
        }
        match n {
            0 => {
                let minted = out.json();
                key_id = minted["data"]["id"].as_str().unwrap().to_owned();
                assert!(minted["data"]["key"].as_str().unwrap().starts_with("tr_"));
            }
            1 => {
                let audit: serde_json::Value = serde_json::from_str(
                    &std::fs::read_to_string(env.dir.path().join("audit.json")).unwrap(),
                )
                .unwrap();
                let minted = audit["keys"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|k| k["id"] == key_id.as_str())
                    .expect("the minted key is audited");
                assert!(minted["flags"].to_string().contains("never_used"));
            }
            2 => {
                let exported =
                    std::fs::read_to_string(env.dir.path().join("candidates.ndjson")).unwrap();
                assert_eq!(exported.lines().count(), fx.total_candidates);
            }
            3 => assert_eq!(out.json()["status"], "Active"),
            4 => assert_eq!(env.sandbox.stats().deletes_committed, 1),
            _ => unreachable!("five examples"),
        }
    }
}
