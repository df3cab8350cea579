//! `talent-ray-mcp`: the Talent-Ray API as MCP tools over stdio. Logs go to stderr only.

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use rmcp::ServiceExt;
use talent_ray_mcp::{Options, TalentRayMcp, catalog};

/// Serve the Talent-Ray API as MCP tools over stdio.
///
/// The key comes from TALENT_RAY_API_KEY (never from the command line), the API from
/// TALENT_RAY_BASE_URL or TALENT_RAY_INSTANCE.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(flatten)]
    options: Options,

    /// Print every tool with its toolsets and scopes, then exit (needs no key).
    #[arg(long)]
    list_tools: bool,
}

/// The longest `Retry-After` a tool call rides out; a longer wait comes back to the model as an
/// error result saying how long to wait, instead of a call that hangs.
const LONGEST_WAIT: Duration = Duration::from_secs(10);

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "warn,talent_ray_mcp=info".into()),
        )
        .init();
    if cli.list_tools {
        for entry in catalog::all() {
            let op = entry.operation;
            let access = if op.public {
                "public".to_owned()
            } else if entry.admin_only {
                "admin role".to_owned()
            } else {
                let scopes: Vec<&str> = op.required_scopes.iter().map(|s| s.as_str()).collect();
                scopes.join(",")
            };
            println!("{}\t{}\t{access}", entry.name(), entry.toolsets.join(","));
        }
        return ExitCode::SUCCESS;
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => return fail(&format!("cannot start the runtime: {e}")),
    };
    match runtime.block_on(run(cli.options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("talent-ray-mcp: {message}");
    ExitCode::FAILURE
}

async fn run(options: Options) -> Result<(), String> {
    let key_set = std::env::var(talent_ray::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty());
    if !key_set {
        return Err(format!("{} is not set", talent_ray::ENV_API_KEY));
    }
    let client = talent_ray::Client::builder()
        .from_env()
        .retry(talent_ray::RetryPolicy::default().max_retry_after(LONGEST_WAIT))
        .build()
        .map_err(|e| e.to_string())?;
    let server = TalentRayMcp::start(client, options)
        .await
        .map_err(|e| e.to_string())?;
    let running = server
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| format!("cannot start serving: {e}"))?;
    running.waiting().await.map_err(|e| e.to_string())?;
    Ok(())
}
