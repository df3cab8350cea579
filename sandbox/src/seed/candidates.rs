//! Candidates, placed by the plan, with their pipeline progress in every assigned role.

use chrono::{DateTime, Duration, Utc};

use super::catalog::{FIRST, LAST};
use super::plan::{PLACEMENTS, placements};
use super::{ascii, at};
use crate::rng::Rng;
use crate::state::{Assignment, Candidate, CandidateStep, Role, RoleStep};

/// `total` candidates (`cand_1` …), each in the roles of its placement.
pub(super) fn candidates(
    rng: &mut Rng,
    base: DateTime<Utc>,
    total: usize,
    roles: &[Role],
    role_steps: &[RoleStep],
) -> (Vec<Candidate>, Vec<CandidateStep>) {
    // Each role's steps, found once (a benchmark seeds 10,000 candidates).
    let steps_of: Vec<Vec<&RoleStep>> = roles
        .iter()
        .map(|r| role_steps.iter().filter(|s| s.role_id == r.id).collect())
        .collect();
    let mut candidates = Vec::with_capacity(total);
    let mut candidate_steps = Vec::new();
    for (k, placement) in placements(total).enumerate() {
        let id = format!("cand_{}", k + 1);
        let first = *rng.pick(&FIRST);
        let last = *rng.pick(&LAST);
        let created = at(base, 30 * 24 * 60 + (k as i64) * 97);
        let role_indices = PLACEMENTS[placement].roles;
        let mut assignments = Vec::new();
        for &ri in role_indices {
            let status = match rng.below(100) {
                0..=59 => "In Pipeline",
                60..=79 => "Rejected",
                80..=87 => "Hired",
                _ => "Withdrawn",
            };
            let score = if rng.chance(20) {
                -1
            } else {
                rng.range(35, 98)
            };
            let role = &roles[ri];
            assignments.push(Assignment {
                role_id: role.id.clone(),
                status: status.into(),
                overall_fit_score: score,
                approved: score >= 80 && rng.chance(60),
                active: matches!(status, "In Pipeline" | "Hired"),
            });
            let steps = &steps_of[ri];
            let current = rng.below(steps.len() as u64) as usize;
            for (si, step) in steps.iter().enumerate() {
                let t0 = at(created, 60 * (si as i64 + 1));
                let done = t0 + Duration::minutes(45);
                let (state, validated_ok) = match status {
                    "Hired" => ("validated", true),
                    _ if si < current => {
                        if step.allow_skip && rng.chance(40) {
                            ("skipped", false)
                        } else {
                            ("validated", true)
                        }
                    }
                    "In Pipeline" if si == current => {
                        if rng.chance(30) {
                            ("completed", false)
                        } else {
                            ("active", false)
                        }
                    }
                    "Rejected" if si == current => ("rejected", false),
                    _ => ("locked", false),
                };
                let started = state != "locked";
                let score = step
                    .passing_score
                    .filter(|_| validated_ok || state == "rejected")
                    .map(|p| {
                        if state == "rejected" {
                            rng.range(10, p - 1)
                        } else {
                            rng.range(p, 100)
                        }
                    });
                candidate_steps.push(CandidateStep {
                    id: format!("crs_{}", candidate_steps.len() + 1),
                    candidate_id: id.clone(),
                    role_id: role.id.clone(),
                    role_step_id: step.id.clone(),
                    status: state,
                    started_at: started.then_some(t0),
                    completed_at: matches!(state, "completed" | "validated").then_some(done),
                    validated_at: (state == "validated").then_some(done + Duration::minutes(5)),
                    rejected_at: (state == "rejected").then_some(done),
                    validation_score: score,
                    rejection_reason: (state == "rejected")
                        .then(|| "Did not meet the passing criteria.".to_string()),
                    offer_response: (step.step_type == "offer" && state == "validated")
                        .then(|| "accepted".to_string()),
                    created_at: t0,
                    updated_at: if started {
                        done + Duration::minutes(5)
                    } else {
                        t0
                    },
                });
            }
        }
        candidates.push(Candidate {
            id,
            full_name: format!("{first} {last}"),
            email: (k % 13 != 6)
                .then(|| format!("{}.{}{}@example.com", ascii(first), ascii(last), k + 1)),
            phone: (k % 17 != 4).then(|| format!("+90555{:07}", rng.below(10_000_000))),
            status: rng
                .pick(&["Active", "Active", "Active", "Inactive", "Hired"])
                .to_string(),
            summary: (k % 3 == 0).then(|| format!("{} years of experience.", rng.range(1, 15))),
            assignments,
            created_at: created,
            updated_at: at(created, 600),
        });
    }

    (candidates, candidate_steps)
}
