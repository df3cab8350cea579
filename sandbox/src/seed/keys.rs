//! The ready-made API keys, one per kind of caller the tests and the quickstart need.

use chrono::{DateTime, Utc};

use super::Keys;
use super::catalog::{ADMIN, EMPLOYER, GLOBEX_OWNER, HIRING_MANAGER, MEMBER};
use crate::credentials::hash_key;
use crate::rng::Rng;
use crate::state::ApiKeyRecord;

/// The key records and their plaintexts; `every_scope` is the spec's scope taxonomy.
pub(super) fn ready_made(
    key_rng: &mut Rng,
    base: DateTime<Utc>,
    every_scope: &[String],
) -> (Vec<ApiKeyRecord>, Keys) {
    let mut keys = Vec::new();
    let all: Vec<&str> = every_scope.iter().map(String::as_str).collect();
    let mut mint = |id: &str, name: &str, user_id: &str, scopes: &[&str]| -> String {
        let plaintext = key_rng.api_key();
        keys.push(ApiKeyRecord {
            id: id.into(),
            name: Some(name.into()),
            hash: hash_key(&plaintext),
            start: plaintext[..7].to_string(),
            user_id: user_id.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            enabled: true,
            created_at: base,
            updated_at: base,
            expires_at: None,
            last_request: None,
            request_count: 0,
        });
        plaintext
    };
    let ready = Keys {
        admin: mint("apikey_admin", "Sandbox admin", ADMIN, &all),
        employer: mint(
            "apikey_employer",
            "Sandbox employer (all scopes)",
            EMPLOYER,
            &all,
        ),
        hiring_manager: mint(
            "apikey_hiring_manager",
            "Sandbox hiring manager",
            HIRING_MANAGER,
            &all,
        ),
        no_scopes: mint(
            "apikey_no_scopes",
            "Sandbox employer (no scopes)",
            EMPLOYER,
            &[],
        ),
        partial: mint(
            "apikey_partial",
            "Sandbox employer (candidates:read, roles:read)",
            EMPLOYER,
            &["candidates:read", "roles:read"],
        ),
        other_employer: mint(
            "apikey_other_employer",
            "Sandbox other employer",
            GLOBEX_OWNER,
            &all,
        ),
        member: mint(
            "apikey_member",
            "Sandbox member without organization",
            MEMBER,
            &all,
        ),
    };
    (keys, ready)
}
