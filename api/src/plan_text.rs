//! A plan in words: every answer as a labelled line of plain text, section by section.
//! The one reading of a plan that the page, the comparison of two versions and the
//! downloadable copy all share.

use crate::i18n::Messages;
use crate::plan::{BudgetManagement, PlanContent, Provider, Wellbeing, hours_in, pounds_in};

/// One answer: the section it is in (a message id), its label, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub section: &'static str,
    pub label: String,
    pub text: String,
}

/// The sections, in the order a plan is read.
pub const SECTIONS: [&str; 10] = [
    msg!("plan-section-about-me"),
    msg!("plan-section-strengths"),
    msg!("plan-section-needs"),
    msg!("plan-section-outcomes"),
    msg!("plan-section-support"),
    msg!("plan-section-budget"),
    msg!("plan-section-advice"),
    msg!("plan-section-contingency"),
    msg!("plan-section-involved"),
    msg!("plan-section-review"),
];

struct Writer<'a> {
    m: &'a Messages,
    entries: Vec<Entry>,
}

impl Writer<'_> {
    fn put(&mut self, section: &'static str, label: String, text: String) {
        if !text.trim().is_empty() {
            self.entries.push(Entry { section, label, text });
        }
    }

    fn text(&mut self, section: &'static str, label: &str, text: &str) {
        self.put(section, self.m.get(label), text.to_owned());
    }

    fn list(&mut self, section: &'static str, label: &str, items: &[String]) {
        let lines: Vec<&str> = items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).collect();
        self.put(section, self.m.get(label), lines.join("\n"));
    }

    fn numbered(&self, label: &str, n: usize, field: &str) -> String {
        format!("{} {}: {}", self.m.get(label), n + 1, self.m.get(field))
    }
}

fn wellbeing_id(area: Wellbeing) -> &'static str {
    match area {
        Wellbeing::Dignity => msg!("wellbeing-dignity"),
        Wellbeing::Health => msg!("wellbeing-health"),
        Wellbeing::Protection => msg!("wellbeing-protection"),
        Wellbeing::Control => msg!("wellbeing-control"),
        Wellbeing::Participation => msg!("wellbeing-participation"),
        Wellbeing::SocialAndEconomic => msg!("wellbeing-social-economic"),
        Wellbeing::Relationships => msg!("wellbeing-relationships"),
        Wellbeing::Accommodation => msg!("wellbeing-accommodation"),
        Wellbeing::Contribution => msg!("wellbeing-contribution"),
    }
}

pub const WELLBEING: [Wellbeing; 9] = [
    Wellbeing::Dignity,
    Wellbeing::Health,
    Wellbeing::Protection,
    Wellbeing::Control,
    Wellbeing::Participation,
    Wellbeing::SocialAndEconomic,
    Wellbeing::Relationships,
    Wellbeing::Accommodation,
    Wellbeing::Contribution,
];

/// An area of wellbeing, in words.
pub fn wellbeing(m: &Messages, area: Wellbeing) -> String {
    m.get(wellbeing_id(area))
}

/// How a personal budget is managed, in words.
pub fn management(m: &Messages, how: BudgetManagement) -> String {
    m.get(match how {
        BudgetManagement::DirectPayment => msg!("budget-direct-payment"),
        BudgetManagement::CouncilManaged => msg!("budget-council-managed"),
        BudgetManagement::IndividualServiceFund => msg!("budget-individual-service-fund"),
    })
}

pub fn entries(content: &PlanContent, m: &Messages) -> Vec<Entry> {
    let mut w = Writer { m, entries: Vec::new() };
    let [
        about,
        strengths,
        needs,
        outcomes,
        support,
        budget,
        advice,
        contingency,
        involved,
        review,
    ] = SECTIONS;

    let a = &content.about_me;
    w.text(about, msg!("plan-important-to-me"), &a.important_to_me);
    w.text(about, msg!("plan-people-important"), &a.people_important_to_me);
    w.text(about, msg!("plan-communication"), &a.communication);
    w.text(about, msg!("plan-how-to-support"), &a.how_to_support_me);
    w.list(about, msg!("plan-please-do"), &a.please_do);
    w.list(about, msg!("plan-please-dont"), &a.please_dont);

    w.text(strengths, msg!("plan-can-do"), &content.strengths.what_i_can_do);
    w.text(strengths, msg!("plan-who-helps"), &content.strengths.who_helps_me);

    for (i, need) in content.needs.iter().enumerate() {
        let label = w.numbered(msg!("plan-need"), i, msg!("plan-need-description"));
        w.put(needs, label, need.description.clone());
        let eligible = m.get(if need.eligible {
            msg!("plan-eligible-yes")
        } else {
            msg!("plan-eligible-no")
        });
        let label = w.numbered(msg!("plan-need"), i, msg!("plan-eligible"));
        w.put(needs, label, eligible);
        let areas: Vec<String> = need.wellbeing.iter().map(|area| wellbeing(m, *area)).collect();
        let label = w.numbered(msg!("plan-need"), i, msg!("plan-wellbeing"));
        w.put(needs, label, areas.join("\n"));
        let label = w.numbered(msg!("plan-need"), i, msg!("plan-how-met"));
        w.put(needs, label, need.how_met.clone());
    }

    w.list(outcomes, msg!("plan-outcomes"), &content.outcomes);

    for (i, s) in content.support.iter().enumerate() {
        let label = w.numbered(msg!("plan-support-item"), i, msg!("plan-support-what"));
        w.put(support, label, s.what.clone());
        let who = match &s.provider {
            Provider::Organisation { name } => name.clone(),
            Provider::UnpaidCarer { name, agreed } => m.get_with(
                if *agreed {
                    msg!("plan-carer-agreed")
                } else {
                    msg!("plan-carer-not-agreed")
                },
                &[("name", name)],
            ),
        };
        let label = w.numbered(msg!("plan-support-item"), i, msg!("plan-support-who"));
        w.put(support, label, who);
        let label = w.numbered(msg!("plan-support-item"), i, msg!("plan-support-when"));
        w.put(support, label, s.when.clone());
        let label = w.numbered(msg!("plan-support-item"), i, msg!("plan-support-hours"));
        w.put(support, label, hours_in(s.tenths_of_hours_per_week, m.locale()));
        let label = w.numbered(msg!("plan-support-item"), i, msg!("plan-support-cost"));
        if let Some(pence) = s.weekly_cost_pence {
            w.put(support, label, pounds_in(pence, m.locale()));
        }
    }

    if let Some(b) = &content.budget {
        w.put(
            budget,
            m.get(msg!("plan-budget-yearly")),
            pounds_in(b.yearly_pence, m.locale()),
        );
        w.put(
            budget,
            m.get(msg!("plan-budget-weekly")),
            pounds_in(b.weekly_pence, m.locale()),
        );
        w.put(
            budget,
            m.get(msg!("plan-budget-council")),
            pounds_in(b.council_weekly_pence, m.locale()),
        );
        w.put(
            budget,
            m.get(msg!("plan-budget-contribution")),
            pounds_in(b.contribution_weekly_pence, m.locale()),
        );
        w.put(budget, m.get(msg!("plan-budget-managed")), management(m, b.managed_by));
        if let Some(payment) = &b.direct_payment {
            let every = payment.every_weeks.to_string();
            let text = m.get_with(
                msg!("plan-direct-payment-text"),
                &[
                    ("amount", &pounds_in(payment.amount_pence, m.locale())),
                    ("weeks", &every),
                ],
            );
            w.put(budget, m.get(msg!("plan-direct-payment")), text);
        }
    }

    w.text(advice, msg!("plan-advice"), &content.advice);
    w.text(advice, msg!("plan-prevention"), &content.prevention);

    let c = &content.contingency;
    w.text(contingency, msg!("plan-if-carer-ill"), &c.if_carer_ill);
    w.text(contingency, msg!("plan-if-visit-missed"), &c.if_visit_missed);
    w.text(contingency, msg!("plan-who-to-call"), &c.who_to_call);
    w.text(contingency, msg!("plan-out-of-hours"), &c.out_of_hours);

    w.list(involved, msg!("plan-involved"), &content.involved);
    if let Some(date) = &content.next_review {
        w.put(review, m.get(msg!("plan-next-review")), date.clone());
    }
    w.entries
}

/// What changed between two versions, answer by answer, in reading order.
pub fn changes(before: &PlanContent, after: &PlanContent, m: &Messages) -> Vec<crate::plan::Change> {
    let old = entries(before, m);
    let new = entries(after, m);
    let mut labels: Vec<&str> = Vec::new();
    for entry in new.iter().chain(old.iter()) {
        if !labels.contains(&entry.label.as_str()) {
            labels.push(&entry.label);
        }
    }
    let text_of = |list: &[Entry], label: &str| {
        list.iter()
            .find(|e| e.label == label)
            .map(|e| e.text.clone())
            .unwrap_or_default()
    };
    labels
        .into_iter()
        .filter_map(|label| {
            let (before, after) = (text_of(&old, label), text_of(&new, label));
            (before != after).then(|| crate::plan::Change {
                label: label.to_owned(),
                before,
                after,
            })
        })
        .collect()
}
