//! `talent-ray-sandbox`: serve a local Talent-Ray API on 127.0.0.1 until stopped.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use talent_ray_sandbox::{
    DEFAULT_CANDIDATES, DEFAULT_SEED, OutOfRange, QueryKey, RevokeAgain, SPEC_ANSWER_HEADER,
    Sandbox, Spec, UsageTimestamps,
};

/// Serve a stateful local Talent-Ray API on 127.0.0.1 and print its ready-made keys.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Port to bind on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 4010)]
    port: u16,
    /// Seed of the generated data.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Number of seeded candidates.
    #[arg(long, default_value_t = DEFAULT_CANDIDATES)]
    candidates: usize,
    /// Requests per minute per key.
    #[arg(long, default_value_t = 600, conflicts_with = "no_rate_limit")]
    rate_limit: u32,
    /// Disable rate limiting.
    #[arg(long)]
    no_rate_limit: bool,
    /// Sandbox choice: clamp out-of-range paging parameters instead of answering 400.
    #[arg(long)]
    clamp_out_of_range: bool,
    /// Sandbox choice: ignore a key in the query string when a header carries one.
    #[arg(long)]
    ignore_query_key_beside_header: bool,
    /// Sandbox choice: answer 404 (not 200) to revoking an already revoked key.
    #[arg(long)]
    revoke_again_not_found: bool,
    /// Sandbox choice: unique usage-log timestamps (at least 1 ms apart) instead of the docs'
    /// whole seconds, which repeat within a second.
    #[arg(long)]
    unique_usage_timestamps: bool,
    /// Sandbox choice: leave requests refused with 429 out of the usage log.
    #[arg(long)]
    no_log_rate_limited: bool,
    /// Serve this OpenAPI spec instead of the pinned one the sandbox was built with.
    #[arg(long, value_name = "FILE")]
    spec: Option<PathBuf>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = Args::parse();
    let mut builder = Sandbox::builder();
    if let Some(path) = &args.spec {
        let spec = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| Spec::from_json(&text));
        match spec {
            Ok(spec) => builder = builder.spec(Arc::new(spec)),
            Err(e) => {
                eprintln!("talent-ray-sandbox: cannot read {}: {e}", path.display());
                std::process::exit(1);
            }
        }
    }
    builder = builder
        .port(args.port)
        .seed(args.seed)
        .candidates(args.candidates)
        .log_rate_limited(!args.no_log_rate_limited);
    if args.clamp_out_of_range {
        builder = builder.out_of_range(OutOfRange::Clamp);
    }
    if args.ignore_query_key_beside_header {
        builder = builder.key_in_query(QueryKey::IgnoreBesideHeader);
    }
    if args.revoke_again_not_found {
        builder = builder.revoke_again(RevokeAgain::NotFound);
    }
    if args.unique_usage_timestamps {
        builder = builder.usage_timestamps(UsageTimestamps::Unique);
    }
    builder = if args.no_rate_limit {
        builder.no_rate_limit()
    } else {
        builder.rate_limit(args.rate_limit, Duration::from_secs(60))
    };
    let sandbox = match builder.start().await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!(
                "talent-ray-sandbox: cannot bind 127.0.0.1:{}: {e}",
                args.port
            );
            std::process::exit(1);
        }
    };
    let keys = sandbox.keys();
    let fx = sandbox.fixtures();
    println!("Talent-Ray sandbox listening on {}", sandbox.base_url());
    println!();
    println!("API keys (send as `Authorization: Bearer <key>`):");
    println!("  admin           {}", keys.admin);
    println!("  employer        {}  (every scope)", keys.employer);
    println!("  hiring manager  {}", keys.hiring_manager);
    println!("  no scopes       {}", keys.no_scopes);
    println!(
        "  partial         {}  (candidates:read, roles:read)",
        keys.partial
    );
    println!("  other employer  {}", keys.other_employer);
    println!("  member (no org) {}", keys.member);
    println!();
    println!("Fixtures:");
    println!(
        "  career portal   {}/api/public/portal/{}",
        sandbox.base_url(),
        fx.org_slug
    );
    println!("  organization    {}", fx.employer_org_id);
    println!("  candidate       {}", fx.candidate_id);
    println!("  role            {}", fx.role_id);
    println!("  test            {}", fx.test_id);
    println!("  lead            {}", fx.lead_id);
    println!("  cv batch        {}", fx.batch_id);
    println!();
    let answered = sandbox.spec_answered_operations();
    if !answered.is_empty() {
        println!("Answered from the spec (marked `{SPEC_ANSWER_HEADER}`), not with state:");
        for op in answered {
            println!("  {} ({} {})", op.id, op.method, op.template);
        }
        println!();
    }
    println!("Press Ctrl-C to stop.");
    let _ = tokio::signal::ctrl_c().await;
    drop(sandbox);
}
