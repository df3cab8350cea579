//! One command per API operation, grouped by noun, built at run time from the operation table
//! and the JSON Schemas of each operation's arguments: path parameters are positional, query
//! parameters and simple body fields are flags, `--body FILE|-` takes a whole JSON body. Every
//! command sends through [`talent_ray::Client::call`] (`--dry-run`: [`talent_ray::Client::prepare`]),
//! so there is no per-endpoint request code here.

use std::io::{IsTerminal, Read};

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use serde_json::{Map, Value, json};
use talent_ray::{Operation, Paging, ParamLocation, PreparedRequest};

use crate::args::{AuditArgs, ConfirmArgs, PagingArgs, TimeWindowArgs};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Format;
use crate::paging::{self, Next, Stop};
use crate::schema::{self, Scalar};

/// Where an operation lives on the command line: `talent-ray NOUN [VERB]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// The noun (`candidates`).
    pub noun: &'static str,
    /// The verb (`get`); `None` when the noun is the command (`me`).
    pub verb: Option<&'static str>,
}

const fn at(operation_id: &'static str, noun: &'static str, verb: &'static str) -> CommandSpec {
    CommandSpec {
        operation_id,
        noun,
        verb: Some(verb),
    }
}

/// Every operation's command. A test checks it against [`talent_ray::OPERATIONS`] both ways,
/// so an operation a spec update adds fails CI until it has a place here.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        operation_id: "getMe",
        noun: "me",
        verb: None,
    },
    at("listApiKeys", "keys", "list"),
    at("createApiKey", "keys", "create"),
    at("getApiKeyUsage", "keys", "usage"),
    at("revokeApiKey", "keys", "revoke"),
    at("listCandidates", "candidates", "list"),
    at("getCandidate", "candidates", "get"),
    at("updateCandidate", "candidates", "update"),
    at("getCandidateSteps", "candidates", "steps"),
    at("listRoles", "roles", "list"),
    at("getRole", "roles", "get"),
    at("updateRole", "roles", "update"),
    at("getRoleSteps", "roles", "steps"),
    at("listTests", "tests", "list"),
    at("getTest", "tests", "get"),
    at("updateTest", "tests", "update"),
    at("listPotentialCandidates", "leads", "list"),
    at("getPotentialCandidate", "leads", "get"),
    at("createPotentialCandidate", "leads", "create"),
    at("updatePotentialCandidate", "leads", "update"),
    at("deletePotentialCandidate", "leads", "delete"),
    at("getCvScreeningBatch", "cv-batches", "get"),
    at("getCareerPortal", "portal", "get"),
    at("getPublicJob", "portal", "job"),
    at("applyToPublicJob", "portal", "apply"),
];

/// The nouns, in help order, with their one-line help.
pub const NOUNS: &[(&str, &str)] = &[
    ("me", "The key in use: its owner and scopes"),
    (
        "keys",
        "API keys: mint, list, usage log, revoke, audit (admin)",
    ),
    ("candidates", "Candidates and their pipeline progress"),
    ("roles", "Roles and their pipeline templates"),
    ("tests", "Assessment tests"),
    ("leads", "Potential candidates (sourcing)"),
    ("cv-batches", "CV-screening batches"),
    ("portal", "The public career portal (no key needed)"),
];

/// Flags that commands share; a parameter or body field whose flag would collide gets a
/// prefixed one (`--query-limit`).
const RESERVED: &[&str] = &[
    "all", "limit", "since", "until", "yes", "body", "format", "quiet", "dry-run", "profile",
    "instance", "base-url", "help", "version",
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
}

/// The operation's inputs, in order: path parameters, query parameters, simple body fields.
fn inputs(op: &Operation) -> Vec<Input> {
    let schema = talent_ray::dynamic::input_schema(op.operation_id)
        .and_then(|s| serde_json::to_value(s).ok())
        .unwrap_or(Value::Null);
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
                .and_then(|s| schema::scalar(&schema, s))
                .unwrap_or(Scalar::String);
            inputs.push(Input {
                id: format!("param.{}", p.name),
                long: (location == ParamLocation::Query).then(|| claim(p.name, "query")),
                target: Target::Param(p.name),
                scalar,
                help: p.description.to_owned(),
                required: p.required,
            });
        }
    }
    if let Some(body) = property("body") {
        for field in schema::simple_fields(&schema, body) {
            let mut help = field.description.clone();
            if field.required {
                help.push_str(" [required, here or in --body]");
            }
            inputs.push(Input {
                id: format!("body.{}", field.name),
                long: Some(claim(&field.name, "body")),
                target: Target::BodyField(field.name.clone()),
                scalar: field.scalar,
                help,
                required: false,
            });
        }
    }
    inputs
}

fn kebab(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '_' {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

fn shout(name: &str) -> String {
    kebab(name).replace('-', "_").to_uppercase()
}

fn is_destructive(op: &Operation) -> bool {
    op.http_method == reqwest::Method::DELETE
}

/// The command of one operation.
fn command(op: &'static Operation, name: &'static str) -> Command {
    let scopes = if op.public {
        "none: public, no key is sent".to_owned()
    } else if op.required_scopes.is_empty() {
        "none named (admin endpoints need an admin-owned key)".to_owned()
    } else {
        op.required_scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut long_about = op.summary.to_owned();
    if !op.description.is_empty() {
        long_about.push_str("\n\n");
        long_about.push_str(op.description);
    }
    long_about.push_str(&format!(
        "\n\nSends {} {} ({}). Scopes: {scopes}.",
        op.http_method, op.path, op.operation_id
    ));
    let mut cmd = Command::new(name);
    for input in inputs(op) {
        let mut arg = Arg::new(input.id.clone())
            .help(input.help.clone())
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
            arg = arg.action(ArgAction::Append);
        }
        cmd = cmd.arg(arg);
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
    // After the derived groups, whose doc comments would otherwise become the about text.
    cmd.about(op.summary).long_about(long_about)
}

/// Adds every noun with its operation commands (and `keys audit`) to `root`.
pub fn add_nouns(mut root: Command) -> Command {
    for (noun, about) in NOUNS {
        let specs: Vec<(&CommandSpec, &'static Operation)> = COMMANDS
            .iter()
            .filter(|c| c.noun == *noun)
            .filter_map(|c| Some((c, Operation::find(c.operation_id)?)))
            .collect();
        let mut group = match specs.as_slice() {
            [(CommandSpec { verb: None, .. }, op)] => command(op, noun),
            _ => Command::new(*noun).subcommand_required(true).about(*about),
        };
        for (spec, op) in &specs {
            if let Some(verb) = spec.verb {
                group = group.subcommand(command(op, verb));
            }
        }
        if *noun == "keys" {
            group = group.subcommand(AuditArgs::augment_args(Command::new("audit")).about(
                "One table of every key: owner, scopes, created, last used, expiry, recent \
                 requests, and flags for keys never used, expiring soon or idle",
            ));
        }
        root = root.subcommand(group);
    }
    root
}

/// Finds the operation of `noun [verb]`.
pub fn find(noun: &str, verb: Option<&str>) -> Option<&'static Operation> {
    let spec = COMMANDS
        .iter()
        .find(|c| c.noun == noun && (c.verb.is_none() || c.verb == verb))?;
    Operation::find(spec.operation_id)
}

/// Runs an operation command.
pub async fn run(ctx: &Context, op: &'static Operation, matches: &ArgMatches) -> CliResult {
    let args = arguments(op, matches)?;
    let paging = if op.paging != Paging::None {
        Some(PagingArgs::from_arg_matches(matches).map_err(|e| CliError::Usage(e.to_string()))?)
    } else {
        None
    };
    let window = if op.paging == Paging::Cursor {
        Some(
            TimeWindowArgs::from_arg_matches(matches)
                .map_err(|e| CliError::Usage(e.to_string()))?,
        )
    } else {
        None
    };
    let mut args = args;
    let mut stop = Stop::default();
    if let Some(window) = &window {
        if let Some(until) = &window.until {
            // An RFC 3339 time is sent as written; a date becomes its midnight UTC.
            let parsed = paging::parse_time(until).map_err(CliError::Usage)?;
            let cursor = if chrono::DateTime::parse_from_rfc3339(until).is_ok() {
                until.clone()
            } else {
                parsed.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            };
            args.entry("before").or_insert_with(|| json!(cursor));
        }
        if let Some(since) = &window.since {
            stop.since = Some(paging::parse_time(since).map_err(CliError::Usage)?);
        }
    }
    let args = Value::Object(args);
    let client = ctx.client(!op.public && !ctx.global.dry_run)?;

    if ctx.global.dry_run {
        let prepared = client.prepare(op.operation_id, args).await?;
        return print_prepared(ctx, &prepared);
    }
    if is_destructive(op) {
        let confirm =
            ConfirmArgs::from_arg_matches(matches).map_err(|e| CliError::Usage(e.to_string()))?;
        let target = op
            .parameters
            .iter()
            .filter(|p| p.location == ParamLocation::Path)
            .filter_map(|p| args.get(p.name).and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        confirm_or_refuse(&format!("{} {target}", op.summary), confirm.yes)?;
    }
    let streaming =
        paging.as_ref().is_some_and(|p| p.all || p.limit.is_some()) || stop.since.is_some();
    if streaming {
        stop.limit = paging.and_then(|p| p.limit);
        let mut out = ctx.out.stream();
        let fetch = |next: Option<Next>| {
            let mut args = args.clone();
            match next {
                Some(Next::Page(page)) => args["page"] = json!(page),
                Some(Next::Before(before)) => args["before"] = json!(before),
                None => {}
            }
            let client = client.clone();
            async move { Ok(client.call(op.operation_id, args).await?.body) }
        };
        let result = paging::stream_pages(fetch, stop, &mut out).await;
        let finished = out.finish();
        return result.and(finished);
    }
    let response = client.call(op.operation_id, args).await?;
    if response.body.is_null() {
        ctx.out
            .note(format!("{}: done (HTTP {})", op.summary, response.status));
        return Ok(());
    }
    ctx.out.value(&response.body)
}

/// The arguments object of [`talent_ray::Client::call`] from the command line.
fn arguments(op: &Operation, matches: &ArgMatches) -> CliResult<Map<String, Value>> {
    let mut args = Map::new();
    let mut body = match matches.try_get_one::<String>("body").ok().flatten() {
        Some(source) => Some(read_json(source)?),
        None => None,
    };
    for input in inputs(op) {
        let flag = input.long.clone().unwrap_or_else(|| shout(&input.id));
        let value = if input.scalar == Scalar::StringList {
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
        match input.target {
            Target::Param(name) => {
                args.insert(name.to_owned(), value);
            }
            Target::BodyField(name) => {
                let object = body.get_or_insert_with(|| json!({}));
                let Some(fields) = object.as_object_mut() else {
                    return Err(CliError::Usage(format!(
                        "--{flag} needs --body to be a JSON object"
                    )));
                };
                fields.insert(name, value);
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
    fn every_operation_has_exactly_one_command_and_every_command_an_operation() {
        for op in OPERATIONS {
            let places: Vec<_> = COMMANDS
                .iter()
                .filter(|c| c.operation_id == op.operation_id)
                .collect();
            assert_eq!(
                places.len(),
                1,
                "operation {} needs exactly one command in cli/src/operations.rs COMMANDS",
                op.operation_id
            );
        }
        for spec in COMMANDS {
            assert!(
                Operation::find(spec.operation_id).is_some(),
                "command {spec:?} names an operation the spec does not have"
            );
            assert!(
                NOUNS.iter().any(|(n, _)| *n == spec.noun),
                "{spec:?} has no noun"
            );
        }
        let mut places: Vec<_> = COMMANDS.iter().map(|c| (c.noun, c.verb)).collect();
        places.sort();
        places.dedup();
        assert_eq!(
            places.len(),
            COMMANDS.len(),
            "two operations share a command"
        );
    }

    #[test]
    fn every_command_resolves_back_to_its_operation() {
        let root = add_nouns(Command::new("talent-ray"));
        for spec in COMMANDS {
            let noun = root.find_subcommand(spec.noun).expect("noun exists");
            if let Some(verb) = spec.verb {
                assert!(noun.find_subcommand(verb).is_some(), "{spec:?}");
            }
            assert_eq!(
                find(spec.noun, spec.verb).map(|op| op.operation_id),
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
            let in_path: Vec<_> = op
                .path
                .split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                .map(|name| {
                    Target::Param(op.parameters.iter().find(|p| p.name == name).unwrap().name)
                })
                .collect();
            assert_eq!(positional, in_path, "{}", op.operation_id);
        }
    }

    #[test]
    fn names_are_kebab_and_shouted() {
        assert_eq!(kebab("expiresInDays"), "expires-in-days");
        assert_eq!(shout("orgSlug"), "ORG_SLUG");
    }
}
