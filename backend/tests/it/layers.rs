//! The backend's top-level modules import only downward: no two of them reach each other,
//! however indirectly, so each can be read knowing only what lies below it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of `backend/src` and the others it names as `crate::…`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|n| n.to_str()).expect("name").to_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut text = String::new();
        read_all(&path, &mut text);
        let named = graph.entry(name.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            let rest = &text[at + "crate::".len()..];
            let modules: Vec<&str> = match rest.strip_prefix('{') {
                Some(list) => list.split('}').next().unwrap_or_default().split(',').collect(),
                None => vec![rest],
            };
            for module in modules {
                let module: String = module
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !module.is_empty() && module != name {
                    named.insert(module);
                }
            }
        }
    }
    graph
}

fn read_all(path: &Path, text: &mut String) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("dir") {
            read_all(&entry.expect("entry").path(), text);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        text.push_str(&std::fs::read_to_string(path).expect("source"));
    }
}

/// A path from `from` back to itself, if there is one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_owned()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last().expect("a path").clone();
        for next in graph.get(&last).into_iter().flatten() {
            if next == from {
                let mut cycle = path.clone();
                cycle.push(next.clone());
                return Some(cycle);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push(longer);
            }
        }
    }
    None
}

#[test]
fn the_backends_modules_import_only_downward() {
    let graph = imports();
    assert!(graph.len() > 10, "read the modules: {graph:?}");
    for module in graph.keys() {
        if let Some(cycle) = cycle_through(&graph, module) {
            panic!("an import cycle: {}", cycle.join(" → "));
        }
    }
    // The bottom knows no capability; only `app` (and `server`, which starts it) knows them all.
    for bottom in ["state", "error", "db", "audit", "access"] {
        for capability in [
            "auth",
            "plans",
            "goals",
            "reviews",
            "carers",
            "notifications",
            "todo",
            "app",
        ] {
            assert!(!graph[bottom].contains(capability), "{bottom} imports {capability}");
        }
    }
}
