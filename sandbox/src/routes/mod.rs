//! The router, built from the spec: every operation of the spec gets a route at its method and
//! path, behind the gate of its family (public, admin, or `/api/v1` with the operation's scopes).
//! An operation the sandbox implements with state is served by its handler (`stateful`); any
//! other is answered from the spec (`spec_answer`). Around them: the fault layer.

pub(crate) mod admin;
pub(crate) mod middleware;
pub(crate) mod public;
pub(crate) mod spec_answer;
pub(crate) mod stateful;
pub(crate) mod v1;

use std::sync::Arc;

use axum::Router;
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};

use crate::app::AppState;
use crate::error::{Family, LegacyError, V1Error};
use crate::spec::Operation;
use middleware::{V1Gate, admin_auth, fault_layer, v1_auth};

/// Which gate an operation sits behind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gate {
    /// `security: []`: no credential.
    Public,
    /// `/api/admin/*`: an admin owner's key.
    Admin,
    /// Everything else (`/api/v1/*`): a key holding the operation's `x-required-scopes`.
    V1,
}

impl Gate {
    /// The gate of `op`: public from its `security`, admin from its path.
    pub fn of(op: &Operation) -> Gate {
        if op.public {
            Gate::Public
        } else if op.template.starts_with("/api/admin/") || op.template == "/api/admin" {
            Gate::Admin
        } else {
            Gate::V1
        }
    }
}

/// Build the full application.
pub(crate) fn router(app: Arc<AppState>) -> Router {
    let mut router = Router::new();
    for op in app.spec.operations() {
        let Some(filter) = Method::from_bytes(op.method.as_bytes())
            .ok()
            .and_then(|m| MethodFilter::try_from(m).ok())
        else {
            continue;
        };
        let handler = stateful::handler(&op.id, filter)
            .unwrap_or_else(|| spec_answer::handler(&app.spec, op, filter));
        let gated: MethodRouter<Arc<AppState>> = match Gate::of(op) {
            Gate::Public => handler,
            Gate::Admin => handler.route_layer(from_fn_with_state(app.clone(), admin_auth)),
            Gate::V1 => handler.route_layer(from_fn_with_state(
                V1Gate {
                    app: app.clone(),
                    scopes: op.scopes.clone().into(),
                },
                v1_auth,
            )),
        };
        router = router.route(&op.template, gated);
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(app.clone(), fault_layer))
        .with_state(app)
}

async fn not_found(uri: Uri) -> Response {
    match Family::for_path(uri.path()) {
        Family::V1 => V1Error::not_found().into_response(),
        Family::Legacy => LegacyError::not_found("Not found").into_response(),
    }
}

async fn method_not_allowed(uri: Uri) -> Response {
    let status = StatusCode::METHOD_NOT_ALLOWED;
    match Family::for_path(uri.path()) {
        Family::V1 => V1Error::new(status, "method_not_allowed")
            .message("Method not allowed")
            .into_response(),
        Family::Legacy => LegacyError::new(status, "Method not allowed").into_response(),
    }
}
