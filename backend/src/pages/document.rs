//! The HTML document around a drawn page: what `<head>` needs (hydration leaves it alone,
//! so language, direction, display settings, title and the style sheet are written here),
//! the answers handed to the app, and the script that starts it.

use api::msg;
use frontend::Rendered;
use frontend::preload::Preload;

use crate::state::AppState;

pub fn html(state: &AppState, preload: &Preload, rendered: &Rendered) -> String {
    let messages = state.messages(&preload.locale);
    let direction = if api::i18n::find(&preload.locale).is_some_and(|l| l.right_to_left) {
        "rtl"
    } else {
        "ltr"
    };
    let service = messages.get(msg!("app-name"));
    let title = match &rendered.title {
        Some(page) => format!("{page} – {service}"),
        None => service,
    };
    let display: String = preload
        .display
        .attributes()
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect();
    // After the page, so that a phone on slow data can show the page before the data (a
    // language's messages among it) has arrived; `<` escaped, so nothing in it can close
    // the script element.
    let handed_in = serde_json::to_string(preload)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    format!(
        "<!doctype html>\n\
<html lang=\"{lang}\" dir=\"{direction}\"{display}>\n\
<head>\n\
<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light dark\">\n\
<title>{title}</title>\n\
<style>{style}</style>\n\
<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n\
<script type=\"module\" src=\"/boot.js\"></script>\n\
</head>\n\
<body>\n<div id=\"main\">{body}</div>\n\
<script type=\"application/json\" id=\"preload\">{handed_in}</script>\n\
</body>\n</html>\n",
        lang = escape(&preload.locale),
        title = escape(&title),
        body = rendered.body,
        style = frontend::STYLE,
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
