//! Snapshots of the whole SDK surface a user's code can touch: every operation (method, HTTP
//! method, path, scopes, security, idempotency, paging, body, success and error types) with each
//! parameter, and every generated type with its fields, variants and constraints.
//!
//! The lines are rendered by `xtask::surface` from the pinned spec and from the generated
//! sources this crate was compiled from (`OUT_DIR`), never written by hand. One line per item,
//! sorted: a spec change that changes the surface fails here with a readable diff, and an
//! additive one only adds lines. Accept a reviewed change with `cargo xtask regen` (or
//! `INSTA_UPDATE=always cargo test -p talent-ray --test surface`).

const SPEC: &str = include_str!("../openapi/openapi.json");
const CLIENT: &str = include_str!(concat!(env!("OUT_DIR"), "/client.rs"));
const OPERATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/operations.rs"));

fn surface() -> xtask::surface::Surface {
    let spec = serde_json::from_str(SPEC).expect("the pinned spec is JSON");
    xtask::surface::render(&spec, CLIENT, OPERATIONS).expect("the generated sources parse")
}

/// Whether `text` holds something shaped like a Talent-Ray key: `tr_` then 16 or more
/// alphanumerics.
fn contains_api_key(text: &str) -> bool {
    text.match_indices("tr_").any(|(at, _)| {
        text[at + 3..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .count()
            >= 16
    })
}

fn assert_line_stable(name: &str, text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(lines, sorted, "{name}: lines are sorted and unique");
    assert!(
        !text.contains("  "),
        "{name}: no column alignment (double spaces)"
    );
    assert!(contains_api_key(&format!("key: tr_{}", "a".repeat(64))));
    assert!(!contains_api_key(text), "{name} must never hold an API key");
}

#[test]
fn operations_surface() {
    let surface = surface();
    assert_line_stable("operations", &surface.operations);
    // Every operation of the table is in it, with its builder found in the generated code.
    for op in talent_ray::OPERATIONS {
        let line = surface
            .operations
            .lines()
            .find(|l| l.starts_with(&format!("op {}: ", op.operation_id)))
            .unwrap_or_else(|| panic!("no line for {}", op.operation_id));
        assert!(!line.contains("(no Client::"), "{line}");
        assert!(!line.contains("(missing from OPERATIONS)"), "{line}");
    }
    assert!(!surface.operations.contains("type=(no setter)"));
    insta::assert_snapshot!("surface_operations", surface.operations);
}

#[test]
fn types_surface() {
    let surface = surface();
    assert_line_stable("types", &surface.types);
    insta::assert_snapshot!("surface_types", surface.types);
}
