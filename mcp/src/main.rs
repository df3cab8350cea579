//! `talent-ray-mcp`: the Talent-Ray API as MCP tools over stdio. Logs go to stderr only.

use std::process::ExitCode;

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
            let scopes: Vec<&str> = entry.operation.required_scopes.iter().map(|s| s.as_str()).collect();
            println!("{}\t{}\t{}", entry.name(), entry.toolsets.join(","), scopes.join(","));
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
    let client = talent_ray::Client::from_env().map_err(|e| e.to_string())?;
    let server = TalentRayMcp::start(client, options).await.map_err(|e| e.to_string())?;
    let running = server
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| format!("cannot start serving: {e}"))?;
    running.waiting().await.map_err(|e| e.to_string())?;
    Ok(())
}
