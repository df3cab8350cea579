//! One command per API operation, grouped by noun, built at run time from the operation table
//! and the JSON Schemas of each operation's arguments: path parameters are positional, query
//! parameters and simple body fields are flags, `--body FILE|-` takes a whole JSON body. Every
//! command sends through [`talent_ray::Client::call`] (`--dry-run`: [`talent_ray::Client::prepare`]),
//! so there is no per-endpoint request code here.

use std::io::{IsTerminal, Read};

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use serde_json::{Map, Value, json};
use talent_ray::{Operation, Paging, ParamLocation, PreparedRequest};

use crate::args::{AuditArgs, ConfirmArgs, DryRunArgs, PagingArgs, ShapeArgs, TimeWindowArgs};
use crate::check;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::help;
use crate::naming::{self, CommandSpec};
pub use crate::naming::{command_line, kebab};
use crate::output::Format;
use crate::schema::{self, Scalar};
use crate::stream_all::{self, Stop, stream_all};

/// Flags that commands share; a parameter or body field whose flag would collide gets a
/// prefixed one (`--query-limit`).
const RESERVED: &[&str] = &[
    "all", "limit", "since", "until", "yes", "body", "format", "quiet", "verbose", "dry-run",
    "profile", "instance", "base-url", "help", "version", "jq", "columns",
];

/// Where a flag's value goes in the arguments of [`talent_ray::Client::call`].
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Param(&'static str),
    BodyField(String),
}

/// One flag or positional argument of an operation command.
#[derive(Clone, Debug)]
struct Input {
    id: String,
    long: Option<String>,
    target: Target,
    scalar: Scalar,
    help: String,
    required: bool,
    /// A body field that may be sent as null: it also gets `--clear-FIELD`.
    clear: Option<String>,
}

impl Input {
    /// How the command line names it: `--page-size`, or the positional's `ID`.
    fn name(&self) -> String {
        match &self.long {
            Some(long) => format!("--{long}"),
            None => match &self.target {
                Target::Param(name) => shout(name),
                Target::BodyField(name) => shout(name),
            },
        }
    }

    /// Its place in the arguments object, as a JSON pointer.
    fn pointer(&self) -> String {
        let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
        match &self.target {
            Target::Param(name) => format!("/{}", escape(name)),
            Target::BodyField(name) => format!("/body/{}", escape(name)),
        }
    }
}

/// The inputs of a command, as [`check`] names them.
struct Names<'a>(&'a [Input]);

impl check::Names for Names<'_> {
    fn flag(&self, pointer: &str) -> Option<String> {
        self.0
            .iter()
            .find(|i| i.pointer() == pointer)
            .map(Input::name)
    }

    fn body_flags(&self) -> Vec<String> {
        self.0
            .iter()
            .filter(|i| matches!(i.target, Target::BodyField(_)))
            .map(Input::name)
            .collect()
    }
}

/// The operation's inputs, in order: path parameters, query parameters, simple body fields.
fn inputs(op: &'static Operation) -> Vec<Input> {
    let schema = schema::input_schema(op);
    let property = |name: &str| schema.get("properties").and_then(|p| p.get(name));
    let mut inputs = Vec::new();
    let mut taken: Vec<String> = RESERVED.iter().map(|s| s.to_string()).collect();
    let mut claim = |name: &str, prefix: &str| {
        let mut long = kebab(name);
        if taken.contains(&long) {
            long = format!("{prefix}-{long}");
        }
        taken.push(long.clone());
        long
    };
    // Path parameters in the order the path names them, then query parameters.
    let mut ordered: Vec<_> = op.parameters.iter().collect();
    ordered.sort_by_key(|p| match p.location {
        ParamLocation::Path => op.path.find(&format!("{{{}}}", p.name)).unwrap_or(0),
        _ => usize::MAX,
    });
    for location in [ParamLocation::Path, ParamLocation::Query] {
        for p in ordered.iter().filter(|p| p.location == location) {
            let scalar = property(p.name)
                .and_then(schema::scalar)
                .unwrap_or(Scalar::String);
            inputs.push(Input {
                id: format!("param.{}", p.name),
                long: (location == ParamLocation::Query).then(|| claim(p.name, "query")),
                target: Target::Param(p.name),
                scalar,
                help: help::plain(p.description),
                required: p.required,
                clear: None,
            });
        }
    }
    if let Some(body) = property("body") {
        for field in schema::simple_fields(body) {
            let mut help = help::plain(&field.description);
            if field.required {
                help.push_str(" Required (here or in --body).");
            }
            let long = claim(&field.name, "body");
            // Clearing is for a record that exists: an update's nullable fields.
            let updates = matches!(op.http_method.as_str(), "PATCH" | "PUT");
            let clear =
                (updates && field.nullable).then(|| claim(&format!("clear-{long}"), "body"));
            inputs.push(Input {
                id: format!("body.{}", field.name),
                long: Some(long),
                target: Target::BodyField(field.name.clone()),
                scalar: field.scalar,
                help,
                required: false,
                clear,
            });
        }
    }
    inputs
}

fn shout(name: &str) -> String {
    kebab(name).replace('-', "_").to_uppercase()
}

fn is_destructive(op: &Operation) -> bool {
    op.http_method == reqwest::Method::DELETE
}

/// The help of an operation: the spec's summary and description as plain text, then what it
/// sends and the scopes it needs, with no sentence said twice.
fn long_about(op: &Operation) -> String {
    let mut sends = format!("Sends {} {}.", op.http_method, op.path);
    if op.public {
        sends.push_str(" Public: no key is sent.");
    } else if !op.required_scopes.is_empty() {
        let scopes: Vec<&str> = op.required_scopes.iter().map(|s| s.as_str()).collect();
        sends.push_str(&format!(
            " Needs the scope{} {}.",
            if scopes.len() == 1 { "" } else { "s" },
            scopes.join(", ")
        ));
    }
    help::without_repeats(&[help::plain(op.summary), help::plain(op.description), sends])
}

/// The command of one operation.
fn command(op: &'static Operation, name: String) -> Command {
    let mut cmd = Command::new(name);
    for input in inputs(op) {
        let mut help = input.help.clone();
        if input.scalar == Scalar::StringList {
            help.push_str(" Several values: separate them with commas or repeat the flag.");
        }
        let mut arg = Arg::new(input.id.clone())
            .help(help.trim().to_owned())
            .required(input.required)
            .value_name(match &input.target {
                Target::Param(name) => shout(name),
                Target::BodyField(name) => shout(name),
            });
        arg = match &input.long {
            Some(long) => arg.long(long.clone()),
            None => arg,
        };
        if input.scalar == Scalar::StringList {
            arg = arg.action(ArgAction::Append).value_delimiter(',');
        }
        if input.clear.is_some() {
            arg = arg.conflicts_with(format!("clear.{}", input.id));
        }
        cmd = cmd.arg(arg);
        if let (Some(clear), Target::BodyField(field)) = (&input.clear, &input.target) {
            cmd = cmd.arg(
                Arg::new(format!("clear.{}", input.id))
                    .long(clear.clone())
                    .action(ArgAction::SetTrue)
                    .help(format!("Send {field} as null, clearing it.")),
            );
        }
    }
    if op.body.is_some() {
        cmd = cmd.arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE|-")
                .help("The JSON request body from FILE, or - for stdin; field flags override it"),
        );
    }
    if op.paging != Paging::None {
        cmd = PagingArgs::augment_args(cmd);
    }
    if op.paging == Paging::Cursor {
        cmd = TimeWindowArgs::augment_args(cmd);
    }
    if is_destructive(op) {
        cmd = ConfirmArgs::augment_args(cmd);
    }
    cmd = DryRunArgs::augment_args(cmd);
    cmd = ShapeArgs::augment_args(cmd);
    // After the derived groups, whose doc comments would otherwise become the about text.
    cmd.about(help::plain(op.summary))
        .long_about(long_about(op))
}

/// Adds every noun with its operation commands (and `keys audit`) to `root`.
pub fn add_nouns(mut root: Command) -> Command {
    let commands = naming::commands();
    // `keys audit` sits beside the operation that lists keys.
    let audit_noun = commands
        .iter()
        .find(|c| c.operation_id == AUDIT_LISTS)
        .map(|c| c.noun.clone());
    for (noun, about) in naming::nouns() {
        let specs: Vec<(&CommandSpec, &'static Operation)> = commands
            .iter()
            .filter(|c| c.noun == noun)
            .filter_map(|c| Some((c, Operation::find(c.operation_id)?)))
            .collect();
        let mut group = match specs.as_slice() {
            [(CommandSpec { verb: None, .. }, op)] => command(op, noun.clone()),
            _ => Command::new(noun.clone())
                .subcommand_required(true)
                .about(about),
        };
        for (spec, op) in &specs {
            if let Some(verb) = &spec.verb {
                group = group.subcommand(command(op, verb.clone()));
            }
        }
        if audit_noun.as_ref() == Some(&noun) {
            // About after the derived args, whose doc comment would otherwise win.
            let audit = AuditArgs::augment_args(Command::new("audit")).about(
                "One table of every key: owner, scopes, created, last used, expiry, recent \
                 requests, and flags for keys never used, expiring soon or idle",
            );
            group = group.subcommand(audit);
        }
        root = root.subcommand(group);
    }
    root
}

/// The operation `keys audit` lists keys with.
pub const AUDIT_LISTS: &str = "listApiKeys";

/// Finds the operation of `noun [verb]`.
pub fn find(noun: &str, verb: Option<&str>) -> Option<&'static Operation> {
    let spec = naming::commands()
        .iter()
        .find(|c| c.noun == noun && (c.verb.is_none() || c.verb.as_deref() == verb))?;
    Operation::find(spec.operation_id)
}

/// Whether `noun verb` is `keys audit`.
pub fn is_audit(noun: &str, verb: Option<&str>) -> bool {
    verb == Some("audit")
        && naming::commands()
            .iter()
            .any(|c| c.operation_id == AUDIT_LISTS && c.noun == noun)
}

/// Runs an operation command.
pub async fn run(ctx: &Context, op: &'static Operation, matches: &ArgMatches) -> CliResult {
    let inputs = inputs(op);
    let mut args = arguments(&inputs, matches)?;
    let usage = |e: clap::Error| CliError::Usage(e.to_string());
    let paging = if op.paging != Paging::None {
        Some(PagingArgs::from_arg_matches(matches).map_err(usage)?)
    } else {
        None
    };
    let window = if op.paging == Paging::Cursor {
        Some(TimeWindowArgs::from_arg_matches(matches).map_err(usage)?)
    } else {
        None
    };
    let mut stop = Stop::default();
    if let Some(window) = &window {
        if let Some(until) = &window.until {
            // An RFC 3339 time is sent as written; a date becomes its midnight UTC.
            let parsed = stream_all::parse_time(until)
                .map_err(|e| CliError::Usage(format!("--until: {e}")))?;
            let cursor = if chrono::DateTime::parse_from_rfc3339(until).is_ok() {
                until.clone()
            } else {
                parsed.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            };
            if let Some(cursor_param) = schema::cursor_param(op) {
                args.entry(cursor_param).or_insert_with(|| json!(cursor));
            }
        }
        if let Some(since) = &window.since {
            stop.since = Some(
                stream_all::parse_time(since)
                    .map_err(|e| CliError::Usage(format!("--since: {e}")))?,
            );
        }
    }
    let streaming =
        paging.as_ref().is_some_and(|p| p.all || p.limit.is_some()) || stop.since.is_some();
    // --all asks for the largest page the spec allows, unless a page size was given.
    if streaming && let Some((name, max)) = schema::page_size(op) {
        args.entry(name).or_insert_with(|| json!(max));
    }
    if let Some(refusal) = check::check(op, &args, &Names(&inputs)) {
        return Err(CliError::Usage(format!("{refusal}; nothing was sent")));
    }
    let args = Value::Object(args);
    let client = ctx.client(!op.public && !ctx.dry_run)?;

    if ctx.dry_run {
        let prepared = client.prepare(op.operation_id, args).await?;
        return print_prepared(ctx, &prepared);
    }
    let target = naming::path_parameters(op)
        .into_iter()
        .filter_map(|name| args.get(name).and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    if is_destructive(op) {
        let confirm = ConfirmArgs::from_arg_matches(matches).map_err(usage)?;
        confirm_or_refuse(
            &format!("{} {target}", help::plain(op.summary)),
            confirm.yes,
        )?;
    }
    let mut out = ctx.out.clone();
    out.order = schema::item_properties(op);
    if streaming {
        stop.limit = paging.and_then(|p| p.limit);
        let mut items = out.stream();
        let result = stream_all(&client, op, args, stop, &mut items).await;
        let finished = items.finish();
        return result.and(finished);
    }
    let response = client.call(op.operation_id, args).await?;
    if shows_secret_once(op) && out.format == Format::Table && std::io::stderr().is_terminal() {
        out.note(
            "Note: the API returns this secret only now; store it before you close this window.",
        );
    }
    let done = || format!("{} {target}: done.", help::plain(op.summary)).replace("  ", " ");
    if response.body.is_null() {
        out.note(done());
        return Ok(());
    }
    // A write whose answer holds nothing but a success flag: one sentence instead of a table.
    if op.http_method != reqwest::Method::GET
        && out.format == Format::Table
        && out.jq.is_none()
        && is_bare_success(&response.body)
    {
        out.note(done());
        return Ok(());
    }
    out.value(&response.body)
}

/// Whether the operation's documentation says its answer holds a secret shown only this once
/// (a minted API key): a terminal user is told to store it.
fn shows_secret_once(op: &'static Operation) -> bool {
    let text = format!("{} {}", op.description, schema::output_text(op)).to_lowercase();
    ["exactly once", "shown once", "only once", "never again"]
        .iter()
        .any(|phrase| text.contains(phrase))
}

/// `{"success": true}` (perhaps with a message): an answer with no resource in it.
fn is_bare_success(body: &Value) -> bool {
    body.as_object().is_some_and(|fields| {
        fields
            .iter()
            .all(|(k, v)| k == "success" || k == "message" || v.is_null())
    })
}

/// The arguments object of [`talent_ray::Client::call`] from the command line.
fn arguments(inputs: &[Input], matches: &ArgMatches) -> CliResult<Map<String, Value>> {
    let mut args = Map::new();
    let mut body = match matches.try_get_one::<String>("body").ok().flatten() {
        Some(source) => Some(read_json(source)?),
        None => None,
    };
    for input in inputs {
        let flag = input.name();
        let cleared = matches
            .try_get_one::<bool>(&format!("clear.{}", input.id))
            .ok()
            .flatten()
            .copied()
            == Some(true);
        let value = if cleared {
            Some(Value::Null)
        } else if input.scalar == Scalar::StringList {
            matches
                .get_many::<String>(&input.id)
                .map(|values| Value::Array(values.map(|v| json!(v)).collect()))
        } else {
            match matches.get_one::<String>(&input.id) {
                Some(text) => Some(input.scalar.parse(&flag, text).map_err(CliError::Usage)?),
                None => None,
            }
        };
        let Some(value) = value else { continue };
        match &input.target {
            Target::Param(name) => {
                args.insert((*name).to_owned(), value);
            }
            Target::BodyField(name) => {
                let object = body.get_or_insert_with(|| json!({}));
                let Some(fields) = object.as_object_mut() else {
                    return Err(CliError::Usage(format!(
                        "{flag} needs --body to be a JSON object"
                    )));
                };
                fields.insert(name.clone(), value);
            }
        }
    }
    if let Some(body) = body {
        args.insert("body".to_owned(), body);
    }
    Ok(args)
}

/// Reads JSON from a file, or stdin for `-`.
pub fn read_json(source: &str) -> CliResult<Value> {
    let text = if source == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    } else {
        std::fs::read_to_string(source)
            .map_err(|e| CliError::Usage(format!("cannot read {source}: {e}")))?
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError::Usage(format!(
            "{} is not valid JSON: {e}",
            if source == "-" { "stdin" } else { source }
        ))
    })
}

/// Asks on the terminal, or refuses without `--yes` when there is none.
pub fn confirm_or_refuse(action: &str, yes: bool) -> CliResult {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(CliError::Usage(format!(
            "{action}: refusing without --yes (no terminal to confirm on); nothing was sent"
        )));
    }
    eprint!("{action}? [y/N] ");
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CliError::Usage("not confirmed; nothing was sent".into()))
    }
}

/// Prints a request that was not sent.
pub fn print_prepared(ctx: &Context, prepared: &PreparedRequest) -> CliResult {
    let headers: Map<String, Value> = prepared
        .headers
        .iter()
        .map(|(name, value)| (name.clone(), json!(value)))
        .collect();
    let value = json!({
        "method": prepared.method.as_str(),
        "url": prepared.url,
        "headers": headers,
        "body": prepared.body,
    });
    print_request(ctx, &value)
}

/// Prints a request (`method`, `url`, `headers`, `body`) as text on a table format, else JSON.
pub fn print_request(ctx: &Context, request: &Value) -> CliResult {
    use std::io::Write;
    let text = match ctx.out.format {
        Format::Json => serde_json::to_string_pretty(request).unwrap_or_default(),
        Format::Ndjson => request.to_string(),
        Format::Table => {
            let mut text = format!(
                "{} {}",
                request["method"].as_str().unwrap_or_default(),
                request["url"].as_str().unwrap_or_default()
            );
            if let Some(headers) = request["headers"].as_object() {
                for (name, value) in headers {
                    text.push_str(&format!("\n{name}: {}", value.as_str().unwrap_or_default()));
                }
            }
            if !request["body"].is_null() {
                text.push_str("\n\n");
                text.push_str(&serde_json::to_string_pretty(&request["body"]).unwrap_or_default());
            }
            text
        }
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{text}")?;
    ctx.out.note("(dry run: nothing was sent)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_ray::OPERATIONS;

    #[test]
    fn every_command_resolves_back_to_its_operation() {
        let root = add_nouns(Command::new("talent-ray"));
        for spec in naming::commands() {
            let noun = root.find_subcommand(&spec.noun).expect("noun exists");
            if let Some(verb) = &spec.verb {
                assert!(noun.find_subcommand(verb).is_some(), "{spec:?}");
            }
            assert_eq!(
                find(&spec.noun, spec.verb.as_deref()).map(|op| op.operation_id),
                Some(spec.operation_id)
            );
        }
    }

    #[test]
    fn path_parameters_are_positional_in_path_order() {
        for op in OPERATIONS {
            let positional: Vec<_> = inputs(op)
                .into_iter()
                .filter(|i| i.long.is_none())
                .map(|i| i.target)
                .collect();
            let in_path: Vec<_> = naming::path_parameters(op)
                .into_iter()
                .map(Target::Param)
                .collect();
            assert_eq!(positional, in_path, "{}", op.operation_id);
        }
    }

    #[test]
    fn help_says_no_sentence_twice_and_shows_no_markdown() {
        for op in OPERATIONS {
            let text = long_about(op);
            assert!(!text.contains("**") && !text.contains('`'), "{text}");
            let mut sentences: Vec<&str> = text
                .split(['.', '\n'])
                .map(str::trim)
                .filter(|s| s.len() > 12)
                .collect();
            let all = sentences.len();
            sentences.sort();
            sentences.dedup();
            assert_eq!(sentences.len(), all, "{}: {text}", op.operation_id);
        }
    }

    #[test]
    fn names_are_shouted() {
        assert_eq!(shout("orgSlug"), "ORG_SLUG");
    }
}
