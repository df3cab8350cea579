//! `cargo xtask diff`: one test per classification rule, each on a small mutation of the pinned
//! spec built here, plus a no-change case. Every breaking mutation must also change the rendered
//! SDK surface (so a surface snapshot fails too), every additive one must only add to it.

mod common;

use std::process::Command;
use std::sync::OnceLock;

use common::*;
use serde_json::{Value, json};
use xtask::diff::{Bump, Impact, Report, Rule, diff};
use xtask::regen::snapshot_changes;

fn pinned() -> Value {
    fixture_json()
}

fn mutated(f: impl FnOnce(&mut Value)) -> Value {
    let mut doc = pinned();
    f(&mut doc);
    doc
}

fn pinned_surface() -> &'static xtask::surface::Surface {
    static SURFACE: OnceLock<xtask::surface::Surface> = OnceLock::new();
    SURFACE.get_or_init(|| xtask::surface::render_spec(&fixture_bytes()).unwrap())
}

/// (lines removed, lines added) in the rendered surface from the pinned spec to `doc`.
fn surface_delta(doc: &Value) -> (usize, usize) {
    let after = xtask::surface::render_spec(&to_bytes(doc)).expect("the mutation generates");
    let as_map = |s: &xtask::surface::Surface| {
        [
            ("operations".to_owned(), s.operations.clone()),
            ("types".to_owned(), s.types.clone()),
        ]
        .into()
    };
    snapshot_changes(&as_map(pinned_surface()), &as_map(&after))
        .iter()
        .fold((0, 0), |(r, a), c| (r + c.removed.len(), a + c.added.len()))
}

/// Asserts the report holds `rule` (at a pointer containing `pointer_part`), classifies the
/// update as `impact` overall, and that the surface reacts accordingly.
fn assert_rule(doc: &Value, rule: Rule, pointer_part: &str) -> Report {
    let report = diff(&pinned(), doc);
    let all: Vec<_> = report.breaking.iter().chain(&report.additive).collect();
    assert!(
        all.iter()
            .any(|c| c.rule == rule && c.pointer.contains(pointer_part)),
        "expected {rule:?} at …{pointer_part}…, got:\n{report}"
    );
    let (removed, added) = surface_delta(doc);
    match rule.impact() {
        Impact::Breaking => {
            assert!(report.is_breaking(), "{report}");
            assert_eq!(report.bump(), Bump::Major);
            // Any changed line fails the snapshot; what is added as required shows as a new
            // line saying so, everything else removes or rewrites a line.
            assert!(
                removed + added > 0,
                "a breaking change must change the surface (removed {removed}, added {added})"
            );
        }
        Impact::Additive => {
            assert!(!report.is_breaking(), "{report}");
            assert_eq!(report.bump(), Bump::Minor);
            assert_eq!(removed, 0, "an additive change only adds surface lines");
        }
    }
    report
}

#[test]
fn no_change_is_no_change() {
    let report = diff(&pinned(), &pinned());
    assert_eq!(report, Report::default());
    assert_eq!(report.bump(), Bump::None);
    // Prose is not surface.
    let doc = mutated(|d| {
        d["info"]["description"] = json!("reworded");
        for (_, at) in operations(d) {
            d.pointer_mut(&at).unwrap()["description"] = json!("reworded");
        }
    });
    assert_eq!(diff(&pinned(), &doc), Report::default());
}

#[test]
fn an_operation_removed_breaks() {
    let (id, at) = operations(&pinned())[0].clone();
    let doc = mutated(|d| remove_operation(d, &at));
    let report = assert_rule(&doc, Rule::OperationRemoved, &at);
    assert!(report.breaking.iter().any(|c| c.subject == id));
}

#[test]
fn an_operation_moved_to_another_path_or_method_breaks() {
    let (id, at) = first_authenticated_get(&pinned());
    let (path, _) = path_and_method(&at);
    let doc = mutated(|d| move_operation(d, &at, &format!("{path}/moved"), "get"));
    let report = assert_rule(&doc, Rule::OperationMoved, "moved");
    assert!(report.breaking.iter().any(|c| c.subject == id));

    let doc = mutated(|d| move_operation(d, &at, &path, "put"));
    assert_rule(&doc, Rule::OperationMoved, "/put");
}

#[test]
fn a_response_field_removed_breaks() {
    let doc = pinned();
    let (schema, prop) = find_property(&doc, &response_only_objects(&doc), |_| true);
    let doc = mutated(|d| remove_property(&mut d["components"]["schemas"][&schema], &prop));
    let report = assert_rule(
        &doc,
        Rule::ResponseFieldRemoved,
        &format!("/components/schemas/{schema}/properties/{prop}"),
    );
    assert!(
        report
            .breaking
            .iter()
            .any(|c| c.subject == format!("{schema}.{prop}"))
    );
}

#[test]
fn a_response_field_whose_type_changed_breaks() {
    let doc = pinned();
    let (schema, prop) = find_property(&doc, &response_only_objects(&doc), |p| {
        p["type"] == "string"
    });
    let doc = mutated(|d| {
        d["components"]["schemas"][&schema]["properties"][&prop] = json!({"type": "integer"});
    });
    assert_rule(
        &doc,
        Rule::TypeChanged,
        &format!("/components/schemas/{schema}/properties/{prop}"),
    );
}

#[test]
fn a_request_field_added_as_required_breaks() {
    let doc = pinned();
    let schema = request_only_objects(&doc)[0].clone();
    let doc = mutated(|d| {
        let s = &mut d["components"]["schemas"][&schema];
        s["properties"]["xtaskRequired"] = json!({"type": "string"});
        make_required(s, "xtaskRequired");
    });
    assert_rule(&doc, Rule::RequestFieldAddedRequired, "xtaskRequired");
}

#[test]
fn a_request_field_turned_required_breaks() {
    let doc = pinned();
    let objects = request_only_objects(&doc);
    let (schema, prop) = objects
        .iter()
        .find_map(|name| {
            let s = &doc["components"]["schemas"][name];
            let required = s.get("required").cloned().unwrap_or(json!([]));
            s["properties"]
                .as_object()
                .unwrap()
                .keys()
                .find(|k| !required.as_array().unwrap().contains(&json!(k)))
                .map(|k| (name.clone(), k.clone()))
        })
        .expect("an optional request field");
    let doc = mutated(|d| make_required(&mut d["components"]["schemas"][&schema], &prop));
    assert_rule(
        &doc,
        Rule::RequestFieldTurnedRequired,
        &format!("/properties/{prop}"),
    );
}

#[test]
fn a_parameter_added_as_required_breaks() {
    let (id, at) = first_authenticated_get(&pinned());
    let param = json!({
        "name": "xtaskRequired", "in": "query", "required": true, "schema": {"type": "string"}
    });
    let doc = mutated(|d| add_parameter(d, &at, param));
    let report = assert_rule(&doc, Rule::ParameterAddedRequired, &at);
    assert!(report.breaking.iter().any(|c| c.subject == id));
}

#[test]
fn a_parameter_turned_required_breaks() {
    let (at, i, _) = query_param_with(&pinned(), "type");
    let doc = mutated(|d| {
        d.pointer_mut(&format!("{at}/parameters/{i}")).unwrap()["required"] = json!(true);
    });
    assert_rule(
        &doc,
        Rule::ParameterTurnedRequired,
        &format!("{at}/parameters/{i}"),
    );
}

#[test]
fn a_lowered_maximum_breaks() {
    let (at, i, _) = query_param_with(&pinned(), "maximum");
    let schema = format!("{at}/parameters/{i}/schema");
    let doc = mutated(|d| shift_bound(d, &schema, "maximum", -1));
    assert_rule(&doc, Rule::ConstraintNarrowed, &schema);
}

#[test]
fn a_raised_minimum_breaks() {
    let (at, i, _) = query_param_with(&pinned(), "minimum");
    let schema = format!("{at}/parameters/{i}/schema");
    let doc = mutated(|d| shift_bound(d, &schema, "minimum", 1));
    let report = assert_rule(&doc, Rule::ConstraintNarrowed, &schema);
    assert!(report.breaking.iter().any(|c| c.detail.contains("minimum")));
}

#[test]
fn a_lowered_max_length_breaks() {
    let doc = pinned();
    let (schema, prop) = find_property(&doc, &request_only_objects(&doc), |p| {
        p.get("maxLength").is_some()
    });
    let doc = mutated(|d| {
        let p = &mut d["components"]["schemas"][&schema]["properties"][&prop];
        p["maxLength"] = json!(p["maxLength"].as_i64().unwrap() - 1);
    });
    assert_rule(
        &doc,
        Rule::ConstraintNarrowed,
        &format!("/properties/{prop}"),
    );
}

#[test]
fn a_pattern_added_to_a_request_field_breaks() {
    let doc = pinned();
    let (schema, prop) = find_property(&doc, &request_only_objects(&doc), |p| {
        p["type"] == "string" && p.get("pattern").is_none() && p.get("enum").is_none()
    });
    let doc = mutated(|d| {
        d["components"]["schemas"][&schema]["properties"][&prop]["pattern"] = json!("^[a-z]+$");
    });
    let report = assert_rule(
        &doc,
        Rule::ConstraintNarrowed,
        &format!("/properties/{prop}"),
    );
    assert!(report.breaking.iter().any(|c| c.detail.contains("pattern")));
}

#[test]
fn an_enum_value_removed_from_a_request_breaks() {
    let doc = pinned();
    let (schema, prop) = find_property(&doc, &request_only_objects(&doc), |p| {
        p.get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.iter().filter(|v| v.is_string()).count() > 1)
    });
    let doc = mutated(|d| {
        let values = d["components"]["schemas"][&schema]["properties"][&prop]["enum"]
            .as_array_mut()
            .unwrap();
        let first = values.iter().position(Value::is_string).unwrap();
        values.remove(first);
    });
    assert_rule(
        &doc,
        Rule::RequestEnumValueRemoved,
        &format!("/properties/{prop}/enum"),
    );
}

#[test]
fn a_scope_added_to_an_operation_breaks() {
    let (id, at) = first_authenticated_get(&pinned());
    let doc = mutated(|d| {
        let op = d.pointer_mut(&at).unwrap();
        let mut scopes = op.get("x-required-scopes").cloned().unwrap_or(json!([]));
        scopes.as_array_mut().unwrap().push(json!("xtask:added"));
        op["x-required-scopes"] = scopes;
    });
    let report = assert_rule(&doc, Rule::ScopesAdded, &format!("{at}/x-required-scopes"));
    assert!(
        report
            .breaking
            .iter()
            .any(|c| c.subject == id && c.detail.contains("xtask:added"))
    );
}

#[test]
fn a_security_change_breaks() {
    let (_, at) = first_authenticated_get(&pinned());
    let doc = mutated(|d| d.pointer_mut(&at).unwrap()["security"] = json!([]));
    assert_rule(&doc, Rule::SecurityChanged, &format!("{at}/security"));

    let doc = mutated(|d| {
        let schemes = d["components"]["securitySchemes"].as_object_mut().unwrap();
        let name = schemes.keys().next().unwrap().clone();
        schemes[&name]["x-xtask"] = json!("changed");
    });
    assert_rule(&doc, Rule::SecurityChanged, "/components/securitySchemes/");
}

#[test]
fn a_new_operation_is_additive() {
    let (_, at) = first_authenticated_get(&pinned());
    let doc = mutated(|d| {
        let mut op = d.pointer(&at).unwrap().clone();
        op["operationId"] = json!("xtaskNew");
        d["paths"]["/api/v1/xtask-new"] = json!({ "get": op });
    });
    let report = assert_rule(&doc, Rule::OperationAdded, "xtask-new");
    assert!(report.additive.iter().any(|c| c.subject == "xtaskNew"));
}

#[test]
fn a_new_optional_parameter_is_additive() {
    let (_, at) = first_authenticated_get(&pinned());
    let param = json!({"name": "xtaskOptional", "in": "query", "schema": {"type": "string"}});
    let doc = mutated(|d| add_parameter(d, &at, param));
    assert_rule(&doc, Rule::ParameterAddedOptional, &at);
}

#[test]
fn a_new_optional_request_field_is_additive() {
    let doc = pinned();
    let schema = request_only_objects(&doc)[0].clone();
    let doc = mutated(|d| {
        d["components"]["schemas"][&schema]["properties"]["xtaskOptional"] =
            json!({"type": "string"});
    });
    assert_rule(&doc, Rule::RequestFieldAddedOptional, "xtaskOptional");
}

#[test]
fn a_new_response_field_is_additive() {
    let doc = pinned();
    let schema = response_only_objects(&doc)[0].clone();
    let doc = mutated(|d| {
        let s = &mut d["components"]["schemas"][&schema];
        s["properties"]["xtaskNew"] = json!({"type": "string"});
        // Even a required one: older SDKs ignore fields they do not know.
        make_required(s, "xtaskNew");
    });
    assert_rule(&doc, Rule::ResponseFieldAdded, "xtaskNew");
}

#[test]
fn a_new_response_enum_value_is_additive() {
    // Additive only because decoding is forward compatible: tests/forward_compat.rs proves
    // that a value outside the spec's list decodes (as `Unknown`) in every response.
    let at = format!("{}/enum", response_enum(&pinned()));
    let doc = mutated(|d| {
        let values = d.pointer_mut(&at).unwrap();
        let new = value_outside(values);
        values.as_array_mut().unwrap().push(new.into());
    });
    assert_rule(&doc, Rule::ResponseEnumValueAdded, &at);
}

/// `new` is `old` with only additions: an operation, a response field, a response enum value
/// and an optional parameter.
fn assert_additive_update(old: &Value, new: &Value) {
    let report = diff(old, new);
    assert!(!report.is_breaking(), "{report}");
    for rule in [
        Rule::OperationAdded,
        Rule::ResponseFieldAdded,
        Rule::ResponseEnumValueAdded,
        Rule::ParameterAddedOptional,
    ] {
        assert!(
            report.additive.iter().any(|c| c.rule == rule),
            "{rule:?}\n{report}"
        );
    }
}

#[test]
fn the_combined_updates_used_by_the_regen_check_classify_as_intended() {
    let additive = additive_update(&pinned());
    assert_additive_update(&pinned(), &additive);
    assert_eq!(surface_delta(&additive).0, 0);

    let breaking = breaking_update(&pinned());
    let report = diff(&pinned(), &breaking);
    for rule in [
        Rule::OperationRemoved,
        Rule::ResponseFieldRemoved,
        Rule::ParameterTurnedRequired,
        Rule::ConstraintNarrowed,
    ] {
        assert!(
            report.breaking.iter().any(|c| c.rule == rule),
            "{rule:?}\n{report}"
        );
    }
}

/// The end-to-end regen check runs in a copy whose pinned spec may already carry the update:
/// applied again, it still adds an operation, a field, a value and a parameter.
#[test]
fn the_additive_update_adds_again_to_a_spec_that_went_through_it() {
    let once = additive_update(&pinned());
    let twice = additive_update(&once);
    assert_additive_update(&once, &twice);
    assert_ne!(addition(&once).operation, addition(&pinned()).operation);
}

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_diff_exits_1_on_breaking_and_lists_both_kinds_with_pointers() {
    let old = fixture_path();
    let mut doc = additive_update(&pinned());
    let (id, at) = operations(&pinned())[0].clone();
    remove_operation(&mut doc, &at);
    let (_dir, new) = candidate(&to_bytes(&doc));

    let out = xtask(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let breaking = text.find("Breaking changes").expect("a breaking section");
    let additive = text.find("Additive changes").expect("an additive section");
    assert!(breaking < additive, "{text}");
    let removed = text
        .lines()
        .find(|l| l.contains("operation-removed"))
        .expect("the removal is listed");
    assert!(removed.contains(&id) && removed.contains(&at), "{removed}");
    assert!(
        text[additive..].contains(&addition(&pinned()).operation),
        "{text}"
    );
    assert!(text.contains("Semver bump needed: major"), "{text}");

    let out = xtask(&[
        "diff",
        "--json",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["bump"], "major");
    assert!(
        json["breaking"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["rule"] == "operation-removed"
                && c["subject"] == id.as_str()
                && c["pointer"] == at.as_str())
    );

    let (_dir2, additive) = candidate(&to_bytes(&additive_update(&pinned())));
    let out = xtask(&[
        "diff",
        "--json",
        old.to_str().unwrap(),
        additive.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["bump"], "minor");
    assert_eq!(json["breaking"], json!([]));
}
