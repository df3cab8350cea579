//! Who a key acts as, read from `GET /api/v1/me`, and the [`Caller`] that pairs it with the
//! key's own client.

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

/// One key's client (which holds the key, its scopes and its rate limiter) and its owner's role:
/// everything a tool list or a call is decided by.
#[derive(Clone, Debug)]
pub struct Caller {
    /// The client for this key only.
    pub client: Client,
    /// What `/api/v1/me` said when the caller was set up.
    pub principal: Principal,
}

impl Caller {
    /// Reads `/api/v1/me` with `client`'s key.
    pub async fn identify(client: Client) -> talent_ray::Result<Caller> {
        let principal = Principal::fetch(&client).await?;
        Ok(Caller { client, principal })
    }

    /// The key's scopes as the client knows them now (a scope the API refused is gone).
    pub fn scopes(&self) -> Vec<Scope> {
        self.client
            .granted_scopes()
            .unwrap_or_else(|| self.principal.scopes.clone())
    }
}
