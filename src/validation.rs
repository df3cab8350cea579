//! Checks every request against the spec's request schemas before it is sent.
//!
//! The generated request types take plain values; the spec's constraints (`minLength`,
//! `maxLength`, `pattern`, `minimum`/`maximum`, `minProperties`, formats such as `email` and
//! `date-time`, required fields and parameters) are enforced here, on the very body and URL about
//! to be sent. Codegen compiles the spec's request schemas into the [`Schema`] statics and the
//! table of every operation's checks (`requests.rs` in `OUT_DIR`); this module walks them. A
//! violation is [`crate::Error::InvalidRequest`] naming where (`body /fullName`, `query parameter
//! limit`) and the rule (`minLength`); nothing is sent, and the value is never echoed.
//! String enums are not checked: the SDK's enums are open, so a value newer than the pinned spec
//! is sent as given.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde_json::Value;

use crate::Operation;

include!(concat!(env!("OUT_DIR"), "/requests.rs"));

/// Type bits of [`Schema::types`] (the order JSON Schema validators list types in).
const NULL: u8 = 1;
const BOOLEAN: u8 = 1 << 1;
const INTEGER: u8 = 1 << 2;
const NUMBER: u8 = 1 << 3;
const STRING: u8 = 1 << 4;
const ARRAY: u8 = 1 << 5;
const OBJECT: u8 = 1 << 6;
const TYPE_NAMES: [(u8, &str); 7] = [
    (NULL, "null"),
    (BOOLEAN, "boolean"),
    (INTEGER, "integer"),
    (NUMBER, "number"),
    (STRING, "string"),
    (ARRAY, "array"),
    (OBJECT, "object"),
];

/// One operation's checks: its parameters and its JSON body.
struct OperationChecks {
    operation_id: &'static str,
    parameters: &'static [ParameterChecks],
    body: Option<&'static Schema>,
}

impl OperationChecks {
    /// The generated checks of the operation `operation_id`.
    fn of(operation_id: &str) -> Option<&'static OperationChecks> {
        OPERATION_CHECKS
            .iter()
            .find(|c| c.operation_id == operation_id)
    }
}

/// One query or path parameter.
struct ParameterChecks {
    name: &'static str,
    /// `query`, `path` (other locations are not checked).
    location: &'static str,
    required: bool,
    schema: &'static Schema,
}

/// A numeric limit and its spelling in the spec (for the message).
#[derive(Clone, Copy)]
struct Limit {
    value: f64,
    text: &'static str,
}

/// A `format` the SDK checks (the generated checks name those the spec uses).
#[derive(Clone, Copy)]
#[allow(dead_code)]
enum Format {
    DateTime,
    Date,
    Time,
    Email,
    Uri,
    Uuid,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Self::DateTime => "date-time",
            Self::Date => "date",
            Self::Time => "time",
            Self::Email => "email",
            Self::Uri => "uri",
            Self::Uuid => "uuid",
        }
    }

    fn accepts(self, text: &str) -> bool {
        match self {
            Self::DateTime => formats::date_time(text),
            Self::Date => formats::date(text),
            Self::Time => formats::time(text),
            Self::Email => formats::email(text),
            Self::Uri => formats::uri(text),
            Self::Uuid => formats::uuid(text),
        }
    }
}

/// A `pattern`, compiled (ECMAScript syntax, as JSON Schema has it) on first use.
struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regress::Regex>>,
}

impl Pattern {
    #[allow(dead_code)] // used by the generated checks when a request schema has a pattern
    const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// Whether `text` matches; a pattern the engine cannot compile checks nothing.
    fn accepts(&self, text: &str) -> bool {
        let compiled = self.compiled.get_or_init(|| {
            regress::Regex::new(self.source)
                .inspect_err(|e| {
                    tracing::warn!(pattern = self.source, error = %e, "request pattern not checked")
                })
                .ok()
        });
        compiled.as_ref().is_none_or(|re| re.find(text).is_some())
    }
}

/// One JSON Schema of the spec's requests, as codegen compiled it; `ANY` accepts everything.
struct Schema {
    never: bool,
    reference: Option<&'static Schema>,
    /// Bits of the allowed types; 0 allows any.
    types: u8,
    /// The allowed values, as JSON text (string enums are left out by codegen: they are open).
    enumeration: Option<&'static [&'static str]>,
    constant: Option<&'static str>,
    min_length: Option<u64>,
    max_length: Option<u64>,
    pattern: Option<&'static Pattern>,
    format: Option<Format>,
    minimum: Option<Limit>,
    maximum: Option<Limit>,
    exclusive_minimum: Option<Limit>,
    exclusive_maximum: Option<Limit>,
    multiple_of: Option<Limit>,
    required: &'static [&'static str],
    min_properties: Option<u64>,
    max_properties: Option<u64>,
    properties: &'static [(&'static str, &'static Schema)],
    additional_properties: Option<&'static Schema>,
    items: Option<&'static Schema>,
    min_items: Option<u64>,
    max_items: Option<u64>,
    unique_items: bool,
    all_of: &'static [&'static Schema],
    any_of: &'static [&'static Schema],
    one_of: &'static [&'static Schema],
    /// The `not` schema, and its JSON text for the message.
    not: Option<(&'static Schema, &'static str)>,
}

impl Schema {
    const ANY: Schema = Schema {
        never: false,
        reference: None,
        types: 0,
        enumeration: None,
        constant: None,
        min_length: None,
        max_length: None,
        pattern: None,
        format: None,
        minimum: None,
        maximum: None,
        exclusive_minimum: None,
        exclusive_maximum: None,
        multiple_of: None,
        required: &[],
        min_properties: None,
        max_properties: None,
        properties: &[],
        additional_properties: None,
        items: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        all_of: &[],
        any_of: &[],
        one_of: &[],
        not: None,
    };
}

/// Where the arguments of [`Client::call`](crate::Client::call) break the spec's request
/// schemas: the first problem found, checked before anything is built or sent.
///
/// Parameters come first, in the spec's order, then the body. Like every check of this crate it
/// never carries the value itself.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ArgumentProblem {
    /// The JSON pointer into the arguments object (`/pageSize`, `/body/fullName`); for a missing
    /// value, where it belongs.
    pub pointer: String,
    /// The JSON Schema keyword the value breaks (`required`, `minLength`, `format`, …); a field
    /// the schema forbids is `falseSchema`.
    pub rule: &'static str,
    /// What is wrong, in the validator's words (`value is shorter than 1 character`).
    pub message: String,
}

impl std::fmt::Display for ArgumentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(""))
    }
}

impl std::error::Error for ArgumentProblem {}

impl ArgumentProblem {
    /// `"{place} {pointer}: {message} ({rule})"`, the message of [`crate::Error::InvalidRequest`].
    pub(crate) fn describe(&self, place: &str) -> String {
        message(place, &self.pointer, &self.message, self.rule)
    }
}

/// `"{place} {path}: {what} ({rule})"`, leaving out what is empty of the place and path.
fn message(place: &str, path: &str, what: &str, rule: &str) -> String {
    let at = match (place, path.is_empty()) {
        (place, true) => place.to_owned(),
        ("", false) => path.to_owned(),
        (place, false) => format!("{place} {path}"),
    };
    format!("{at}: {what} ({rule})")
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn type_bit(value: &Value) -> u8 {
    match value {
        Value::Null => NULL,
        Value::Bool(_) => BOOLEAN,
        Value::Number(n) if n.is_i64() || n.is_u64() => INTEGER,
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => INTEGER,
        Value::Number(_) => NUMBER,
        Value::String(_) => STRING,
        Value::Array(_) => ARRAY,
        Value::Object(_) => OBJECT,
    }
}

/// Whether the value's type is one of `types` (an integer is a number too).
fn type_allowed(types: u8, value: &Value) -> bool {
    let bit = type_bit(value);
    types == 0 || types & bit != 0 || (bit == INTEGER && types & NUMBER != 0)
}

/// JSON equality as JSON Schema has it: numbers by value (`1` equals `1.0`).
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => match (x.as_u64(), y.as_u64()) {
                (Some(x), Some(y)) => x == y,
                _ => x.as_f64() == y.as_f64(),
            },
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| equal(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w)))
        }
        _ => a == b,
    }
}

fn literal(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// A numeric limit, when it is broken, its words in the message and its keyword.
type Bound = (
    Option<Limit>,
    fn(f64, f64) -> bool,
    &'static str,
    &'static str,
);

/// The first way `value` (at `path`) breaks `schema`, if any.
fn first_violation(schema: &Schema, value: &Value, path: &str) -> Option<ArgumentProblem> {
    let fail = |message: String, rule: &'static str| {
        Some(ArgumentProblem {
            pointer: path.to_owned(),
            rule,
            message,
        })
    };
    if schema.never {
        return fail("False schema does not allow value".into(), "falseSchema");
    }
    if let Some(target) = schema.reference
        && let Some(v) = first_violation(target, value, path)
    {
        return Some(v);
    }
    if !type_allowed(schema.types, value) {
        let names: Vec<&str> = TYPE_NAMES
            .iter()
            .filter(|(bit, _)| schema.types & bit != 0)
            .map(|(_, name)| *name)
            .collect();
        let what = match names.as_slice() {
            [one] => format!(r#"value is not of type "{one}""#),
            many => format!(
                "value is not of types {}",
                many.iter()
                    .map(|n| format!(r#""{n}""#))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return fail(what, "type");
    }
    if let Some(options) = schema.enumeration
        && !options.iter().any(|o| equal(&literal(o), value))
    {
        let mut what = String::from("value is not one of ");
        for (i, option) in options.iter().enumerate() {
            let sep = match i {
                0 => "",
                i if i == options.len() - 1 => " or ",
                _ => ", ",
            };
            let _ = write!(what, "{sep}{}", literal(option));
        }
        return fail(what, "enum");
    }
    if let Some(expected) = schema.constant
        && !equal(&literal(expected), value)
    {
        return fail(format!("{} was expected", literal(expected)), "const");
    }
    match value {
        Value::String(text) => {
            let chars = text.chars().count() as u64;
            if let Some(n) = schema.min_length
                && chars < n
            {
                let what = format!(
                    "value is shorter than {}",
                    plural(n, "character", "characters")
                );
                return fail(what, "minLength");
            }
            if let Some(n) = schema.max_length
                && chars > n
            {
                let what = format!(
                    "value is longer than {}",
                    plural(n, "character", "characters")
                );
                return fail(what, "maxLength");
            }
            if let Some(pattern) = schema.pattern
                && !pattern.accepts(text)
            {
                return fail(
                    format!(r#"value does not match "{}""#, pattern.source),
                    "pattern",
                );
            }
            if let Some(format) = schema.format
                && !format.accepts(text)
            {
                return fail(format!(r#"value is not a "{}""#, format.name()), "format");
            }
        }
        Value::Number(number) => {
            let n = number.as_f64().unwrap_or(f64::NAN);
            let checks: [Bound; 4] = [
                (
                    schema.minimum,
                    |n, l| n < l,
                    "is less than the minimum of",
                    "minimum",
                ),
                (
                    schema.maximum,
                    |n, l| n > l,
                    "is greater than the maximum of",
                    "maximum",
                ),
                (
                    schema.exclusive_minimum,
                    |n, l| n <= l,
                    "is less than or equal to the minimum of",
                    "exclusiveMinimum",
                ),
                (
                    schema.exclusive_maximum,
                    |n, l| n >= l,
                    "is greater than or equal to the maximum of",
                    "exclusiveMaximum",
                ),
            ];
            for (limit, breaks, words, rule) in checks {
                if let Some(limit) = limit
                    && breaks(n, limit.value)
                {
                    return fail(format!("value {words} {}", limit.text), rule);
                }
            }
            if let Some(limit) = schema.multiple_of {
                let quotient = n / limit.value;
                if !quotient.is_finite() || quotient.fract() != 0.0 {
                    return fail(
                        format!("value is not a multiple of {}", limit.text),
                        "multipleOf",
                    );
                }
            }
        }
        Value::Object(object) => {
            for name in schema.required {
                if !object.contains_key(*name) {
                    return Some(ArgumentProblem {
                        pointer: format!("{path}/{}", escape(name)),
                        rule: "required",
                        message: "no value supplied".into(),
                    });
                }
            }
            let count = object.len() as u64;
            if let Some(n) = schema.min_properties
                && count < n
            {
                let what = format!(
                    "value has less than {}",
                    plural(n, "property", "properties")
                );
                return fail(what, "minProperties");
            }
            if let Some(n) = schema.max_properties
                && count > n
            {
                let what = format!(
                    "value has more than {}",
                    plural(n, "property", "properties")
                );
                return fail(what, "maxProperties");
            }
            for (name, item) in object {
                let declared = schema.properties.iter().find(|(n, _)| n == name);
                let sub = match declared {
                    Some((_, sub)) => *sub,
                    None => match schema.additional_properties {
                        Some(sub) => sub,
                        None => continue,
                    },
                };
                let item_path = format!("{path}/{}", escape(name));
                if let Some(v) = first_violation(sub, item, &item_path) {
                    return Some(v);
                }
            }
        }
        Value::Array(items) => {
            let count = items.len() as u64;
            if let Some(n) = schema.min_items
                && count < n
            {
                return fail(
                    format!("value has less than {}", plural(n, "item", "items")),
                    "minItems",
                );
            }
            if let Some(n) = schema.max_items
                && count > n
            {
                return fail(
                    format!("value has more than {}", plural(n, "item", "items")),
                    "maxItems",
                );
            }
            if schema.unique_items
                && items
                    .iter()
                    .enumerate()
                    .any(|(i, a)| items[..i].iter().any(|b| equal(a, b)))
            {
                return fail("value has non-unique elements".into(), "uniqueItems");
            }
            if let Some(sub) = schema.items {
                for (i, item) in items.iter().enumerate() {
                    if let Some(v) = first_violation(sub, item, &format!("{path}/{i}")) {
                        return Some(v);
                    }
                }
            }
        }
        Value::Null | Value::Bool(_) => {}
    }
    for sub in schema.all_of {
        if let Some(v) = first_violation(sub, value, path) {
            return Some(v);
        }
    }
    let valid = |sub: &Schema| first_violation(sub, value, path).is_none();
    if !schema.any_of.is_empty() && !schema.any_of.iter().any(|s| valid(s)) {
        let what = "value is not valid under any of the schemas listed in the 'anyOf' keyword";
        return fail(what.into(), "anyOf");
    }
    if !schema.one_of.is_empty() {
        match schema.one_of.iter().filter(|s| valid(s)).count() {
            1 => {}
            0 => {
                let what =
                    "value is not valid under any of the schemas listed in the 'oneOf' keyword";
                return fail(what.into(), "oneOf");
            }
            _ => {
                let what = "value is valid under more than one of the schemas listed in the 'oneOf' keyword";
                return fail(what.into(), "oneOf");
            }
        }
    }
    if let Some((not, text)) = schema.not
        && first_violation(not, value, path).is_none()
    {
        return fail(format!("{text} is not allowed for value"), "not");
    }
    None
}

/// A query or path value as JSON of the type its schema expects, so `limit=0` is checked as the
/// number 0; left a string when it does not parse (and the type check then names it).
fn typed(raw: &str, schema: &Schema) -> Value {
    let types = schema.types | schema.reference.map_or(0, |r| r.types);
    let parsed = if types & (INTEGER | NUMBER) != 0 {
        serde_json::from_str::<serde_json::Number>(raw)
            .ok()
            .map(Value::Number)
    } else if types & BOOLEAN != 0 {
        raw.parse::<bool>().ok().map(Value::Bool)
    } else {
        None
    };
    parsed.unwrap_or_else(|| Value::String(raw.to_owned()))
}

/// The values of the template's `{name}` segments in `url`'s path (the template is matched
/// against the path's last segments, so a base URL with a path prefix works).
fn path_values(template: &str, url: &url::Url) -> HashMap<String, String> {
    let wanted: Vec<&str> = template.trim_matches('/').split('/').collect();
    let actual: Vec<&str> = url.path().trim_matches('/').split('/').collect();
    let mut out = HashMap::new();
    let Some(start) = actual.len().checked_sub(wanted.len()) else {
        return out;
    };
    for (pattern, value) in wanted.iter().zip(&actual[start..]) {
        if let Some(name) = pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            let decoded = percent_decode(value);
            out.insert(name.to_owned(), decoded);
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("v={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Why `request` may not be sent as `op`, if it breaks the spec's request schemas.
pub(crate) fn check(op: &Operation, request: &reqwest::Request) -> Result<(), String> {
    let Some(checks) = OperationChecks::of(op.operation_id) else {
        return Ok(());
    };
    let path_values = path_values(op.path, request.url());
    for param in checks.parameters {
        let place = format!("{} parameter {}", param.location, param.name);
        let values: Vec<String> = match param.location {
            "query" => request
                .url()
                .query_pairs()
                .filter(|(k, _)| k == param.name)
                .map(|(_, v)| v.into_owned())
                .collect(),
            "path" => path_values.get(param.name).cloned().into_iter().collect(),
            _ => continue,
        };
        if values.is_empty() && param.required {
            return Err(format!("{place}: no value supplied (required)"));
        }
        for raw in values {
            let value = typed(&raw, param.schema);
            if let Some(problem) = first_violation(param.schema, &value, "") {
                return Err(problem.describe(&place));
            }
        }
    }
    if let Some(schema) = checks.body
        && let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes)
    {
        let body: Value =
            serde_json::from_slice(bytes).map_err(|e| format!("body: not JSON ({e}) (type)"))?;
        if let Some(problem) = first_violation(schema, &body, "") {
            return Err(problem.describe("body"));
        }
    }
    Ok(())
}

impl Operation {
    /// Checks an arguments object for [`Client::call`](crate::Client::call) (each parameter
    /// under its spec name, the body under `body`) against the spec's request schemas: required
    /// parameters and body, and every constraint the SDK checks on the wire. Arguments the
    /// operation does not take are left to [`Client::call`](crate::Client::call), which refuses
    /// them.
    ///
    /// ```
    /// use serde_json::json;
    /// let op = talent_ray::Operation::find("updateCandidate").unwrap();
    /// let problem = op.check_arguments(json!({"id": "cand_1"}).as_object().unwrap()).unwrap_err();
    /// assert_eq!((problem.pointer.as_str(), problem.rule), ("/body", "required"));
    /// let args = op.example_args().as_object().unwrap();
    /// assert_eq!(op.check_arguments(args), Ok(()));
    /// ```
    pub fn check_arguments(
        &self,
        args: &serde_json::Map<String, Value>,
    ) -> Result<(), ArgumentProblem> {
        let required = |pointer: String| ArgumentProblem {
            pointer,
            rule: "required",
            message: "no value supplied".into(),
        };
        let Some(checks) = OperationChecks::of(self.operation_id) else {
            return Ok(());
        };
        for param in checks.parameters {
            let pointer = format!("/{}", escape(param.name));
            let problem = match args.get(param.name) {
                None if param.required => Some(required(pointer)),
                None => None,
                Some(value) => first_violation(param.schema, value, &pointer),
            };
            if let Some(problem) = problem {
                return Err(problem);
            }
        }
        match (args.get("body"), self.body) {
            (None, Some(body)) if body.required => Err(required("/body".into())),
            (Some(body), _) => checks
                .body
                .and_then(|schema| first_violation(schema, body, "/body"))
                .map_or(Ok(()), Err),
            _ => Ok(()),
        }
    }
}

/// The `format` checks, following RFC 3339 (`date-time`, `date`, `time`), RFC 5321 mailboxes
/// (`email`), RFC 3986 (`uri`) and RFC 4122 (`uuid`) as JSON Schema validators apply them.
mod formats {
    fn digits(text: &str) -> Option<u32> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    }

    /// `YYYY-MM-DD`, a real day of the Gregorian calendar.
    pub(super) fn date(text: &str) -> bool {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let (Some(year), Some(month), Some(day)) =
            (digits(&text[..4]), digits(&text[5..7]), digits(&text[8..]))
        else {
            return false;
        };
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&day)
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`; a leap second only at 23:59 UTC.
    pub(super) fn time(text: &str) -> bool {
        let b = text.as_bytes();
        if b.len() < 9 || b[2] != b':' || b[5] != b':' || !text.is_char_boundary(8) {
            return false;
        }
        let (Some(hour), Some(minute), Some(second)) =
            (digits(&text[..2]), digits(&text[3..5]), digits(&text[6..8]))
        else {
            return false;
        };
        if hour > 23 || minute > 59 || second > 60 {
            return false;
        }
        let mut rest = &text[8..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let end = fraction
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(fraction.len());
            if end == 0 {
                return false;
            }
            rest = &fraction[end..];
        }
        let utc_minutes = match rest.as_bytes().first() {
            Some(b'Z' | b'z') if rest.len() == 1 => (hour * 60 + minute) as i64,
            Some(sign @ (b'+' | b'-')) if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                let (Some(oh), Some(om)) = (digits(&rest[1..3]), digits(&rest[4..6])) else {
                    return false;
                };
                if oh > 23 || om > 59 {
                    return false;
                }
                let offset = (oh * 60 + om) as i64;
                let local = (hour * 60 + minute) as i64;
                if *sign == b'+' {
                    local - offset
                } else {
                    local + offset
                }
            }
            _ => return false,
        };
        second != 60 || utc_minutes.rem_euclid(24 * 60) == 23 * 60 + 59
    }

    /// `date "T" time` (either case of the `T`).
    pub(super) fn date_time(text: &str) -> bool {
        match text.find(['T', 't']) {
            Some(at) => date(&text[..at]) && time(&text[at + 1..]),
            None => false,
        }
    }

    fn hostname(text: &str) -> bool {
        let text = text.strip_suffix('.').unwrap_or(text);
        !text.is_empty()
            && text.len() <= 253
            && text.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    }

    /// `local@domain`: a dot-atom or quoted local part (at most 64 bytes) and a host name or an
    /// address literal.
    pub(super) fn email(text: &str) -> bool {
        let Some(at) = text.rfind('@') else {
            return false;
        };
        let (local, domain) = (&text[..at], &text[at + 1..]);
        let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
        let local_ok = if local.len() >= 2 && local.starts_with('"') && local.ends_with('"') {
            let inner = &local[1..local.len() - 1];
            let mut escaped = false;
            inner.chars().all(|c| {
                if escaped {
                    escaped = false;
                    c.is_ascii() && c != '\r' && c != '\n'
                } else if c == '\\' {
                    escaped = true;
                    true
                } else {
                    c.is_ascii() && c != '"' && c != '\r' && c != '\n'
                }
            }) && !escaped
        } else {
            !local.is_empty()
                && local
                    .split('.')
                    .all(|atom| !atom.is_empty() && atom.chars().all(atext))
        };
        if !local_ok || local.len() > 64 {
            return false;
        }
        match domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
            Some(literal) => match literal.get(..5) {
                Some(tag) if tag.eq_ignore_ascii_case("IPv6:") => {
                    literal[5..].parse::<std::net::Ipv6Addr>().is_ok()
                }
                _ => literal.parse::<std::net::Ipv4Addr>().is_ok(),
            },
            None => hostname(domain),
        }
    }

    /// An absolute URI: a scheme, `:`, then only characters RFC 3986 allows, with well-formed
    /// percent escapes.
    pub(super) fn uri(text: &str) -> bool {
        let Some(colon) = text.find(':') else {
            return false;
        };
        let scheme = &text[..colon];
        let scheme_ok = scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        let rest = &text.as_bytes()[colon + 1..];
        let mut i = 0;
        while i < rest.len() {
            let b = rest[i];
            if b == b'%' {
                if !(rest.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && rest.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
                {
                    return false;
                }
                i += 3;
                continue;
            }
            if !(b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)) {
                return false;
            }
            i += 1;
        }
        scheme_ok
    }

    /// `8-4-4-4-12` hexadecimal digits.
    pub(super) fn uuid(text: &str) -> bool {
        let groups: Vec<&str> = text.split('-').collect();
        groups.len() == 5
            && groups
                .iter()
                .zip([8, 4, 4, 4, 12])
                .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_and_path_values_are_typed_and_decoded() {
        let integer = Schema {
            types: INTEGER,
            ..Schema::ANY
        };
        let boolean = Schema {
            types: BOOLEAN | NULL,
            ..Schema::ANY
        };
        let string = Schema {
            types: STRING,
            ..Schema::ANY
        };
        assert_eq!(typed("0", &integer), json!(0));
        assert_eq!(typed("x", &integer), json!("x"));
        assert_eq!(typed("true", &boolean), json!(true));
        assert_eq!(typed("7", &string), json!("7"));
        let url = url::Url::parse("http://h/prefix/api/v1/x/a%2Fb%20c/steps").unwrap();
        let values = path_values("/api/v1/x/{id}/steps", &url);
        assert_eq!(values["id"], "a/b c");
    }

    #[test]
    fn a_violation_names_the_place_the_path_and_the_rule_without_the_value() {
        static CODE: Pattern = Pattern::new("^[A-Z]{3}$");
        static NAME: Schema = Schema {
            types: STRING,
            min_length: Some(1),
            ..Schema::ANY
        };
        static WHEN: Schema = Schema {
            types: STRING,
            format: Some(Format::DateTime),
            ..Schema::ANY
        };
        static CODE_SCHEMA: Schema = Schema {
            types: STRING,
            pattern: Some(&CODE),
            ..Schema::ANY
        };
        static OBJECT_SCHEMA: Schema = Schema {
            types: OBJECT,
            required: &["name"],
            properties: &[("name", &NAME), ("when", &WHEN), ("code", &CODE_SCHEMA)],
            ..Schema::ANY
        };
        let first = |value: Value| {
            first_violation(&OBJECT_SCHEMA, &value, "")
                .expect("a violation")
                .describe("body")
        };
        assert_eq!(first(json!({})), "body /name: no value supplied (required)");
        let secret = "s3cr3t-value";
        for (value, rule) in [
            (json!({"name": ""}), "(minLength)"),
            (json!({"name": "a", "when": secret}), "(format)"),
            (json!({"name": "a", "code": secret}), "(pattern)"),
        ] {
            let message = first(value);
            assert!(message.ends_with(rule), "{message}");
            assert!(!message.contains(secret), "{message}");
        }
        assert!(first(json!({"name": "a", "when": "yesterday"})).starts_with("body /when: "));
        assert!(
            first_violation(&OBJECT_SCHEMA, &json!({"name": "a", "code": "ABC"}), "").is_none()
        );
    }
}

#[cfg(test)]
#[path = "validation_oracle.rs"]
mod oracle;
