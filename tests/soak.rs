//! Fault soak: a seeded random mix of reads, updates, creates and deletes, about 20% of them
//! hit by the sandbox's fault injection (429 with `Retry-After`, 503, a reset connection, a
//! truncated body, a stall beyond the timeout), each fault repeated a random number of times.
//!
//! It shows that every idempotent call ends in success, or in the typed error of its fault once
//! its attempts are spent; that no create is ever duplicated (the sandbox's create count equals
//! the creates reported as succeeded plus those reported `Uncertain` that landed); and that
//! nothing panics.
//!
//! 2,000 calls by default; `TALENT_RAY_SOAK_CALLS=10000 cargo test --release --test soak` for the
//! long run, `TALENT_RAY_SOAK_SEED=N` to replay another mix (the seed is printed).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use futures::TryStreamExt;
use talent_ray::{Error, Operation, Paginate, RetryPolicy, types};
use talent_ray_sandbox::{Fault, Sandbox};

const DEFAULT_CALLS: usize = 2_000;
const DEFAULT_SEED: u64 = 0x50a6;
const FAULT_RATE: f64 = 0.2;
const ATTEMPTS: u32 = 3;
/// The per-attempt timeout, and a stall comfortably beyond it.
const TIMEOUT: Duration = Duration::from_millis(250);
const STALL: Duration = Duration::from_millis(400);

/// The faults of the issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    RateLimited,
    Unavailable,
    Reset,
    Truncated,
    Stall,
}

const KINDS: [Kind; 5] = [
    Kind::RateLimited,
    Kind::Unavailable,
    Kind::Reset,
    Kind::Truncated,
    Kind::Stall,
];

/// A fault of `kind`, repeated `times`, before the handler runs or after it committed.
#[derive(Clone, Copy, Debug)]
struct Plan {
    kind: Kind,
    times: u32,
    after_handler: bool,
}

impl Plan {
    fn fault(self, method: &str, path: &str) -> Fault {
        let fault = match self.kind {
            Kind::RateLimited => Fault::status(429).retry_after_secs(0),
            Kind::Unavailable => Fault::status(503),
            Kind::Reset => Fault::drop_connection(),
            Kind::Truncated => Fault::truncated_body(),
            Kind::Stall => Fault::delay(STALL),
        };
        let fault = fault.on(method, path).times(self.times);
        if self.after_handler {
            fault.after_handler()
        } else {
            fault
        }
    }

    /// Whether the error is the one this fault causes when every attempt meets it.
    fn explains(self, err: &Error) -> bool {
        match self.kind {
            Kind::RateLimited => matches!(err, Error::RateLimited { .. }),
            Kind::Unavailable => err.status().is_some_and(|s| s.as_u16() == 503),
            Kind::Reset | Kind::Truncated => matches!(err, Error::Transport(_)),
            Kind::Stall => matches!(err, Error::Timeout(_)),
        }
    }
}

/// The operations of the mix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    GetMe,
    GetCandidate,
    ListCandidates,
    UpdateCandidate,
    CreateLead,
    DeleteLead,
}

impl Op {
    fn operation_id(self) -> &'static str {
        match self {
            Op::GetMe => "getMe",
            Op::GetCandidate => "getCandidate",
            Op::ListCandidates => "listCandidates",
            Op::UpdateCandidate => "updateCandidate",
            Op::CreateLead => "createPotentialCandidate",
            Op::DeleteLead => "deletePotentialCandidate",
        }
    }

    fn spec(self) -> &'static Operation {
        Operation::find(self.operation_id()).expect("the operation is in the spec")
    }
}

/// What the soak saw of the creates.
#[derive(Default)]
struct Creates {
    succeeded: BTreeMap<String, String>,
    uncertain: BTreeSet<String>,
    refused: BTreeSet<String>,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_faulty_server_never_duplicates_a_create_and_every_call_ends_typed() {
    let calls: usize = env_or("TALENT_RAY_SOAK_CALLS", DEFAULT_CALLS);
    let seed: u64 = env_or("TALENT_RAY_SOAK_SEED", DEFAULT_SEED);
    println!("soak: {calls} calls, seed {seed}");
    let mut rng = fastrand::Rng::with_seed(seed);

    let sandbox = Sandbox::builder().no_rate_limit().start().await.unwrap();
    let key = sandbox.keys().employer.clone();
    let client = common::builder(&sandbox, &key)
        .timeout(TIMEOUT)
        .retry(
            RetryPolicy::default()
                .max_attempts(ATTEMPTS)
                .backoff(Duration::from_millis(1), Duration::from_millis(5))
                .max_retry_after(Duration::from_secs(1)),
        )
        .build()
        .unwrap();
    let fixtures = sandbox.fixtures().clone();
    let org_id = fixtures.employer_org_id.clone();
    let candidate_id = fixtures.candidate_id.clone();
    let creates_before = sandbox.stats().creates_committed;

    let mut creates = Creates::default();
    let mut deletable: Vec<String> = Vec::new();
    let mut deleted = BTreeSet::new();
    let (mut faulted, mut idempotent_ok, mut idempotent_exhausted) = (0, 0, 0);
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();

    for i in 0..calls {
        let op = match rng.u8(0..10) {
            0 | 1 => Op::GetMe,
            2 | 3 => Op::GetCandidate,
            4 => Op::ListCandidates,
            5 => Op::UpdateCandidate,
            6..=8 => Op::CreateLead,
            _ if !deletable.is_empty() => Op::DeleteLead,
            _ => Op::GetMe,
        };
        let spec = op.spec();
        let lead_to_delete =
            (op == Op::DeleteLead).then(|| deletable.swap_remove(rng.usize(..deletable.len())));
        let path = match (op, &lead_to_delete) {
            (Op::GetCandidate | Op::UpdateCandidate, _) => spec.path.replace("{id}", &candidate_id),
            (Op::DeleteLead, Some(id)) => spec.path.replace("{id}", id),
            _ => spec.path.to_owned(),
        };
        let plan = rng.f64() < FAULT_RATE;
        let plan = plan.then(|| {
            let kind = KINDS[rng.usize(..KINDS.len())];
            Plan {
                kind,
                // Mostly one fault; sometimes enough to spend every attempt.
                times: if rng.bool() { 1 } else { rng.u32(1..=ATTEMPTS) },
                // A status never lands after the handler committed: that would be a server lie
                // (a 429 or 503 means "not processed"). A stall on a create commits first, so
                // whether it landed is known when the call returns.
                after_handler: match kind {
                    Kind::RateLimited | Kind::Unavailable => false,
                    Kind::Stall => op == Op::CreateLead,
                    Kind::Reset | Kind::Truncated => rng.bool(),
                },
            }
        });
        if let Some(plan) = plan {
            faulted += 1;
            sandbox.inject(plan.fault(spec.http_method.as_str(), &path));
        }

        let name = format!("soak lead {i}");
        let result: Result<Option<String>, Error> = match op {
            Op::GetMe => client.get_me().send().await.map(|_| None),
            Op::GetCandidate => client
                .get_candidate()
                .id(&candidate_id)
                .send()
                .await
                .map(|_| None),
            Op::ListCandidates => client.list_candidates().send().await.map(|_| None),
            Op::UpdateCandidate => {
                let body: types::CandidateUpdate = serde_json::from_value(
                    serde_json::json!({ "email": format!("soak{i}@example.com") }),
                )
                .unwrap();
                client
                    .update_candidate()
                    .id(&candidate_id)
                    .body(body)
                    .send()
                    .await
                    .map(|_| None)
            }
            Op::CreateLead => {
                let body: types::PotentialCandidateCreate = serde_json::from_value(
                    serde_json::json!({ "organizationId": org_id, "fullName": name }),
                )
                .unwrap();
                client
                    .create_potential_candidate()
                    .body(body)
                    .send()
                    .await
                    .map(|lead| Some(lead.into_inner().id))
            }
            Op::DeleteLead => client
                .delete_potential_candidate()
                .id(lead_to_delete.as_deref().unwrap())
                .send()
                .await
                .map(|_| None),
        };
        // Whatever the fault left unused does not leak into the next call.
        sandbox.clear_faults();

        let label = match &result {
            Ok(_) => "ok".to_owned(),
            Err(e) => format!("{e:?}")
                .split(['(', ' ', '{'])
                .next()
                .unwrap()
                .to_owned(),
        };
        *outcomes
            .entry(format!("{} {label}", spec.operation_id))
            .or_default() += 1;

        if spec.idempotent {
            match (&result, plan) {
                (Ok(_), Some(plan)) if plan.times < ATTEMPTS => idempotent_ok += 1,
                (Ok(_), None) => idempotent_ok += 1,
                (Err(e), Some(plan)) if plan.times >= ATTEMPTS && plan.explains(e) => {
                    idempotent_exhausted += 1
                }
                (result, plan) => panic!(
                    "call {i}: {} with {plan:?} ended {result:?}",
                    spec.operation_id
                ),
            }
            // A delete that failed after it may have landed is not tried again.
            if let Some(id) = lead_to_delete {
                deleted.insert(id);
            }
            continue;
        }

        assert_eq!(
            op,
            Op::CreateLead,
            "the only non-idempotent call of the mix"
        );
        match result {
            Ok(id) => {
                let id = id.unwrap();
                creates.succeeded.insert(name, id.clone());
                deletable.push(id);
            }
            Err(Error::Uncertain { operation, .. }) => {
                assert_eq!(operation, spec.operation_id);
                creates.uncertain.insert(name);
            }
            Err(e) => {
                let plan =
                    plan.unwrap_or_else(|| panic!("call {i}: unfaulted create failed: {e:?}"));
                assert!(
                    plan.explains(&e),
                    "call {i}: create with {plan:?} ended {e:?}"
                );
                creates.refused.insert(name);
            }
        }
    }

    // Every lead the soak left, read back through the SDK without faults.
    let mut landed: BTreeMap<String, usize> = BTreeMap::new();
    let mut leads = client.list_potential_candidates().paginate().items();
    while let Some(lead) = leads.try_next().await.unwrap() {
        if lead.full_name.starts_with("soak lead ") {
            *landed.entry(lead.full_name).or_default() += 1;
        }
    }
    println!("soak outcomes: {outcomes:#?}");

    let duplicates: Vec<_> = landed.iter().filter(|(_, n)| **n > 1).collect();
    assert!(duplicates.is_empty(), "duplicated creates: {duplicates:?}");
    for (name, id) in &creates.succeeded {
        assert!(
            landed.contains_key(name) || deleted.contains(id),
            "{name} was reported created but is not there"
        );
    }
    for name in &creates.refused {
        assert!(!landed.contains_key(name), "{name} was refused but landed");
    }
    let uncertain_landed = creates
        .uncertain
        .iter()
        .filter(|name| landed.contains_key(*name))
        .count();
    let committed = sandbox.stats().creates_committed - creates_before;
    assert_eq!(
        committed as usize,
        creates.succeeded.len() + uncertain_landed,
        "the sandbox's creates = reported successes + Uncertain creates that landed"
    );

    // The mix really exercised what it claims to.
    assert!(
        faulted as f64 > calls as f64 * FAULT_RATE * 0.7,
        "{faulted} faults"
    );
    assert!(idempotent_exhausted > 0 && idempotent_ok > 0);
    assert!(!creates.uncertain.is_empty() && uncertain_landed > 0);
    assert!(
        uncertain_landed < creates.uncertain.len(),
        "some uncertain creates did not land"
    );
    println!(
        "soak: {faulted} faulted calls; idempotent: {idempotent_ok} ok, {idempotent_exhausted} \
         exhausted with the fault's typed error; creates: {} ok, {} uncertain ({uncertain_landed} \
         landed), {} refused; sandbox committed {committed}",
        creates.succeeded.len(),
        creates.uncertain.len(),
        creates.refused.len(),
    );
}
