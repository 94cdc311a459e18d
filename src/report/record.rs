//! Any one record on a screen of its own, for the kinds that have no `show` command of
//! their own: every field it declares in the registry that has a value, in declared
//! order, under a heading naming the record and its partner or goal. `remove` shows it
//! before asking.

use crate::model::amend::{field_value, words};
use crate::model::registry::{Record, Ty};
use crate::report::table::{self, section};
use crate::report::{Painter, Tone};
use serde_json::Value;

/// One record as a card: `Action item 8pbdfbbe of Riverside Valley Community College`,
/// then its fields.
pub fn card<R: Record>(r: &R, owner_name: &str, p: &Painter) -> String {
    let noun = R::DEF.noun;
    let key = r.key();
    let mut out = format!(
        "{}{} of {}  {}\n",
        noun[..1].to_uppercase(),
        &noun[1..],
        p.paint(Tone::Strong, owner_name),
        p.paint(Tone::Dim, &key)
    );
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let mut notes: Vec<(&str, String)> = Vec::new();
    for f in R::DEF.fields {
        if f.ty == Ty::Id {
            continue;
        }
        let v = field_value(r, f.name);
        let empty = match &v {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(m) => m.is_empty(),
            Value::Bool(b) => !b,
            Value::Number(_) => false,
        };
        if empty {
            continue;
        }
        match (f.ty, &v) {
            (Ty::Notes, Value::String(s)) => notes.push((f.name, s.clone())),
            (Ty::Text, Value::String(s)) => pairs.push((f.name, s.clone())),
            (Ty::Map, Value::Object(m)) => {
                let width = m.keys().map(|k| k.chars().count()).max().unwrap_or(0);
                for (i, (k, v)) in m.iter().enumerate() {
                    let text = match v {
                        Value::String(s) => s.clone(),
                        v => words(v),
                    };
                    let pad = " ".repeat(width - k.chars().count());
                    let label = if i == 0 { f.name } else { "" };
                    pairs.push((label, format!("{k}{pad}  {text}")));
                }
            }
            _ => pairs.push((f.name, words(&v))),
        }
    }
    if !pairs.is_empty() {
        out.push_str(&table::fields(&pairs, p));
    }
    for (name, text) in notes {
        let mut title = name.to_string();
        title[..1].make_ascii_uppercase();
        section(&mut out, p, &title);
        for line in text.lines() {
            let indent = if line.is_empty() { "" } else { "  " };
            out.push_str(&format!("{indent}{line}\n"));
        }
    }
    out
}

/// What a change did, one field a line: `changed the check-in ...` then `  date  A → B`;
/// `said` as [`change_lines`] makes it.
pub fn changed(what: &str, said: &[(String, String)]) -> String {
    if said.is_empty() {
        return format!("nothing changed: the {what} already reads so");
    }
    let width = said
        .iter()
        .map(|(f, _)| f.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = format!("changed the {what}");
    for (field, change) in said {
        let pad = " ".repeat(width - field.chars().count());
        text.push_str(&format!("\n  {field}{pad}  {change}"));
    }
    text
}

/// The changes between two versions of a record, field by field, as [`changed`] says
/// them.
pub fn change_lines<R: Record>(before: &R, after: &R) -> Vec<(String, String)> {
    crate::model::amend::changes(before, after)
        .into_iter()
        .map(|c| (c.field, format!("{} → {}", c.before, c.after)))
        .collect()
}

/// The warnings for a new partner or goal (`noun`, named `new`, id `id`) whose name
/// (`what`: "name" or "title") is the same as, or looks like, one of `known` (id and
/// name): perhaps it was added twice.
pub fn look_alike_doubts(
    noun: &str,
    what: &str,
    new: &str,
    id: &str,
    known: &[(&str, &str)],
) -> Vec<String> {
    use crate::model::name::{Likeness, look_alikes};
    look_alikes(new, known)
        .into_iter()
        .filter(|(other, _)| *other != id)
        .map(|(other, how)| {
            let other_name = known
                .iter()
                .find(|(i, _)| *i == other)
                .map_or("", |(_, n)| *n);
            let how = match how {
                Likeness::Same => format!("has the same {what} as"),
                Likeness::Near => "looks like".to_string(),
            };
            format!(
                "`{new}` {how} `{other}` ({other_name}), which already exists; if it is the same {noun}, `accord undo` takes this one back"
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::Win;

    #[test]
    fn a_card_lists_the_fields_with_a_value() {
        let w = Win {
            id: "w1".into(),
            date: crate::model::date::parse_iso("2026-06-05").unwrap(),
            text: "Forty juniors enrolled".into(),
            tags: vec!["students".into(), "board".into()],
            by: None,
        };
        assert_eq!(
            card(&w, "Valley College", &Painter::plain()),
            "Win of Valley College  w1\n  date  2026-06-05\n  text  Forty juniors enrolled\n  tags  students, board\n"
        );
    }
}
