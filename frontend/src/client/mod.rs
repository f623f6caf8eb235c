//! The app's only way to the server: typed requests with the `api` crate's types.

use api::auth::{
    CeremonyStart, DemoAccount, DemoSignIn, FinishRegistration, FinishSignIn, Invitable, InvitationCreated,
    InvitationInfo, Me, NewInvitation, NewPasskey, PasskeyInfo, RedeemInvitation, SessionInfo, SignInChange,
};
use api::carers::{CaredFor, CarerAccess, Concern, ConcernInput, EndAccess, Grant, MyCarers, Record};
use api::error::ErrorCode;
use api::goals::{Answer as GoalAnswer, ContributionKind, Contributions, GoalInput, NoteInput, QueueItem, WishInput};
use api::notifications::Notifications;
use api::plan::{
    CaseloadEntry, Comparison, DraftView, LookedAt, NamedWorker, NewPlan, PlanContent, PlanKind, PlanSummary, PlanView,
    PublishDraft, Respond, Response as PlanResponse, SaveDraft, Saved, VersionInfo,
};
use api::reviews::{AdditionInput, QueueEntry, RequestInput, Review, Step};
use api::service::ServiceInfo;
use api::todo::TodoItem;
use gloo_net::http::{Method, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;

mod error;

pub use error::Error;

/// Whose goals, wishes, reviews and contributions: the signed-in person's own (`/me/…`),
/// or those of someone a carer cares for (`/people/{id}/…`). The server checks the rest.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    Me,
    Person(String),
}

impl Subject {
    /// Whom a carer acts for; none when it is the person themselves.
    pub fn person(&self) -> Option<String> {
        match self {
            Self::Me => None,
            Self::Person(id) => Some(id.clone()),
        }
    }

    fn path(&self, rest: &str) -> String {
        match self {
            Self::Me => format!("/api/v1/me/{rest}"),
            Self::Person(id) => format!("/api/v1/people/{id}/{rest}"),
        }
    }
}

/// One request and its answer's text, or why there was none. Not generic, so the app
/// holds one copy of it rather than one for every type it sends and reads.
async fn exchange(method: Method, path: &str, json: Option<String>) -> Result<String, Error> {
    let request = RequestBuilder::new(path).method(method);
    let request = match json {
        Some(json) => request.header("content-type", "application/json").body(json),
        None => request.build(),
    };
    let response = request
        .map_err(|_| Error::Network)?
        .send()
        .await
        .map_err(|_| Error::Network)?;
    let text = response.text().await.map_err(|_| Error::Network)?;
    if response.ok() { Ok(text) } else { Err(refusal(&text)) }
}

/// The server's explanation of a refusal; a body that is not one means the answer came
/// from something in between (a proxy's error page), so it counts as no answer.
fn refusal(text: &str) -> Error {
    serde_json::from_str(text).map_or(Error::Network, Error::from_body)
}

fn decode<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|_| Error::Network)
}

fn encode<B: Serialize>(body: &B) -> Result<Option<String>, Error> {
    serde_json::to_string(body).map(Some).map_err(|_| Error::Network)
}

/// A GET: during the first render, answered from what the page handed in (or never, if it
/// handed in nothing: the page shows "Loading…" and asks the network after hydration).
async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Error> {
    match crate::preload::lookup(path) {
        Some(Some(handed_in)) if (200..300).contains(&handed_in.status) => decode(handed_in.body.get()),
        Some(Some(handed_in)) => Err(refusal(handed_in.body.get())),
        Some(None) => std::future::pending().await,
        None => decode(&exchange(Method::GET, path, None).await?),
    }
}

async fn post<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, Error> {
    decode(&exchange(Method::POST, path, encode(body)?).await?)
}

async fn post_done<B: Serialize>(path: &str, body: &B) -> Result<(), Error> {
    exchange(Method::POST, path, encode(body)?).await.map(drop)
}

async fn post_empty(path: &str) -> Result<(), Error> {
    exchange(Method::POST, path, Some("{}".to_owned())).await.map(drop)
}

async fn put<B: Serialize>(path: &str, body: &B) -> Result<(), Error> {
    exchange(Method::PUT, path, encode(body)?).await.map(drop)
}

async fn delete(path: &str) -> Result<(), Error> {
    exchange(Method::DELETE, path, None).await.map(drop)
}

pub async fn service_info() -> Result<ServiceInfo, Error> {
    get("/api/v1/service").await
}

pub async fn choose_display(display: &api::auth::Display) -> Result<(), Error> {
    put("/api/v1/me/display", display).await
}

pub async fn choose_language(tag: &str) -> Result<(), Error> {
    put(
        "/api/v1/me/language",
        &api::auth::ChooseLanguage {
            language: tag.to_owned(),
        },
    )
    .await
}

/// Who is signed in; `None` when nobody is.
pub async fn me() -> Result<Option<Me>, Error> {
    match get("/api/v1/me").await {
        Ok(me) => Ok(Some(me)),
        Err(error) if error.is(ErrorCode::SignedOut) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The whole sign-in: a challenge from the server, the phone's passkey, the server's check.
pub async fn sign_in() -> Result<Me, Error> {
    let start: CeremonyStart = post("/api/v1/sign-in", &serde_json::json!({})).await?;
    let credential = crate::passkey::get(&start.options).await.map_err(Error::Passkey)?;
    post(
        "/api/v1/sign-in/finish",
        &FinishSignIn {
            ceremony: start.ceremony,
            credential,
        },
    )
    .await
}

/// Redeems an invitation: checks the code, makes a passkey, signs in.
pub async fn redeem(code: String, passkey_name: String) -> Result<Me, Error> {
    let start: CeremonyStart = post("/api/v1/invitations/redeem", &RedeemInvitation { code, passkey_name }).await?;
    let credential = crate::passkey::create(&start.options).await.map_err(Error::Passkey)?;
    let finish = FinishRegistration {
        ceremony: start.ceremony,
        credential,
    };
    post("/api/v1/invitations/redeem/finish", &finish).await
}

pub async fn sign_out() -> Result<(), Error> {
    post_empty("/api/v1/sign-out").await
}

/// Asks the phone for one of this account's passkeys, to confirm it is their owner.
async fn confirm_identity() -> Result<(), Error> {
    let start: CeremonyStart = post("/api/v1/me/confirm", &serde_json::json!({})).await?;
    let credential = crate::passkey::get(&start.options).await.map_err(Error::Passkey)?;
    let finish = FinishSignIn {
        ceremony: start.ceremony,
        credential,
    };
    post_done("/api/v1/me/confirm/finish", &finish).await
}

/// Makes a change to how one signs in; when the server wants a passkey used in the last
/// few minutes first, the phone asks for one, and the change is tried once more.
async fn confirmed<T, F: Future<Output = Result<T, Error>>>(change: impl Fn() -> F) -> Result<T, Error> {
    match change().await {
        Err(error) if error.is(ErrorCode::ConfirmIdentity) => {
            confirm_identity().await?;
            change().await
        }
        other => other,
    }
}

pub async fn passkeys() -> Result<Vec<PasskeyInfo>, Error> {
    get("/api/v1/me/passkeys").await
}

pub async fn sign_in_changes() -> Result<Vec<SignInChange>, Error> {
    get("/api/v1/me/sign-in-changes").await
}

pub async fn add_passkey(passkey_name: String) -> Result<PasskeyInfo, Error> {
    let body = NewPasskey { passkey_name };
    let start: CeremonyStart = confirmed(|| post("/api/v1/me/passkeys", &body)).await?;
    let credential = crate::passkey::create(&start.options).await.map_err(Error::Passkey)?;
    let finish = FinishRegistration {
        ceremony: start.ceremony,
        credential,
    };
    post("/api/v1/me/passkeys/finish", &finish).await
}

pub async fn remove_passkey(id: String) -> Result<(), Error> {
    let path = format!("/api/v1/me/passkeys/{id}");
    confirmed(|| delete(&path)).await
}

pub async fn sessions() -> Result<Vec<SessionInfo>, Error> {
    get("/api/v1/me/sessions").await
}

pub async fn end_session(id: String) -> Result<(), Error> {
    let path = format!("/api/v1/me/sessions/{id}");
    confirmed(|| delete(&path)).await
}

pub async fn invitable() -> Result<Vec<Invitable>, Error> {
    get("/api/v1/invitations/invitable").await
}

pub async fn invitations() -> Result<Vec<InvitationInfo>, Error> {
    get("/api/v1/invitations").await
}

pub async fn invite(invitation: NewInvitation) -> Result<InvitationCreated, Error> {
    post("/api/v1/invitations", &invitation).await
}

pub async fn revoke_invitation(id: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/invitations/{id}/revoke")).await
}

pub async fn my_plans() -> Result<Vec<PlanSummary>, Error> {
    get("/api/v1/me/plans").await
}

pub async fn caseload() -> Result<Vec<CaseloadEntry>, Error> {
    get("/api/v1/caseload").await
}

pub async fn start_plan(person_id: String, kind: PlanKind) -> Result<PlanSummary, Error> {
    post(&format!("/api/v1/people/{person_id}/plans"), &NewPlan { kind }).await
}

/// What publishing the draft would change, against the version the person has now.
pub async fn draft_changes(plan_id: String) -> Result<Comparison, Error> {
    get(&format!("/api/v1/plans/{plan_id}/draft/changes")).await
}

pub async fn draft(plan_id: String) -> Result<DraftView, Error> {
    get(&format!("/api/v1/plans/{plan_id}/draft")).await
}

pub async fn save_draft(plan_id: String, version: i64, content: PlanContent) -> Result<Saved, Error> {
    let draft = SaveDraft { version, content };
    let path = format!("/api/v1/plans/{plan_id}/draft");
    decode(&exchange(Method::PUT, &path, encode(&draft)?).await?)
}

/// Publishes the draft as the next version; `message` goes to the person with the news.
pub async fn publish(plan_id: String, version: i64, message: String) -> Result<Saved, Error> {
    post(
        &format!("/api/v1/plans/{plan_id}/publish"),
        &PublishDraft { version, message },
    )
    .await
}

/// The caseworker talked a disagreement with the plan through: it leaves their To do.
pub async fn disagreement_dealt_with(plan_id: String, response_id: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/plans/{plan_id}/responses/{response_id}/dealt-with")).await
}

pub async fn versions(plan_id: String) -> Result<Vec<VersionInfo>, Error> {
    get(&format!("/api/v1/plans/{plan_id}/versions")).await
}

/// One version of a plan; `which` is a number or `latest`.
pub async fn plan(plan_id: String, which: String) -> Result<PlanView, Error> {
    get(&format!("/api/v1/plans/{plan_id}/versions/{which}")).await
}

pub async fn respond(plan_id: String, version: i64, agrees: bool, comment: String) -> Result<PlanResponse, Error> {
    post(
        &format!("/api/v1/plans/{plan_id}/versions/{version}/response"),
        &Respond { agrees, comment },
    )
    .await
}

pub async fn compare(plan_id: String, from: i64, to: i64) -> Result<Comparison, Error> {
    get(&format!("/api/v1/plans/{plan_id}/compare?from={from}&to={to}")).await
}

pub async fn looked_at(plan_id: String) -> Result<Vec<LookedAt>, Error> {
    get(&format!("/api/v1/plans/{plan_id}/looked-at")).await
}

/// The goals and wishes of the person, with what the caseworker made of each.
/// The person's named worker and how to reach them, if they have one.
pub async fn named_worker(subject: Subject) -> Result<Option<NamedWorker>, Error> {
    get(&subject.path("worker")).await
}

pub async fn contributions(subject: Subject) -> Result<Contributions, Error> {
    get(&subject.path("contributions")).await
}

/// Adds a goal, the person's own or (a carer) for the person; the answer is its id.
pub async fn add_goal(subject: Subject, goal: GoalInput) -> Result<String, Error> {
    post(&subject.path("goals"), &goal).await
}

pub async fn edit_goal(id: String, goal: GoalInput) -> Result<(), Error> {
    put(&format!("/api/v1/goals/{id}"), &goal).await
}

pub async fn withdraw_goal(id: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/goals/{id}/withdraw")).await
}

pub async fn step_done(goal: String, step: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/goals/{goal}/steps/{step}/done")).await
}

pub async fn add_note(goal: String, text: String) -> Result<(), Error> {
    post_done(&format!("/api/v1/goals/{goal}/notes"), &NoteInput { text }).await
}

/// Adds a wish, the person's own or (a carer) for the person; the answer is its id.
pub async fn add_wish(subject: Subject, wish: WishInput) -> Result<String, Error> {
    post(&subject.path("wishes"), &wish).await
}

pub async fn edit_wish(id: String, wish: WishInput) -> Result<(), Error> {
    put(&format!("/api/v1/wishes/{id}"), &wish).await
}

pub async fn remove_wish(id: String) -> Result<(), Error> {
    delete(&format!("/api/v1/wishes/{id}")).await
}

pub async fn contribution_queue() -> Result<Vec<QueueItem>, Error> {
    get("/api/v1/contributions").await
}

pub async fn answer_contribution(kind: ContributionKind, id: String, answer: GoalAnswer) -> Result<(), Error> {
    let what = match kind {
        ContributionKind::Goal => "goals",
        ContributionKind::Wish => "wishes",
    };
    post_done(&format!("/api/v1/{what}/{id}/answer"), &answer).await
}

pub async fn demo_accounts() -> Result<Vec<DemoAccount>, Error> {
    get("/api/v1/demo/accounts").await
}

pub async fn demo_sign_in(account_id: String) -> Result<Me, Error> {
    post("/api/v1/demo/sign-in", &DemoSignIn { account_id }).await
}

/// Asks for a review of the person's plan, by them or (a carer) on their behalf; the answer
/// is the new review's id. A carer's request has its own address: `/people/{id}/reviews`
/// is where staff start a planned review.
pub async fn request_review(subject: Subject, request: RequestInput) -> Result<String, Error> {
    let path = match subject {
        Subject::Me => subject.path("reviews"),
        Subject::Person(_) => subject.path("review-requests"),
    };
    post(&path, &request).await
}

/// The person's reviews, newest first.
pub async fn reviews(subject: Subject) -> Result<Vec<Review>, Error> {
    get(&subject.path("reviews")).await
}

pub async fn review(id: String) -> Result<Review, Error> {
    get(&format!("/api/v1/reviews/{id}")).await
}

/// The person, or a carer for them, adds to a review under way.
pub async fn add_to_review(id: String, text: String) -> Result<(), Error> {
    post_done(&format!("/api/v1/reviews/{id}/information"), &AdditionInput { text }).await
}

/// The caseworker moves a review on; the server checks the step may follow the last one.
pub async fn take_review_step(id: String, step: Step) -> Result<(), Error> {
    post_done(&format!("/api/v1/reviews/{id}/steps"), &step).await
}

/// The staff member's review queue, most urgent and oldest first.
pub async fn review_queue() -> Result<Vec<QueueEntry>, Error> {
    get("/api/v1/reviews").await
}

/// Starts a planned review that has fallen due; the answer is its id.
pub async fn start_planned_review(person_id: String) -> Result<String, Error> {
    post(&format!("/api/v1/people/{person_id}/reviews"), &serde_json::json!({})).await
}

/// What waits on the signed-in member of staff, most urgent first.
pub async fn todo() -> Result<Vec<TodoItem>, Error> {
    get("/api/v1/todo").await
}

pub async fn notifications() -> Result<Notifications, Error> {
    get("/api/v1/me/notifications").await
}

pub async fn read_notifications() -> Result<(), Error> {
    post_empty("/api/v1/me/notifications/read").await
}

/// The signed-in person's carers, what each may do, and the history of their access.
pub async fn my_carers() -> Result<MyCarers, Error> {
    get("/api/v1/me/carers").await
}

/// The person gives a carer access, or changes it.
pub async fn grant_carer(carer_id: String, grant: Grant) -> Result<(), Error> {
    put(&format!("/api/v1/me/carers/{carer_id}"), &grant).await
}

/// The person ends a carer's access, at once.
pub async fn end_carer(carer_id: String) -> Result<(), Error> {
    delete(&format!("/api/v1/me/carers/{carer_id}")).await
}

/// "Is someone pressuring you?": told only to the person's caseworker.
pub async fn raise_concern(text: String) -> Result<(), Error> {
    post_done("/api/v1/me/concerns", &ConcernInput { text }).await
}

/// The people the signed-in carer cares for, with what each allows.
pub async fn caring_for() -> Result<Vec<CaredFor>, Error> {
    get("/api/v1/me/caring-for").await
}

/// For staff: the person's carers and their access.
pub async fn carers_of(person_id: String) -> Result<Vec<CarerAccess>, Error> {
    get(&format!("/api/v1/people/{person_id}/carers")).await
}

/// The caseworker records a carer's access: consent given to them, an LPA or a deputy.
pub async fn record_access(person_id: String, carer_id: String, record: Record) -> Result<(), Error> {
    put(&format!("/api/v1/people/{person_id}/carers/{carer_id}"), &record).await
}

pub async fn end_access(person_id: String, carer_id: String, reasons: String) -> Result<(), Error> {
    post_done(
        &format!("/api/v1/people/{person_id}/carers/{carer_id}/end"),
        &EndAccess { reasons },
    )
    .await
}

/// A carer the caseworker adds for the person, with their access from the start.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewCarer {
    pub full_name: String,
    pub relationship: String,
    pub email: String,
    pub language: String,
    pub access: Record,
}

/// Adds a carer; the answer is an invitation code to give them.
pub async fn add_carer(person_id: String, carer: NewCarer) -> Result<InvitationCreated, Error> {
    post(&format!("/api/v1/people/{person_id}/carers"), &carer).await
}

/// For staff: what the person raised privately and nobody has read yet.
pub async fn concerns_of(person_id: String) -> Result<Vec<Concern>, Error> {
    get(&format!("/api/v1/people/{person_id}/concerns")).await
}

pub async fn read_concern(id: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/concerns/{id}/read")).await
}

// Running the service: teams, staff, people and their caseworkers.

pub async fn teams() -> Result<Vec<api::admin::Team>, Error> {
    get("/api/v1/teams").await
}

pub async fn create_team(name: String) -> Result<String, Error> {
    post("/api/v1/teams", &api::admin::TeamInput { name }).await
}

pub async fn rename_team(id: String, name: String) -> Result<(), Error> {
    put(&format!("/api/v1/teams/{id}"), &api::admin::TeamInput { name }).await
}

pub async fn staff_members() -> Result<Vec<api::admin::StaffMember>, Error> {
    get("/api/v1/staff").await
}

pub async fn invite_staff(member: api::admin::NewStaffMember) -> Result<InvitationCreated, Error> {
    post("/api/v1/staff", &member).await
}

pub async fn change_staff(id: String, change: api::admin::StaffChange) -> Result<(), Error> {
    put(&format!("/api/v1/staff/{id}"), &change).await
}

/// `active: false` for a leaver; `true` to let them back.
pub async fn set_staff_active(id: String, active: bool) -> Result<(), Error> {
    let which = if active { "enable" } else { "disable" };
    post_empty(&format!("/api/v1/staff/{id}/{which}")).await
}

pub async fn staff_changes() -> Result<Vec<api::admin::StaffChangeEntry>, Error> {
    get("/api/v1/staff-changes").await
}

pub async fn failed_emails() -> Result<Vec<api::admin::FailedEmail>, Error> {
    get("/api/v1/failed-emails").await
}

pub async fn retry_email(id: String) -> Result<(), Error> {
    post_empty(&format!("/api/v1/failed-emails/{id}/retry")).await
}

pub async fn register_person(person: api::admin::NewPersonInput) -> Result<String, Error> {
    post("/api/v1/people", &person).await
}

pub async fn allocate(person: String, staff_id: String) -> Result<(), Error> {
    post_done(
        &format!("/api/v1/people/{person}/allocation"),
        &api::admin::Allocate { staff_id },
    )
    .await
}

/// Closes the person's case; returns the day their access to their plans ends.
pub async fn close_case(person: String) -> Result<String, Error> {
    post(&format!("/api/v1/people/{person}/close"), &serde_json::json!({})).await
}
