//! What a page needs for its first render, asked of the API as the browser would ask it:
//! with the reader's cookies and address, through every check and audit a request makes.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use api::auth::{Display, Me};
use api::i18n::{DEFAULT_LOCALE, bundled_source, negotiate, parse_accept_language};
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use frontend::Rendered;
use frontend::preload::{Answer, Preload, Refused};
use serde::Serialize;
use serde_json::value::RawValue;
use tower::ServiceExt;

/// Pages whose data depends on other data (a person, then their plan) take more than one
/// round; none needs more than this.
const ROUNDS: usize = 4;
/// What every page reads: who is signed in, and the council's details.
const ALWAYS: [&str; 2] = ["/api/v1/me", "/api/v1/service"];
/// The largest answer a page is drawn with.
const ANSWER_LIMIT: usize = 4 * 1024 * 1024;

/// Asks the API on behalf of the page's reader.
pub struct Asker {
    api: Router,
    headers: HeaderMap,
    peer: Option<ConnectInfo<SocketAddr>>,
}

impl Asker {
    pub fn new(api: Router, request: &Request) -> Self {
        let mut headers = request.headers().clone();
        for name in [header::CONTENT_LENGTH, header::CONTENT_TYPE, header::TRANSFER_ENCODING] {
            headers.remove(name);
        }
        Self {
            api,
            headers,
            peer: request.extensions().get::<ConnectInfo<SocketAddr>>().copied(),
        }
    }

    async fn get(&self, path: &str) -> Result<Answer, String> {
        Ok(self.ask(Method::GET, path, Body::empty()).await?.0)
    }

    /// Sends `body` as JSON, as the app would; with the cookies the API set.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: &impl Serialize,
    ) -> Result<(Answer, Vec<HeaderValue>), String> {
        let json = serde_json::to_vec(body).map_err(|e| e.to_string())?;
        self.ask(method, path, Body::from(json)).await
    }

    async fn ask(&self, method: Method, path: &str, body: Body) -> Result<(Answer, Vec<HeaderValue>), String> {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .body(body)
            .map_err(|e| e.to_string())?;
        *request.headers_mut() = self.headers.clone();
        request
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(peer) = self.peer {
            request.extensions_mut().insert(peer);
        }
        let response = self.api.clone().oneshot(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let cookies = response.headers().get_all(header::SET_COOKIE).iter().cloned().collect();
        let bytes = axum::body::to_bytes(response.into_body(), ANSWER_LIMIT)
            .await
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8(bytes.to_vec()).unwrap_or_default();
        let body = RawValue::from_string(text)
            .or_else(|_| RawValue::from_string("null".into()))
            .map_err(|e| e.to_string())?;
        Ok((Answer { status, body }, cookies))
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
    }
}

/// Renders `target` until it asks for nothing more, fetching what each round asked for;
/// with a form the API refused, if one was sent without the app.
pub async fn render(asker: &Asker, target: &str, refused: Option<Refused>) -> Result<(Preload, Rendered), String> {
    let mut answers = BTreeMap::new();
    for path in ALWAYS {
        answers.insert(path.to_owned(), asker.get(path).await?);
    }
    let mut preload = settings(asker, answers);
    preload.refused = refused;
    for round in 1..=ROUNDS {
        let (page, target_owned) = (preload.clone(), target.to_owned());
        let rendered = tokio::task::spawn_blocking(move || frontend::render(&target_owned, &page))
            .await
            .map_err(|e| format!("rendering {target}: {e}"))?;
        if rendered.wanted.is_empty() || round == ROUNDS {
            return Ok((preload, rendered));
        }
        for path in &rendered.wanted {
            preload.answers.insert(path.clone(), asker.get(path).await?);
        }
    }
    unreachable!("the last round returns")
}

/// The language and display the page is drawn in: this phone's choice (its cookies), else
/// the signed-in account's, else (for language) what the browser asks for.
fn settings(asker: &Asker, answers: BTreeMap<String, Answer>) -> Preload {
    let me: Option<Me> = answers
        .get(ALWAYS[0])
        .filter(|answer| answer.status == 200)
        .and_then(|answer| serde_json::from_str(answer.body.get()).ok());
    let asked = asker
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(parse_accept_language)
        .unwrap_or_default();
    let account = me.as_ref().map(|me| me.language.as_str());
    let locale = negotiate(asker.cookie("ourplan-lang").into_iter().chain(account).chain(asked));
    let chosen = asker.cookie(Display::COOKIE).and_then(Display::from_cookie_value);
    Preload {
        locale: locale.to_owned(),
        messages: (locale != DEFAULT_LOCALE).then(|| bundled_source(locale).unwrap_or_default().to_owned()),
        display: chosen.or(me.map(|me| me.display)).unwrap_or_default(),
        answers,
        refused: None,
    }
}
