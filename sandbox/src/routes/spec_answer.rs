//! Operations the sandbox does not implement with state are answered from the spec, after their
//! gate (key, rate limit, scopes): the first documented 2xx status with the documented example,
//! else a minimal instance of the response schema (see [`Spec::answer`]). The response carries
//! [`SPEC_ANSWER_HEADER`] so a test can tell it from the sandbox's own behaviour.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, on};

use crate::app::AppState;
use crate::error::{Family, LegacyError, V1Error, json_response};
use crate::spec::{Operation, Spec, SpecAnswer};

/// Marks a response answered from the spec rather than by a stateful handler. Its value says
/// where the body came from: `example` (the documented example), `schema` (a minimal instance
/// of the response schema) or `no-content`; `unanswerable` on the 500 sent when the spec's
/// answer cannot be built (the body says why).
pub const SPEC_ANSWER_HEADER: &str = "x-sandbox-spec-answer";

/// The route of an operation answered from the spec. The answer is built (and validated) once,
/// when the router is built.
pub(crate) fn handler(
    spec: &Spec,
    op: &Operation,
    filter: MethodFilter,
) -> MethodRouter<Arc<AppState>> {
    let answer: Arc<Result<SpecAnswer, String>> = Arc::new(spec.answer(op));
    on(filter, move |uri: Uri| {
        let answer = answer.clone();
        async move { respond(&answer, &uri) }
    })
}

fn respond(answer: &Result<SpecAnswer, String>, uri: &Uri) -> Response {
    let (mut resp, marker) = match answer {
        Ok(answer) => {
            let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::OK);
            let resp = match &answer.body {
                Some(body) => json_response(status, body),
                None => {
                    let mut resp = Response::new(Body::empty());
                    *resp.status_mut() = status;
                    resp
                }
            };
            (resp, answer.source.as_str())
        }
        Err(why) => {
            let status = StatusCode::INTERNAL_SERVER_ERROR;
            let message = format!("The sandbox cannot answer this operation from the spec: {why}");
            let resp = match Family::for_path(uri.path()) {
                Family::V1 => V1Error::new(status, "internal_error")
                    .message(message)
                    .into_response(),
                Family::Legacy => LegacyError::new(status, message).into_response(),
            };
            (resp, "unanswerable")
        }
    };
    resp.headers_mut()
        .insert(SPEC_ANSWER_HEADER, HeaderValue::from_static(marker));
    resp
}
