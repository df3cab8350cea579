//! `-v/--verbose`: every attempt of every request on stderr, read from the SDK's tracing events.
//!
//! The SDK opens a `talent_ray.call` span per request (method, path template, final status) and
//! logs a `retrying` event per failed attempt (its cause and the wait before the next). From
//! their timing this layer prints one line per attempt:
//!
//! ```text
//! GET /api/v1/me: 429 in 12 ms; waiting 1.0 s before attempt 2 (rate limited)
//! GET /api/v1/me: 200 in 9 ms (attempt 2)
//! ```
//!
//! Only those fields are read, so a key or a body never reaches this output. The same events
//! feed the `--all` progress line, which shows a wait while it lasts.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};
use tracing_subscriber::registry::LookupSpan;

/// The SDK's span around one request and all its attempts.
const CALL_SPAN: &str = "talent_ray.call";

/// The progress line of a running `--all`, told about waits.
static PROGRESS: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Shows waits in `bar` until [`unwatch`] is called.
pub fn watch(bar: &ProgressBar) {
    if let Ok(mut slot) = PROGRESS.lock() {
        *slot = Some(bar.clone());
    }
}

/// Stops showing waits in the progress line.
pub fn unwatch() {
    if let Ok(mut slot) = PROGRESS.lock() {
        *slot = None;
    }
}

/// Installs the layer: lines on stderr when `verbose`, and the progress line's waits always.
/// Beside it, log lines on stderr as `RUST_LOG` selects them; by default only the SDK's warning
/// that a shared rate limit fell back to the in-process limiter.
pub fn install(verbose: bool) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::{EnvFilter, Layer as _, fmt};
    let logs = fmt::layer().with_writer(std::io::stderr).with_filter(
        EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| EnvFilter::new("talent_ray::shared_rate_limit=warn")),
    );
    let subscriber = tracing_subscriber::registry()
        .with(Attempts { verbose })
        .with(logs);
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// The layer.
struct Attempts {
    verbose: bool,
}

/// What is known of a request while it runs.
struct Call {
    method: String,
    path: String,
    status: Option<u64>,
    attempt: u64,
    attempt_started: Instant,
}

#[derive(Default)]
struct Fields {
    method: Option<String>,
    path: Option<String>,
    status: Option<u64>,
    attempt: Option<u64>,
    wait_ms: Option<u64>,
    cause: Option<String>,
    message: Option<String>,
}

impl Visit for Fields {
    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "status" => self.status = Some(value),
            "attempt" => self.attempt = Some(value),
            "wait_ms" => self.wait_ms = Some(value),
            _ => {}
        }
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        if let Ok(value) = u64::try_from(value) {
            self.record_u64(field, value);
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "path" => self.path = Some(value.to_owned()),
            "cause" => self.cause = Some(value.to_owned()),
            "method" => self.method = Some(value.to_owned()),
            _ => {}
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "method" => self.method = Some(format!("{value:?}")),
            "message" => self.message = Some(format!("{value:?}")),
            _ => {}
        }
    }
}

fn millis(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}

/// Why a wait happened, in words, from the SDK's `cause` (`status 429`, `transport error: …`).
fn reason(cause: &str) -> String {
    match cause.strip_prefix("status ") {
        Some("429") => "rate limited".to_owned(),
        Some(code) if code.starts_with('5') => format!("server error {code}"),
        Some(code) => format!("status {code}"),
        None if cause.starts_with("transport error") => crate::error::network_cause(cause),
        None => cause.to_owned(),
    }
}

impl<S> Layer<S> for Attempts
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().name() != CALL_SPAN {
            return;
        }
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Call {
                method: fields.method.unwrap_or_default(),
                path: fields.path.unwrap_or_default(),
                status: None,
                attempt: 1,
                attempt_started: Instant::now(),
            });
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        values.record(&mut fields);
        if let Some(span) = ctx.span(id)
            && let Some(call) = span.extensions_mut().get_mut::<Call>()
            && fields.status.is_some()
        {
            call.status = fields.status;
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let (Some(wait_ms), Some(cause)) = (fields.wait_ms, fields.cause) else {
            return;
        };
        let Some(span) = ctx.event_span(event).and_then(|s| {
            s.scope()
                .find(|s| s.extensions().get::<Call>().is_some())
                .map(|s| s.id())
        }) else {
            return;
        };
        let Some(span) = ctx.span(&span) else { return };
        let mut extensions = span.extensions_mut();
        let Some(call) = extensions.get_mut::<Call>() else {
            return;
        };
        let wait = Duration::from_millis(wait_ms);
        let why = reason(&cause);
        let outcome = match cause.strip_prefix("status ") {
            Some(code) => code.to_owned(),
            None => why.clone(),
        };
        if self.verbose {
            eprint_quietly(&format!(
                "{} {}: {outcome} in {}; waiting {:.1} s before attempt {} ({why})",
                call.method,
                call.path,
                millis(call.attempt_started.elapsed()),
                wait.as_secs_f64(),
                call.attempt + 1,
            ));
        }
        if let Ok(slot) = PROGRESS.lock()
            && let Some(bar) = slot.as_ref()
        {
            bar.set_message(format!("waiting {:.1} s ({why})", wait.as_secs_f64()));
        }
        call.attempt += 1;
        call.attempt_started = Instant::now() + wait;
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let extensions = span.extensions();
        let Some(call) = extensions.get::<Call>() else {
            return;
        };
        if let Ok(slot) = PROGRESS.lock()
            && let Some(bar) = slot.as_ref()
        {
            bar.set_message("");
        }
        if !self.verbose {
            return;
        }
        let outcome = match call.status {
            Some(status) => status.to_string(),
            None => "no response".to_owned(),
        };
        let attempt = if call.attempt > 1 {
            format!(" (attempt {})", call.attempt)
        } else {
            String::new()
        };
        let took = Instant::now().saturating_duration_since(call.attempt_started);
        eprint_quietly(&format!(
            "{} {}: {outcome} in {}{attempt}",
            call.method,
            call.path,
            millis(took)
        ));
    }
}

/// A line on stderr; a closed stderr is not worth a panic.
fn eprint_quietly(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_words() {
        assert_eq!(reason("status 429"), "rate limited");
        assert_eq!(reason("status 503"), "server error 503");
    }
}
