//! Printing results: a table on a terminal, JSON otherwise, or ndjson; data on stdout, notes and
//! progress on stderr.

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use crate::error::{CliError, CliResult};
use crate::jq::Filter;

/// How results are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Columns for people (the default on a terminal).
    Table,
    /// One JSON document (the default when piped).
    #[default]
    Json,
    /// One JSON value per line: list items one by one.
    Ndjson,
}

/// Where and how a command prints.
#[derive(Clone, Default)]
pub struct Output {
    /// The format in force.
    pub format: Format,
    /// Print nothing but data.
    pub quiet: bool,
    /// `--columns`: the table's columns, in this order.
    pub columns: Option<Vec<String>>,
    /// `--jq`: a filter the JSON goes through first.
    pub jq: Option<std::rc::Rc<Filter>>,
    /// The terminal's width, when a table must fit one.
    pub width: Option<usize>,
    /// The fields of the printed items in the spec's property order (after the identifying
    /// ones), for the table's columns.
    pub order: Vec<String>,
}

impl Output {
    /// `format`, or table on a terminal and JSON otherwise.
    pub fn new(format: Option<Format>, quiet: bool) -> Output {
        let terminal = std::io::stdout().is_terminal();
        let format = format.unwrap_or(if terminal {
            Format::Table
        } else {
            Format::Json
        });
        Output {
            format,
            quiet,
            width: terminal_width(terminal),
            ..Output::default()
        }
    }

    /// A diagnostic on stderr, unless `--quiet`. A closed stderr is not worth a panic.
    pub fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
    }

    /// Prints one response body.
    pub fn value(&self, body: &Value) -> CliResult {
        if let Some(filter) = &self.jq {
            return print_lines(&filter.run(body)?);
        }
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
                    self.list_table(items)?
                }
                None => self.object_table(unwrap_envelope(body))?,
            },
        };
        if text.is_empty() {
            return Ok(());
        }
        print_lines(&[text])
    }

    /// A progress indicator on stderr, drawn only when stderr is a terminal and not `--quiet`.
    pub fn progress(&self, unit: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(&format!("{{spinner}} {{pos}}/{{len}} {unit} {{msg}}"))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    }

    /// Starts printing a stream of items (`--all`).
    pub fn stream(&self) -> ItemStream {
        let progress = self.progress("items");
        crate::verbose::watch(&progress);
        ItemStream {
            out: self.clone(),
            progress,
            count: 0,
            rows: Vec::new(),
        }
    }

    /// One row per item: the identifying columns (id, then name or title, then status), then
    /// the rest in the spec's property order, fitted to the terminal; `--columns` picks others.
    pub fn list_table(&self, items: &[Value]) -> CliResult<String> {
        let available = list_columns(items, &self.order);
        let columns = match &self.columns {
            Some(wanted) => pick(wanted, &available)?,
            None => available,
        };
        if columns.is_empty() {
            let rows = items.iter().map(|i| vec![cell(i)]).collect();
            return Ok(render(&["VALUE".to_owned()], rows, self.width));
        }
        let headers: Vec<String> = columns.iter().map(|c| header(c)).collect();
        let rows = items
            .iter()
            .map(|item| {
                columns
                    .iter()
                    .map(|c| cell(field(item, c).unwrap_or(&Value::Null)))
                    .collect()
            })
            .collect();
        Ok(render(&headers, rows, self.width))
    }

    /// Two columns, field and value, with nested objects flattened into dotted names. Values are
    /// never cut: a record (a minted key above all) shows in full.
    pub fn object_table(&self, value: &Value) -> CliResult<String> {
        let mut rows = Vec::new();
        flatten("", value, &mut rows);
        if let Some(wanted) = &self.columns {
            let available: Vec<String> = rows.iter().map(|(name, _)| name.clone()).collect();
            let keep = pick(wanted, &available)?;
            rows.retain(|(name, _)| keep.contains(name));
        }
        let rows = rows.into_iter().map(|(n, v)| vec![n, v]).collect();
        Ok(render(&[], rows, None))
    }
}

/// The width a table must fit: `COLUMNS` when set, else the terminal's when stdout is one.
fn terminal_width(terminal: bool) -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return Some(columns);
    }
    if !terminal {
        return None;
    }
    console::Term::stdout()
        .size_checked()
        .map(|(_rows, columns)| usize::from(columns))
}

/// Writes lines to stdout; a reader that went away ends the command quietly.
pub fn print_lines(lines: &[String]) -> CliResult {
    let mut stdout = std::io::stdout().lock();
    for line in lines {
        writeln!(stdout, "{line}")?;
    }
    stdout.flush()?;
    Ok(())
}

/// Items printed as they arrive: ndjson lines, or one JSON array written piece by piece (both in
/// constant memory); a table is printed at the end.
pub struct ItemStream {
    out: Output,
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
        if let Some(filter) = &self.out.jq {
            // With --jq, the filter runs on each item.
            for line in filter.run(&item)? {
                writeln!(stdout, "{line}")?;
            }
            self.count += 1;
            self.progress.inc(1);
            return Ok(());
        }
        match self.out.format {
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
        crate::verbose::unwatch();
        self.progress.finish_and_clear();
        let mut stdout = std::io::stdout().lock();
        match self.out.format {
            _ if self.out.jq.is_some() => {}
            Format::Ndjson => {}
            Format::Json if self.count == 0 => writeln!(stdout, "[]")?,
            Format::Json => writeln!(stdout, "\n]")?,
            Format::Table if self.rows.is_empty() => self.out.note("(no items)"),
            Format::Table => writeln!(stdout, "{}", self.out.list_table(&self.rows)?)?,
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

/// The columns of a list: every field that is a scalar (or a list of scalars) in some item.
fn list_columns(items: &[Value], order: &[String]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for item in items {
        if let Some(fields) = item.as_object() {
            for (name, value) in fields {
                if is_flat(value) && !seen.contains(name) {
                    seen.push(name.clone());
                }
            }
        }
    }
    let mut columns = Vec::new();
    let take = |name: &str, seen: &mut Vec<String>, columns: &mut Vec<String>| {
        if let Some(i) = seen.iter().position(|c| c == name) {
            columns.push(seen.remove(i));
        }
    };
    take("id", &mut seen, &mut columns);
    if let Some(label) = IDENTIFYING_LABELS
        .iter()
        .find(|l| seen.iter().any(|c| c == *l))
    {
        take(label, &mut seen, &mut columns);
    }
    take("status", &mut seen, &mut columns);
    for name in order {
        take(name, &mut seen, &mut columns);
    }
    columns.extend(seen);
    columns
}

/// The fields that name a record, in order of preference, shown right after its id.
const IDENTIFYING_LABELS: &[&str] = &["name", "fullName", "title", "displayName", "email"];

/// `--columns`: each wanted column matched to an available one by its JSON name or header,
/// in any case and with `-`/`_` ignored (`full-name`, `fullName`, `FULL_NAME`); dotted names
/// reach into objects (`owner.email`).
fn pick(wanted: &[String], available: &[String]) -> CliResult<Vec<String>> {
    let squash = |s: &str| s.replace(['-', '_'], "").to_ascii_lowercase();
    wanted
        .iter()
        .map(|w| {
            if let Some(found) = available.iter().find(|a| squash(a) == squash(w)) {
                return Ok(found.clone());
            }
            if w.contains('.') {
                return Ok(w.clone());
            }
            Err(CliError::Usage(format!(
                "--columns: no column {w:?}; the columns are {}",
                available.join(", ")
            )))
        })
        .collect()
}

/// A field of an item by name, or a dotted path into nested objects.
fn field<'a>(item: &'a Value, name: &str) -> Option<&'a Value> {
    if let Some(value) = item.get(name) {
        return Some(value);
    }
    name.split('.')
        .try_fold(item, |value, part| value.get(part))
}

/// Lays out `rows` under `headers` (none: no header line) in columns two spaces apart. With a
/// `width`, the widest columns are shortened (cells end in `…`) until each line fits, and
/// columns that still do not fit are left off. No line ends in spaces.
pub fn render(headers: &[String], mut rows: Vec<Vec<String>>, width: Option<usize>) -> String {
    let count = rows
        .iter()
        .map(Vec::len)
        .chain([headers.len()])
        .max()
        .unwrap_or(0);
    let length = |s: &str| s.chars().count();
    let mut widths = vec![0; count];
    for row in rows.iter().chain(std::iter::once(&headers.to_vec())) {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(length(cell));
        }
    }
    let mut shown = count;
    if let Some(width) = width {
        let total =
            |widths: &[usize]| widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        while total(&widths[..shown]) > width {
            match (0..shown)
                .filter(|i| widths[*i] > MIN_COLUMN)
                .max_by_key(|i| widths[*i])
            {
                Some(widest) => widths[widest] -= 1,
                None if shown > 1 => shown -= 1,
                None => break,
            }
        }
    }
    let mut lines = Vec::with_capacity(rows.len() + 1);
    let mut line = |cells: &[String]| {
        let mut text = String::new();
        for (i, w) in widths.iter().enumerate().take(shown) {
            let cell = cells.get(i).map(String::as_str).unwrap_or_default();
            if i > 0 {
                text.push_str("  ");
            }
            let cut = shorten(cell, *w);
            let pad = w - length(&cut);
            text.push_str(&cut);
            text.extend(std::iter::repeat_n(' ', pad));
        }
        lines.push(text.trim_end().to_owned());
    };
    if !headers.is_empty() {
        line(headers);
    }
    for row in rows.drain(..) {
        line(&row);
    }
    lines.join("\n")
}

/// Narrowest a column is shortened to before columns are left off.
const MIN_COLUMN: usize = 6;

fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
    short.push('…');
    short
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
        other => rows.push((prefix.to_owned(), cell(other))),
    }
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

fn cell(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            items.iter().map(cell).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    };
    text.replace(['\n', '\r', '\t'], " ")
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
        let out = Output::default();
        let rows =
            [json!({"id": "c1", "fullName": "Ada", "roles": [{"id": "r"}], "tags": ["a", "b"]})];
        let text = out.list_table(&rows).unwrap();
        assert!(text.contains("FULL_NAME") && text.contains("Ada") && text.contains("a, b"));
        assert!(!text.contains("ROLES"), "{text}");
        let text = out
            .object_table(&json!({"user": {"email": "a@b.c"}, "auth": {"scopes": ["x:y"]}, "roles": [{"id": "r"}]}))
            .unwrap();
        assert!(text.contains("(list of 1: see --format json)"), "{text}");
        assert!(
            text.contains("user.email") && text.contains("auth.scopes") && text.contains("x:y")
        );
    }

    #[test]
    fn identifying_columns_come_first_then_the_spec_order() {
        let out = Output {
            order: vec!["email".into(), "phone".into(), "createdAt".into()],
            ..Output::default()
        };
        let rows = [
            json!({"createdAt": "t", "phone": "p", "status": "Active", "email": "e", "id": "c1", "title": "T"}),
        ];
        let text = out.list_table(&rows).unwrap();
        let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
        assert_eq!(
            header,
            ["ID", "TITLE", "STATUS", "EMAIL", "PHONE", "CREATED_AT"]
        );
    }

    #[test]
    fn tables_fit_the_width_with_an_ellipsis_and_no_trailing_spaces() {
        let long = "x".repeat(200);
        let out = Output {
            width: Some(60),
            ..Output::default()
        };
        let rows = [
            json!({"id": "c1", "name": long, "status": "open", "note": long}),
            json!({"id": "c2", "name": "short", "status": "", "note": ""}),
        ];
        let text = out.list_table(&rows).unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= 60, "{line:?}");
            assert_eq!(line, line.trim_end(), "trailing spaces");
        }
        assert!(text.contains('…'), "{text}");
        assert!(text.contains("c1") && text.contains("c2"));
        // Too narrow for every column: the last ones are left off, the id stays.
        let narrow = Output {
            width: Some(12),
            ..Output::default()
        };
        let text = narrow.list_table(&rows).unwrap();
        assert!(text.lines().all(|l| l.chars().count() <= 12), "{text}");
        assert!(text.starts_with("ID"), "{text}");
    }

    #[test]
    fn columns_pick_by_json_name_or_header() {
        let out = Output {
            columns: Some(vec![
                "status".into(),
                "FULL_NAME".into(),
                "owner.email".into(),
            ]),
            ..Output::default()
        };
        let rows =
            [json!({"id": "c1", "fullName": "Ada", "status": "Active", "owner": {"email": "o@x"}})];
        let text = out.list_table(&rows).unwrap();
        assert_eq!(
            text.lines().next().unwrap(),
            "STATUS  FULL_NAME  OWNER.EMAIL"
        );
        assert_eq!(text.lines().nth(1).unwrap(), "Active  Ada        o@x");
        let bad = Output {
            columns: Some(vec!["nope".into()]),
            ..Output::default()
        };
        let e = bad.list_table(&rows).unwrap_err().to_string();
        assert!(e.contains("--columns") && e.contains("fullName"), "{e}");
    }
}
