//! Running OurPlan for a council: its teams, its staff (invited, moved, disabled when they
//! leave), the people it supports and which caseworker each is allocated to.

use serde::{Deserialize, Serialize};

use crate::plan_check::{FieldProblem, Problem, is_date, text};
use crate::staff::StaffRole;

pub const NAME_MAX: usize = 200;
pub const REFERENCE_MAX: usize = 64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Team {
    pub id: String,
    pub name: String,
    /// Active members of staff.
    pub members: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TeamInput {
    pub name: String,
}

/// A member of staff as those who run the service see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffMember {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub role: StaffRole,
    pub team_id: Option<String>,
    pub team_name: Option<String>,
    /// False once they have left: they cannot sign in, and their caseload needs
    /// reallocating.
    pub active: bool,
    /// People allocated to them now.
    pub caseload: i64,
    /// Whether they have set up a passkey from their invitation.
    pub signed_up: bool,
}

/// A new member of staff, invited with a one-time code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NewStaffMember {
    pub name: String,
    pub email: String,
    pub role: StaffRole,
    pub team_id: Option<String>,
}

/// A member of staff's new role and team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffChange {
    pub role: StaffRole,
    pub team_id: Option<String>,
}

/// One change to the council's teams and staff, for the admins' log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffChangeEntry {
    pub at: i64,
    /// Who made it ("OurPlan" for the command line).
    pub by: String,
    pub action: String,
    /// The member of staff or team it was about.
    pub about: String,
}

/// A person who draws on care and support, as a caseworker registers them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NewPersonInput {
    pub full_name: String,
    pub preferred_name: String,
    /// ISO date, optional.
    pub date_of_birth: String,
    pub language: String,
    /// How they need information given (Accessible Information Standard).
    pub communication_needs: String,
    pub email: String,
    pub phone: String,
    /// The council's reference in its case-management system.
    pub case_reference: String,
    /// Their caseworker: for a caseworker registering someone, themselves when empty.
    pub caseworker_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Allocate {
    pub staff_id: String,
}

pub fn check_team(team: &TeamInput) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "name", &team.name, NAME_MAX, true);
    problems
}

pub fn check_new_staff(staff: &NewStaffMember) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "name", &staff.name, NAME_MAX, true);
    if !is_email(staff.email.trim()) {
        problems.push(problem("email", Problem::NotEmail));
    }
    problems
}

/// Checks a person's details; `today` is an ISO date.
pub fn check_person(person: &NewPersonInput, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "full_name", &person.full_name, NAME_MAX, true);
    text(&mut problems, "preferred_name", &person.preferred_name, NAME_MAX, false);
    text(
        &mut problems,
        "case_reference",
        &person.case_reference,
        REFERENCE_MAX,
        true,
    );
    text(
        &mut problems,
        "communication_needs",
        &person.communication_needs,
        2000,
        false,
    );
    let born = person.date_of_birth.trim();
    if !born.is_empty() {
        if !is_date(born) {
            problems.push(problem("date_of_birth", Problem::NotADate));
        } else if born > today {
            problems.push(problem("date_of_birth", Problem::DateInFuture));
        }
    }
    if crate::i18n::find(&person.language).is_none() {
        problems.push(problem("language", Problem::NotALanguage));
    }
    let email = person.email.trim();
    if !email.is_empty() && !is_email(email) {
        problems.push(problem("email", Problem::NotEmail));
    }
    let phone = person.phone.trim();
    if !phone.is_empty() && !is_phone(phone) {
        problems.push(problem("phone", Problem::NotPhone));
    }
    problems
}

fn problem(field: &str, problem: Problem) -> FieldProblem {
    FieldProblem {
        field: field.to_owned(),
        problem,
    }
}

/// An address a message could be sent to: at most 254 characters, someone@somewhere.tld.
pub fn is_email(text: &str) -> bool {
    text.len() <= 254
        && text.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace)
        })
}

/// Digits, spaces, `+`, brackets and dashes, with at least six digits.
pub fn is_phone(text: &str) -> bool {
    text.len() <= 32
        && text.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c))
        && text.chars().filter(char::is_ascii_digit).count() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person() -> NewPersonInput {
        NewPersonInput {
            full_name: "Joan Ellis".into(),
            language: "en-GB".into(),
            case_reference: "NB300101".into(),
            ..NewPersonInput::default()
        }
    }

    #[test]
    fn a_person_needs_a_name_a_reference_and_a_language_we_speak() {
        assert!(check_person(&person(), "2026-11-30").is_empty());
        let wrong = NewPersonInput {
            full_name: " ".into(),
            case_reference: String::new(),
            date_of_birth: "2027-01-01".into(),
            language: "xx".into(),
            email: "joan at home".into(),
            phone: "call me".into(),
            ..person()
        };
        let found: Vec<(String, Problem)> = check_person(&wrong, "2026-11-30")
            .into_iter()
            .map(|p| (p.field, p.problem))
            .collect();
        assert_eq!(
            found,
            [
                ("full_name".into(), Problem::Missing),
                ("case_reference".into(), Problem::Missing),
                ("date_of_birth".into(), Problem::DateInFuture),
                ("language".into(), Problem::NotALanguage),
                ("email".into(), Problem::NotEmail),
                ("phone".into(), Problem::NotPhone),
            ]
        );
    }
}

/// An email the mail server refused for good, waiting for an admin to retry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FailedEmail {
    pub id: String,
    /// The address, shown only in part: `p…@example.org`.
    pub to: String,
    /// Which email it is ("news", "review_update", "recovered").
    pub template: String,
    pub created_at: i64,
    pub failed_at: i64,
    pub attempts: i64,
    /// "permanent" (the mail server refused it) or "unrenderable".
    pub why: String,
}
