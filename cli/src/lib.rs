//! # talent-ray-cli
//!
//! The `talent-ray` command: every Talent-Ray API operation from the shell, grouped by noun
//! (`talent-ray candidates get ID`), plus `keys audit`, `auth login|status|logout`, a raw `api`
//! escape hatch and shell completions. Built on the SDK's client layer, so retries, the rate
//! limiter, scope checks and key redaction apply to every command.
//!
//! Data goes to stdout (a table on a terminal, JSON otherwise), diagnostics and progress to
//! stderr; the exit code says what went wrong ([`EXIT_CODES_HELP`]).

#![deny(missing_docs)]

mod api;
mod args;
mod audit;
mod auth;
mod check;
mod commands;
mod completion;
mod config;
mod context;
mod error;
mod help;
mod jq;
mod naming;
mod output;
mod schema;
mod stream_all;
mod verbose;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{ArgMatches, Args, Command, FromArgMatches, Subcommand};

pub use config::ENV_CONFIG;
pub use error::{CliError, EXIT_CODES_HELP};
pub use naming::{CommandSpec, commands};

use args::{AuditArgs, AuthCommand, Fixed, Global};
use context::Context;
use output::Output;

const LONG_ABOUT: &str = "\
Every Talent-Ray API operation from the shell.

Commands are grouped by noun; ids in the path are positional (talent-ray candidates get ID),
other parameters are flags, and --body FILE|- takes a JSON body. Data goes to stdout (a table on
a terminal, JSON otherwise); progress and notes go to stderr.

Credentials: --profile NAME (or TALENT_RAY_PROFILE), else TALENT_RAY_API_KEY, else the profile
default stored by talent-ray auth login. Never pass a key on the command line.
Server: --base-url or --instance; else the one the key's own source names (TALENT_RAY_BASE_URL or
TALENT_RAY_INSTANCE for TALENT_RAY_API_KEY, the profile's for a stored key); else
https://app.talent-ray.com. A key is never sent to a server only another source names: when the
environment and the profile disagree, the command is refused until a flag settles it.
Config file: TALENT_RAY_CONFIG, else talent-ray/config.toml in your configuration directory.";

/// The whole command tree: global flags, a noun per API area with a command per operation, and
/// `auth`, `api` and `completion`.
pub fn command() -> Command {
    let root = Command::new("talent-ray")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true);
    let root = Global::augment_args(root);
    let root = commands::add_nouns(root);
    // Last: the derived groups' doc comments would otherwise become the about text.
    Fixed::augment_subcommands(root)
        .about("Every Talent-Ray API operation from the shell")
        .long_about(LONG_ABOUT)
        .after_help(EXIT_CODES_HELP)
}

/// Runs the command line of this process and returns its exit code.
pub fn main() -> ExitCode {
    run(std::env::args_os().collect())
}

/// Runs a command line (the program name first) and returns its exit code.
pub fn run(argv: Vec<OsString>) -> ExitCode {
    let json_errors = wants_json_errors(&argv);
    let matches = match command().try_get_matches_from(&argv) {
        Ok(matches) => matches,
        Err(e) if !e.use_stderr() => {
            // --help and --version; a reader that went away is not an error.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            if json_errors {
                let rendered = e.to_string();
                let first = rendered.lines().next().unwrap_or_default();
                let error = CliError::Usage(first.trim_start_matches("error: ").to_owned());
                return report(&error, true);
            } else {
                let _ = e.print();
            }
            return ExitCode::from(error::EXIT_USAGE);
        }
    };
    let global = match Global::from_arg_matches(&matches) {
        Ok(global) => global,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(error::EXIT_USAGE);
        }
    };
    let leaf = leaf_matches(&matches);
    let flag = |id: &str| leaf.try_get_one::<bool>(id).ok().flatten().copied() == Some(true);
    let mut out = Output::new(global.format, global.quiet);
    out.columns = leaf
        .try_get_many::<String>("columns")
        .ok()
        .flatten()
        .map(|c| c.cloned().collect());
    if let Some(code) = leaf.try_get_one::<String>("jq").ok().flatten() {
        match jq::Filter::new(code) {
            Ok(filter) => out.jq = Some(std::rc::Rc::new(filter)),
            Err(e) => return report(&e, json_errors),
        }
    }
    verbose::install(global.verbose);
    let ctx = Context {
        out,
        dry_run: flag("dry_run"),
        global,
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(error::EXIT_ERROR);
        }
    };
    match runtime.block_on(dispatch(&ctx, &matches)) {
        Ok(()) | Err(CliError::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => report(&e, json_errors),
    }
}

/// Prints a failure on stderr (as JSON when asked for) and returns its exit code.
fn report(e: &CliError, json_errors: bool) -> ExitCode {
    use std::io::Write;
    let text = if json_errors {
        e.to_json().to_string()
    } else {
        format!("error: {e}")
    };
    let _ = writeln!(std::io::stderr().lock(), "{text}");
    ExitCode::from(e.exit_code())
}

/// The matches of the innermost subcommand given (`candidates list` → `list`'s).
fn leaf_matches(matches: &ArgMatches) -> &ArgMatches {
    let mut leaf = matches;
    while let Some((_, sub)) = leaf.subcommand() {
        leaf = sub;
    }
    leaf
}

/// Errors are JSON when `--format json` or `--format ndjson` was asked for.
fn wants_json_errors(argv: &[OsString]) -> bool {
    let args: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().any(|(i, a)| {
        let value = match a.strip_prefix("--format") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        matches!(value, Some("json" | "ndjson"))
    })
}

fn usage(e: clap::Error) -> CliError {
    CliError::Usage(e.to_string())
}

async fn dispatch(ctx: &Context, matches: &ArgMatches) -> Result<(), CliError> {
    let Some((name, sub)) = matches.subcommand() else {
        return Err(CliError::Usage("no command given; see --help".into()));
    };
    if Fixed::has_subcommand(name) {
        return match Fixed::from_arg_matches(matches).map_err(usage)? {
            Fixed::Auth(AuthCommand::Login) => auth::login(ctx).await,
            Fixed::Auth(AuthCommand::Status(_)) => auth::show(ctx).await,
            Fixed::Auth(AuthCommand::Logout) => auth::logout(ctx),
            Fixed::Api(args) => api::run(ctx, &args).await,
            Fixed::Completion(args) => completion::print(args.shell),
        };
    }
    let (verb, leaf) = match sub.subcommand() {
        Some((verb, leaf)) => (Some(verb), leaf),
        None => (None, sub),
    };
    if commands::is_audit(name, verb) {
        let args = AuditArgs::from_arg_matches(leaf).map_err(usage)?;
        return audit::run(ctx, &args).await;
    }
    let op = commands::find(name, verb)
        .ok_or_else(|| CliError::Usage(format!("unknown command {name}")))?;
    commands::run(ctx, op, leaf).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn json_errors_only_when_asked() {
        let argv = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert!(wants_json_errors(&argv("talent-ray me --format json")));
        assert!(wants_json_errors(&argv("talent-ray --format=ndjson me")));
        assert!(!wants_json_errors(&argv("talent-ray me --format table")));
        assert!(!wants_json_errors(&argv("talent-ray me")));
    }
}
