//! The router: every documented operation, the auth layers and the fault layer.

pub(crate) mod admin;
pub(crate) mod middleware;
pub(crate) mod public;
pub(crate) mod v1;

use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::app::AppState;
use crate::error::{Family, LegacyError, V1Error};
use middleware::{admin_auth, fault_layer, v1_auth};

/// Build the full application.
pub(crate) fn router(app: Arc<AppState>) -> Router {
    let v1 = Router::new()
        .route("/api/v1/me", get(v1::me))
        .route("/api/v1/candidates", get(v1::list_candidates))
        .route(
            "/api/v1/candidates/{id}",
            get(v1::get_candidate).patch(v1::update_candidate),
        )
        .route("/api/v1/candidates/{id}/steps", get(v1::candidate_steps))
        .route("/api/v1/roles", get(v1::list_roles))
        .route(
            "/api/v1/roles/{id}",
            get(v1::get_role).patch(v1::update_role),
        )
        .route("/api/v1/roles/{id}/steps", get(v1::role_steps))
        .route("/api/v1/tests", get(v1::list_tests))
        .route(
            "/api/v1/tests/{id}",
            get(v1::get_test).patch(v1::update_test),
        )
        .route(
            "/api/v1/sourcing",
            get(v1::list_leads).post(v1::create_lead),
        )
        .route(
            "/api/v1/sourcing/{id}",
            get(v1::get_lead)
                .patch(v1::update_lead)
                .delete(v1::delete_lead),
        )
        .route("/api/v1/cv-screening/batches/{batchId}", get(v1::get_batch))
        .route_layer(from_fn_with_state(app.clone(), v1_auth));
    let admin = Router::new()
        .route(
            "/api/admin/api-keys",
            get(admin::list_keys).post(admin::create_key),
        )
        .route(
            "/api/admin/api-keys/{id}",
            axum::routing::delete(admin::revoke_key),
        )
        .route("/api/admin/api-keys/{id}/usage", get(admin::key_usage))
        .route_layer(from_fn_with_state(app.clone(), admin_auth));
    let public = Router::new()
        .route("/api/public/portal/{orgSlug}", get(public::portal))
        .route(
            "/api/public/portal/{orgSlug}/roles/{roleId}",
            get(public::job),
        )
        .route(
            "/api/public/portal/{orgSlug}/apply",
            axum::routing::post(public::apply),
        );
    Router::new()
        .merge(v1)
        .merge(admin)
        .merge(public)
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
