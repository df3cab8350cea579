//! How many seeded candidates and leads go where, and who may see them: data that states its
//! own counts. The fixture counts are sums over this plan, never computed by the visibility
//! rules the handlers use, so a test comparing the two can fail.

use super::catalog::{ACME, GLOBEX};

/// Candidates are seeded in blocks of this many; at least one block is always seeded.
pub(super) const CANDIDATE_BLOCK: usize = 25;

/// A group of candidates: the roles (indices into `ROLES`) each is assigned to, how many of
/// every block, and who may see them, stated from the docs' rules.
pub(super) struct Placement {
    pub roles: &'static [usize],
    pub per_block: usize,
    /// Acme's employer-write members see every candidate of Acme (candidates-list docs).
    pub employer_sees: bool,
    /// Acme's hiring manager sees candidates in the roles assigned to them (roles 2 and 3).
    pub hiring_manager_sees: bool,
}

/// Role indices, by name, for the placements below.
const BACKEND: usize = 0; // Acme, open, public
const FRONTEND: usize = 1; // Acme, assigned to the hiring manager
const DATA_ANALYST: usize = 2; // Acme, assigned to the hiring manager
const WAREHOUSE: usize = 3; // Acme, open, public
const DESIGNER: usize = 4; // Acme, paused
const FIELD_TECH: usize = 5; // Acme, not public
const VP_ENGINEERING: usize = 6; // Acme, confidential (HR rep: the recruiter, not the employer)
const HEAD_OF_PEOPLE: usize = 7; // Acme, confidential (HR rep: the employer)
const SUPPORT: usize = 8; // Acme, closed
const SRE: usize = 9; // Globex
const SALES: usize = 10; // Globex
const ACCOUNTANT: usize = 11; // Globex
const OPERATOR: usize = 12; // Globex
const QA: usize = 13; // Initech
const OFFICE: usize = 14; // Initech

#[rustfmt::skip]
pub(super) const PLACEMENTS: [Placement; 15] = [
    Placement { roles: &[BACKEND], per_block: 3, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[FRONTEND], per_block: 2, employer_sees: true, hiring_manager_sees: true },
    Placement { roles: &[DATA_ANALYST, WAREHOUSE], per_block: 1, employer_sees: true, hiring_manager_sees: true },
    Placement { roles: &[WAREHOUSE], per_block: 2, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[DESIGNER], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[FIELD_TECH], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[VP_ENGINEERING], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[HEAD_OF_PEOPLE], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[SUPPORT], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[BACKEND, SRE], per_block: 1, employer_sees: true, hiring_manager_sees: false },
    Placement { roles: &[SRE], per_block: 3, employer_sees: false, hiring_manager_sees: false },
    Placement { roles: &[SALES, ACCOUNTANT], per_block: 1, employer_sees: false, hiring_manager_sees: false },
    Placement { roles: &[OPERATOR], per_block: 3, employer_sees: false, hiring_manager_sees: false },
    Placement { roles: &[QA], per_block: 2, employer_sees: false, hiring_manager_sees: false },
    Placement { roles: &[OFFICE], per_block: 2, employer_sees: false, hiring_manager_sees: false },
];

/// Fixture placements (indices into `PLACEMENTS`).
pub(super) const VISIBLE_NOT_TO_MANAGER: usize = 0;
pub(super) const MANAGERS: usize = 1;
pub(super) const CONFIDENTIAL_ONLY: usize = 6;
pub(super) const OTHER_ORG_ONLY: usize = 10;

/// A group of leads: the organizations each is linked to, how many per block, and whether
/// Acme's members see them (leads linked to an organization the caller belongs to).
pub(super) struct LeadGroup {
    pub orgs: &'static [usize],
    pub per_block: usize,
    pub employer_sees: bool,
}

/// Leads are seeded in this many blocks.
pub(super) const LEAD_BLOCKS: usize = 5;

#[rustfmt::skip]
pub(super) const LEAD_GROUPS: [LeadGroup; 3] = [
    LeadGroup { orgs: &[ACME], per_block: 7, employer_sees: true },
    LeadGroup { orgs: &[GLOBEX], per_block: 4, employer_sees: false },
    LeadGroup { orgs: &[ACME, GLOBEX], per_block: 1, employer_sees: true },
];
/// Lead groups by name.
pub(super) const ACME_LEADS: usize = 0;
pub(super) const GLOBEX_LEADS: usize = 1;

/// A CV-screening batch: how many Acme-only and Globex-only leads it takes (in lead order,
/// from those not in an earlier batch), and how many of its first members still process.
pub(super) struct BatchSpec {
    pub id: &'static str,
    pub acme_only: usize,
    pub globex_only: usize,
    pub processing: usize,
}

#[rustfmt::skip]
pub(super) const BATCHES: [BatchSpec; 3] = [
    BatchSpec { id: "batch_2026_06_01", acme_only: 18, globex_only: 7, processing: 0 },
    BatchSpec { id: "batch_2026_06_02", acme_only: 6, globex_only: 0, processing: 2 },
    BatchSpec { id: "batch_2026_05_globex", acme_only: 0, globex_only: 5, processing: 0 },
];

/// Roles Acme's owner sees: Acme's 9 roles but the confidential one whose HR rep is the
/// recruiter (roles-list docs: confidential roles only as HR rep or hiring manager).
pub(super) const EMPLOYER_SEES_ROLES: usize = 8;
/// Tests Acme's owner sees: Acme's 5 plus the 3 platform-global ones (tests-list docs).
pub(super) const EMPLOYER_SEES_TESTS: usize = 8;

/// The order groups take within a block: round-robin while a group has places left, so even
/// a single block holds every group.
pub(super) fn block_order(per_block: &[usize]) -> Vec<usize> {
    let mut left = per_block.to_vec();
    let mut order = Vec::with_capacity(per_block.iter().sum());
    while left.iter().any(|&n| n > 0) {
        for (group, n) in left.iter_mut().enumerate() {
            if *n > 0 {
                *n -= 1;
                order.push(group);
            }
        }
    }
    order
}

/// How many of `total` items, laid out block after block in `order`, fall in each group.
pub(super) fn group_sizes(order: &[usize], groups: usize, total: usize) -> Vec<usize> {
    let mut sizes = vec![0; groups];
    for (group, size) in sizes.iter_mut().enumerate() {
        let per_block = order.iter().filter(|&&g| g == group).count();
        let partial = order[..total % order.len()]
            .iter()
            .filter(|&&g| g == group)
            .count();
        *size = total / order.len() * per_block + partial;
    }
    sizes
}

/// The placement of every candidate, in order.
pub(super) fn placements(total: usize) -> impl Iterator<Item = usize> {
    let order = block_order(&PLACEMENTS.map(|p| p.per_block));
    (0..total).map(move |k| order[k % order.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_hold_every_group_and_sizes_add_up() {
        let per_block = PLACEMENTS.map(|p| p.per_block);
        let order = block_order(&per_block);
        assert_eq!(order.len(), CANDIDATE_BLOCK);
        for total in [25, 26, 250, 263, 10_000] {
            let sizes = group_sizes(&order, PLACEMENTS.len(), total);
            assert_eq!(sizes.iter().sum::<usize>(), total);
            let mut counted = vec![0; PLACEMENTS.len()];
            for p in placements(total) {
                counted[p] += 1;
            }
            assert_eq!(counted, sizes, "{total}");
        }
    }
}
