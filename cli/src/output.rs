//! Printing results: a table on a terminal, JSON otherwise, or ndjson; data on stdout, notes and
//! progress on stderr.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use crate::error::CliResult;

/// How results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Columns for people (the default on a terminal).
    Table,
    /// One JSON document (the default when piped).
    Json,
    /// One JSON value per line: list items one by one.
    Ndjson,
}

/// Where and how a command prints.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    /// The format in force.
    pub format: Format,
    /// Print nothing but data.
    pub quiet: bool,
}

/// Widest table cell before it is shortened with `…`.
const MAX_CELL: usize = 48;

impl Output {
    /// `format`, or table on a terminal and JSON otherwise.
    pub fn new(format: Option<Format>, quiet: bool) -> Output {
        let format = format.unwrap_or(if std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Json
        });
        Output { format, quiet }
    }

    /// A diagnostic on stderr, unless `--quiet`.
    pub fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Prints one response body.
    pub fn value(&self, body: &Value) -> CliResult {
        let text = match self.format {
            Format::Json => serde_json::to_string_pretty(body).unwrap_or_default(),
            Format::Ndjson => match items(body) {
                Some(items) => items
                    .iter()
                    .map(|item| item.to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
                None => body.to_string(),
            },
            Format::Table => match items(body) {
                Some(items) => {
                    if let Some(note) = page_note(body) {
                        self.note(note);
                    }
                    if items.is_empty() {
                        self.note("(no items)");
                        return Ok(());
                    }
                    list_table(items)
                }
                None => object_table(unwrap_envelope(body)),
            },
        };
        if text.is_empty() {
            return Ok(());
        }
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{text}")?;
        stdout.flush()?;
        Ok(())
    }

    /// A progress indicator on stderr, drawn only when stderr is a terminal and not `--quiet`.
    pub fn progress(&self, unit: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(&format!("{{spinner}} {{pos}}/{{len}} {unit}"))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    }

    /// Starts printing a stream of items (`--all`).
    pub fn stream(&self) -> ItemStream {
        ItemStream {
            format: self.format,
            progress: self.progress("items"),
            count: 0,
            rows: Vec::new(),
        }
    }
}

/// Items printed as they arrive: ndjson lines, or one JSON array written piece by piece (both in
/// constant memory); a table is printed at the end.
pub struct ItemStream {
    format: Format,
    progress: ProgressBar,
    count: u64,
    rows: Vec<Value>,
}

impl ItemStream {
    /// Items printed so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Tells the progress indicator how many items to expect.
    pub fn expect_total(&self, total: u64) {
        self.progress.set_length(total);
    }

    /// Prints (or, for a table, keeps) one item.
    pub fn push(&mut self, item: Value) -> CliResult {
        let mut stdout = std::io::stdout().lock();
        match self.format {
            Format::Ndjson => writeln!(stdout, "{item}")?,
            Format::Json if self.count == 0 => write!(stdout, "[\n  {item}")?,
            Format::Json => write!(stdout, ",\n  {item}")?,
            Format::Table => self.rows.push(item),
        }
        self.count += 1;
        self.progress.inc(1);
        Ok(())
    }

    /// Closes the document (the JSON array, or the table).
    pub fn finish(self) -> CliResult {
        self.progress.finish_and_clear();
        let mut stdout = std::io::stdout().lock();
        match self.format {
            Format::Ndjson => {}
            Format::Json if self.count == 0 => writeln!(stdout, "[]")?,
            Format::Json => writeln!(stdout, "\n]")?,
            Format::Table if self.rows.is_empty() => eprintln!("(no items)"),
            Format::Table => writeln!(stdout, "{}", list_table(&self.rows))?,
        }
        stdout.flush()?;
        Ok(())
    }
}

/// The list inside a response: `data` when it is an array, or the one array inside `data`
/// (the usage log's `data.rows`).
pub fn items(body: &Value) -> Option<&Vec<Value>> {
    match body.get("data")? {
        Value::Array(items) => Some(items),
        Value::Object(fields) => {
            let mut arrays = fields.values().filter_map(Value::as_array);
            match (arrays.next(), arrays.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The `pagination` object of a response, at the top or inside `data`.
pub fn pagination(body: &Value) -> Option<&Value> {
    body.get("pagination")
        .or_else(|| body.get("data").and_then(|d| d.get("pagination")))
        .filter(|p| p.is_object())
}

fn page_note(body: &Value) -> Option<String> {
    let p = pagination(body)?;
    if let (Some(page), Some(pages)) = (
        p.get("page").and_then(Value::as_u64),
        p.get("totalPages").and_then(Value::as_u64),
    ) {
        let total = p.get("totalCount").and_then(Value::as_u64).unwrap_or(0);
        return (pages > 1).then(|| {
            format!(
                "page {} of {pages} ({total} items); --all for every page",
                page + 1
            )
        });
    }
    (p.get("hasMore") == Some(&Value::Bool(true)))
        .then(|| "more rows exist; --all for every page".to_owned())
}

/// `{ "success": true, "data": {…} }` → the data.
fn unwrap_envelope(body: &Value) -> &Value {
    match body.as_object() {
        Some(fields)
            if fields.get("data").is_some_and(Value::is_object)
                && fields.keys().all(|k| k == "data" || k == "success") =>
        {
            &body["data"]
        }
        _ => body,
    }
}

/// One row per item; a column for every scalar (or list of scalars) field, in first-seen order.
pub fn list_table(items: &[Value]) -> String {
    let mut columns: Vec<&str> = Vec::new();
    for item in items {
        if let Some(fields) = item.as_object() {
            for (name, value) in fields {
                if is_flat(value) && !columns.contains(&name.as_str()) {
                    columns.push(name);
                }
            }
        }
    }
    let mut table = new_table();
    if columns.is_empty() {
        table.set_header(["VALUE"]);
        for item in items {
            table.add_row([cell(item, MAX_CELL)]);
        }
    } else {
        table.set_header(columns.iter().map(|c| header(c)));
        for item in items {
            table.add_row(
                columns
                    .iter()
                    .map(|c| cell(item.get(*c).unwrap_or(&Value::Null), MAX_CELL)),
            );
        }
    }
    table.to_string()
}

/// Two columns, field and value, with nested objects flattened into dotted names.
pub fn object_table(value: &Value) -> String {
    let mut rows = Vec::new();
    flatten("", value, &mut rows);
    let mut table = new_table();
    for (name, value) in rows {
        table.add_row([name, value]);
    }
    table.to_string()
}

fn flatten(prefix: &str, value: &Value, rows: &mut Vec<(String, String)>) {
    match value {
        Value::Object(fields) => {
            for (name, value) in fields {
                let name = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                flatten(&name, value, rows);
            }
        }
        Value::Array(items) if !is_flat(value) => rows.push((
            prefix.to_owned(),
            format!("(list of {}: see --format json)", items.len()),
        )),
        // Full values: a minted key, shown once, must not be cut.
        other => rows.push((prefix.to_owned(), cell(other, usize::MAX))),
    }
}

fn new_table() -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING);
    table
}

fn header(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn is_flat(value: &Value) -> bool {
    match value {
        Value::Object(_) => false,
        Value::Array(items) => items.iter().all(|i| !i.is_object() && !i.is_array()),
        _ => true,
    }
}

fn cell(value: &Value, max: usize) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => items
            .iter()
            .map(|i| cell(i, usize::MAX))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    };
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > max {
        let short: String = text.chars().take(max - 1).collect();
        format!("{short}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn items_are_found_in_both_list_shapes() {
        assert_eq!(items(&json!({"data": [1, 2]})).map(Vec::len), Some(2));
        let usage = json!({"data": {"key": {}, "rows": [1], "pagination": {"hasMore": false}}});
        assert_eq!(items(&usage).map(Vec::len), Some(1));
        assert!(items(&json!({"id": "x"})).is_none());
        assert!(pagination(&usage).is_some());
    }

    #[test]
    fn tables_show_flat_fields() {
        let rows =
            [json!({"id": "c1", "fullName": "Ada", "roles": [{"id": "r"}], "tags": ["a", "b"]})];
        let text = list_table(&rows);
        assert!(text.contains("FULL_NAME") && text.contains("Ada") && text.contains("a, b"));
        assert!(!text.contains("ROLES"), "{text}");
        let text = object_table(
            &json!({"user": {"email": "a@b.c"}, "auth": {"scopes": ["x:y"]}, "roles": [{"id": "r"}]}),
        );
        assert!(text.contains("(list of 1: see --format json)"), "{text}");
        assert!(
            text.contains("user.email") && text.contains("auth.scopes") && text.contains("x:y")
        );
    }
}
