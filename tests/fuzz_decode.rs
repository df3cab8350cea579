//! Fuzzed decoding, bounded for CI: arbitrary bytes, mutated spec examples and damaged example
//! bytes go to the decoding of every documented JSON response of the pinned spec (success types
//! and both error families), and through the client end to end for a v1 and a legacy operation.
//! Nothing may panic; every failure is a typed error. `PROPTEST_CASES=N` runs more cases; the
//! unbounded version is the cargo-fuzz target in `fuzz/`.

mod canned_http;
mod decode_targets;

use std::sync::{Arc, Mutex, OnceLock};

use decode_targets::{Script, Target, body_for, mutate_value, targets};
use proptest::prelude::*;
use serde_json::Value;
use talent_ray::operations::decode_documented;
use talent_ray::{Client, Error, Operation, RetryPolicy};

fn spec_targets() -> &'static [Target] {
    static TARGETS: OnceLock<Vec<Target>> = OnceLock::new();
    TARGETS.get_or_init(|| {
        let spec: Value = serde_json::from_str(include_str!("../openapi/openapi.json")).unwrap();
        targets(&spec)
    })
}

/// Decodes `body` as `target`'s documented type: `true` decoded, `false` a typed
/// `serde_json::Error` (not JSON, or not the type). A panic fails the test.
fn decode(target: &Target, body: &[u8]) -> bool {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    decode_documented(&target.operation_id, target.status, &value)
        .unwrap_or_else(|| panic!("no decoder for {} {}", target.operation_id, target.status))
        .is_ok()
}

/// `PROPTEST_CASES`, or the bounded default CI runs.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(128)))]

    #[test]
    fn every_documented_response_decodes_or_fails_typed(input in prop::collection::vec(any::<u8>(), 0..256)) {
        for target in spec_targets() {
            decode(target, &body_for(target, &input));
        }
    }
}

#[test]
fn the_fuzz_inputs_reach_both_outcomes_for_every_response_type() {
    // Guards the property above: the mutations are neither all harmless nor all fatal.
    let targets = spec_targets();
    assert!(!targets.is_empty(), "the spec documents JSON responses");
    for target in targets.iter().filter(|t| !t.examples.is_empty()) {
        let mut outcomes = [0, 0];
        for seed in 0u8..=255 {
            // One mutation: a node, an action, a replacement.
            let script = [0, seed, seed % 8, seed / 8];
            let value = mutate_value(target.examples[0].clone(), &mut Script::new(&script));
            outcomes[usize::from(decode(target, &serde_json::to_vec(&value).unwrap()))] += 1;
        }
        assert!(
            outcomes[0] > 0 && outcomes[1] > 0,
            "{} {}: {outcomes:?} (failed, decoded)",
            target.operation_id,
            target.status
        );
    }
}

/// A server on 127.0.0.1 answering every request with the status and body currently set.
struct Canned {
    runtime: tokio::runtime::Runtime,
    base_url: String,
    next: Arc<Mutex<(u16, Vec<u8>)>>,
}

fn canned() -> &'static Canned {
    static SERVER: OnceLock<Canned> = OnceLock::new();
    SERVER.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let next = Arc::new(Mutex::new((200, Vec::new())));
        let answer = next.clone();
        let (base_url, _) = runtime.block_on(canned_http::serve(move || {
            let (status, body) = answer.lock().unwrap().clone();
            canned_http::response(&format!("{status} Fuzzed"), "", &body)
        }));
        Canned {
            runtime,
            base_url,
            next,
        }
    })
}

/// Statuses a response may carry that also may carry a body.
fn status() -> impl Strategy<Value = u16> {
    (200u16..600).prop_filter("no body allowed", |s| ![204, 205, 304].contains(s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn the_client_turns_any_response_into_a_value_or_a_typed_error(
        status in status(),
        input in prop::collection::vec(any::<u8>(), 0..256),
        use_documented in any::<bool>(),
    ) {
        let server = canned();
        let client = Client::builder()
            .base_url(&server.base_url)
            .api_key(format!("tr_{}", "f".repeat(64)))
            .retry(RetryPolicy::none())
            .rate_limit(None)
            .build()
            .unwrap();
        // A v1 operation and a legacy one: both error families.
        for operation_id in ["getCandidate", "listApiKeys"] {
            let op = Operation::find(operation_id).unwrap();
            // A documented status with a body shaped like its examples, or any status.
            let documented: Vec<&Target> = spec_targets()
                .iter()
                .filter(|t| t.operation_id == operation_id)
                .collect();
            let target = documented[usize::from(input.first().copied().unwrap_or(0)) % documented.len()];
            let status = if use_documented { target.status } else { status };
            *server.next.lock().unwrap() = (status, body_for(target, &input));
            let result = server.runtime.block_on(async {
                match operation_id {
                    "getCandidate" => client.get_candidate().id("cand_1").send().await.map(|_| ()),
                    _ => client.list_api_keys().send().await.map(|_| ()),
                }
            });
            match result {
                Ok(()) => prop_assert_eq!(status, op.success_status),
                Err(Error::Decode { .. }) if (200..300).contains(&status) => {}
                Err(e) => prop_assert_eq!(e.status().map(|s| s.as_u16()), Some(status), "{:?}", e),
            }
        }
    }
}
