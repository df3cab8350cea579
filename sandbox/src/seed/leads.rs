//! Leads (potential candidates), grouped by the plan, and the CV-screening batches that take
//! some of them.

use chrono::{DateTime, Utc};

use super::catalog::{FIRST, LAST, ORGS, SKILLS};
use super::plan::{ACME_LEADS, BATCHES, GLOBEX_LEADS, LEAD_BLOCKS, LEAD_GROUPS, block_order};
use super::{ascii, at};
use crate::rng::Rng;
use crate::state::{Batch, Candidate, Lead, LeadRole, Role};

/// The leads (`pc_1` …) and, per lead group, the indices of its leads in order.
pub(super) fn leads(
    rng: &mut Rng,
    base: DateTime<Utc>,
    roles: &[Role],
    candidates: &[Candidate],
) -> (Vec<Lead>, Vec<Vec<usize>>) {
    // Roles a lead may be linked to, per organization (confidential roles are left out).
    let pools: Vec<Vec<usize>> = (0..ORGS.len())
        .map(|org| {
            roles
                .iter()
                .enumerate()
                .filter(|(_, r)| r.org_id == ORGS[org].id && !r.confidential)
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let order = block_order(&LEAD_GROUPS.map(|g| g.per_block));
    let total = order.len() * LEAD_BLOCKS;
    let mut leads = Vec::with_capacity(total);
    let mut by_group = vec![Vec::new(); LEAD_GROUPS.len()];
    for i in 0..total {
        let group = order[i % order.len()];
        by_group[group].push(i);
        let orgs_of = LEAD_GROUPS[group].orgs;
        let first = *rng.pick(&FIRST);
        let last = *rng.pick(&LAST);
        let created = at(base, 100 * 24 * 60 + (i as i64) * 53);
        let mut role_links = Vec::new();
        for _ in 0..rng.below(3) {
            let org = *rng.pick(orgs_of);
            let pool = &pools[org];
            let ri = pool[rng.below(pool.len() as u64) as usize];
            let role_id = roles[ri].id.clone();
            if role_links.iter().any(|l: &LeadRole| l.role_id == role_id) {
                continue;
            }
            role_links.push(LeadRole {
                role_id,
                status: rng
                    .pick(&["Assigned", "Assigned", "Shortlisted"])
                    .to_string(),
                resume_fit_score: if rng.chance(30) {
                    -1
                } else {
                    rng.range(30, 99)
                },
                overall_fit_score: if rng.chance(70) {
                    -1
                } else {
                    rng.range(30, 99)
                },
            });
        }
        let skill_count = rng.range(1, 4) as usize;
        let mut skills: Vec<String> = Vec::new();
        for _ in 0..skill_count {
            let s = rng.pick(&SKILLS).to_string();
            if !skills.contains(&s) {
                skills.push(s);
            }
        }
        let candidate_id = (i % 10 == 9)
            .then(|| {
                candidates
                    .iter()
                    .find(|c| {
                        c.assignments.iter().any(|a| {
                            roles
                                .iter()
                                .any(|r| r.id == a.role_id && r.org_id == ORGS[orgs_of[0]].id)
                        })
                    })
                    .map(|c| c.id.clone())
            })
            .flatten();
        leads.push(Lead {
            id: format!("pc_{}", i + 1),
            full_name: format!("{first} {last}"),
            email: (i % 4 != 1)
                .then(|| format!("{}.{}.cv{}@example.com", ascii(first), ascii(last), i + 1)),
            contact_email: (i % 3 == 0).then(|| format!("{}{}@example.com", ascii(first), i + 1)),
            phone: (i % 5 != 2).then(|| format!("+90555{:07}", rng.below(10_000_000))),
            status: rng
                .pick(&["uploaded", "parsed", "parsed", "screened", "contacted"])
                .to_string(),
            skills,
            summary: (i % 2 == 0)
                .then(|| format!("{}y experience in {}.", rng.range(1, 12), rng.pick(&SKILLS))),
            candidate_id,
            organizations: orgs_of
                .iter()
                .map(|&o| {
                    (
                        ORGS[o].id.to_string(),
                        rng.pick(&["Pool", "Pool", "Shortlisted"]).to_string(),
                    )
                })
                .collect(),
            roles: role_links,
            batch_id: None,
            processing: false,
            created_at: created,
            updated_at: at(created, 30),
        });
    }
    (leads, by_group)
}

/// The batches of the plan; marks their members (and the still-processing ones) in `leads`.
pub(super) fn batches(leads: &mut [Lead], by_group: &[Vec<usize>]) -> Vec<Batch> {
    let mut acme = by_group[ACME_LEADS].iter().copied();
    let mut globex = by_group[GLOBEX_LEADS].iter().copied();
    let mut batches = Vec::new();
    for spec in &BATCHES {
        let members: Vec<usize> = acme
            .by_ref()
            .take(spec.acme_only)
            .chain(globex.by_ref().take(spec.globex_only))
            .collect();
        for (j, &li) in members.iter().enumerate() {
            let lead = &mut leads[li];
            lead.batch_id = Some(spec.id.to_string());
            lead.processing = j < spec.processing;
            lead.status = if lead.processing {
                "processing"
            } else {
                "parsed"
            }
            .into();
            for link in &mut lead.roles {
                if lead.processing {
                    link.resume_fit_score = -1;
                } else if link.resume_fit_score < 0 {
                    link.resume_fit_score = 50 + (li as i64 % 40);
                }
            }
        }
        batches.push(Batch {
            id: spec.id.to_string(),
        });
    }
    batches
}
