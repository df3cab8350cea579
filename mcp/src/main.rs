//! `talent-ray-mcp`: the Talent-Ray API as MCP tools, over stdio for one key, or over
//! Streamable HTTP where each caller brings their own. Logs go to stderr only.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use rmcp::ServiceExt;
use talent_ray_mcp::failure::sentence;
use talent_ray_mcp::remote::{MCP_PATH, Remote};
use talent_ray_mcp::selection::Selection;
use talent_ray_mcp::{Options, TalentRayMcp, catalog, logging};

/// Serve the Talent-Ray API as MCP tools.
///
/// Over stdio (the default) the key comes from TALENT_RAY_API_KEY (never from the command line).
/// With --http, the server holds no key: each HTTP request carries its caller's key as
/// `Authorization: Bearer tr_…`. The API's address comes from TALENT_RAY_BASE_URL or
/// TALENT_RAY_INSTANCE.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(flatten)]
    options: Options,

    /// Serve MCP over Streamable HTTP at http://ADDR/mcp instead of stdio. ADDR is `host:port`,
    /// or a port alone for 127.0.0.1 (loopback unless told otherwise).
    #[arg(long, value_name = "ADDR", value_parser = parse_addr)]
    http: Option<SocketAddr>,

    /// With --http: the `Host` names (or `host:port`) requests may carry, e.g. mcp.example.com
    /// behind a proxy. Default: localhost, 127.0.0.1, ::1.
    #[arg(
        long,
        env = "TALENT_RAY_MCP_ALLOWED_HOSTS",
        value_delimiter = ',',
        requires = "http"
    )]
    allowed_hosts: Vec<String>,

    /// Print the tools the options let through, with their toolsets and what they need, then
    /// exit (needs no key; the key's scopes and role narrow the list further when serving).
    #[arg(long)]
    list_tools: bool,
}

/// The longest `Retry-After` a tool call rides out; a longer wait comes back to the model as an
/// error result saying how long to wait, instead of a call that hangs.
const LONGEST_WAIT: Duration = Duration::from_secs(10);

fn parse_addr(text: &str) -> Result<SocketAddr, String> {
    if let Ok(port) = text.parse::<u16>() {
        return Ok(SocketAddr::from((Ipv4Addr::LOCALHOST, port)));
    }
    text.parse()
        .map_err(|_| format!("{text:?} is neither host:port (an IP address) nor a port"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init();
    if cli.list_tools {
        return list_tools(cli.options);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => return fail(&format!("cannot start the runtime: {e}")),
    };
    let served = match cli.http {
        Some(addr) => runtime.block_on(serve_http(cli.options, addr, cli.allowed_hosts)),
        None => runtime.block_on(serve_stdio(cli.options)),
    };
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("talent-ray-mcp: {}.", sentence(message));
    ExitCode::FAILURE
}

/// The tools the options let through, checked as the server checks them, as a table.
fn list_tools(options: Options) -> ExitCode {
    let selection = match Selection::new(options) {
        Ok(selection) => selection,
        Err(e) => return fail(&e.to_string()),
    };
    println!("TOOL\tTOOLSETS\tACCESS");
    let mut listed = 0;
    for entry in catalog::all().iter().filter(|e| selection.allows(e)) {
        println!(
            "{}\t{}\t{}",
            entry.name(),
            entry.toolsets.join(","),
            catalog::access_needed(entry)
        );
        listed += 1;
    }
    eprintln!(
        "{listed} of {} tools pass the options; a key's scopes and its owner's role narrow them further.",
        catalog::all().len()
    );
    ExitCode::SUCCESS
}

fn client_builder() -> talent_ray::ClientBuilder {
    talent_ray::Client::builder()
        .from_env()
        .retry(talent_ray::RetryPolicy::default().max_retry_after(LONGEST_WAIT))
}

async fn serve_stdio(options: Options) -> Result<(), String> {
    let key_set = std::env::var(talent_ray::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty());
    if !key_set {
        return Err(format!("{} is not set", talent_ray::ENV_API_KEY));
    }
    let client = client_builder().build().map_err(|e| e.to_string())?;
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

async fn serve_http(
    options: Options,
    addr: SocketAddr,
    allowed_hosts: Vec<String>,
) -> Result<(), String> {
    if std::env::var(talent_ray::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty()) {
        return Err(format!(
            "with --http the server holds no key of its own (each request brings its caller's); unset {}",
            talent_ray::ENV_API_KEY
        ));
    }
    // The API's address is checked once, before serving.
    client_builder().build().map_err(|e| e.to_string())?;
    let remote = Remote::new(options, |key| {
        client_builder().api_key(key.expose_secret()).build()
    })
    .map_err(|e| e.to_string())?
    .allowed_hosts(allowed_hosts);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%local, path = MCP_PATH, "talent-ray-mcp serving Streamable HTTP");
    eprintln!("talent-ray-mcp: serving MCP at http://{local}{MCP_PATH}");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    remote
        .serve(listener, shutdown)
        .await
        .map_err(|e| format!("the HTTP server stopped: {e}"))
}
