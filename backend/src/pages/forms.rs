//! The forms a person uses most also work as plain HTML, before the app has loaded or on a
//! phone that runs none: the browser posts the form to the page's own address, and the
//! server sends it to the API as the app would (the same checks, the same origin rule, the
//! same audit). Then the page again: after a redirect when it worked (post → redirect →
//! get), or with the problems beside the form and what was typed kept.
//!
//! The language menu works the same way. Fields are named as the app's controls are (`frontend/src/components/`), so a refused
//! form is drawn again from what was posted.

use std::collections::BTreeMap;

use api::auth::ChooseLanguage;
use api::error::{ErrorBody, ErrorCode};
use api::goals::{GoalInput, StepInput, WishInput, WishKind};
use api::msg;
use api::plan::Respond;
use api::reviews::{ContactWay, ContactWhom, MeetingNeeds, Reason, RequestInput, Urgency};
use axum::http::{HeaderValue, Method};
use frontend::preload::Refused;
use serde_json::{Value, to_value};

use super::gather::Asker;
use crate::state::AppState;

pub enum Sent {
    /// Worked: go to `to`, with the cookies the API set (signing out clears one).
    Done {
        to: String,
        cookies: Vec<HeaderValue>,
    },
    Refused {
        status: u16,
        refused: Refused,
    },
}

/// A posted form as the API request it stands for.
struct Request {
    path: String,
    body: Value,
    then: Then,
}

/// Where the person goes once it worked.
enum Then {
    /// The page the form was on, where what was sent now shows.
    Back,
    Go(&'static str),
    /// The review just asked for, by the id the API answers with: `{}` in the address.
    Review(String),
}

/// A question the person did not answer (a choice the API's types cannot leave out), as
/// the field and what to say.
type Unanswered = Vec<(&'static str, &'static str)>;

/// Sends the form posted to `page` (its fields, `application/x-www-form-urlencoded`).
pub async fn send(state: &AppState, asker: &Asker, page: &str, body: &[u8]) -> Result<Sent, String> {
    let values: BTreeMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let form = values.get("form").cloned().unwrap_or_default();
    let refuse = |status: u16, error: ErrorBody| Sent::Refused {
        status,
        refused: Refused {
            form: form.clone(),
            error,
            values: values.clone(),
        },
    };
    if form == "language" {
        return language(asker, page, values.get("language").map_or("", String::as_str)).await;
    }
    let request = match read(&form, &values) {
        Some(Ok(request)) => request,
        Some(Err(unanswered)) => {
            let error = in_words(state, asker, ErrorCode::Validation, &unanswered);
            return Ok(refuse(422, error));
        }
        None => return Ok(refuse(400, in_words(state, asker, ErrorCode::BadRequest, &[]))),
    };
    let (answer, cookies) = asker.send(Method::POST, &request.path, &request.body).await?;
    if !(200..300).contains(&answer.status) {
        let error = serde_json::from_str(answer.body.get()).map_err(|e| format!("the API's refusal: {e}"))?;
        return Ok(refuse(answer.status, error));
    }
    let to = match request.then {
        Then::Back => page.to_owned(),
        Then::Go(to) => to.to_owned(),
        Then::Review(to) => {
            let id: String = serde_json::from_str(answer.body.get()).map_err(|e| format!("the review's id: {e}"))?;
            to.replace("{}", &encode(&id))
        }
    };
    Ok(Sent::Done { to, cookies })
}

/// The request a form stands for; none when there is no such form.
fn read(form: &str, values: &BTreeMap<String, String>) -> Option<Result<Request, Unanswered>> {
    let field = |name: &str| values.get(name).cloned().unwrap_or_default();
    // Whom a carer acts for; no one when it is the person themselves.
    let person = Some(field("person")).filter(|p| !p.is_empty());
    let of_subject = |rest: &str| match &person {
        Some(person) => format!("/api/v1/people/{}/{rest}", encode(person)),
        None => format!("/api/v1/me/{rest}"),
    };
    let request = |path: String, body: Result<Value, serde_json::Error>, then: Then| {
        body.ok().map(|body| Request { path, body, then })
    };
    let read = match form {
        "respond" => {
            let agrees = match field("agrees").as_str() {
                "yes" => true,
                "no" => false,
                // The app asks for a choice before sending; so does the server.
                _ => return Some(Err(vec![("agrees", msg!("plan-answer-choose"))])),
            };
            let path = format!(
                "/api/v1/plans/{}/versions/{}/response",
                encode(&field("plan")),
                encode(&field("version"))
            );
            let body = to_value(Respond {
                agrees,
                comment: field("comment"),
            });
            request(path, body, Then::Back)
        }
        "goal" => {
            let goal = |name: &str| field(&format!("goal-new-{name}"));
            let steps = (0..2)
                .map(|s| [0, 1, 2].map(|j| goal(&format!("step-{s}-{j}"))))
                .filter(|[what, _, _]| !what.trim().is_empty())
                .map(|[what, who, by_when]| StepInput { what, who, by_when })
                .collect();
            let body = to_value(GoalInput {
                what: goal("what"),
                why: goal("why"),
                can_do: goal("can_do"),
                who_helps: goal("who_helps"),
                would_help: goal("would_help"),
                // Left unchosen, it is out of range: the API says so.
                importance: goal("importance").parse().unwrap_or(0),
                steps,
            });
            request(of_subject("goals"), body, Then::Back)
        }
        "wish" => {
            let body = to_value(WishInput {
                kind: WishKind::parse(&field("wish-kind")).unwrap_or(WishKind::Other),
                text: field("wish-text"),
            });
            request(of_subject("wishes"), body, Then::Back)
        }
        "review" => {
            let choices = (
                Reason::parse(&field("review-reason")),
                Urgency::parse(&field("review-urgency")),
                ContactWay::parse(&field("review-contact")),
            );
            let contact_whom = ContactWhom::parse(&field("review-whom"));
            let (Some(reason), Some(urgency), Some(contact_how)) = choices else {
                let missing = [
                    (choices.0.is_none(), "reason", msg!("review-problem-reason")),
                    (choices.1.is_none(), "urgency", msg!("review-problem-urgency")),
                    (choices.2.is_none(), "contact_how", msg!("review-problem-contact")),
                    (
                        person.is_some() && contact_whom.is_none(),
                        "contact_whom",
                        msg!("review-problem-whom"),
                    ),
                ];
                return Some(Err(missing
                    .into_iter()
                    .filter(|m| m.0)
                    .map(|(_, f, id)| (f, id))
                    .collect()));
            };
            let ticked = |need: &str| field(&format!("review-need-{need}")) == "yes";
            let interpreter = ticked("interpreter");
            let needs = MeetingNeeds {
                interpreter,
                interpreter_language: if interpreter {
                    field("review-interpreter-language")
                } else {
                    String::new()
                },
                advocate: ticked("advocate"),
                bsl: ticked("bsl"),
                large_print: ticked("large-print"),
                easy_read: ticked("easy-read"),
                someone_with_me: ticked("someone"),
            };
            let body = to_value(RequestInput {
                reason,
                what_happened: field("review-what-happened"),
                urgency,
                contact_how,
                contact_when: field("review-contact-when"),
                needs,
                contact_whom,
            });
            let (path, then) = match &person {
                None => (of_subject("reviews"), Then::Review("/reviews/{}".into())),
                // A carer follows the review when allowed to; else back to whom they care for.
                Some(p) if field("follow") == "yes" => (
                    of_subject("review-requests"),
                    Then::Review(format!("/caring-for/{}/reviews/{{}}", encode(p))),
                ),
                Some(_) => (of_subject("review-requests"), Then::Go("/caring-for")),
            };
            request(path, body, then)
        }
        "sign-out" => request(
            "/api/v1/sign-out".into(),
            Ok(Value::Object(Default::default())),
            Then::Go("/"),
        ),
        _ => None,
    };
    read.map(Ok)
}

/// A language chosen from the menu: kept on this phone (its cookie, as the app keeps it)
/// and, for someone signed in, with their account. Then the same page, in that language.
async fn language(asker: &Asker, page: &str, tag: &str) -> Result<Sent, String> {
    let Some(locale) = api::i18n::find(tag) else {
        return Ok(Sent::Done {
            to: page.to_owned(),
            cookies: Vec::new(),
        });
    };
    let chosen = ChooseLanguage {
        language: locale.tag.to_owned(),
    };
    // Signed out, there is no account to keep it with: the cookie is enough.
    let (_, mut cookies) = asker.send(Method::PUT, "/api/v1/me/language", &chosen).await?;
    let cookie = format!("ourplan-lang={}; Path=/; Max-Age=31536000; SameSite=Strict", locale.tag);
    cookies.push(HeaderValue::from_str(&cookie).map_err(|e| e.to_string())?);
    Ok(Sent::Done {
        to: page.to_owned(),
        cookies,
    })
}

/// A refusal of the server's own, in the reader's language, as the API words one.
fn in_words(state: &AppState, asker: &Asker, code: ErrorCode, problems: &[(&str, &str)]) -> ErrorBody {
    let messages = state.messages_for(asker.headers());
    ErrorBody::worded(code, problems, |id| messages.get(id))
}

/// A value from a form, made safe to stand as one segment of a path.
fn encode(segment: &str) -> String {
    url::form_urlencoded::byte_serialize(segment.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}
