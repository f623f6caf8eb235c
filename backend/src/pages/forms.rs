//! The forms a person uses most also work as plain HTML, before the app has loaded or on a
//! phone that runs none: the browser posts the form to the page's own address, and the
//! server sends it to the API as the app would (the same checks, the same origin rule, the
//! same audit). Then the page again: after a redirect when it worked (post → redirect →
//! get), or with the problems beside the form and what was typed kept.

use std::collections::BTreeMap;

use api::error::{ErrorBody, ErrorCode};
use api::msg;
use api::plan::Respond;
use axum::http::HeaderValue;
use frontend::preload::Refused;

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

/// Sends the form posted to `page` (its fields, `application/x-www-form-urlencoded`).
pub async fn send(state: &AppState, asker: &Asker, page: &str, body: &[u8]) -> Result<Sent, String> {
    let values: BTreeMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| values.get(name).cloned().unwrap_or_default();
    let form = field("form");
    let (path, json, to) = match form.as_str() {
        "respond" => {
            let agrees = match field("agrees").as_str() {
                "yes" => true,
                "no" => false,
                // The app asks for a choice before sending; so does the server.
                _ => {
                    let problems = [("agrees", msg!("plan-answer-choose"))];
                    let error = in_words(state, asker, ErrorCode::Validation, &problems);
                    return Ok(Sent::Refused {
                        status: 422,
                        refused: Refused { form, error, values },
                    });
                }
            };
            let path = format!(
                "/api/v1/plans/{}/versions/{}/response",
                encode(&field("plan")),
                encode(&field("version"))
            );
            let body = serde_json::to_value(Respond {
                agrees,
                comment: field("comment"),
            })
            .map_err(|e| e.to_string())?;
            (path, body, page.to_owned())
        }
        "sign-out" => ("/api/v1/sign-out".to_owned(), serde_json::json!({}), "/".to_owned()),
        _ => {
            let error = in_words(state, asker, ErrorCode::BadRequest, &[]);
            return Ok(Sent::Refused {
                status: 400,
                refused: Refused { form, error, values },
            });
        }
    };
    let (answer, cookies) = asker.post(&path, &json).await?;
    if (200..300).contains(&answer.status) {
        return Ok(Sent::Done { to, cookies });
    }
    let error = serde_json::from_str(answer.body.get()).map_err(|e| format!("the API's refusal: {e}"))?;
    Ok(Sent::Refused {
        status: answer.status,
        refused: Refused { form, error, values },
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
