//! Log lines that carry no secret and no personal data, at any level.
//!
//! Other crates log more than we may: rmcp dumps every JSON-RPC message in full at `debug` and
//! `trace` (tool arguments and results, so minted keys, emails and phone numbers), and an HTTP
//! stack's `trace` output can show request headers. So whatever `RUST_LOG` asks for, events and
//! spans of any crate but this one and the SDK are let through at `info` and above only
//! ([`allowed`]). The two crates of our own never log an argument value, a result body or a key.

use tracing::{Level, Metadata};
use tracing_subscriber::filter::{EnvFilter, FilterExt, filter_fn};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::{Layer, Registry};

/// The level used when `RUST_LOG` is unset or invalid.
pub const DEFAULT_DIRECTIVES: &str = "warn,talent_ray_mcp=info";

/// The crates whose every log line is written by us, with no value in it: the server and the SDK.
const OWN_CRATES: &[&str] = &["talent_ray_mcp", "talent_ray"];

/// Whether a span or event may be written at all, before `RUST_LOG` is consulted: ours at any
/// level, every other crate's at `info`, `warn` and `error` only.
pub fn allowed(metadata: &Metadata<'_>) -> bool {
    let target = metadata.target();
    let crate_name = target.split("::").next().unwrap_or(target);
    OWN_CRATES.contains(&crate_name) || *metadata.level() <= Level::INFO
}

/// A subscriber writing plain-text lines to `writer`, at the levels `directives` (the syntax of
/// `RUST_LOG`) ask for, and never a line [`allowed`] refuses.
pub fn subscriber<W>(writer: W, directives: EnvFilter) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(false)
        .with_filter(directives.and(filter_fn(allowed)));
    Registry::default().with(layer)
}

/// Installs [`subscriber`] on stderr with `RUST_LOG`'s directives (else [`DEFAULT_DIRECTIVES`]).
pub fn init() {
    let directives =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_DIRECTIVES));
    let _ = tracing::subscriber::set_global_default(subscriber(std::io::stderr, directives));
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// Collects everything written, for the tests.
    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Capture {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'w> MakeWriter<'w> for Capture {
        type Writer = Capture;
        fn make_writer(&'w self) -> Capture {
            self.clone()
        }
    }

    #[test]
    fn other_crates_debug_and_trace_are_dropped_even_when_asked_for() {
        let capture = Capture::default();
        let subscriber = subscriber(capture.clone(), EnvFilter::new("trace"));
        tracing::subscriber::with_default(subscriber, || {
            tracing::debug!(target: "rmcp::service", result = "SECRET-DEBUG", "response message");
            tracing::trace!(target: "rmcp::transport", message = "SECRET-TRACE");
            tracing::trace!(target: "hyper::proto::h1", "SECRET-HEADERS");
            tracing::info!(target: "rmcp::handler::server", "client initialized");
            tracing::trace!(target: "talent_ray_mcp::server", "own trace line");
            tracing::debug!(target: "talent_ray", "sdk debug line");
        });
        let written = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
        assert!(!written.contains("SECRET"), "{written}");
        for kept in ["client initialized", "own trace line", "sdk debug line"] {
            assert!(written.contains(kept), "{kept} is missing: {written}");
        }
    }

    #[test]
    fn a_crate_whose_name_starts_like_ours_is_not_ours() {
        let capture = Capture::default();
        let subscriber = subscriber(capture.clone(), EnvFilter::new("trace"));
        tracing::subscriber::with_default(subscriber, || {
            tracing::debug!(target: "talent_ray_mcp_plugin", "SECRET");
            tracing::debug!(target: "talent_rays", "SECRET");
        });
        assert!(capture.0.lock().unwrap().is_empty());
    }

    #[test]
    fn the_directives_still_narrow() {
        let capture = Capture::default();
        let subscriber = subscriber(capture.clone(), EnvFilter::new("warn"));
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(target: "talent_ray_mcp", "quiet");
            tracing::warn!(target: "talent_ray_mcp", "loud");
        });
        let written = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
        assert!(
            !written.contains("quiet") && written.contains("loud"),
            "{written}"
        );
    }
}
