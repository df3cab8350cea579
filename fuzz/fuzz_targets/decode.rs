//! Every documented JSON response of the pinned spec, fed arbitrary bytes, mutated spec examples
//! and damaged example bytes (the same inputs as `tests/fuzz_decode.rs`, without a bound): the
//! decoding may fail only with a typed error, never panic.
#![no_main]

#[path = "../../tests/decode_targets/mod.rs"]
mod decode_targets;

use std::sync::OnceLock;

use decode_targets::{Target, body_for, targets};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn spec_targets() -> &'static [Target] {
    static TARGETS: OnceLock<Vec<Target>> = OnceLock::new();
    TARGETS.get_or_init(|| {
        let spec: Value =
            serde_json::from_str(include_str!("../../openapi/openapi.json")).unwrap();
        targets(&spec)
    })
}

fuzz_target!(|input: &[u8]| {
    let targets = spec_targets();
    // The first byte picks the response type; the rest drives the body.
    let Some((&pick, rest)) = input.split_first() else {
        return;
    };
    let target = &targets[usize::from(pick) % targets.len()];
    let body = body_for(target, rest);
    if let Ok(value) = serde_json::from_slice::<Value>(&body) {
        let decoded = talent_ray::operations::decode_documented(
            &target.operation_id,
            target.status,
            &value,
        );
        assert!(decoded.is_some(), "no decoder for {target:?}");
    }
});
