//! The generated sources shipped for builds without the `codegen` feature: `build.rs` accepts them
//! only when `generated/openapi.sha256` is the pinned spec's SHA-256, computed by its own
//! `build/sha256.rs` (no build-dependency), which is held here to the `sha2` crate.
//! `cargo xtask check` (CI) checks that `generated/` is byte-identical to a fresh generation.

#[path = "../build/sha256.rs"]
mod sha256;

use sha2::{Digest, Sha256};

fn read(path: &str) -> Vec<u8> {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_build_scripts_sha256_agrees_with_sha2_across_block_boundaries() {
    let spec = read("openapi/openapi.json");
    let mut inputs: Vec<Vec<u8>> = (0..=130).map(|n| vec![b'a'; n]).collect();
    inputs.push(b"abc".to_vec());
    inputs.push((0..=255).cycle().take(10_000).collect());
    inputs.push(spec);
    for input in inputs {
        let expected: String = Sha256::digest(&input)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(sha256::hex(&input), expected, "{} bytes", input.len());
    }
}

#[test]
fn the_shipped_sources_were_generated_from_the_pinned_spec() {
    let spec = read("openapi/openapi.json");
    let shipped = String::from_utf8(read("generated/openapi.sha256")).unwrap();
    assert_eq!(shipped.trim(), sha256::hex(&spec));
    let lock: serde_json::Value = serde_json::from_slice(&read("openapi/openapi.lock")).unwrap();
    assert_eq!(lock["sha256"], shipped.trim());
}
