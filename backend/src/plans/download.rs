//! "A copy of my plan": one self-contained HTML file, readable on any phone without the
//! app or a connection, and printable.

use api::i18n::Messages;
use api::plan::PlanKind;
use api::plan_text::{SECTIONS, entries};

use super::Published;

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn render(plan: &Published, kind: PlanKind, person: &str, published_by: &str, m: &Messages) -> String {
    let title_id = match kind {
        PlanKind::Care => api::msg!("plan-title-care"),
        PlanKind::Carer => api::msg!("plan-title-carer"),
    };
    let title = m.get_with(title_id, &[("name", person)]);
    let version = plan.version.to_string();
    let published = m.get_with(
        api::msg!("plan-published-by"),
        &[("version", &version), ("name", published_by)],
    );
    let all = entries(&plan.content, m);
    let mut body = String::new();
    for section in SECTIONS {
        let items: Vec<_> = all.iter().filter(|e| e.section == section).collect();
        if items.is_empty() {
            continue;
        }
        body.push_str(&format!("<h2>{}</h2>\n<dl>\n", esc(&m.get(section))));
        for entry in items {
            let text = esc(&entry.text).replace('\n', "<br>");
            body.push_str(&format!("<dt>{}</dt><dd>{text}</dd>\n", esc(&entry.label)));
        }
        body.push_str("</dl>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <style>body{{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#0b0c0c}}\
         h1{{font-size:1.75rem}}h2{{font-size:1.35rem;border-top:2px solid #1d4f91;padding-top:.75rem;margin-top:1.5rem}}\
         dt{{font-weight:700;margin-top:.75rem}}dd{{margin:0}}@page{{size:A4;margin:2cm}}</style>\n</head>\n<body>\n\
         <h1>{title}</h1>\n<p>{published}</p>\n{body}</body>\n</html>\n",
        lang = esc(m.locale()),
        title = esc(&title),
        published = esc(&published),
    )
}
