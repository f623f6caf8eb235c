//! `summary.html`: what a person reads of their subject access copy, in their language,
//! right to left where it reads so; a plain page with no script, to open on any device.

use api::dates::{day_of_ms, iso};
use api::i18n::{LOCALES, Messages};
use api::msg;
use api::reviews::Reason;
use serde_json::Value;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn day(value: &Value) -> String {
    value.as_i64().map(|ms| iso(day_of_ms(ms))).unwrap_or_default()
}

fn text(value: &Value) -> String {
    escape(value.as_str().unwrap_or_default())
}

/// A heading and a list, or "None."
fn section(out: &mut String, messages: &Messages, heading: &str, items: Vec<String>) {
    out.push_str(&format!("<h2>{}</h2>\n", escape(&messages.get(heading))));
    if items.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", escape(&messages.get(msg!("sar-none")))));
        return;
    }
    out.push_str("<ul>\n");
    for item in items {
        out.push_str(&format!("<li>{item}</li>\n"));
    }
    out.push_str("</ul>\n");
}

pub fn html(data: &Value, messages: &Messages) -> String {
    let sections = &data["sections"];
    let rows = |name: &str| sections[name].as_array().cloned().unwrap_or_default();
    let profile = rows("profile").into_iter().next().unwrap_or_default();
    let name = profile["full_name"].as_str().unwrap_or_default();
    let locale = messages.locale();
    let rtl = LOCALES.iter().any(|l| l.tag == locale && l.right_to_left);
    let title = escape(&messages.get_with(msg!("sar-title"), &[("name", name)]));
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{locale}\" dir=\"{}\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>\n\
         <body>\n<h1>{title}</h1>\n",
        if rtl { "rtl" } else { "ltr" }
    );
    let made = iso(day_of_ms(data["made_at"].as_i64().unwrap_or_default()));
    out.push_str(&format!(
        "<p>{}</p>\n",
        escape(&messages.get_with(msg!("sar-intro"), &[("date", &made)]))
    ));
    out.push_str(&format!("<p>{}</p>\n", escape(&messages.get(msg!("sar-left-out")))));

    let about: Vec<String> = [
        (msg!("register-name"), "full_name"),
        (msg!("register-preferred"), "preferred_name"),
        (msg!("register-born"), "date_of_birth"),
        (msg!("register-email"), "email"),
        (msg!("register-phone"), "phone"),
        (msg!("register-reference"), "case_reference"),
    ]
    .into_iter()
    .filter(|(_, field)| profile[*field].as_str().is_some_and(|v| !v.is_empty()))
    .map(|(label, field)| format!("{}: {}", escape(&messages.get(label)), text(&profile[field])))
    .collect();
    section(&mut out, messages, msg!("sar-about"), about);

    let versions = rows("plan_versions")
        .iter()
        .map(|v| {
            let version = v["version"].as_i64().unwrap_or_default().to_string();
            let by = v["published_by"].as_str().unwrap_or_default();
            escape(&messages.get_with(
                msg!("sar-plan-version"),
                &[("version", &version), ("date", &day(&v["published_at"])), ("name", by)],
            ))
        })
        .collect();
    section(&mut out, messages, msg!("sar-plans"), versions);

    let goals = rows("goals").iter().map(|g| text(&g["what"])).collect();
    section(&mut out, messages, msg!("sar-goals"), goals);
    let wishes = rows("wishes").iter().map(|w| text(&w["text"])).collect();
    section(&mut out, messages, msg!("sar-wishes"), wishes);

    let reviews = rows("reviews")
        .iter()
        .map(|r| {
            let reason = r["reason"].as_str().and_then(Reason::parse).unwrap_or(Reason::Other);
            let reason = messages.get(reason.message_id());
            format!("{}: {}", day(&r["created_at"]), escape(&reason))
        })
        .collect();
    section(&mut out, messages, msg!("sar-reviews"), reviews);

    let carers = rows("carers")
        .iter()
        .map(|c| format!("{} ({})", text(&c["carer"]), text(&c["relationship"])))
        .collect();
    section(&mut out, messages, msg!("sar-carers"), carers);

    let audit = rows("audit")
        .iter()
        .map(|e| {
            let who = e["who"].as_str().map_or_else(String::new, escape);
            format!("{} {} <code>{}</code>", day(&e["at"]), who, text(&e["action"]))
        })
        .collect();
    section(&mut out, messages, msg!("sar-audit"), audit);
    out.push_str("</body>\n</html>\n");
    out
}
