//! The credential vocabulary of the model: how keys are stored (hashed), and scopes checked
//! against the spec's taxonomy.

use sha2::{Digest, Sha256};

/// Hex-encoded SHA-256 of a plaintext key (keys are stored only in this form).
pub(crate) fn hash_key(plaintext: &str) -> String {
    Sha256::digest(plaintext.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Panic unless every scope is in the spec's taxonomy (`documented`).
pub(crate) fn check_scopes(scopes: &[&str], documented: &[String]) -> Vec<String> {
    for s in scopes {
        assert!(
            documented.iter().any(|d| d == s),
            "unknown scope {s:?}; the spec's scopes: {documented:?}"
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
