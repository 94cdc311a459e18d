//! Rewriting one record's table in place: only the fields that changed, a changed value
//! keeping the comment beside it, a new one placed where the kind declares it, and a table
//! field (an evaluation's scores) changed key by key in the order the file has them.

use crate::model::amend;
use crate::model::registry::{KindDef, Record, Ty};
use crate::store::edit;
use anyhow::Context;
use serde_json::Value as Json;
use std::collections::HashMap;
use toml_edit::{Item, Table, Value};

/// A JSON value of a record's field as a TOML value: whole numbers written as integers.
pub(super) fn toml_value(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => return None,
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Value::from(i),
            (None, Some(x)) if x.fract() == 0.0 && x.abs() < 1e15 => Value::from(x as i64),
            (None, Some(x)) => Value::from(x),
            _ => return None,
        },
        Json::String(s) => Value::from(s.as_str()),
        Json::Array(items) => {
            let mut a = toml_edit::Array::new();
            for item in items.iter().filter_map(toml_value) {
                a.push(item);
            }
            Value::Array(a)
        }
        Json::Object(map) => {
            let mut t = toml_edit::InlineTable::new();
            for (k, v) in map {
                if let Some(v) = toml_value(v) {
                    t.insert(k, v);
                }
            }
            Value::InlineTable(t)
        }
    })
}

/// Bring a map field (an evaluation's scores) to `new` in place: changed values are set,
/// new keys added at the end, and keys no longer there removed, so the order the file
/// shows them in stays.
pub(super) fn merge_map(item: &mut Item, new: &serde_json::Map<String, Json>) {
    match item {
        Item::Value(Value::InlineTable(t)) => {
            t.retain(|k, _| new.contains_key(k));
            for (k, v) in new {
                let Some(v) = toml_value(v) else { continue };
                match t.get_mut(k) {
                    Some(old) if old.to_string().trim() == v.to_string().trim() => {}
                    Some(old) => {
                        let decor = old.decor().clone();
                        *old = v;
                        *old.decor_mut() = decor;
                    }
                    None => {
                        t.insert(k, v);
                    }
                }
            }
        }
        Item::Table(t) => {
            t.retain(|k, _| new.contains_key(k));
            for (k, v) in new {
                let Some(v) = toml_value(v) else { continue };
                match t.get(k).and_then(Item::as_value) {
                    Some(old) if old.to_string().trim() == v.to_string().trim() => {}
                    _ => edit::set(t, k, v),
                }
            }
        }
        other => {
            if let Some(v) = toml_value(&Json::Object(new.clone())) {
                *other = Item::Value(v);
            }
        }
    }
}

/// Rewrite in `table` the fields of `before` that `after` changes: a changed value keeps
/// the comment beside it, a cleared one is removed, a new one goes where the kind declares
/// it; every other line, and any field accord does not know, stays as written.
pub fn write_changes<R: Record>(table: &mut Table, before: &R, after: &R) -> anyhow::Result<()> {
    let written = edit::to_table(after)?;
    let mut inserted: Vec<&'static str> = Vec::new();
    for f in R::DEF.fields {
        let (was, now) = (
            amend::field_value(before, f.name),
            amend::field_value(after, f.name),
        );
        if was == now {
            continue;
        }
        let had = table.contains_key(f.name);
        match (&now, f.ty) {
            (Json::Null, _) => {
                table.remove(f.name);
            }
            (Json::Array(a), Ty::List | Ty::Words(_)) if a.is_empty() => {
                table.remove(f.name);
            }
            (Json::Object(m), Ty::Map) if m.is_empty() => {
                table.remove(f.name);
            }
            (Json::Object(m), Ty::Map) if had => {
                merge_map(table.get_mut(f.name).expect("present"), m);
            }
            (Json::Bool(false), Ty::Flag) => {
                table.remove(f.name);
            }
            _ => {
                let value = match written.get(f.name) {
                    Some(Item::Value(v)) => v.clone(),
                    _ => toml_value(&now)
                        .with_context(|| format!("cannot write the field `{}`", f.name))?,
                };
                let value = match (&now, value) {
                    // Numbers and maps are written the way people and `eval record` write
                    // them: whole numbers as integers.
                    (Json::Object(_) | Json::Number(_), _) => {
                        toml_value(&now).expect("a number or a map")
                    }
                    (_, v) => v,
                };
                edit::set(table, f.name, value);
            }
        }
        if !had && table.contains_key(f.name) {
            inserted.push(f.name);
        }
    }
    order_as_declared(table, R::DEF, &inserted);
    Ok(())
}

/// Move the keys just `inserted` to where the kind declares them: after the nearest
/// declared field before them that the table has, the rest of the order untouched.
fn order_as_declared(table: &mut Table, kind: &KindDef, inserted: &[&str]) {
    if inserted.is_empty() {
        return;
    }
    let existing: Vec<String> = table
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !inserted.contains(&k.as_str()))
        .collect();
    let mut rank: HashMap<String, (i64, usize)> = existing
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), (2 * i as i64, 0)))
        .collect();
    for &new in inserted {
        let declared = kind.fields.iter().position(|f| f.name == new).unwrap_or(0);
        let before = kind.fields[..declared]
            .iter()
            .rev()
            .find_map(|f| existing.iter().position(|k| k == f.name));
        let at = before.map_or(-1, |j| 2 * j as i64 + 1);
        rank.insert(new.to_string(), (at, declared));
    }
    table.sort_values_by(|a, _, b, _| {
        let key = |k: &toml_edit::Key| rank.get(k.get()).copied().unwrap_or((i64::MAX, 0));
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::{Checkin, Evaluation};
    use chrono::NaiveDate;
    use toml_edit::DocumentMut;

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    fn table_of(text: &str) -> (DocumentMut, usize) {
        (text.parse().unwrap(), 0)
    }

    #[test]
    fn only_changed_fields_are_rewritten_and_new_ones_go_where_declared() {
        let text = "[[checkin]]\nid = \"c1\"   # mine\ndate = 2026-11-20 # when\nkind = \"call\"\nsummary = \"Met\"\nmood = \"good\"\nby = \"Dana\"\n";
        let (mut doc, i) = table_of(text);
        let before: Checkin = toml::from_str::<toml::Table>(text).unwrap()["checkin"][0]
            .clone()
            .try_into()
            .unwrap();
        let after = Checkin {
            date: d("2026-11-18"),
            rating: Some(4),
            attendees: vec!["Luis".into()],
            summary: None,
            ..before.clone()
        };
        let t = edit::records_mut(&mut doc, "checkin")
            .unwrap()
            .get_mut(i)
            .unwrap();
        write_changes(t, &before, &after).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[checkin]]\nid = \"c1\"   # mine\ndate = 2026-11-18 # when\nkind = \"call\"\nattendees = [\"Luis\"]\nrating = 4\nmood = \"good\"\nby = \"Dana\"\n"
        );
    }

    #[test]
    fn scores_change_in_place_in_the_order_written() {
        let text = "[[evaluation]]\nid = \"e1\"\ndate = 2026-10-01\ninstrument = \"accord\"\nside = \"ours\"\nscores = { vision = 4, trust = 3.5, roles = 2 }\n";
        let (mut doc, i) = table_of(text);
        let before: Evaluation = toml::from_str::<toml::Table>(text).unwrap()["evaluation"][0]
            .clone()
            .try_into()
            .unwrap();
        let mut after = before.clone();
        after.scores.insert("trust".into(), 4.0);
        after.scores.remove("roles");
        after.scores.insert("value".into(), 5.0);
        let t = edit::records_mut(&mut doc, "evaluation")
            .unwrap()
            .get_mut(i)
            .unwrap();
        write_changes(t, &before, &after).unwrap();
        assert_eq!(
            doc.to_string(),
            text.replace(
                "scores = { vision = 4, trust = 3.5, roles = 2 }",
                "scores = { vision = 4, trust = 4, value = 5 }"
            )
        );
    }
}
