//! Changing and removing records after they were made, for every kind in the registry:
//! what a change did field by field ([`changes`]), whether the rules let it stand
//! ([`admit_change`], the same rules as when a record is added, held to the whole file),
//! and which records refer to one about to go ([`referrers`]).
//!
//! Pure, like the rest of the model: the store finds and writes the records, the command
//! line says what was changed.

use crate::model::registry::{
    Finding, InFile, Keeps, KindDef, Owns, Record, Ty, Visit, findings, holds,
};
use chrono::NaiveDate;
use serde_json::Value;

/// One field changed by an amendment, its values in words ("none" when absent). A key of
/// a table (an evaluation's score) is a field of its own: `scores.trust`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub before: String,
    pub after: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} → {}", self.field, self.before, self.after)
    }
}

/// A record's fields as JSON values, by name.
fn fields<R: Record>(r: &R) -> serde_json::Map<String, Value> {
    match serde_json::to_value(r) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// The value of one field of a record, as JSON (`Null` when absent).
pub fn field_value<R: Record>(r: &R, field: &str) -> Value {
    fields(r).remove(field).unwrap_or(Value::Null)
}

/// A field's value in words, for messages: text as it is, lists joined with `, `,
/// tables as `key=value`, an absent value as "none".
pub fn words(v: &Value) -> String {
    match v {
        Value::Null => "none".to_string(),
        Value::String(s) if s.is_empty() => "none".to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Array(items) if items.is_empty() => "none".to_string(),
        Value::Array(items) => items.iter().map(words).collect::<Vec<_>>().join(", "),
        Value::Object(map) if map.is_empty() => "none".to_string(),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}={}", words(v)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A text in quotes, cut at its first line or 50 characters.
fn quoted(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    let short = crate::model::text::cut(line, 51);
    let more = if line.len() < s.len() && !short.ends_with('…') {
        "…"
    } else {
        ""
    };
    format!("\"{short}{more}\"")
}

/// The fields an amendment changed, in the kind's declared order; a table's keys one by
/// one, in key order.
pub fn changes<R: Record>(before: &R, after: &R) -> Vec<Change> {
    let (mut old, mut new) = (fields(before), fields(after));
    let mut out = Vec::new();
    for f in R::DEF.fields {
        let absent = match f.ty {
            Ty::Flag => Value::Bool(false),
            _ => Value::Null,
        };
        let was = old.remove(f.name).unwrap_or(absent.clone());
        let now = new.remove(f.name).unwrap_or(absent);
        if was == now {
            continue;
        }
        let said = |v: &Value| match (f.ty, v) {
            (Ty::Text | Ty::Notes, Value::String(s)) if !s.is_empty() => quoted(s),
            _ => words(v),
        };
        if f.ty == Ty::Map
            && let (Value::Object(a), Value::Object(b)) = (map_or_empty(&was), map_or_empty(&now))
        {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                let (x, y) = (
                    a.get(k).cloned().unwrap_or(Value::Null),
                    b.get(k).cloned().unwrap_or(Value::Null),
                );
                if x != y {
                    out.push(Change {
                        field: format!("{}.{k}", f.name),
                        before: said(&x),
                        after: said(&y),
                    });
                }
            }
            continue;
        }
        out.push(Change {
            field: f.name.to_string(),
            before: said(&was),
            after: said(&now),
        });
    }
    out
}

/// A table's value, an absent one as an empty table.
fn map_or_empty(v: &Value) -> Value {
    match v {
        Value::Null => Value::Object(serde_json::Map::new()),
        v => v.clone(),
    }
}

/// One finding of the rules in a whole file: the kind and record it is about.
#[derive(Debug, Clone, PartialEq)]
struct Located {
    table: &'static str,
    key: String,
    finding: Finding,
}

/// What the rules find in every record of an owner's file.
fn located<O: Owns>(owner: &O, today: NaiveDate) -> Vec<Located> {
    struct All<'a, O> {
        owner: &'a O,
        today: NaiveDate,
        out: Vec<Located>,
    }
    impl<O: Owns> Visit<O> for All<'_, O> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            let owner = self.owner;
            let has = |table: &str, id: &str| holds(owner, table, id);
            let records = owner.records();
            for (i, r) in records.iter().enumerate() {
                let file = InFile {
                    today: self.today,
                    earlier: &records[..i],
                    has: &has,
                };
                for finding in findings(r, &file) {
                    self.out.push(Located {
                        table: R::DEF.table,
                        key: r.key(),
                        finding,
                    });
                }
            }
        }
    }
    let mut all = All {
        owner,
        today,
        out: Vec::new(),
    };
    O::each_kind(&mut all);
    all.out
}

/// Whether a changed file may be written, as a command that changes records sees it: the
/// rules of every record of `after` that `before` did not already break. `Err` with the
/// first that refuses the change (a date after today, a rating out of range, an action
/// item left pointing at a check-in that is gone), else the new warnings to say. What a
/// hand edit broke before is left for `accord check`, so it never blocks a fix elsewhere.
pub fn admit_change<O: Owns>(
    before: &O,
    after: &O,
    today: NaiveDate,
) -> Result<Vec<String>, String> {
    let old = located(before, today);
    let mut new: Vec<Located> = located(after, today)
        .into_iter()
        .filter(|l| !old.contains(l))
        .collect();
    if let Some(i) = new.iter().position(|l| l.finding.refuses()) {
        return Err(new.swap_remove(i).finding.message);
    }
    Ok(new
        .into_iter()
        .map(|l| l.finding.message)
        .filter(|m| !m.is_empty())
        .collect())
}

/// Whether a field of type `ty` refers to records kept in `[[table]]`.
pub fn refers_to(ty: Ty, table: &str) -> bool {
    matches!(ty, Ty::Ref(t) if t == table)
}

/// The kinds kept in `O`'s file that refer to records kept in `[[table]]`, with the field
/// that does: action items refer to check-ins by their `checkin`.
pub fn referring_kinds<O: Owns>(table: &str) -> Vec<(&'static KindDef, &'static str)> {
    struct Refs<'t>(&'t str, Vec<(&'static KindDef, &'static str)>);
    impl<O: Owns> Visit<O> for Refs<'_> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            for f in R::DEF.fields {
                if refers_to(f.ty, self.0) {
                    self.1.push((R::DEF, f.name));
                }
            }
        }
    }
    let mut refs = Refs(table, Vec::new());
    O::each_kind(&mut refs);
    refs.1
}

/// A record that refers to another: its kind, the field that refers, and its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referrer {
    pub kind: &'static KindDef,
    pub field: &'static str,
    pub key: String,
    /// The record in words.
    pub describe: String,
}

/// The records of `owner` that refer to the record `id` kept in `[[table]]`.
pub fn referrers<O: Owns>(owner: &O, owner_id: &str, table: &str, id: &str) -> Vec<Referrer> {
    struct Find<'a, O> {
        owner: &'a O,
        owner_id: &'a str,
        table: &'a str,
        id: &'a str,
        out: Vec<Referrer>,
    }
    impl<O: Owns> Visit<O> for Find<'_, O> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            for f in R::DEF.fields.iter().filter(|f| refers_to(f.ty, self.table)) {
                for r in self.owner.records() {
                    if field_value(r, f.name).as_str() == Some(self.id) {
                        self.out.push(Referrer {
                            kind: R::DEF,
                            field: f.name,
                            key: r.key(),
                            describe: r.describe(self.owner_id),
                        });
                    }
                }
            }
        }
    }
    let mut find = Find {
        owner,
        owner_id,
        table,
        id,
        out: Vec::new(),
    };
    O::each_kind(&mut find);
    find.out
}

/// `n` records of a kind in words: "1 action item", "2 action items".
pub fn count(n: usize, kind: &KindDef) -> String {
    if n == 1 {
        format!("1 {}", kind.noun)
    } else {
        format!("{n} {}s", kind.noun)
    }
}

/// A typed text: trimmed, `None` when empty.
pub fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// Set an optional field from a flag and its `--no-...` twin: a value replaces it (an
/// empty one clears it), the twin clears it.
pub fn set_opt<T: Clone>(field: &mut Option<T>, value: Option<T>, clear: bool) {
    if clear {
        *field = None;
    } else if let Some(v) = value {
        *field = Some(v);
    }
}

/// Set an optional text field from a flag and its `--no-...` twin: a text replaces it, an
/// empty one or the twin clears it.
pub fn set_text(field: &mut Option<String>, value: &Option<String>, clear: bool) {
    if clear {
        *field = None;
    } else if value.is_some() {
        *field = text(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goal::{Goal, Measurement};
    use crate::model::partner::Partner;
    use crate::model::records::{Action, Checkin};

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    fn checkin(id: &str) -> Checkin {
        Checkin {
            id: id.into(),
            date: d("2026-11-20"),
            kind: Default::default(),
            attendees: vec!["Dana".into()],
            summary: Some("Met".into()),
            notes: None,
            topics: vec![],
            rating: Some(4),
            next: None,
            by: None,
        }
    }

    fn action(id: &str, checkin: Option<&str>) -> Action {
        Action {
            id: id.into(),
            text: "Send it".into(),
            owner: None,
            side: None,
            due: None,
            done: None,
            checkin: checkin.map(String::from),
            created: Some(d("2026-11-20")),
            by: None,
        }
    }

    #[test]
    fn changes_name_each_field_in_words() {
        let before = checkin("c1");
        let after = Checkin {
            date: d("2026-11-18"),
            rating: None,
            attendees: vec!["Dana".into(), "Luis".into()],
            ..before.clone()
        };
        let got: Vec<String> = changes(&before, &after)
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(
            got,
            [
                "date 2026-11-20 → 2026-11-18",
                "attendees Dana → Dana, Luis",
                "rating 4 → none"
            ]
        );
        assert!(changes(&before, &before).is_empty());
    }

    #[test]
    fn a_change_is_held_to_the_rules_of_the_whole_file() {
        let today = d("2026-11-23");
        let mut before = Partner::default();
        before.checkins.push(checkin("c1"));
        before.actions.push(action("a1", Some("c1")));

        let mut later = before.clone();
        later.checkins[0].date = d("2026-11-30");
        assert_eq!(
            admit_change(&before, &later, today),
            Err("the check-in date 2026-11-30 is in the future (after today)".into())
        );

        let mut gone = before.clone();
        gone.checkins.clear();
        assert_eq!(
            admit_change(&before, &gone, today),
            Err("no check-in `c1` in this file".into())
        );

        let mut late_next = before.clone();
        late_next.checkins[0].next = Some(d("2026-11-01"));
        assert_eq!(
            admit_change(&before, &late_next, today),
            Ok(vec![
                "the next meeting (2026-11-01) is before this one (2026-11-20)".into()
            ])
        );
    }

    #[test]
    fn what_was_broken_before_does_not_block_a_fix() {
        let today = d("2026-11-23");
        let mut before = Partner::default();
        let mut c = checkin("c1");
        c.rating = Some(9);
        before.checkins.push(c);
        let mut after = before.clone();
        after.checkins[0].summary = Some("Met twice".into());
        assert_eq!(admit_change(&before, &after, today), Ok(vec![]));
    }

    #[test]
    fn a_second_measurement_on_a_date_is_refused_in_either_order() {
        let today = d("2026-11-23");
        let m = |id: &str, date: &str| Measurement {
            id: id.into(),
            date: d(date),
            value: 1.0,
            note: None,
            source: None,
            by: None,
        };
        let before = Goal {
            measurements: vec![m("m1", "2026-10-01"), m("m2", "2026-11-01")],
            ..Goal::default()
        };
        let mut after = before.clone();
        after.measurements[0].date = d("2026-11-01");
        assert!(admit_change(&before, &after, today).is_err());
    }

    #[test]
    fn referrers_come_from_the_declared_references() {
        let kinds = referring_kinds::<Partner>("checkin");
        assert_eq!(kinds.len(), 1);
        assert_eq!((kinds[0].0.table, kinds[0].1), ("action", "checkin"));
        let mut p = Partner::default();
        p.checkins.push(checkin("c1"));
        p.actions.push(action("a1", Some("c1")));
        p.actions.push(action("a2", None));
        let refs = referrers(&p, "acme", "checkin", "c1");
        assert_eq!(refs.len(), 1);
        assert_eq!(refs[0].key, "a1");
        assert_eq!(count(2, refs[0].kind), "2 action items");
    }
}
