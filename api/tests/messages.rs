//! Every message id the code uses exists in en-GB, every en-GB message is used, and every
//! shipped locale parses.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn message_ids(source: &str) -> BTreeSet<String> {
    let resource = parser::parse(source).expect("en-GB parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The ids inside every `msg!("…")` in the Rust sources of the crates people see.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for krate in ["api/src", "backend/src", "frontend/src"] {
        for file in rust_files(&workspace().join(krate)) {
            let text = std::fs::read_to_string(&file).expect("readable source");
            for piece in text.split("msg!(\"").skip(1) {
                let id = piece.split('"').next().unwrap_or_default();
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn every_message_the_code_uses_exists_in_british_english() {
    let defined = message_ids(api::i18n::BRITISH_ENGLISH);
    let used = ids_used_in_code();
    assert!(used.len() > 10, "found only {} ids: is the scan broken?", used.len());
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(
        missing.is_empty(),
        "used in code but not in locales/en-GB/main.ftl: {missing:?}"
    );
}

#[test]
fn every_british_english_message_is_used() {
    let defined = message_ids(api::i18n::BRITISH_ENGLISH);
    let used = ids_used_in_code();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "in locales/en-GB/main.ftl but never used: {unused:?}"
    );
}

#[test]
fn every_shipped_locale_has_its_messages() {
    for locale in api::i18n::LOCALES {
        let file = workspace().join("locales").join(locale.tag).join("main.ftl");
        assert!(
            file.is_file(),
            "{} is listed in api/src/i18n.rs but {} is missing",
            locale.tag,
            file.display()
        );
    }
}

/// Each message's placeables: the variables (`$name`) and terms (`-brand`) it uses.
fn placeables(source: &str) -> Result<std::collections::BTreeMap<String, BTreeSet<String>>, String> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(format!("${}", id.name));
            }
            InlineExpression::TermReference { id, .. } => {
                out.insert(format!("-{}", id.name));
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    pattern(&variant.value, out);
                }
            }
        }
    }
    let resource = parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut out = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern(value, &mut out);
                }
                Some((m.id.name.to_owned(), out))
            }
            Entry::Term(t) => {
                let mut out = BTreeSet::new();
                pattern(&t.value, &mut out);
                Some((format!("-{}", t.id.name), out))
            }
            _ => None,
        })
        .collect())
}

/// Every folder in `locales/` (shipped or on its way) has exactly en-GB's messages, each
/// with en-GB's placeables, and parses cleanly.
#[test]
fn every_locale_has_exactly_the_british_messages_and_placeables() {
    let british = placeables(api::i18n::BRITISH_ENGLISH).expect("en-GB parses");
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(workspace().join("locales")).expect("locales folder") {
        let folder = entry.expect("entry").path();
        let file = folder.join("main.ftl");
        if !file.is_file() {
            continue;
        }
        let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&file).expect("readable");
        let theirs = match placeables(&source) {
            Ok(theirs) => theirs,
            Err(errors) => {
                problems.push(format!("{name}: syntax errors {errors}"));
                continue;
            }
        };
        for (id, wanted) in &british {
            match theirs.get(id) {
                None => problems.push(format!("{name}: missing {id}")),
                Some(got) if got != wanted => problems.push(format!("{name}: {id} uses {got:?}, en-GB {wanted:?}")),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !british.contains_key(*id)) {
            problems.push(format!("{name}: {id} is not in en-GB"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
