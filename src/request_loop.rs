//! The one [`ClientHooks`] impl: validation against the spec's request schemas, credentials and
//! the local scope check before a request, then the request loop (rate limit, retries, body
//! buffering, tracing) around every attempt.

use std::time::{Instant, SystemTime};

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::{Method, StatusCode};
use tracing::Instrument;

use crate::client::ClientState;
use crate::retry::{self, Decision, Outcome};
use crate::wire::{self, Buffered};
use crate::{Client, Error, Operation, Scope};

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let Some(op) = Operation::find(info.operation_id) else {
            return Ok(());
        };
        // A request that breaks the spec's constraints is refused before anything else.
        crate::validation::check(op, request).map_err(progenitor_client::Error::InvalidRequest)?;
        let shared = &self.inner.0;
        if !op.public {
            if let Some((required, granted)) = shared.scopes.missing(op.required_scopes) {
                return Err(wire::local(wire::local_scope_error(
                    op.operation_id,
                    required,
                    granted,
                )));
            }
            if let Some(key) = &shared.api_key {
                // A client constructed around this state with another base URL must not carry the key there.
                if request.url().origin() != shared.origin {
                    return Err(wire::local(Error::Config(format!(
                        "refusing to send the API key to {}, which is not the configured base URL",
                        request.url().origin().ascii_serialization()
                    ))));
                }
                let (name, value) = shared.auth.header(key);
                request.headers_mut().insert(name, value);
            }
        }
        if crate::call::record_dry_run(request, op) {
            return Err(wire::local(Error::Config(
                "dry run: the request was recorded, not sent".into(),
            )));
        }
        Ok(())
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        crate::call::record_received(result);
        // A non-idempotent call that broke after sending may have been applied: say so.
        match (result, Operation::find(info.operation_id)) {
            (Err(e), Some(op)) if !op.idempotent && !e.is_connect() => {
                Err(wire::local(wire::uncertain_error(op.operation_id, e)))
            }
            _ => Ok(()),
        }
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let op = Operation::find(info.operation_id);
        let span = tracing::info_span!(
            "talent_ray.call",
            operation = op.map_or(info.operation_id, |o| o.operation_id),
            method = %request.method(),
            path = op.map_or("", |o| o.path),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        self.send_with_retries(request, op).instrument(span).await
    }
}

impl Client {
    async fn send_with_retries(
        &self,
        request: reqwest::Request,
        op: Option<&Operation>,
    ) -> reqwest::Result<reqwest::Response> {
        let shared = &self.inner.0;
        let options = &self.inner.1;
        let policy = options.retry_policy().unwrap_or(&shared.retry);
        let operation_id = op.map_or("unknown", |o| o.operation_id);
        let idempotent = op.is_some_and(|o| o.idempotent);
        // Only a body-less success can be stood in for when a retried DELETE finds nothing.
        let is_delete =
            request.method() == Method::DELETE && op.is_some_and(|o| o.success_status == 204);
        let started = Instant::now();
        let mut pending = Some(request);
        let mut ambiguous_before = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut current = pending.take().expect("a request is pending");
            if let Some(timeout) = options.timeout_value() {
                *current.timeout_mut() = Some(timeout);
            }
            // Bodies from the generated code are buffered, so this clones; a streaming body is sent once.
            pending = current.try_clone();
            let admission = shared.limiter.admit().await;
            let result = match shared.http.execute(current).await {
                Ok(response) => Buffered::read(response).await,
                Err(e) => Err(e),
            };
            // The response is in: the request's windows now count from here.
            admission.arrived().await;
            let outcome = match &result {
                Ok(b) => Outcome::Status(
                    b.status.as_u16(),
                    wire::retry_after(&b.headers, SystemTime::now()),
                ),
                Err(e) if e.is_connect() => Outcome::NotSent,
                Err(_) => Outcome::Ambiguous,
            };
            // Every worker on this key waits out a Retry-After this client would wait for.
            if let Outcome::Status(429, Some(after)) = outcome
                && shared.retry.waits_out(after)
            {
                shared.limiter.pause(after).await;
            }
            if let (Ok(b), true, true) = (&result, is_delete, ambiguous_before)
                && b.status == StatusCode::NOT_FOUND
            {
                tracing::info!(
                    attempt,
                    "404 after an ambiguous DELETE: the earlier attempt deleted it"
                );
                let status = StatusCode::from_u16(op.map_or(204, |o| o.success_status))
                    .unwrap_or(StatusCode::NO_CONTENT);
                let done = Buffered {
                    status,
                    headers: Default::default(),
                    body: Default::default(),
                };
                return Ok(self.finish(done, operation_id, attempt, started));
            }
            let decision = match pending {
                Some(_) => retry::decide(
                    policy,
                    outcome,
                    idempotent,
                    attempt,
                    started.elapsed(),
                    fastrand::f64(),
                ),
                None => Decision::Stop,
            };
            match (decision, result) {
                (Decision::Retry(wait), result) => {
                    let cause = match &result {
                        Ok(b) => format!("status {}", b.status.as_u16()),
                        Err(e) => format!("transport error: {e}"),
                    };
                    tracing::warn!(
                        attempt,
                        wait_ms = wait.as_millis() as u64,
                        cause,
                        "retrying"
                    );
                    ambiguous_before |=
                        matches!(outcome, Outcome::Ambiguous | Outcome::Status(500..=599, _));
                    tokio::time::sleep(wait).await;
                }
                (Decision::Stop, Ok(done)) => {
                    return Ok(self.finish(done, operation_id, attempt, started));
                }
                (Decision::Stop, Err(e)) => {
                    let span = tracing::Span::current();
                    span.record("attempts", attempt);
                    span.record("elapsed_ms", started.elapsed().as_millis() as u64);
                    return Err(e);
                }
            }
        }
    }

    /// Records the call's outcome, learns scopes from an `insufficient_scope` body, and hands the
    /// buffered response to the generated code.
    fn finish(
        &self,
        done: Buffered,
        operation_id: &str,
        attempt: u32,
        started: Instant,
    ) -> reqwest::Response {
        let span = tracing::Span::current();
        span.record("status", done.status.as_u16());
        span.record("attempts", attempt);
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        if done.status == StatusCode::FORBIDDEN
            && let Ok(body) = serde_json::from_slice::<serde_json::Value>(&done.body)
            && body["error"] == "insufficient_scope"
            && let Some(granted) = body["grantedScopes"].as_array()
        {
            let scopes = granted
                .iter()
                .filter_map(|s| s.as_str())
                .map(Scope::from_server)
                .collect();
            self.inner.0.scopes.set(scopes);
        }
        done.into_response(operation_id)
    }
}
