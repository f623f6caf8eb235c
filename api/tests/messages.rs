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
    let defined = message_ids(api::i18n::LOCALES[0].1);
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
    let defined = message_ids(api::i18n::LOCALES[0].1);
    let used = ids_used_in_code();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "in locales/en-GB/main.ftl but never used: {unused:?}"
    );
}

#[test]
fn every_shipped_locale_parses_without_errors() {
    for (locale, source) in api::i18n::LOCALES {
        if let Err((_, errors)) = parser::parse(*source) {
            panic!("{locale} has Fluent syntax errors: {errors:?}");
        }
    }
}
