//! Shared setup for the client tests: an in-process sandbox and clients for its keys.
#![allow(dead_code)]

use std::time::Duration;

use talent_ray::{Client, ClientBuilder, RetryPolicy};
use talent_ray_sandbox::Sandbox;

/// A builder pointed at the sandbox with fast retries and no client-side rate limit.
pub fn builder(sandbox: &Sandbox, key: &str) -> ClientBuilder {
    Client::builder()
        .base_url(sandbox.base_url())
        .api_key(key)
        .rate_limit(None)
        .retry(RetryPolicy::default().backoff(Duration::from_millis(5), Duration::from_millis(20)))
}

/// A client for `key` against the sandbox.
pub fn client(sandbox: &Sandbox, key: &str) -> Client {
    builder(sandbox, key).build().expect("client builds")
}

/// A sandbox without its rate limit, so tests can hammer it.
pub async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .no_rate_limit()
        .start()
        .await
        .expect("sandbox starts")
}

/// A tracing `MakeWriter` collecting everything written into one shared buffer.
#[derive(Clone, Default)]
pub struct Captured(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}
