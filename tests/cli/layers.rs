//! The layers hold: data flows cli -> store -> model -> report, no module reaches against
//! that flow, and no two modules import each other. Read from the source with the same
//! simple reading a person would make of its `use crate::...` paths.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module of `src/`, by path (`cli/checkin`, `model/partner`), with its source up to
/// its unit tests.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .map(|f| {
            let rel = f.strip_prefix(&src).unwrap().with_extension("");
            let mut name = rel.to_string_lossy().replace('\\', "/");
            if let Some(dir) = name.strip_suffix("/mod") {
                name = dir.to_string();
            }
            let text = std::fs::read_to_string(&f).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap().to_string();
            (name, code)
        })
        .collect()
}

/// The `crate::` paths a source names, braces expanded one level:
/// `crate::cli::{a, b::c}` gives `cli::a` and `cli::b::c`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let head = &rest[..end];
        if rest[end..].starts_with('{') {
            let inner = &rest[end + 1..rest[end..].find('}').map_or(rest.len(), |c| end + c)];
            for item in inner.split(',') {
                let item = item.trim().split(" as ").next().unwrap().trim();
                if !item.is_empty() {
                    out.push(format!("{head}{item}"));
                }
            }
        } else {
            out.push(head.trim_end_matches(':').to_string());
        }
    }
    out
}

/// The unit that imports count between: a command group (`cli/partner`), a store or
/// model module (`store/import`, `model/goal`), a report module.
fn unit(module: &str) -> String {
    module.split('/').take(2).collect::<Vec<_>>().join("/")
}

/// Which units each unit uses.
fn uses() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, code) in &mods {
        for path in paths(code) {
            let parts: Vec<&str> = path.split("::").collect();
            let Some(target) = (1..=parts.len())
                .rev()
                .map(|n| parts[..n].join("/"))
                .find(|m| mods.contains_key(m))
            else {
                continue;
            };
            let (from, to) = (unit(name), unit(&target));
            if from != to && !from.starts_with(&format!("{to}/")) && to.contains('/') {
                out.entry(from).or_default().insert(to);
            }
        }
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let uses = uses();
    let mut loops = Vec::new();
    for (a, targets) in &uses {
        for b in targets {
            if a < b && uses.get(b).is_some_and(|t| t.contains(a)) {
                loops.push(format!("{a} <-> {b}"));
            }
        }
    }
    assert!(loops.is_empty(), "import loops: {loops:#?}");
}

#[test]
fn no_layer_reaches_against_the_flow() {
    let mods = modules();
    let mut wrong = Vec::new();
    for (name, code) in &mods {
        let layer = name.split('/').next().unwrap();
        let forbidden: &[&str] = match layer {
            "model" => &["store", "cli", "report", "context"],
            "report" => &["store", "cli", "context"],
            "store" => &["cli", "report", "context"],
            _ => &[],
        };
        for path in paths(code) {
            let top = path.split("::").next().unwrap();
            if forbidden.contains(&top) {
                wrong.push(format!("{name} uses crate::{path}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "against the flow: {wrong:#?}");
}
