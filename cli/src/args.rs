//! The hand-written parts of the command line (clap derive): global flags, list and confirmation
//! flags shared by the operation commands, and the `auth`, `api`, `completion` and `keys audit`
//! commands. The operation commands themselves are built from the spec in [`crate::commands`].

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::output::Format;

/// Flags every command takes.
#[derive(Args, Clone, Debug, Default)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Use this stored profile [default: TALENT_RAY_API_KEY if set, else the profile `default`].
    #[arg(
        long,
        global = true,
        env = "TALENT_RAY_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,
    /// Talk to https://NAME.talent-ray.com.
    #[arg(long, global = true, value_name = "NAME")]
    pub instance: Option<String>,
    /// Talk to this base URL (wins over --instance), e.g. http://127.0.0.1:4010 for the sandbox.
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Print nothing but data: no progress, notes or prompts.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print every attempt of every request on stderr: method, path, status, duration, and
    /// each wait before a retry with its reason (never a key or a body).
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// How a command that prints data shapes it.
#[derive(Args, Clone, Debug, Default)]
#[command(next_help_heading = "Output options")]
pub struct ShapeArgs {
    /// Filter the JSON through a jq expression and print each result on its own line (strings
    /// without quotes), e.g. --jq '.data[].id'. With --all, the filter runs on each item.
    #[arg(long, value_name = "EXPR")]
    pub jq: Option<String>,
    /// The table's columns, in this order, by JSON name or header (id,fullName,status or
    /// ID,FULL_NAME); dotted names reach into objects (owner.email). Several values: separate
    /// them with commas or repeat the flag.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub columns: Vec<String>,
}

/// `--dry-run`, on the commands that send requests.
#[derive(Args, Clone, Debug, Default)]
pub struct DryRunArgs {
    /// Print the request that would be sent (the key redacted) and send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Flags of every list.
#[derive(Args, Clone, Debug, Default)]
pub struct PagingArgs {
    /// Fetch every page, streaming: ndjson one item per line, json one array. Asks for the
    /// largest page the API allows unless the page size is given.
    #[arg(long)]
    pub all: bool,
    /// Stop after N items (implies --all).
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Flags of a cursor-paged log (newest first).
#[derive(Args, Clone, Debug, Default)]
pub struct TimeWindowArgs {
    /// Only rows at or after TIME (RFC 3339, or a date).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only rows before TIME (RFC 3339, or a date): sent as the `before` cursor.
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

/// The confirmation flag of a destructive command.
#[derive(Args, Clone, Debug, Default)]
pub struct ConfirmArgs {
    /// Do not ask for confirmation (required when stdin is not a terminal).
    #[arg(short, long)]
    pub yes: bool,
}

/// The commands that are not one API operation each.
#[derive(Subcommand, Debug)]
pub enum Fixed {
    /// Store, show or remove the API key of a profile.
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Call any documented path with the same auth, retries and rate limit.
    Api(ApiArgs),
    /// Print a shell completion script.
    Completion(CompletionArgs),
}

/// `auth` subcommands.
#[derive(Subcommand, Debug)]
pub enum AuthCommand {
    /// Store an API key in a profile (mode 0600). The key is read from stdin or a hidden prompt,
    /// never from the command line, and checked against /api/v1/me first.
    Login,
    /// Show the profile, server, key id and scopes in use (never the key).
    Status(ShapeArgs),
    /// Remove a profile's stored key.
    Logout,
}

/// `api METHOD PATH`.
#[derive(Args, Debug)]
pub struct ApiArgs {
    /// HTTP method (GET, POST, PATCH, DELETE).
    pub method: String,
    /// A documented path with its ids filled in, and an optional query
    /// (`/api/v1/candidates/cand_1`, `/api/v1/roles?status=open`).
    pub path: String,
    /// KEY=VALUE: a query parameter (GET, DELETE) or a body field (POST, PATCH, PUT). Numbers,
    /// true, false and null are sent typed; anything else as a string. Repeat the flag for
    /// several fields.
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// The JSON body from FILE, or - for stdin.
    #[arg(long, value_name = "FILE|-")]
    pub input: Option<String>,
    /// Follow every page (offset or cursor) and stream the items.
    #[arg(long)]
    pub paginate: bool,
    /// Stop after N items (implies --paginate).
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub shape: ShapeArgs,
}

/// `completion SHELL`.
#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `keys audit`.
#[derive(Args, Clone, Debug)]
pub struct AuditArgs {
    /// Count each key's requests over the last DAYS days.
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub window: u32,
    /// Flag keys that expire within DAYS days.
    #[arg(long, value_name = "DAYS", default_value_t = 14)]
    pub expiring_within: u32,
    /// Flag keys not used for DAYS days.
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub unused_for: u32,
    /// Also write the report as JSON to FILE (for a ticket).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub shape: ShapeArgs,
}
