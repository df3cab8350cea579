//! `tools/list` fits an agent's context: at most [`BUDGET`] bytes of JSON for every kind of key
//! the sandbox seeds (the admin with key minting allowed sees every tool), with complete input
//! schemas. Prints the measured sizes (`cargo test -p talent-ray-mcp --test size_budget --
//! --nocapture`).

mod common;

use common::{connect, minting, sandbox};
use rmcp::model::ListToolsResult;
use talent_ray_mcp::catalog;

/// The budget for the whole `tools/list` result, in bytes of compact JSON.
const BUDGET: usize = 40_000;

/// The size of a `tools/list` result holding `tools`.
fn size(tools: Vec<rmcp::model::Tool>) -> usize {
    serde_json::to_vec(&ListToolsResult::with_all_items(tools))
        .unwrap()
        .len()
}

/// Every key the sandbox seeds, by the name of its kind: read off the `Keys` record itself
/// (its `Debug` form names each field), so a new kind of key is measured without an edit here.
fn seeded_keys(keys: &talent_ray_sandbox::Keys) -> Vec<(String, String)> {
    let debug = format!("{keys:?}");
    let mut found = Vec::new();
    for field in debug.split([',', '{']) {
        let Some((name, value)) = field.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_end_matches('}').trim().trim_matches('"');
        if value.starts_with("tr_") {
            found.push((name.trim().to_owned(), value.to_owned()));
        }
    }
    found
}

#[tokio::test]
async fn every_key_kind_lists_its_tools_within_the_budget() {
    let sandbox = sandbox().await;
    let keys = seeded_keys(sandbox.keys());
    assert!(
        keys.iter().any(|(_, k)| k == &sandbox.keys().admin)
            && keys.iter().any(|(_, k)| k == &sandbox.keys().partial),
        "the keys were read: {keys:?}"
    );
    let mut most = 0;
    for (kind, key) in &keys {
        let conn = connect(&sandbox, key, minting()).await;
        let tools = conn.tools().await;
        let count = tools.len();
        let bytes = size(tools);
        println!("{kind:>16}: {count:>2} tools, {bytes:>6} bytes");
        assert!(
            bytes <= BUDGET,
            "{kind}: tools/list is {bytes} bytes, over the {BUDGET}-byte budget"
        );
        most = most.max(count);
    }
    assert_eq!(most, catalog::all().len(), "some key sees every tool");
}

#[test]
fn every_tool_at_once_fits_and_output_schemas_are_what_the_option_adds() {
    let all = |output_schemas| {
        catalog::all()
            .iter()
            .map(|e| e.tool(output_schemas))
            .collect::<Vec<_>>()
    };
    let lean = size(all(false));
    let full = size(all(true));
    println!(
        "every tool: {lean} bytes; with --output-schemas: {full} bytes ({:.0}% more)",
        (full as f64 / lean as f64 - 1.0) * 100.0
    );
    assert!(
        lean <= BUDGET,
        "{lean} bytes, over the {BUDGET}-byte budget"
    );
    assert!(
        all(false).iter().all(|t| t.output_schema.is_none()),
        "no output schema unless asked for"
    );
}
