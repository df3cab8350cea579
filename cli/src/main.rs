//! `talent-ray`: see `talent-ray --help`.

fn main() -> std::process::ExitCode {
    // The SDK's warnings about a shared rate limit falling back go to stderr (RUST_LOG overrides).
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "talent_ray::shared_rate_limit=warn".into()),
        )
        .init();
    talent_ray_cli::main()
}
