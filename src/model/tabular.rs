//! Records as rows of a flat table, for export and import: which columns each kind of
//! record has, and a record turned into cells.
//!
//! Columns come from the record types' own serde definitions ([`field_names`]), so a field
//! added to a record type shows up in exports by itself. A nested table (a partner's
//! `agreement`) becomes one column per field (`agreement.ends`), a map (an evaluation's
//! `scores`) one column per key found in the data (`scores.trust`), a list one cell with
//! its items separated by `; `. This module knows nothing of CSV or files.

use crate::model::goal::Goal;
use crate::model::partner::{Agreement, Partner};
use crate::model::survey::Survey;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Serialize, Serializer, ser::SerializeMap};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How the items of a list are joined in one cell.
pub const LIST_SEP: &str = "; ";

pub use crate::model::registry::Sheet;

impl Sheet {
    /// The columns of this kind of record, in order: a partner's or goal's own fields, or
    /// the fields a kind of record declares in the registry, after the column naming its
    /// partner or goal.
    pub fn layout(self) -> Layout {
        match self {
            Sheet::Partners => Layout::of::<Partner>(
                "id",
                &crate::model::registry::tables::<Partner>(),
                &[("agreement", field_names::<Agreement>())],
            ),
            Sheet::Goals => {
                Layout::of::<Goal>("id", &crate::model::registry::tables::<Goal>(), &[])
            }
            Sheet::Surveys => {
                Layout::of::<Survey>("id", &crate::model::registry::tables::<Survey>(), &[])
            }
            kind => match crate::model::kinds::by_sheet(kind) {
                Some(def) => Layout {
                    key: def.owner.noun(),
                    fields: def.fields.iter().map(|f| (f.name, None)).collect(),
                },
                None => {
                    unreachable!("every sheet but partners, goals and surveys is a kind of record")
                }
            },
        }
    }
}

/// The columns of one kind of record.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The first column: the record's own id (partners, goals) or the file it lives in.
    pub key: &'static str,
    /// The record's fields, in declaration order; a nested table lists its fields.
    pub fields: Vec<(&'static str, Option<&'static [&'static str]>)>,
}

impl Layout {
    fn of<T: DeserializeOwned>(
        key: &'static str,
        skip: &[&str],
        nested: &[(&str, &'static [&'static str])],
    ) -> Layout {
        let fields = field_names::<T>()
            .iter()
            .filter(|f| !skip.contains(f))
            .map(|&f| (f, nested.iter().find(|(n, _)| *n == f).map(|(_, sub)| *sub)))
            .collect();
        Layout { key, fields }
    }

    /// A record as an ordered object: the key first, then the fields present in the
    /// record, in the layout's order (for JSON); skipped fields are left out.
    pub fn row<T: Serialize>(&self, key: &str, record: &T) -> anyhow::Result<Ordered> {
        let Value::Object(mut map) = serde_json::to_value(record)? else {
            anyhow::bail!("a record did not serialize as a table");
        };
        let mut out = vec![(self.key.to_string(), Value::String(key.to_string()))];
        for (field, sub) in &self.fields {
            let Some(v) = map.remove(*field) else {
                continue;
            };
            let v = match (sub, v) {
                (Some(sub), Value::Object(mut inner)) => {
                    let ordered: Vec<(String, Value)> = sub
                        .iter()
                        .filter_map(|s| inner.remove(*s).map(|v| (s.to_string(), v)))
                        .collect();
                    Value::Object(ordered.into_iter().collect())
                }
                (_, v) => v,
            };
            out.push((field.to_string(), v));
        }
        Ok(Ordered(out))
    }

    /// The column names for `rows`: the fixed ones, with map fields spread into one
    /// column per key found in the rows (sorted), in place of the map's own column.
    pub fn columns(&self, rows: &[Ordered]) -> Vec<String> {
        let mut keys = Keys::default();
        for r in rows {
            keys.add(self, r);
        }
        self.columns_for(&keys)
    }

    /// The column names for rows whose map fields hold `keys` (see [`Layout::columns`]).
    pub fn columns_for(&self, keys: &Keys) -> Vec<String> {
        let mut out = vec![self.key.to_string()];
        for (field, sub) in &self.fields {
            if let Some(sub) = sub {
                out.extend(sub.iter().map(|s| format!("{field}.{s}")));
                continue;
            }
            match keys.0.get(*field) {
                Some(found) => out.extend(found.iter().map(|k| format!("{field}.{k}"))),
                None => out.push(field.to_string()),
            }
        }
        out
    }
}

/// The keys found in each map field (a field without a fixed list of its own) of the
/// rows seen so far: a table's columns, learned one row at a time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keys(BTreeMap<String, BTreeSet<String>>);

impl Keys {
    pub fn add(&mut self, layout: &Layout, row: &Ordered) {
        for (field, _) in layout.fields.iter().filter(|(_, sub)| sub.is_none()) {
            if let Some(Value::Object(map)) = row.get(field)
                && !map.is_empty()
            {
                let found = self.0.entry(field.to_string()).or_default();
                found.extend(map.keys().cloned());
            }
        }
    }

    /// Whether every key of `row`'s map fields is among these.
    pub fn cover(&self, layout: &Layout, row: &Ordered) -> bool {
        let maps = layout.fields.iter().filter(|(_, sub)| sub.is_none());
        maps.filter_map(|(field, _)| Some((field, row.get(field)?.as_object()?)))
            .all(|(field, map)| {
                let found = self.0.get(*field);
                map.keys().all(|k| found.is_some_and(|f| f.contains(k)))
            })
    }
}

/// A record as an object whose keys keep their order (serde_json's own map sorts them).
#[derive(Debug, Clone, PartialEq)]
pub struct Ordered(pub Vec<(String, Value)>);

impl Ordered {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The cells of this row under `columns`; `a.b` reads key `b` of the table `a`.
    pub fn cells(&self, columns: &[String]) -> Vec<String> {
        columns
            .iter()
            .map(|c| {
                let v = match self.get(c) {
                    Some(v) => Some(v),
                    None => c
                        .split_once('.')
                        .and_then(|(a, b)| self.get(a).and_then(|t| t.get(b))),
                };
                v.map_or_else(String::new, cell)
            })
            .collect()
    }
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A value as the text of one cell: numbers without a needless `.0`, lists joined.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u.to_string(),
            (_, Some(i), _) => i.to_string(),
            (_, _, Some(f)) => f.to_string(),
            _ => n.to_string(),
        },
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(LIST_SEP),
        Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
    }
}

/// The names of a struct's fields as serde reads them, in declaration order (renamed
/// fields by their written name; fields marked `skip` are not listed).
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    // The derived `Deserialize` hands its field list to `deserialize_struct`; the probe
    // keeps it and stops there.
    let _ = T::deserialize(Probe(&mut names));
    names
}

struct Probe<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("probed"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::partner::Contact;
    use crate::model::records::Evaluation;
    use std::collections::BTreeMap;

    #[test]
    fn field_names_follow_the_type() {
        assert_eq!(
            field_names::<Contact>(),
            &["name", "title", "email", "phone", "notes"]
        );
        let partner = field_names::<Partner>();
        assert_eq!(&partner[..3], &["name", "type", "stage"]);
        assert!(!partner.contains(&"id"), "the id comes from the file name");
        // A type read through `#[serde(flatten)]` hides its fields from serde; every kind
        // must still list its columns.
        for &sheet in Sheet::ALL {
            assert!(
                sheet.layout().fields.len() >= 3,
                "{sheet}: no columns found in its type"
            );
        }
    }

    #[test]
    fn partners_spread_their_agreement_and_leave_out_records() {
        let layout = Sheet::Partners.layout();
        let cols = layout.columns(&[]);
        assert_eq!(cols[0], "id");
        assert!(cols.contains(&"agreement.ends".to_string()), "{cols:?}");
        assert!(!cols.iter().any(|c| c == "contact" || c == "checkin"));
        let p = Partner {
            id: "acme".into(),
            name: "Acme".into(),
            kind: "corporate".into(),
            tags: vec!["stem".into(), "anchor".into()],
            agreement: Some(Agreement {
                ends: parse_iso("2027-06-30"),
                ..Agreement::default()
            }),
            contacts: vec![Contact::default()],
            ..Partner::default()
        };
        let row = layout.row("acme", &p).unwrap();
        let cells = row.cells(&cols);
        let at = |c: &str| cells[cols.iter().position(|x| x == c).unwrap()].clone();
        assert_eq!(at("id"), "acme");
        assert_eq!(at("tags"), "stem; anchor");
        assert_eq!(at("agreement.ends"), "2027-06-30");
        assert_eq!(at("agreement.signed"), "");
        assert!(row.get("contact").is_none());
    }

    #[test]
    fn maps_become_one_column_per_key() {
        let e = Evaluation {
            id: "e1".into(),
            date: parse_iso("2026-10-01").unwrap(),
            instrument: "accord".into(),
            side: crate::model::partner::Side::Ours,
            by: None,
            scores: BTreeMap::from([("trust".to_string(), 4.0), ("vision".to_string(), 3.5)]),
            comments: BTreeMap::new(),
            note: None,
            partial: false,
        };
        let layout = Sheet::Evaluations.layout();
        let rows = vec![layout.row("acme", &e).unwrap()];
        let cols = layout.columns(&rows);
        let i = cols.iter().position(|c| c == "scores.trust").unwrap();
        assert_eq!(cols[i + 1], "scores.vision");
        assert!(!cols.contains(&"scores".to_string()));
        let cells = rows[0].cells(&cols);
        assert_eq!((cells[i].as_str(), cells[i + 1].as_str()), ("4", "3.5"));
    }

    #[test]
    fn cells_print_numbers_plainly() {
        assert_eq!(cell(&serde_json::json!(1500.0)), "1500");
        assert_eq!(cell(&serde_json::json!(33.49)), "33.49");
        assert_eq!(cell(&serde_json::json!(-2)), "-2");
        assert_eq!(cell(&serde_json::json!(["a", "b"])), "a; b");
        assert_eq!(cell(&Value::Null), "");
    }

    #[test]
    fn ordered_rows_serialize_in_order() {
        let row = Ordered(vec![
            ("partner".into(), serde_json::json!("acme")),
            ("id".into(), serde_json::json!("k1")),
        ]);
        assert_eq!(
            serde_json::to_string(&row).unwrap(),
            r#"{"partner":"acme","id":"k1"}"#
        );
    }
}
