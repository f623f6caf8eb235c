//! What each client of a section sends: the requests a person, a carer, a caseworker or a
//! manager makes, in turn, each signed in with one of the seeded sessions.

use anyhow::{Context, Result};
use serde_json::{Value, json};

use super::http::Request;

/// The signed-in accounts `ourplan bench-seed` wrote, with the ids the URLs need.
pub struct Sample {
    pub people: Vec<Person>,
    pub carers: Vec<Carer>,
    pub caseworkers: Vec<String>,
    pub managers: Vec<String>,
}

pub struct Person {
    pub token: String,
    pub plan: String,
    /// Their caseworker's session: who declines their review and edits their plan.
    pub worker: String,
}

pub struct Carer {
    pub token: String,
    pub person: String,
    pub plan: String,
}

impl Sample {
    pub fn read(json: &Value) -> Result<Self> {
        let text = |v: &Value, key: &str| -> Result<String> {
            v[key]
                .as_str()
                .map(str::to_owned)
                .with_context(|| format!("no {key} in the sample"))
        };
        let list = |key: &str| json[key].as_array().cloned().unwrap_or_default();
        Ok(Self {
            people: list("signed_in_people")
                .iter()
                .map(|p| {
                    Ok(Person {
                        token: text(p, "token")?,
                        plan: text(p, "plan_id")?,
                        worker: text(p, "worker_token")?,
                    })
                })
                .collect::<Result<_>>()?,
            carers: list("signed_in_carers")
                .iter()
                .map(|c| {
                    Ok(Carer {
                        token: text(c, "token")?,
                        person: text(c, "person_id")?,
                        plan: text(c, "plan_id")?,
                    })
                })
                .collect::<Result<_>>()?,
            caseworkers: list("signed_in_caseworkers")
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            managers: list("signed_in_managers")
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
        })
    }

    fn count(&self, who: Who) -> usize {
        match who {
            Who::Nobody => 1,
            Who::People => self.people.len(),
            Who::Carers => self.carers.len(),
            Who::Caseworkers => self.caseworkers.len(),
            Who::Managers => self.managers.len(),
        }
    }
}

/// Whose sessions a section's clients use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Nobody,
    People,
    Carers,
    Caseworkers,
    Managers,
}

impl Who {
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Nobody,
            Self::People,
            Self::Carers,
            Self::Caseworkers,
            Self::Managers,
        ]
        .into_iter()
        .find(|who| who.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Nobody => "nobody",
            Self::People => "people",
            Self::Carers => "carers",
            Self::Caseworkers => "caseworkers",
            Self::Managers => "managers",
        }
    }
}

/// One kind of request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Healthz,
    MyPlan,
    MyContributions,
    MyReviews,
    CaringFor,
    CaredPlan,
    CaredContributions,
    CaredReviews,
    Caseload,
    ReviewQueue,
    GoalsQueue,
    LookedAt,
    AddGoal,
    WithdrawGoal,
    AddWish,
    RemoveWish,
    AskReview,
    DeclineReview,
    OpenDraft,
    SaveDraft,
    Publish,
}

/// The writes, in the order one turn makes them: each uses what the one before it made.
pub const WRITES: [Op; 9] = [
    Op::AddGoal,
    Op::WithdrawGoal,
    Op::AddWish,
    Op::RemoveWish,
    Op::AskReview,
    Op::DeclineReview,
    Op::OpenDraft,
    Op::SaveDraft,
    Op::Publish,
];

pub const ALL: [Op; 21] = [
    Op::Healthz,
    Op::MyPlan,
    Op::MyContributions,
    Op::MyReviews,
    Op::CaringFor,
    Op::CaredPlan,
    Op::CaredContributions,
    Op::CaredReviews,
    Op::Caseload,
    Op::ReviewQueue,
    Op::GoalsQueue,
    Op::LookedAt,
    Op::AddGoal,
    Op::WithdrawGoal,
    Op::AddWish,
    Op::RemoveWish,
    Op::AskReview,
    Op::DeclineReview,
    Op::OpenDraft,
    Op::SaveDraft,
    Op::Publish,
];

impl Op {
    pub fn name(self) -> &'static str {
        match self {
            Self::Healthz => "GET /healthz",
            Self::MyPlan => "read my plan",
            Self::MyContributions => "my goals and wishes",
            Self::MyReviews => "my reviews",
            Self::CaringFor => "people I care for",
            Self::CaredPlan => "their plan",
            Self::CaredContributions => "their goals and wishes",
            Self::CaredReviews => "their reviews",
            Self::Caseload => "caseload",
            Self::ReviewQueue => "review queue",
            Self::GoalsQueue => "goals queue",
            Self::LookedAt => "who looked at my plan (100,000 views)",
            Self::AddGoal => "add a goal",
            Self::WithdrawGoal => "withdraw it",
            Self::AddWish => "add a wish",
            Self::RemoveWish => "remove it",
            Self::AskReview => "ask for a review",
            Self::DeclineReview => "caseworker declines it",
            Self::OpenDraft => "caseworker opens the draft",
            Self::SaveDraft => "saves the draft",
            Self::Publish => "publishes it",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        ALL.into_iter().find(|op| op.name() == name)
    }
}

/// What one client sends next: it walks its share of the sessions, running the section's
/// requests in turn for each; a request that fails starts the turn again with the next.
pub struct Script<'s> {
    sample: &'s Sample,
    ops: &'s [Op],
    who: Who,
    actors: Vec<usize>,
    actor: usize,
    step: usize,
    got: Got,
}

/// What earlier answers in a turn gave the later requests.
#[derive(Default)]
struct Got {
    goal: String,
    wish: String,
    review: String,
    draft: Option<(i64, Value)>,
    saved: i64,
}

impl<'s> Script<'s> {
    /// Client `client` of `clients`: its own sessions when there are enough (writes never
    /// share a person, so nothing they do collides), else a shared one.
    pub fn new(sample: &'s Sample, ops: &'s [Op], who: Who, client: usize, clients: usize) -> Result<Self> {
        let pool = sample.count(who);
        anyhow::ensure!(pool > 0, "the sample has no signed-in {}", who.name());
        let actors = if pool >= clients {
            (client..pool).step_by(clients).collect()
        } else {
            vec![client % pool]
        };
        Ok(Self {
            sample,
            ops,
            who,
            actors,
            actor: 0,
            step: 0,
            got: Got::default(),
        })
    }

    pub fn op(&self) -> Op {
        self.ops[self.step]
    }

    /// The request for the current step of this client's turn.
    pub fn request(&self) -> Request<'s> {
        let index = self.actors[self.actor];
        let s = self.sample;
        let get = |path: String, token: &'s str| Request {
            method: "GET",
            path,
            body: None,
            token: Some(token),
        };
        let send = |method, path: String, body: Option<Value>, token: &'s str| Request {
            method,
            path,
            body: body.map(|b| b.to_string()),
            token: Some(token),
        };
        let staff = || match self.who {
            Who::Managers => s.managers[index].as_str(),
            _ => s.caseworkers[index].as_str(),
        };
        let person = || &s.people[index];
        let carer = || &s.carers[index];
        let got = &self.got;
        match self.op() {
            Op::Healthz => Request {
                method: "GET",
                path: "/healthz".into(),
                body: None,
                token: None,
            },
            Op::MyPlan => get(
                format!("/api/v1/plans/{}/versions/latest", person().plan),
                &person().token,
            ),
            Op::MyContributions => get("/api/v1/me/contributions".into(), &person().token),
            Op::MyReviews => get("/api/v1/me/reviews".into(), &person().token),
            Op::CaringFor => get("/api/v1/me/caring-for".into(), &carer().token),
            Op::CaredPlan => get(
                format!("/api/v1/plans/{}/versions/latest", carer().plan),
                &carer().token,
            ),
            Op::CaredContributions => get(
                format!("/api/v1/people/{}/contributions", carer().person),
                &carer().token,
            ),
            Op::CaredReviews => get(format!("/api/v1/people/{}/reviews", carer().person), &carer().token),
            Op::Caseload => get("/api/v1/caseload".into(), staff()),
            Op::ReviewQueue => get("/api/v1/reviews".into(), staff()),
            Op::GoalsQueue => get("/api/v1/contributions".into(), staff()),
            // Only the first person's plan has been viewed so often.
            Op::LookedAt => get(
                format!("/api/v1/plans/{}/looked-at", s.people[0].plan),
                &s.people[0].token,
            ),
            Op::AddGoal => send(
                "POST",
                "/api/v1/me/goals".into(),
                Some(json!({
                    "what": "Walk to the park with my grandson",
                    "why": "I miss being outside.",
                    "can_do": "I can walk to the end of the road.",
                    "who_helps": "My neighbour.",
                    "would_help": "A walking frame that folds.",
                    "importance": 7,
                })),
                &person().token,
            ),
            Op::WithdrawGoal => send(
                "POST",
                format!("/api/v1/goals/{}/withdraw", got.goal),
                None,
                &person().token,
            ),
            Op::AddWish => send(
                "POST",
                "/api/v1/me/wishes".into(),
                Some(json!({ "kind": "times", "text": "Please come after 9am on Sundays." })),
                &person().token,
            ),
            Op::RemoveWish => send("DELETE", format!("/api/v1/wishes/{}", got.wish), None, &person().token),
            // "Other": the seeded open requests never use it, and each is declined before
            // the person asks again, so the one-open-request-per-reason rule never refuses.
            Op::AskReview => send(
                "POST",
                "/api/v1/me/reviews".into(),
                Some(json!({
                    "reason": "other",
                    "what_happened": "I would like to talk about my Thursday visits.",
                    "urgency": "can_wait",
                    "contact_how": "phone",
                    "contact_when": "Afternoons",
                })),
                &person().token,
            ),
            Op::DeclineReview => send(
                "POST",
                format!("/api/v1/reviews/{}/steps", got.review),
                Some(
                    json!({ "step": "declined", "reasons": "We talked on the phone and agreed nothing needs to change." }),
                ),
                &person().worker,
            ),
            Op::OpenDraft => get(format!("/api/v1/plans/{}/draft", person().plan), &person().worker),
            Op::SaveDraft => {
                let (version, content) = got.draft.clone().unwrap_or((0, Value::Null));
                send(
                    "PUT",
                    format!("/api/v1/plans/{}/draft", person().plan),
                    Some(json!({ "version": version, "content": content })),
                    &person().worker,
                )
            }
            Op::Publish => send(
                "POST",
                format!("/api/v1/plans/{}/publish", person().plan),
                Some(json!({ "version": got.saved, "message": "" })),
                &person().worker,
            ),
        }
    }

    /// Takes what the answer gives later requests, and moves on; after a failure, to the
    /// next session's turn.
    pub fn answered(&mut self, ok: bool, body: &[u8]) {
        let kept = ok && self.keep(body).is_some();
        self.step += 1;
        if !kept || self.step == self.ops.len() {
            self.step = 0;
            self.actor = (self.actor + 1) % self.actors.len();
        }
    }

    fn keep(&mut self, body: &[u8]) -> Option<()> {
        let op = self.op();
        if !matches!(
            op,
            Op::AddGoal | Op::AddWish | Op::AskReview | Op::OpenDraft | Op::SaveDraft
        ) {
            return Some(());
        }
        let json: Value = serde_json::from_slice(body).ok()?;
        match op {
            Op::AddGoal => self.got.goal = json.as_str()?.to_owned(),
            Op::AddWish => self.got.wish = json.as_str()?.to_owned(),
            Op::AskReview => self.got.review = json.as_str()?.to_owned(),
            Op::OpenDraft => self.got.draft = Some((json["version"].as_i64()?, json["content"].clone())),
            _ => self.got.saved = json["version"].as_i64()?,
        }
        Some(())
    }
}
