//! The operations the sandbox implements with state, by `operationId`. Their method, path and
//! scopes come from the spec; only the behaviour is written here. An operation of the spec not
//! listed is answered from the spec ([`super::spec_answer`]).

use std::sync::Arc;

use axum::routing::{MethodFilter, MethodRouter, on};

use super::{admin, public, v1};
use crate::app::AppState;

/// The stateful handler of `operation_id`, routed for `filter` (its method in the spec).
pub(crate) fn handler(
    operation_id: &str,
    filter: MethodFilter,
) -> Option<MethodRouter<Arc<AppState>>> {
    Some(match operation_id {
        "listApiKeys" => on(filter, admin::list_keys),
        "createApiKey" => on(filter, admin::create_key),
        "getApiKeyUsage" => on(filter, admin::key_usage),
        "revokeApiKey" => on(filter, admin::revoke_key),
        "getCareerPortal" => on(filter, public::portal),
        "getPublicJob" => on(filter, public::job),
        "applyToPublicJob" => on(filter, public::apply),
        "getMe" => on(filter, v1::me),
        "listCandidates" => on(filter, v1::list_candidates),
        "getCandidate" => on(filter, v1::get_candidate),
        "updateCandidate" => on(filter, v1::update_candidate),
        "getCandidateSteps" => on(filter, v1::candidate_steps),
        "listRoles" => on(filter, v1::list_roles),
        "getRole" => on(filter, v1::get_role),
        "updateRole" => on(filter, v1::update_role),
        "getRoleSteps" => on(filter, v1::role_steps),
        "listTests" => on(filter, v1::list_tests),
        "getTest" => on(filter, v1::get_test),
        "updateTest" => on(filter, v1::update_test),
        "listPotentialCandidates" => on(filter, v1::list_leads),
        "createPotentialCandidate" => on(filter, v1::create_lead),
        "getPotentialCandidate" => on(filter, v1::get_lead),
        "updatePotentialCandidate" => on(filter, v1::update_lead),
        "deletePotentialCandidate" => on(filter, v1::delete_lead),
        "getCvScreeningBatch" => on(filter, v1::get_batch),
        _ => return None,
    })
}

/// Whether the sandbox implements `operation_id` with state.
pub(crate) fn implements(operation_id: &str) -> bool {
    handler(operation_id, MethodFilter::GET).is_some()
}
