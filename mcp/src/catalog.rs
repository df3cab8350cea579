//! One MCP tool per operation of the SDK's operation table: name, description, schemas and
//! annotations all derived from the spec, nothing written per endpoint.

use std::sync::Arc;

use rmcp::model::{JsonObject, Tool, ToolAnnotations};
use serde_json::{Value, json};
use talent_ray::{OPERATIONS, Operation, PageSize, Paging};

/// The operation whose result carries a new API key's secret; offered only on request.
pub const KEY_MINTING_OPERATION: &str = "createApiKey";

/// A tool and the operation it calls.
#[derive(Clone, Debug)]
pub struct ToolEntry {
    /// The operation behind the tool.
    pub operation: &'static Operation,
    /// The tool as `tools/list` shows it, without its output schema.
    pub tool: Tool,
    /// The JSON Schema of a successful result's `structuredContent`, when the call returns a
    /// body.
    pub output_schema: Option<Arc<JsonObject>>,
    /// The toolsets (spec tags, lower-case with dashes) the tool belongs to.
    pub toolsets: Vec<String>,
    /// Whether only a key whose owner has the admin role may call it.
    pub admin_only: bool,
    /// The page-size parameter and its bounds, for lists.
    pub page_size: Option<&'static PageSize>,
    /// For cursor lists, the argument that continues a list where a result's hint left off
    /// ([`RESUME_ARGUMENT`], renamed only if the operation has a parameter of that name).
    pub resume_argument: Option<String>,
}

impl ToolEntry {
    /// The tool's name: the snake-cased `operationId`.
    pub fn name(&self) -> &str {
        &self.tool.name
    }

    /// The tool as `tools/list` shows it, with its output schema or without.
    pub fn tool(&self, with_output_schema: bool) -> Tool {
        let mut tool = self.tool.clone();
        if with_output_schema {
            tool.output_schema = self.output_schema.clone();
        }
        tool
    }

    /// Whether the tool only reads (a GET).
    pub fn read_only(&self) -> bool {
        self.operation.http_method.as_str() == "GET"
    }
}

/// Every operation's tool, in the table's order.
pub fn all() -> &'static [ToolEntry] {
    static ALL: std::sync::LazyLock<Vec<ToolEntry>> =
        std::sync::LazyLock::new(|| OPERATIONS.iter().map(entry).collect());
    &ALL
}

/// The tool named `name`, visible or not.
pub fn find(name: &str) -> Option<&'static ToolEntry> {
    all().iter().find(|t| t.name() == name)
}

/// A spec tag as a toolset name: `CV Screening` → `cv-screening`.
pub fn toolset_name(tag: &str) -> String {
    tag.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// What a key needs to be offered the tool: `public`, `admin role`, or its scopes (`none` when
/// it names none).
pub fn access_needed(entry: &ToolEntry) -> String {
    let op = entry.operation;
    if op.public {
        return "public".into();
    }
    let scopes: Vec<&str> = op.required_scopes.iter().map(|s| s.as_str()).collect();
    let scopes = if scopes.is_empty() {
        "none".to_owned()
    } else {
        scopes.join(",")
    };
    if entry.admin_only {
        format!("{scopes} (admin role)")
    } else {
        scopes
    }
}

/// Every toolset name, sorted.
pub fn toolsets() -> Vec<String> {
    let mut names: Vec<String> = all().iter().flat_map(|t| t.toolsets.clone()).collect();
    names.sort();
    names.dedup();
    names
}

/// The argument a cursor list's tool takes to continue where a result's hint left off: the
/// SDK's [`ResumeToken`](talent_ray::ResumeToken), which remembers the rows already returned
/// that share the last timestamp, so none is lost or repeated.
pub const RESUME_ARGUMENT: &str = "resumeToken";

fn entry(op: &'static Operation) -> ToolEntry {
    let admin_only = op.admin_only;
    let page_size = op.page_params.as_ref().map(|p| &p.size);
    // The generated description's schemas: every constraint, enum and nullability as the spec
    // states them, `$ref`s inlined.
    let mut input = op
        .input_schema()
        .as_object()
        .cloned()
        .unwrap_or_else(empty_object);
    let resume_argument = (op.paging == Paging::Cursor && op.page_params.is_some())
        .then(|| add_resume_argument(&mut input));
    let tool = Tool::new(
        op.method_name,
        description(op, admin_only, page_size, resume_argument.as_deref()),
        Arc::new(input),
    )
    .with_title(op.summary)
    .with_annotations(annotations(op));
    let output_schema = op
        .output_schema()
        .and_then(|s| s.as_object())
        .filter(|s| s.get("type").and_then(|t| t.as_str()) == Some("object"))
        .cloned()
        .map(Arc::new);
    ToolEntry {
        operation: op,
        tool,
        output_schema,
        toolsets: op.tags.iter().map(|t| toolset_name(t)).collect(),
        admin_only,
        page_size,
        resume_argument,
    }
}

/// Adds the optional resume argument to a cursor list's input schema; returns its name.
fn add_resume_argument(input: &mut JsonObject) -> String {
    let properties = input
        .entry("properties")
        .or_insert_with(|| Value::Object(JsonObject::new()));
    let Value::Object(properties) = properties else {
        unreachable!("the description's input schema has an object of properties")
    };
    let mut name = RESUME_ARGUMENT.to_owned();
    while properties.contains_key(&name) {
        name.insert(0, '_');
    }
    properties.insert(
        name.clone(),
        json!({
            "type": "string",
            "description": "Continues the list where an earlier result of this tool left off: \
                pass the token its hint gives, unchanged, with the same other arguments. Rows \
                can share a timestamp; the token remembers those already returned, so none is \
                lost or repeated."
        }),
    );
    name
}

fn empty_object() -> JsonObject {
    let mut schema = JsonObject::new();
    schema.insert("type".into(), "object".into());
    schema
}

/// Every hint is set explicitly, so no client falls back to the protocol's defaults
/// (`destructiveHint` and `openWorldHint` default to true). The title is the tool's own, not
/// repeated here.
fn annotations(op: &Operation) -> ToolAnnotations {
    let get = op.http_method.as_str() == "GET";
    let delete = op.http_method.as_str() == "DELETE";
    ToolAnnotations::new()
        .read_only(get)
        .destructive(delete)
        .idempotent(op.idempotent)
        // The tools reach one Talent-Ray account's records, not an open set of external entities.
        .open_world(false)
}

fn description(
    op: &Operation,
    admin_only: bool,
    page_size: Option<&PageSize>,
    resume_argument: Option<&str>,
) -> String {
    let mut text = String::new();
    let summary = op.summary;
    if !summary.is_empty() {
        text.push_str(summary.trim_end_matches('.'));
        text.push_str(".\n\n");
    }
    let body = op.description.trim();
    if !body.is_empty() {
        text.push_str(body);
        text.push_str("\n\n");
    }
    text.push_str(&access(op, admin_only));
    if let Some(paging) = paging(op, page_size, resume_argument) {
        text.push('\n');
        text.push_str(&paging);
    }
    if op.operation_id == KEY_MINTING_OPERATION {
        text.push_str(
            "\nThe new key's secret is returned once, in this tool's result; store it at once.",
        );
    }
    text
}

fn access(op: &Operation, admin_only: bool) -> String {
    if op.public {
        return "Access: public endpoint; no credential is sent.".into();
    }
    let scopes: Vec<&str> = op.required_scopes.iter().map(|s| s.as_str()).collect();
    let mut line = if scopes.is_empty() {
        "Access: no scope required.".to_owned()
    } else {
        format!("Access: requires scope(s) {}.", scopes.join(", "))
    };
    if admin_only {
        line.push_str(" The key's owner must have the admin role.");
    }
    line
}

fn paging(
    op: &Operation,
    page_size: Option<&PageSize>,
    resume_argument: Option<&str>,
) -> Option<String> {
    let params = op.page_params.as_ref()?;
    let size = page_size
        .map(|p| format!(" `{}` ({}–{}) sets the page size;", p.name, p.min, p.max))
        .unwrap_or_default();
    match (params.page, params.cursor, resume_argument) {
        (Some(page), _, _) => Some(format!(
            "Paging: returns one page.{size} `{page}` (0-based) picks the page; the result says how to get the next one."
        )),
        (_, Some(cursor), Some(resume)) => Some(format!(
            "Paging: returns one page, newest first.{size} the `{cursor}` cursor starts the list at a time; \
             to go on, pass `{resume}` as the result's hint says."
        )),
        _ => None,
    }
}
