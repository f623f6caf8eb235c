//! The sections of a bench run: who sends what, with how many clients.

use super::scripts::{Op, WRITES, Who};

/// One part of the run: clients of one kind sending the same requests, in turn.
pub struct Section {
    pub key: &'static str,
    /// Above the rows of a section with several kinds of request.
    pub title: &'static str,
    pub who: Who,
    pub clients: usize,
    pub ops: &'static [Op],
}

pub const SECTIONS: [Section; 12] = [
    Section {
        key: "bare",
        title: "bare handler",
        who: Who::Nobody,
        clients: 16,
        ops: &[Op::Healthz],
    },
    Section {
        key: "read-my-plan",
        title: "person",
        who: Who::People,
        clients: 16,
        ops: &[Op::MyPlan],
    },
    Section {
        key: "person-reads",
        title: "person reads",
        who: Who::People,
        clients: 16,
        ops: &[Op::MyPlan, Op::MyContributions, Op::MyReviews],
    },
    Section {
        key: "carer-reads",
        title: "carer reads (all allowed)",
        who: Who::Carers,
        clients: 16,
        ops: &[Op::CaringFor, Op::CaredPlan, Op::CaredContributions, Op::CaredReviews],
    },
    Section {
        key: "caseload",
        title: "caseworker",
        who: Who::Caseworkers,
        clients: 8,
        ops: &[Op::Caseload],
    },
    Section {
        key: "review-queue",
        title: "caseworker",
        who: Who::Caseworkers,
        clients: 8,
        ops: &[Op::ReviewQueue],
    },
    Section {
        key: "goals-queue",
        title: "caseworker",
        who: Who::Caseworkers,
        clients: 8,
        ops: &[Op::GoalsQueue],
    },
    Section {
        key: "manager-caseload",
        title: "manager",
        who: Who::Managers,
        clients: 8,
        ops: &[Op::Caseload],
    },
    Section {
        key: "manager-review-queue",
        title: "manager",
        who: Who::Managers,
        clients: 8,
        ops: &[Op::ReviewQueue],
    },
    Section {
        key: "manager-goals-queue",
        title: "manager",
        who: Who::Managers,
        clients: 8,
        ops: &[Op::GoalsQueue],
    },
    // Last: it changes what the others read.
    Section {
        key: "looked-at",
        title: "person",
        who: Who::People,
        clients: 8,
        ops: &[Op::LookedAt],
    },
    Section {
        key: "writes",
        title: "writes",
        who: Who::People,
        clients: 16,
        ops: &WRITES,
    },
];
