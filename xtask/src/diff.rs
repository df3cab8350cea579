//! `cargo xtask diff`: every change between two OpenAPI 3.1 specs, classified for SDK users.
//!
//! Operations are matched by `operationId`, parameters by location and name, schemas by walking
//! each operation's parameters, request body and responses in both specs side by side (following
//! `$ref`s). Whether a schema change breaks users depends on the direction it travels: a value
//! removed from a request enum breaks callers, one added to a response enum does not (decoding is
//! forward compatible: unknown values decode as `Unknown`). A change reached through several
//! operations is reported once, at the JSON pointer where it happens.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use serde_json::Value;
use talent_ray_codegen::resolve::follow_at;

use crate::{METHODS, pointer_escape};

/// Whether a change can break a user's code or calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// Can break code that compiled, or calls that worked, against the old spec.
    Breaking,
    /// Only adds: existing code and calls keep working.
    Additive,
}

/// The rule a change falls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// An operation is gone.
    OperationRemoved,
    /// An operation's path or HTTP method changed.
    OperationMoved,
    /// The first documented 2xx status changed.
    SuccessStatusChanged,
    /// A response field is gone.
    ResponseFieldRemoved,
    /// A response field turned optional or required (its Rust type gains or loses `Option`).
    ResponseFieldOptionalityChanged,
    /// A value's type (JSON type, format, referenced schema or nullability) changed.
    TypeChanged,
    /// A request field was added as required.
    RequestFieldAddedRequired,
    /// A request field turned required.
    RequestFieldTurnedRequired,
    /// A request field is gone.
    RequestFieldRemoved,
    /// A parameter was added as required.
    ParameterAddedRequired,
    /// A parameter turned required.
    ParameterTurnedRequired,
    /// A parameter is gone.
    ParameterRemoved,
    /// A request constraint narrowed: max lowered, min raised, a length or pattern added or tightened.
    ConstraintNarrowed,
    /// A value was removed from a request enum.
    RequestEnumValueRemoved,
    /// A value was removed from a response enum (its variant disappears).
    ResponseEnumValueRemoved,
    /// `x-required-scopes` grew: existing keys may lack the new scope.
    ScopesAdded,
    /// The security requirements or schemes changed.
    SecurityChanged,
    /// A new operation.
    OperationAdded,
    /// A new optional parameter.
    ParameterAddedOptional,
    /// A parameter turned optional.
    ParameterTurnedOptional,
    /// A new optional request field.
    RequestFieldAddedOptional,
    /// A request field turned optional.
    RequestFieldTurnedOptional,
    /// A new response field.
    ResponseFieldAdded,
    /// A new value in a response enum: additive because unknown values decode as `Unknown`.
    ResponseEnumValueAdded,
    /// A new value in a request enum.
    RequestEnumValueAdded,
    /// A request constraint widened.
    ConstraintWidened,
    /// A response constraint changed (the server promises something else; no code breaks).
    ResponseConstraintChanged,
    /// `x-required-scopes` shrank.
    ScopesRemoved,
}

impl Rule {
    /// Whether changes under this rule break users.
    pub fn impact(self) -> Impact {
        use Rule::*;
        match self {
            OperationRemoved
            | OperationMoved
            | SuccessStatusChanged
            | ResponseFieldRemoved
            | ResponseFieldOptionalityChanged
            | TypeChanged
            | RequestFieldAddedRequired
            | RequestFieldTurnedRequired
            | RequestFieldRemoved
            | ParameterAddedRequired
            | ParameterTurnedRequired
            | ParameterRemoved
            | ConstraintNarrowed
            | RequestEnumValueRemoved
            | ResponseEnumValueRemoved
            | ScopesAdded
            | SecurityChanged => Impact::Breaking,
            OperationAdded
            | ParameterAddedOptional
            | ParameterTurnedOptional
            | RequestFieldAddedOptional
            | RequestFieldTurnedOptional
            | ResponseFieldAdded
            | ResponseEnumValueAdded
            | RequestEnumValueAdded
            | ConstraintWidened
            | ResponseConstraintChanged
            | ScopesRemoved => Impact::Additive,
        }
    }

    /// The rule's kebab-case name, as in the JSON output.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// One classified change.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// The rule it falls under.
    pub rule: Rule,
    /// The operationId, or `Schema.field` (`[]` for array items), it concerns.
    pub subject: String,
    /// Where it happens: a JSON pointer into the new spec, or into the old one for removals.
    pub pointer: String,
    /// What changed, in words.
    pub detail: String,
}

/// The semver bump a spec change needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// Something breaks.
    Major,
    /// Only additions.
    Minor,
    /// Nothing an SDK user can see.
    None,
}

/// Every change between two specs, breaking and additive apart, each sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Changes that can break users.
    pub breaking: Vec<Change>,
    /// Changes that only add.
    pub additive: Vec<Change>,
}

impl Report {
    /// Whether anything breaks.
    pub fn is_breaking(&self) -> bool {
        !self.breaking.is_empty()
    }

    /// The semver bump the change needs.
    pub fn bump(&self) -> Bump {
        if self.is_breaking() {
            Bump::Major
        } else if self.additive.is_empty() {
            Bump::None
        } else {
            Bump::Minor
        }
    }

    /// The report as JSON: `{"breaking": [...], "additive": [...], "bump": "major"}`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "breaking": self.breaking,
            "additive": self.additive,
            "bump": self.bump(),
        })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (title, changes) in [("Breaking", &self.breaking), ("Additive", &self.additive)] {
            writeln!(f, "{title} changes ({}):", changes.len())?;
            if changes.is_empty() {
                writeln!(f, "  (none)")?;
            }
            for c in changes {
                writeln!(
                    f,
                    "  - {}: {}: {} [{}]",
                    c.rule.name(),
                    c.subject,
                    c.detail,
                    c.pointer
                )?;
            }
        }
        let bump = match self.bump() {
            Bump::Major => "major (breaking changes)",
            Bump::Minor => "minor (additive changes only)",
            Bump::None => "none (no change visible to SDK users)",
        };
        writeln!(f, "Semver bump needed: {bump}")
    }
}

/// Classifies every change from `old` to `new` (both OpenAPI 3.1 documents).
pub fn diff(old: &Value, new: &Value) -> Report {
    let mut d = Differ {
        old,
        new,
        changes: BTreeSet::new(),
        visited: BTreeSet::new(),
    };
    d.operations();
    d.security_schemes();
    let mut report = Report::default();
    for change in d.changes {
        match change.rule.impact() {
            Impact::Breaking => report.breaking.push(change),
            Impact::Additive => report.additive.push(change),
        }
    }
    report
}

/// Which way a schema's values travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Dir {
    Request,
    Response,
}

/// An operation found in a spec.
struct Op<'a> {
    method: &'static str,
    path: &'a str,
    pointer: String,
    item: &'a Value,
    op: &'a Value,
}

fn operations(doc: &Value) -> BTreeMap<String, Op<'_>> {
    let mut ops = BTreeMap::new();
    for (path, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let key = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| format!("{} {path}", method.to_uppercase()));
            let pointer = format!("/paths/{}/{method}", pointer_escape(path));
            ops.insert(
                key,
                Op {
                    method,
                    path,
                    pointer,
                    item,
                    op,
                },
            );
        }
    }
    ops
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
}

/// A schema with a `null` alternative stripped: the remaining schema and whether null is allowed.
fn strip_null(schema: &Value) -> (Value, bool) {
    let mut schema = schema.clone();
    let mut nullable = false;
    if let Some(types) = schema.get("type").and_then(Value::as_array) {
        let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        if rest.len() < types.len() {
            nullable = true;
            schema["type"] = match rest.as_slice() {
                [one] => one.clone(),
                _ => Value::Array(rest),
            };
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && values.contains(&Value::Null)
    {
        nullable = true;
        let rest: Vec<Value> = values.iter().filter(|v| !v.is_null()).cloned().collect();
        schema["enum"] = Value::Array(rest);
    }
    for key in ["anyOf", "oneOf"] {
        let Some(members) = schema.get(key).and_then(Value::as_array) else {
            continue;
        };
        let rest: Vec<Value> = members
            .iter()
            .filter(|m| m.get("type") != Some(&Value::from("null")))
            .cloned()
            .collect();
        if rest.len() < members.len() {
            nullable = true;
            if let [one] = rest.as_slice() {
                let one = one.clone();
                schema.as_object_mut().expect("schema").remove(key);
                return (merge(schema, one), nullable);
            }
            schema[key] = Value::Array(rest);
        }
    }
    (schema, nullable)
}

/// `base` with `member`'s keys laid over it (for `anyOf: [X, null]` → X).
fn merge(base: Value, member: Value) -> Value {
    let mut out = base;
    if let (Some(out), Value::Object(member)) = (out.as_object_mut(), member) {
        for (k, v) in member {
            out.insert(k, v);
        }
    }
    out
}

/// What makes a value's Rust type: the referenced schema, or the JSON type(s) and format.
fn shape(schema: &Value) -> String {
    if let Some(name) = ref_name(schema) {
        return format!("${name}");
    }
    let ty = match schema.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => {
            let mut ts: Vec<&str> = ts.iter().filter_map(Value::as_str).collect();
            ts.sort_unstable();
            ts.join("|")
        }
        _ if schema.get("properties").is_some() => "object".to_owned(),
        _ => String::new(),
    };
    match schema.get("format").and_then(Value::as_str) {
        Some(format) => format!("{ty}:{format}"),
        None => ty,
    }
}

fn set(value: Option<&Value>) -> BTreeSet<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// Upper bounds (narrowed when lowered or added) and lower bounds (narrowed when raised or added).
const UPPER: [&str; 5] = [
    "maximum",
    "exclusiveMaximum",
    "maxLength",
    "maxItems",
    "maxProperties",
];
const LOWER: [&str; 5] = [
    "minimum",
    "exclusiveMinimum",
    "minLength",
    "minItems",
    "minProperties",
];

struct Differ<'a> {
    old: &'a Value,
    new: &'a Value,
    changes: BTreeSet<Change>,
    visited: BTreeSet<(String, String, Dir)>,
}

impl Differ<'_> {
    fn push(&mut self, rule: Rule, subject: &str, pointer: &str, detail: String) {
        self.changes.insert(Change {
            rule,
            subject: subject.to_owned(),
            pointer: pointer.to_owned(),
            detail,
        });
    }

    fn operations(&mut self) {
        let old_ops = operations(self.old);
        let new_ops = operations(self.new);
        for (id, old) in &old_ops {
            let Some(new) = new_ops.get(id) else {
                self.push(
                    Rule::OperationRemoved,
                    id,
                    &old.pointer,
                    format!("{} {} was removed", old.method.to_uppercase(), old.path),
                );
                continue;
            };
            if old.method != new.method || old.path != new.path {
                self.push(
                    Rule::OperationMoved,
                    id,
                    &new.pointer,
                    format!(
                        "moved from {} {} to {} {}",
                        old.method.to_uppercase(),
                        old.path,
                        new.method.to_uppercase(),
                        new.path
                    ),
                );
            }
            self.operation(id, old, new);
        }
        for (id, new) in &new_ops {
            if !old_ops.contains_key(id) {
                self.push(
                    Rule::OperationAdded,
                    id,
                    &new.pointer,
                    format!("new operation {} {}", new.method.to_uppercase(), new.path),
                );
            }
        }
    }

    fn operation(&mut self, id: &str, old: &Op<'_>, new: &Op<'_>) {
        // Security: the operation's own requirement, or the document's.
        let effective = |doc: &Value, op: &Op<'_>| {
            op.op
                .get("security")
                .or_else(|| doc.get("security"))
                .cloned()
        };
        let (old_security, new_security) = (effective(self.old, old), effective(self.new, new));
        if old_security != new_security {
            let show = |v: &Option<Value>| v.as_ref().map_or("none".to_owned(), Value::to_string);
            self.push(
                Rule::SecurityChanged,
                id,
                &format!("{}/security", new.pointer),
                format!(
                    "security {} became {}",
                    show(&old_security),
                    show(&new_security)
                ),
            );
        }

        let (old_scopes, new_scopes) = (
            set(old.op.get("x-required-scopes")),
            set(new.op.get("x-required-scopes")),
        );
        let at = format!("{}/x-required-scopes", new.pointer);
        for scope in new_scopes.difference(&old_scopes) {
            self.push(
                Rule::ScopesAdded,
                id,
                &at,
                format!("now requires scope {scope}; existing keys may lack it"),
            );
        }
        for scope in old_scopes.difference(&new_scopes) {
            self.push(
                Rule::ScopesRemoved,
                id,
                &at,
                format!("no longer requires scope {scope}"),
            );
        }

        self.parameters(id, old, new);
        self.request_body(id, old, new);
        self.responses(id, old, new);
    }

    /// Parameters keyed by (location, name), with their resolved value and pointer.
    fn parameters_of<'d>(
        doc: &'d Value,
        op: &Op<'d>,
    ) -> BTreeMap<(String, String), (&'d Value, String)> {
        let mut out = BTreeMap::new();
        let path_ptr = op
            .pointer
            .rsplit_once('/')
            .map_or("", |(p, _)| p)
            .to_owned();
        let sources = [(op.item, path_ptr), (op.op, op.pointer.clone())];
        for (holder, holder_ptr) in sources {
            for (i, param) in holder
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let (param, at) = follow_at(doc, param, format!("{holder_ptr}/parameters/{i}"));
                let (Some(location), Some(name)) = (
                    param.get("in").and_then(Value::as_str),
                    param.get("name").and_then(Value::as_str),
                ) else {
                    continue;
                };
                out.insert((location.to_owned(), name.to_owned()), (param, at));
            }
        }
        out
    }

    fn parameters(&mut self, id: &str, old: &Op<'_>, new: &Op<'_>) {
        let old_params = Self::parameters_of(self.old, old);
        let new_params = Self::parameters_of(self.new, new);
        let required = |p: &Value| p.get("required").and_then(Value::as_bool).unwrap_or(false);
        for ((location, name), (param, at)) in &old_params {
            let what = format!("{location} parameter `{name}`");
            let Some((new_param, new_at)) = new_params.get(&(location.clone(), name.clone()))
            else {
                self.push(
                    Rule::ParameterRemoved,
                    id,
                    at,
                    format!("{what} was removed"),
                );
                continue;
            };
            match (required(param), required(new_param)) {
                (false, true) => self.push(
                    Rule::ParameterTurnedRequired,
                    id,
                    new_at,
                    format!("{what} turned required"),
                ),
                (true, false) => self.push(
                    Rule::ParameterTurnedOptional,
                    id,
                    new_at,
                    format!("{what} turned optional"),
                ),
                _ => {}
            }
            if let (Some(old_schema), Some(new_schema)) =
                (param.get("schema"), new_param.get("schema"))
            {
                self.schema(
                    old_schema,
                    new_schema,
                    format!("{at}/schema"),
                    format!("{new_at}/schema"),
                    Dir::Request,
                    &format!("{id}.{name}"),
                );
            }
        }
        for ((location, name), (param, at)) in &new_params {
            if old_params.contains_key(&(location.clone(), name.clone())) {
                continue;
            }
            let (rule, kind) = if required(param) {
                (Rule::ParameterAddedRequired, "required")
            } else {
                (Rule::ParameterAddedOptional, "optional")
            };
            self.push(
                rule,
                id,
                at,
                format!("new {kind} {location} parameter `{name}`"),
            );
        }
    }

    fn request_body(&mut self, id: &str, old: &Op<'_>, new: &Op<'_>) {
        fn body<'d>(doc: &'d Value, op: &Op<'d>) -> Option<(&'d Value, String)> {
            op.op
                .get("requestBody")
                .map(|b| follow_at(doc, b, format!("{}/requestBody", op.pointer)))
        }
        let required = |b: &Value| b.get("required").and_then(Value::as_bool).unwrap_or(false);
        match (body(self.old, old), body(self.new, new)) {
            (Some((old_body, old_at)), Some((new_body, new_at))) => {
                if !required(old_body) && required(new_body) {
                    self.push(
                        Rule::RequestFieldTurnedRequired,
                        id,
                        &format!("{new_at}/required"),
                        "the request body turned required".into(),
                    );
                }
                if let (Some(o), Some(n)) = (json_schema(old_body), json_schema(new_body)) {
                    self.schema(
                        o,
                        n,
                        format!("{old_at}/content/application~1json/schema"),
                        format!("{new_at}/content/application~1json/schema"),
                        Dir::Request,
                        &format!("{id} request body"),
                    );
                }
            }
            (None, Some((new_body, new_at))) => {
                let (rule, kind) = if required(new_body) {
                    (Rule::RequestFieldAddedRequired, "required")
                } else {
                    (Rule::RequestFieldAddedOptional, "optional")
                };
                self.push(rule, id, &new_at, format!("new {kind} request body"));
            }
            (Some((_, old_at)), None) => {
                self.push(
                    Rule::RequestFieldRemoved,
                    id,
                    &old_at,
                    "the request body was removed".into(),
                );
            }
            (None, None) => {}
        }
    }

    fn responses(&mut self, id: &str, old: &Op<'_>, new: &Op<'_>) {
        let success = |op: &Op<'_>| {
            op.op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(code, _)| code.clone())
                .find(|code| code.starts_with('2'))
        };
        let (old_success, new_success) = (success(old), success(new));
        if old_success != new_success {
            self.push(
                Rule::SuccessStatusChanged,
                id,
                &format!("{}/responses", new.pointer),
                format!(
                    "the success status {} became {}",
                    old_success.as_deref().unwrap_or("none"),
                    new_success.as_deref().unwrap_or("none")
                ),
            );
        }
        let Some(old_responses) = old.op.get("responses").and_then(Value::as_object) else {
            return;
        };
        for (status, old_response) in old_responses {
            let Some(new_response) = new.op.get("responses").and_then(|r| r.get(status)) else {
                continue;
            };
            let (old_response, old_at) = follow_at(
                self.old,
                old_response,
                format!("{}/responses/{status}", old.pointer),
            );
            let (new_response, new_at) = follow_at(
                self.new,
                new_response,
                format!("{}/responses/{status}", new.pointer),
            );
            match (json_schema(old_response), json_schema(new_response)) {
                (Some(o), Some(n)) => self.schema(
                    o,
                    n,
                    format!("{old_at}/content/application~1json/schema"),
                    format!("{new_at}/content/application~1json/schema"),
                    Dir::Response,
                    &format!("{id} {status} response"),
                ),
                (Some(_), None) => self.push(
                    Rule::TypeChanged,
                    id,
                    &new_at,
                    format!("the {status} response no longer has a JSON body"),
                ),
                (None, Some(_)) if status.starts_with('2') => self.push(
                    Rule::TypeChanged,
                    id,
                    &new_at,
                    format!("the {status} response now has a JSON body"),
                ),
                _ => {}
            }
        }
    }

    /// Compares two schemas that sit at the same place; `subject` names that place.
    fn schema(
        &mut self,
        old: &Value,
        new: &Value,
        old_at: String,
        new_at: String,
        dir: Dir,
        subject: &str,
    ) {
        if let (Some(o), Some(n)) = (ref_name(old), ref_name(new))
            && o != n
        {
            self.push(
                Rule::TypeChanged,
                subject,
                &new_at,
                format!("type {o} became {n}"),
            );
            return;
        }
        let (old_resolved, old_at) = follow_at(self.old, old, old_at);
        let (new_resolved, new_at) = follow_at(self.new, new, new_at);
        if !self.visited.insert((old_at.clone(), new_at.clone(), dir)) {
            return;
        }
        // Entering a named schema: name the subject after it.
        let subject = match new_at.strip_prefix("/components/schemas/") {
            Some(name) if !name.contains('/') => name.replace("~1", "/").replace("~0", "~"),
            _ => subject.to_owned(),
        };
        let (old_s, old_null) = strip_null(old_resolved);
        let (new_s, new_null) = strip_null(new_resolved);
        let (old_shape, new_shape) = (shape(&old_s), shape(&new_s));
        if old_shape != new_shape {
            self.push(
                Rule::TypeChanged,
                &subject,
                &new_at,
                format!("type {old_shape:?} became {new_shape:?}"),
            );
            return;
        }
        if old_null != new_null {
            let (rule, detail) = match (dir, new_null) {
                (Dir::Request, true) => (Rule::ConstraintWidened, "now also accepts null"),
                (Dir::Request, false) => (Rule::TypeChanged, "no longer accepts null"),
                (Dir::Response, true) => (Rule::TypeChanged, "can now be null"),
                (Dir::Response, false) => (Rule::TypeChanged, "can no longer be null"),
            };
            self.push(rule, &subject, &new_at, detail.into());
        }
        if ref_name(&old_s).is_some() {
            // `anyOf: [$ref, null]`: compare the referenced schemas.
            self.schema(&old_s, &new_s, old_at, new_at, dir, &subject);
            return;
        }
        self.constraints(&old_s, &new_s, &new_at, dir, &subject);
        self.properties(&old_s, &new_s, &old_at, &new_at, dir, &subject);
        for key in ["items", "additionalProperties"] {
            if let (Some(o), Some(n)) = (old_s.get(key), new_s.get(key))
                && o.is_object()
                && n.is_object()
            {
                self.schema(
                    o,
                    n,
                    format!("{old_at}/{key}"),
                    format!("{new_at}/{key}"),
                    dir,
                    &format!("{subject}[]"),
                );
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            let (o, n) = (
                old_s.get(key).and_then(Value::as_array),
                new_s.get(key).and_then(Value::as_array),
            );
            match (o, n) {
                (Some(o), Some(n)) if o.len() == n.len() => {
                    for (i, (o, n)) in o.iter().zip(n).enumerate() {
                        self.schema(
                            o,
                            n,
                            format!("{old_at}/{key}/{i}"),
                            format!("{new_at}/{key}/{i}"),
                            dir,
                            &subject,
                        );
                    }
                }
                (None, None) => {}
                _ => self.push(
                    Rule::TypeChanged,
                    &subject,
                    &new_at,
                    format!("its {key} members changed"),
                ),
            }
        }
    }

    fn properties(
        &mut self,
        old: &Value,
        new: &Value,
        old_at: &str,
        new_at: &str,
        dir: Dir,
        subject: &str,
    ) {
        let props = |s: &Value| {
            s.get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let (old_props, new_props) = (props(old), props(new));
        let (old_req, new_req) = (set(old.get("required")), set(new.get("required")));
        for (name, old_prop) in &old_props {
            let field = format!("{subject}.{name}");
            let old_ptr = format!("{old_at}/properties/{}", pointer_escape(name));
            let Some(new_prop) = new_props.get(name) else {
                let rule = match dir {
                    Dir::Request => Rule::RequestFieldRemoved,
                    Dir::Response => Rule::ResponseFieldRemoved,
                };
                self.push(rule, &field, &old_ptr, "field removed".into());
                continue;
            };
            let new_ptr = format!("{new_at}/properties/{}", pointer_escape(name));
            match (dir, old_req.contains(name), new_req.contains(name)) {
                (Dir::Request, false, true) => self.push(
                    Rule::RequestFieldTurnedRequired,
                    &field,
                    &new_ptr,
                    "turned required".into(),
                ),
                (Dir::Request, true, false) => self.push(
                    Rule::RequestFieldTurnedOptional,
                    &field,
                    &new_ptr,
                    "turned optional".into(),
                ),
                (Dir::Response, was, now) if was != now => self.push(
                    Rule::ResponseFieldOptionalityChanged,
                    &field,
                    &new_ptr,
                    if now {
                        "turned required"
                    } else {
                        "turned optional"
                    }
                    .into(),
                ),
                _ => {}
            }
            self.schema(old_prop, new_prop, old_ptr, new_ptr, dir, &field);
        }
        for name in new_props.keys().filter(|n| !old_props.contains_key(*n)) {
            let field = format!("{subject}.{name}");
            let ptr = format!("{new_at}/properties/{}", pointer_escape(name));
            let (rule, detail) = match (dir, new_req.contains(name)) {
                (Dir::Request, true) => (Rule::RequestFieldAddedRequired, "new required field"),
                (Dir::Request, false) => (Rule::RequestFieldAddedOptional, "new optional field"),
                (Dir::Response, _) => (Rule::ResponseFieldAdded, "new field"),
            };
            self.push(rule, &field, &ptr, detail.into());
        }
    }

    fn constraints(&mut self, old: &Value, new: &Value, at: &str, dir: Dir, subject: &str) {
        let number = |s: &Value, k: &str| s.get(k).and_then(Value::as_f64);
        let show = |v: Option<f64>| v.map_or("none".to_owned(), |v| v.to_string());
        // (narrowed?, what): an upper bound narrows when lowered or added, a lower one when
        // raised or added.
        let mut found: Vec<(bool, String)> = Vec::new();
        for (keys, tighter) in [(&UPPER, -1.0), (&LOWER, 1.0)] {
            for key in keys {
                let (o, n) = (number(old, key), number(new, key));
                let detail = format!("{key} {} became {}", show(o), show(n));
                match (o, n) {
                    (None, Some(_)) => found.push((true, detail)),
                    (Some(_), None) => found.push((false, detail)),
                    (Some(o), Some(n)) if n != o => found.push(((n - o) * tighter > 0.0, detail)),
                    _ => {}
                }
            }
        }
        let pattern = |s: &Value| s.get("pattern").and_then(Value::as_str).map(str::to_owned);
        match (pattern(old), pattern(new)) {
            (None, Some(p)) => found.push((true, format!("pattern {p:?} added"))),
            (Some(o), Some(n)) if o != n => {
                found.push((true, format!("pattern {o:?} became {n:?}")))
            }
            (Some(o), None) => found.push((false, format!("pattern {o:?} removed"))),
            _ => {}
        }
        for (narrowed, detail) in found {
            let rule = match (dir, narrowed) {
                (Dir::Request, true) => Rule::ConstraintNarrowed,
                (Dir::Request, false) => Rule::ConstraintWidened,
                (Dir::Response, _) => Rule::ResponseConstraintChanged,
            };
            self.push(rule, subject, at, detail);
        }

        let (Some(_), Some(_)) = (old.get("enum"), new.get("enum")) else {
            if old.get("enum").is_some() != new.get("enum").is_some() {
                let (rule, detail) = match (dir, new.get("enum").is_some()) {
                    (Dir::Request, true) => (Rule::ConstraintNarrowed, "now restricted to an enum"),
                    (Dir::Request, false) => (Rule::ConstraintWidened, "no longer an enum"),
                    (Dir::Response, _) => (Rule::TypeChanged, "enum-ness changed"),
                };
                self.push(rule, subject, at, detail.into());
            }
            return;
        };
        let (old_values, new_values) = (set(old.get("enum")), set(new.get("enum")));
        for value in old_values.difference(&new_values) {
            let rule = match dir {
                Dir::Request => Rule::RequestEnumValueRemoved,
                Dir::Response => Rule::ResponseEnumValueRemoved,
            };
            self.push(
                rule,
                subject,
                &format!("{at}/enum"),
                format!("value {value:?} removed"),
            );
        }
        for value in new_values.difference(&old_values) {
            let (rule, detail) = match dir {
                Dir::Request => (
                    Rule::RequestEnumValueAdded,
                    format!("value {value:?} added"),
                ),
                Dir::Response => (
                    Rule::ResponseEnumValueAdded,
                    format!("value {value:?} added (older SDKs decode it as Unknown)"),
                ),
            };
            self.push(rule, subject, &format!("{at}/enum"), detail);
        }
    }

    fn security_schemes(&mut self) {
        // Descriptions are prose; everything else in a scheme changes what is sent.
        let schemes = |doc: &Value| {
            let mut schemes = doc
                .pointer("/components/securitySchemes")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            for scheme in schemes.values_mut() {
                if let Some(obj) = scheme.as_object_mut() {
                    obj.remove("description");
                }
            }
            schemes
        };
        let (old, new) = (schemes(self.old), schemes(self.new));
        let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
        for name in names {
            let (o, n) = (old.get(name), new.get(name));
            if o != n {
                let show = |v: Option<&Value>| v.map_or("absent".to_owned(), Value::to_string);
                self.push(
                    Rule::SecurityChanged,
                    name,
                    &format!("/components/securitySchemes/{}", pointer_escape(name)),
                    format!("security scheme {} became {}", show(o), show(n)),
                );
            }
        }
    }
}

/// The `application/json` schema of a request body or response, if any.
fn json_schema(holder: &Value) -> Option<&Value> {
    holder
        .get("content")?
        .get("application/json")?
        .get("schema")
}
