//! What changed between two versions of one workspace file, in accord's words: "Log
//! check-in with `acme`", "Set cadence of `acme`", "Remove partner `acme`". Used for the
//! commit messages `accord sync` writes and the lines `accord log` shows. Pure: it
//! compares texts, record by record, as the merge does.

use crate::model::kinds;
use crate::model::merge::identity;
use crate::model::registry::{KindDef, Owner};
use toml_edit::{DocumentMut, Item, Table};

/// The changes from `before` to `after` (either missing when the file was added or
/// removed) of the file of `owner` named `id`, one sentence each.
pub fn changes(owner: Owner, id: &str, before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let noun = owner.noun();
    let parse = |t: Option<&str>| t.map(|t| t.parse::<DocumentMut>());
    let (b, a) = match (parse(before), parse(after)) {
        (None, None) => return Vec::new(),
        (None, Some(_)) => return vec![format!("Add {noun} `{id}`")],
        (Some(_), None) => return vec![format!("Remove {noun} `{id}`")],
        (Some(Ok(b)), Some(Ok(a))) => (b, a),
        _ => return vec![format!("Change {noun} `{id}`")],
    };
    let kinds: Vec<&'static KindDef> = kinds::all()
        .into_iter()
        .filter(|k| k.owner == owner)
        .collect();
    let mut out = Vec::new();
    // The file's own fields.
    let mut fields = Vec::new();
    let is_records = |k: &str| kinds.iter().any(|kd| kd.table == k);
    let own = |d: &DocumentMut| -> Vec<(String, String)> {
        d.as_table()
            .iter()
            .filter(|(k, _)| !is_records(k))
            .map(|(k, v)| (k.to_string(), text(v)))
            .collect()
    };
    let (bo, ao) = (own(&b), own(&a));
    for (k, v) in &ao {
        if bo.iter().find(|(bk, _)| bk == k).map(|(_, bv)| bv) != Some(v) {
            fields.push(k.clone());
        }
    }
    for (k, _) in &bo {
        if !ao.iter().any(|(ak, _)| ak == k) {
            fields.push(k.clone());
        }
    }
    if !fields.is_empty() {
        out.push(format!("Set {} of {noun} `{id}`", fields.join(", ")));
    }
    for kind in kinds {
        let records = |d: &DocumentMut| -> Vec<(String, String)> {
            d.get(kind.table)
                .and_then(Item::as_array_of_tables)
                .map(|a| {
                    a.iter()
                        .map(|t| (identity(kind, t).unwrap_or_default(), table_text(t)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (br, ar) = (records(&b), records(&a));
        let mut added = 0;
        for (k, v) in &ar {
            match br.iter().find(|(bk, _)| bk == k) {
                None => added += 1,
                Some((_, bv)) if bv != v => {
                    out.push(format!("Change {} `{}` of `{id}`", kind.noun, shown(k)))
                }
                _ => {}
            }
        }
        if added > 0 {
            out.push(added_sentence(kind, added, id));
        }
        for (k, _) in &br {
            if !ar.iter().any(|(ak, _)| ak == k) {
                out.push(format!("Remove {} `{}` of `{id}`", kind.noun, shown(k)));
            }
        }
    }
    if out.is_empty() {
        out.push(format!("Edit {noun} `{id}`"));
    }
    out
}

fn added_sentence(kind: &KindDef, n: usize, id: &str) -> String {
    let (verb, prep) = match kind.table {
        "checkin" => ("Log", "with"),
        "action" => ("Add", "for"),
        "evaluation" => ("Record", "of"),
        "contribution" => ("Log", "with"),
        "win" => ("Log", "with"),
        "measurement" => ("Record", "of"),
        "role" => ("Name", "at"),
        _ => ("Add", "to"),
    };
    if n == 1 {
        format!("{verb} {} {prep} `{id}`", kind.noun)
    } else {
        format!("{verb} {n} {}s {prep} `{id}`", kind.noun)
    }
}

fn shown(key: &str) -> &str {
    key.split('#').next().unwrap_or(key)
}

fn text(item: &Item) -> String {
    match item {
        Item::Value(v) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            v.to_string()
        }
        Item::Table(t) => table_text(t),
        other => other.to_string(),
    }
}

fn table_text(t: &Table) -> String {
    t.iter()
        .map(|(k, v)| format!("{k}={}", text(v)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A commit message for a list of changes by `who`: the first change, how many more,
/// and who made them; then every change on its own line.
pub fn message(changes: &[String], who: &str) -> String {
    let mut unique: Vec<&String> = Vec::new();
    for c in changes {
        if !unique.contains(&c) {
            unique.push(c);
        }
    }
    let Some(first) = unique.first() else {
        return format!("Update the workspace ({who})");
    };
    let more = unique.len() - 1;
    let mut subject = first.replace('`', "");
    if more > 0 {
        subject.push_str(&format!(", and {more} more"));
    }
    let mut msg = format!("{subject} ({who})\n");
    if more > 0 {
        msg.push('\n');
        for c in &unique {
            msg.push_str(&format!("- {}\n", c.replace('`', "")));
        }
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_in_words() {
        let b =
            "name = \"Acme\"\nstage = \"active\"\n\n[[checkin]]\nid = \"a\"\ndate = 2026-01-01\n";
        let a = "name = \"Acme\"\nstage = \"paused\"\n\n[[checkin]]\nid = \"a\"\ndate = 2026-01-01\n\n[[checkin]]\nid = \"b\"\ndate = 2026-02-01\n";
        assert_eq!(
            changes(Owner::Partner, "acme", Some(b), Some(a)),
            ["Set stage of partner `acme`", "Log check-in with `acme`"]
        );
        assert_eq!(
            changes(Owner::Partner, "acme", None, Some(a)),
            ["Add partner `acme`"]
        );
        assert_eq!(
            message(&["Log check-in with `acme`".into()], "Alice"),
            "Log check-in with acme (Alice)\n"
        );
    }
}
