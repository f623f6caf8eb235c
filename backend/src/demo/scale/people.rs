//! The made-up people and staff: names, plans, goals, wishes, reviews and carers, as rows.

use api::dates::{add_months, day_of_ms, iso};
use api::plan::PlanContent;
use api::reviews::{ContactWay, MeetingNeeds, MeetingWay, Outcome, Reason, RequestInput, Step, Urgency};

use super::DAY_MS;
use super::bulk::Value;
use super::tables::Batches;
use crate::db::{StoreError, new_id, to_json};
use crate::demo::plan_texts::{amina_plan, daniel_plan, kwame_plan, margaret_plan};

/// Made-up names, varied enough that a caseload sorted by name looks like one.
const FIRST: [&str; 24] = [
    "Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farid", "Grace", "Harry", "Imran", "Jade", "Kwame", "Lucy", "Mohammed",
    "Nia", "Oliver", "Priya", "Quinn", "Rosa", "Sam", "Tomasz", "Uma", "Victor", "Wendy", "Yusuf",
];
const LAST: [&str; 24] = [
    "Ahmed",
    "Brown",
    "Clarke",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Mensah",
    "Nowak",
    "Owen",
    "Patel",
    "Quigley",
    "Roberts",
    "Smith",
    "Taylor",
    "Usman",
    "Walker",
    "Young",
    "Zielinski",
];

fn name(n: usize) -> String {
    format!(
        "{} {}",
        FIRST[n % FIRST.len()],
        LAST[(n / FIRST.len() + n * 7) % LAST.len()]
    )
}

/// The demo's care plans, reviewed again six months from today so a save or publish in
/// the bench passes the plan's checks.
pub fn plan_contents(today: i64) -> Result<Vec<String>, StoreError> {
    let next_review = iso(add_months(today, 6));
    [
        margaret_plan(false),
        margaret_plan(true),
        daniel_plan(),
        kwame_plan(),
        amina_plan(),
    ]
    .into_iter()
    .map(|content| {
        to_json(&PlanContent {
            next_review: Some(next_review.clone()),
            ..content
        })
    })
    .collect()
}

pub fn staff(rows: &mut Batches, team: &str, role: &str, n: usize, now: i64) -> String {
    let id = new_id();
    rows.staff.push([
        (&id).into(),
        name(n * 13 + 5).into(),
        format!("{role}{n}@bench.example").into(),
        role.into(),
        team.into(),
        1.into(),
        "en-GB".into(),
        now.into(),
    ]);
    id
}

/// One person who draws on care, allocated to their caseworker.
pub struct Person<'a> {
    pub n: usize,
    pub team: &'a str,
    pub worker: &'a str,
    pub worker_account: &'a str,
    /// Their plan, published.
    pub content: &'a str,
}

impl Person<'_> {
    /// Writes the person, their account, allocation, plan, goals, wishes and reviews;
    /// returns the person's, plan's and account's ids.
    pub fn write(&self, rows: &mut Batches, now: i64) -> Result<(String, String, String), StoreError> {
        let n = self.n;
        let id = new_id();
        let born = format!("19{:02}-{:02}-{:02}", 30 + n % 70, 1 + n % 12, 1 + n % 28);
        rows.people.push([
            (&id).into(),
            name(n).into(),
            FIRST[n % FIRST.len()].into(),
            born.into(),
            if n.is_multiple_of(7) { "pl" } else { "en-GB" }.into(),
            format!("BN{n:07}").into(),
            self.team.into(),
            now.into(),
        ]);
        let account = rows.account(Some(&id), None, now);
        rows.allocations
            .push([new_id().into(), (&id).into(), self.worker.into(), now.into()]);
        // Most plans are weeks old; one in ten passed its six-week first review unreviewed,
        // so review queues hold planned reviews that are due.
        let published = now - if n.is_multiple_of(10) { 60 } else { 1 + (n % 30) as i64 } * DAY_MS;
        let plan = new_id();
        rows.plans.push([
            (&plan).into(),
            (&id).into(),
            "care".into(),
            self.content.into(),
            1.into(),
            self.worker.into(),
            published.into(),
            published.into(),
        ]);
        rows.versions.push([
            (&plan).into(),
            1.into(),
            self.content.into(),
            self.worker.into(),
            published.into(),
        ]);
        for g in 0..n % 3 {
            let at = published + (g as i64 + 1) * DAY_MS;
            rows.goals.push([
                new_id().into(),
                (&id).into(),
                (&account).into(),
                GOALS[(n + g) % GOALS.len()].into(),
                "So I feel more like myself again.".into(),
                "I can do some of it on a good day.".into(),
                "My daughter, at weekends.".into(),
                "Someone to go with me the first few times.".into(),
                (1 + ((n + g) % 10) as i64).into(),
                at.into(),
                at.into(),
                if (n + g).is_multiple_of(4) { "new" } else { "seen" }.into(),
            ]);
        }
        if n.is_multiple_of(2) {
            rows.wishes.push([
                new_id().into(),
                (&id).into(),
                (&account).into(),
                "please_do".into(),
                "Please ring the bell twice and wait: I am slow to the door.".into(),
                published.into(),
                published.into(),
                if n.is_multiple_of(8) { "new" } else { "seen" }.into(),
            ]);
        }
        match n % 10 {
            5 => self.asked_for_review(rows, &id, &account, now)?,
            7 => self.reviewed(rows, &id, published)?,
            _ => {}
        }
        Ok((id, plan, account))
    }

    /// An open request, never for "other": the bench asks for that one.
    fn asked_for_review(&self, rows: &mut Batches, person: &str, account: &str, now: i64) -> Result<(), StoreError> {
        const REASONS: [Reason; 4] = [
            Reason::NeedsChanged,
            Reason::SupportNotWorking,
            Reason::Hospital,
            Reason::CarerCantCope,
        ];
        let reason = REASONS[(self.n / 10) % REASONS.len()];
        let urgency = [Urgency::Urgent, Urgency::Soon, Urgency::CanWait][(self.n / 10) % 3];
        let asked = RequestInput {
            reason,
            what_happened: "My carers keep arriving late and I miss my lunch.".into(),
            urgency,
            contact_how: ContactWay::Phone,
            contact_when: "Mornings".into(),
            needs: MeetingNeeds::default(),
            contact_whom: None,
        };
        let at = now - (self.n % 9) as i64 * DAY_MS;
        let id = new_id();
        rows.reviews.push([
            (&id).into(),
            person.into(),
            "requested".into(),
            account.into(),
            reason.as_str().into(),
            urgency.as_str().into(),
            to_json(&asked)?.into(),
            "submitted".into(),
            1.into(),
            at.into(),
            at.into(),
        ]);
        rows.steps.push([
            (&id).into(),
            0.into(),
            to_json(&Step::Submitted)?.into(),
            account.into(),
            at.into(),
        ]);
        Ok(())
    }

    /// A planned review, done: its whole timeline.
    fn reviewed(&self, rows: &mut Batches, person: &str, published: i64) -> Result<(), StoreError> {
        let id = new_id();
        let (start, end) = (published + 2 * DAY_MS, published + 9 * DAY_MS);
        rows.reviews.push([
            (&id).into(),
            person.into(),
            "planned".into(),
            self.worker_account.into(),
            Value::NoText,
            Urgency::CanWait.as_str().into(),
            Value::NoText,
            "completed".into(),
            0.into(),
            start.into(),
            end.into(),
        ]);
        let steps = [
            Step::Planned,
            Step::Scheduled {
                date: iso(day_of_ms(published) + 5),
                how: MeetingWay::Visit,
            },
            Step::Completed {
                outcome: Outcome::NoChange {
                    why: "The support is working well.".into(),
                },
            },
        ];
        for (seq, step) in steps.iter().enumerate() {
            rows.steps.push([
                (&id).into(),
                (seq as i64).into(),
                to_json(step)?.into(),
                self.worker_account.into(),
                (start + seq as i64 * 3 * DAY_MS).into(),
            ]);
        }
        Ok(())
    }
}

const GOALS: [&str; 5] = [
    "Go swimming again on Saturdays",
    "Cook a hot meal for myself twice a week",
    "Get to the lunch club on my own",
    "Visit my sister in Leeds",
    "Learn to use a tablet to video-call my grandchildren",
];

/// An unpaid carer of `person`, who lets them see and do everything; returns the carer's
/// account. No team: a manager's list of people waiting for a caseworker would hold them.
pub fn carer(rows: &mut Batches, person: &str, granted_by: &str, n: usize, now: i64) -> String {
    let id = new_id();
    rows.people.push([
        (&id).into(),
        name(n + 11).into(),
        Value::NoText,
        Value::NoText,
        "en-GB".into(),
        Value::NoText,
        Value::NoText,
        now.into(),
    ]);
    let account = rows.account(Some(&id), None, now);
    rows.carers
        .push([(&id).into(), person.into(), "daughter".into(), now.into()]);
    rows.access.push([
        (&id).into(),
        person.into(),
        "consent".into(),
        "In person, at home".into(),
        1.into(),
        1.into(),
        1.into(),
        1.into(),
        1.into(),
        1.into(),
        granted_by.into(),
        now.into(),
    ]);
    account
}
