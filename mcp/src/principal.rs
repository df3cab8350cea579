//! Who the key acts as, read once at start-up from `GET /api/v1/me`.

use talent_ray::{Client, Scope};

/// The role `/api/v1/me` reports for a platform admin.
pub const ADMIN_ROLE: &str = "admin";

/// The key's owner and, for API keys, its scopes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// The owner's role (`user`, `admin`, …).
    pub role: String,
    /// The key's granted scopes, as the SDK now knows them.
    pub scopes: Vec<Scope>,
}

impl Principal {
    /// Reads `/api/v1/me` and teaches the client its key's scopes, so the SDK checks them
    /// before sending.
    pub async fn fetch(client: &Client) -> talent_ray::Result<Principal> {
        let me = client.get_me().send().await?.into_inner();
        let scopes = client.refresh_scopes().await?;
        Ok(Principal {
            role: me.user.role.to_string(),
            scopes,
        })
    }

    /// Whether the key's owner is a platform admin.
    pub fn is_admin(&self) -> bool {
        self.role == ADMIN_ROLE
    }
}
