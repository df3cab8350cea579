//! `tools/list` for each kind of key and option, with expectations read from the spec itself.

mod common;

use std::collections::BTreeSet;

use common::{connect, minting, sandbox, spec};
use serde_json::Value;
use talent_ray::OPERATIONS;
use talent_ray_mcp::Options;

/// One operation as the pinned spec documents it.
struct Documented {
    tool: String,
    method: String,
    tags: Vec<String>,
    scopes: Vec<String>,
    public: bool,
    admin_only: bool,
}

fn documented() -> Vec<Documented> {
    let spec = spec();
    let mut ops = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let strings = |v: &Value| -> Vec<String> {
                v.as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            };
            ops.push(Documented {
                tool: talent_ray::Operation::find(id)
                    .expect("in the table")
                    .method_name
                    .to_owned(),
                method: method.to_uppercase(),
                tags: strings(&op["tags"]),
                scopes: strings(&op["x-required-scopes"]),
                public: op["security"].as_array().is_some_and(|s| s.is_empty()),
                // The docs' own words, independent of the 403 the server code keys on.
                admin_only: op["description"]
                    .as_str()
                    .is_some_and(|d| d.contains("has the `admin` role")),
            });
        }
    }
    ops
}

fn expected(filter: impl Fn(&Documented) -> bool) -> Vec<String> {
    let mut names: Vec<String> = documented()
        .into_iter()
        .filter(|d| filter(d))
        .map(|d| d.tool)
        .collect();
    names.sort();
    names
}

fn has_all(scopes: &[&str]) -> impl Fn(&Documented) -> bool {
    move |d: &Documented| d.scopes.iter().all(|s| scopes.contains(&s.as_str()))
}

const MINTING: &str = "create_api_key";

#[tokio::test]
async fn full_scope_key_sees_every_non_admin_tool() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Options::default()).await;
    assert_eq!(conn.names().await, expected(|d| d.public || !d.admin_only));
}

#[tokio::test]
async fn partial_key_sees_only_tools_its_scopes_allow() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().partial, Options::default()).await;
    let granted = ["candidates:read", "roles:read"];
    let names = conn.names().await;
    assert_eq!(
        names,
        expected(|d| d.public || (!d.admin_only && has_all(&granted)(d)))
    );
    assert!(
        names.contains(&"list_candidates".to_owned()) && !names.contains(&"list_tests".to_owned())
    );
}

#[tokio::test]
async fn no_scope_key_sees_public_tools_and_those_needing_no_scope() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().no_scopes, Options::default()).await;
    assert_eq!(
        conn.names().await,
        expected(|d| d.public || (!d.admin_only && d.scopes.is_empty()))
    );
}

#[tokio::test]
async fn admin_key_sees_admin_tools_but_minting_only_when_allowed() {
    let sandbox = sandbox().await;
    let admin = &sandbox.keys().admin;
    let conn = connect(&sandbox, admin, Options::default()).await;
    assert_eq!(conn.names().await, expected(|d| d.tool != MINTING));
    let conn = connect(&sandbox, admin, minting()).await;
    let names = conn.names().await;
    assert_eq!(names, expected(|_| true));
    let table: BTreeSet<String> = OPERATIONS
        .iter()
        .map(|op| op.method_name.to_owned())
        .collect();
    assert_eq!(
        names.into_iter().collect::<BTreeSet<_>>(),
        table,
        "one tool per operation"
    );
    // Minting stays hidden from a non-admin even when allowed.
    let conn = connect(&sandbox, &sandbox.keys().employer, minting()).await;
    assert!(!conn.names().await.contains(&MINTING.to_owned()));
}

#[tokio::test]
async fn read_only_shows_only_gets_and_overrides_other_options() {
    let sandbox = sandbox().await;
    let options = Options {
        read_only: true,
        allow_key_minting: true,
        ..Options::default()
    };
    let conn = connect(&sandbox, &sandbox.keys().admin, options).await;
    assert_eq!(conn.names().await, expected(|d| d.method == "GET"));
}

#[tokio::test]
async fn toolsets_select_by_spec_tag() {
    let sandbox = sandbox().await;
    let options = Options {
        toolsets: vec!["candidates".into(), "cv-screening".into()],
        ..Options::default()
    };
    let conn = connect(&sandbox, &sandbox.keys().employer, options).await;
    let names = conn.names().await;
    assert_eq!(
        names,
        expected(|d| d
            .tags
            .iter()
            .any(|t| t == "Candidates" || t == "CV Screening"))
    );
    assert!(!names.is_empty());
}

#[tokio::test]
async fn tools_and_exclude_tools_pick_by_name() {
    let sandbox = sandbox().await;
    let key = &sandbox.keys().employer;
    let only = Options {
        tools: vec!["get_me".into(), "list_roles".into()],
        ..Options::default()
    };
    assert_eq!(
        connect(&sandbox, key, only).await.names().await,
        ["get_me", "list_roles"]
    );
    let without = Options {
        exclude_tools: vec!["get_me".into()],
        ..Options::default()
    };
    let names = connect(&sandbox, key, without).await.names().await;
    assert_eq!(
        names,
        expected(|d| (d.public || !d.admin_only) && d.tool != "get_me")
    );
}

#[tokio::test]
async fn unknown_toolsets_and_tools_stop_the_start() {
    let sandbox = sandbox().await;
    let client = common::sdk(&sandbox, &sandbox.keys().employer);
    for options in [
        Options {
            toolsets: vec!["candidate".into()],
            ..Options::default()
        },
        Options {
            tools: vec!["list_candidate".into()],
            ..Options::default()
        },
        Options {
            exclude_tools: vec!["nope".into()],
            ..Options::default()
        },
    ] {
        let err = talent_ray_mcp::TalentRayMcp::start(client.clone(), options)
            .await
            .unwrap_err();
        assert!(err.to_string().contains("unknown"), "{err}");
    }
}

#[tokio::test]
async fn every_tool_sets_every_annotation_from_the_operation() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().admin, minting()).await;
    let tools = conn.tools().await;
    assert_eq!(tools.len(), OPERATIONS.len());
    for tool in tools {
        let op = talent_ray::Operation::find(&tool.name).unwrap();
        let a = tool
            .annotations
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no annotations", tool.name));
        let method = op.http_method.as_str();
        assert_eq!(a.read_only_hint, Some(method == "GET"), "{}", tool.name);
        assert_eq!(
            a.destructive_hint,
            Some(method == "DELETE"),
            "{}",
            tool.name
        );
        assert_eq!(a.idempotent_hint, Some(op.idempotent), "{}", tool.name);
        assert!(a.open_world_hint.is_some(), "{}", tool.name);
    }
}

#[tokio::test]
async fn descriptions_carry_summary_scopes_and_paging() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().admin, minting()).await;
    let spec = spec();
    for tool in conn.tools().await {
        let op = talent_ray::Operation::find(&tool.name).unwrap();
        let description = tool.description.as_deref().unwrap_or_default();
        let documented = spec["paths"][op.path][op.http_method.as_str().to_lowercase()].clone();
        let summary = documented["summary"].as_str().unwrap();
        assert!(
            description.starts_with(summary.trim_end_matches('.')),
            "{}: {description}",
            tool.name
        );
        for scope in op.required_scopes {
            assert!(
                description.contains(scope.as_str()),
                "{}: {description}",
                tool.name
            );
        }
        assert_eq!(
            description.contains("Paging:"),
            op.paging != talent_ray::Paging::None,
            "{}",
            tool.name
        );
    }
}

#[tokio::test]
async fn the_key_is_nowhere_in_the_tool_list() {
    let sandbox = sandbox().await;
    for key in [&sandbox.keys().admin, &sandbox.keys().employer] {
        let conn = connect(&sandbox, key, minting()).await;
        let listed = serde_json::to_string(&conn.tools().await).unwrap();
        assert!(!listed.contains(key.as_str()));
    }
}
