//! The credential vocabulary of the model: documented scopes and how keys are stored (hashed).

use sha2::{Digest, Sha256};

/// Every documented per-key scope.
pub const ALL_SCOPES: [&str; 10] = [
    "candidates:read",
    "candidates:write",
    "roles:read",
    "roles:write",
    "tests:read",
    "tests:write",
    "sourcing:read",
    "sourcing:write",
    "pipeline:read",
    "cv-screening:read",
];

/// Hex-encoded SHA-256 of a plaintext key (keys are stored only in this form).
pub(crate) fn hash_key(plaintext: &str) -> String {
    Sha256::digest(plaintext.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Panic unless every scope is documented.
pub(crate) fn check_scopes(scopes: &[&str]) -> Vec<String> {
    for s in scopes {
        assert!(
            ALL_SCOPES.contains(s),
            "unknown scope {s:?}; documented scopes: {ALL_SCOPES:?}"
        );
    }
    scopes.iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
