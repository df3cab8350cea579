//! The scope taxonomy ([`Scope`], generated from the spec) and the client's granted-scope cache.

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, RwLock};

pub use crate::operations::Scope;

/// A scope name outside the spec's taxonomy was written where a known scope is required.
///
/// ```
/// let err = "candidate:read".parse::<talent_ray::Scope>().unwrap_err();
/// assert!(err.to_string().contains("candidates:read"), "the message lists the known scopes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope {0:?}; known scopes: {known}", known = known_list())]
pub struct UnknownScope(pub String);

fn known_list() -> String {
    Scope::ALL
        .iter()
        .map(Scope::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Scope {
    /// A scope as the server reported it: unknown names are kept as [`Scope::Other`].
    ///
    /// ```
    /// use talent_ray::Scope;
    /// assert_eq!(Scope::from_server("roles:read"), Scope::RolesRead);
    /// assert_eq!(Scope::from_server("reports:read"), Scope::Other("reports:read".into()));
    /// ```
    pub fn from_server(name: &str) -> Scope {
        Scope::known(name).unwrap_or_else(|| Scope::Other(name.to_owned()))
    }
}

/// Parses a scope a user wrote; names outside the taxonomy are an error.
///
/// ```
/// use talent_ray::Scope;
/// assert_eq!("candidates:read".parse::<Scope>().unwrap(), Scope::CandidatesRead);
/// assert!("candidates:raed".parse::<Scope>().is_err());
/// ```
impl FromStr for Scope {
    type Err = UnknownScope;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Scope::known(name).ok_or_else(|| UnknownScope(name.to_owned()))
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|s| Scope::from_server(&s))
    }
}

/// What the client knows of its key's granted scopes; shared by every clone of a client.
#[derive(Clone, Debug, Default)]
pub(crate) struct ScopeCache(Arc<RwLock<Option<Vec<Scope>>>>);

impl ScopeCache {
    pub(crate) fn get(&self) -> Option<Vec<Scope>> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(crate) fn set(&self, scopes: Vec<Scope>) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Some(scopes);
    }

    /// The required scopes the key is known to lack; empty when unknown or all granted.
    pub(crate) fn missing(&self, required: &[Scope]) -> Option<(Vec<Scope>, Vec<Scope>)> {
        let granted = self.get()?;
        let missing: Vec<Scope> = required
            .iter()
            .filter(|s| !granted.contains(s))
            .cloned()
            .collect();
        (!missing.is_empty()).then_some((required.to_vec(), granted))
    }
}
