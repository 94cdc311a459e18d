//! `accord export`: every record of one kind as one tidy table, a row per record that
//! names the partner or goal it belongs to, rendered as CSV (cells made safe for
//! spreadsheets) or as a JSON array. The columns are the record type's fields (see
//! `model::tabular`), which is also what `accord import` reads.

use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::registry::{Keeps, Owns, Record, Visit};
use crate::model::survey::Survey;
use crate::model::tabular::{Keys, Layout, Ordered, Sheet};
use crate::report::list::{CsvRows, JsonArray};
use serde::Serialize;
use std::io::Write;

/// Every record of one kind as rows, made one file at a time and handed on as they are
/// made. An export goes over the files twice, so that no row is held: first to learn the
/// table's [`Shape`] (how many rows, and the keys of each map field, which become CSV
/// columns), then to write each row ([`Rows`]).
pub struct Export {
    pub sheet: Sheet,
    layout: Layout,
}

/// What to do with each row made.
pub type Sink<'s> = dyn FnMut(Ordered) -> anyhow::Result<()> + 's;

impl Export {
    pub fn new(sheet: Sheet) -> Export {
        Export {
            sheet,
            layout: sheet.layout(),
        }
    }

    fn push<T: Serialize>(&self, key: &str, records: &[T], row: &mut Sink) -> anyhow::Result<()> {
        for r in records {
            row(self.layout.row(key, r)?)?;
        }
        Ok(())
    }

    /// The rows a partner's file holds (none for goal kinds).
    pub fn partner_rows(&self, p: &Partner, row: &mut Sink) -> anyhow::Result<()> {
        if self.sheet == Sheet::Partners {
            return self.push(&p.id, std::slice::from_ref(p), row);
        }
        self.records(&p.id, p, row)
    }

    /// The rows a goal's file holds (none for partner kinds).
    pub fn goal_rows(&self, g: &Goal, row: &mut Sink) -> anyhow::Result<()> {
        if self.sheet == Sheet::Goals {
            return self.push(&g.id, std::slice::from_ref(g), row);
        }
        self.records(&g.id, g, row)
    }

    /// The rows a survey's file holds (none for partner and goal kinds).
    pub fn survey_rows(&self, s: &Survey, row: &mut Sink) -> anyhow::Result<()> {
        if self.sheet == Sheet::Surveys {
            return self.push(&s.id, std::slice::from_ref(s), row);
        }
        self.records(&s.id, s, row)
    }

    /// The records of the kind being exported that `owner`'s file keeps, if it keeps
    /// that kind: the registry's kinds are visited to find it.
    fn records<O: Owns>(&self, key: &str, owner: &O, row: &mut Sink) -> anyhow::Result<()> {
        struct Add<'e, 'o, 's, O> {
            export: &'e Export,
            key: &'o str,
            owner: &'o O,
            row: &'o mut Sink<'s>,
            done: anyhow::Result<()>,
        }
        impl<O: Owns> Visit<O> for Add<'_, '_, '_, O> {
            fn visit<R: Record>(&mut self)
            where
                O: Keeps<R>,
            {
                if R::DEF.sheet == self.export.sheet {
                    self.done = self.export.push(self.key, self.owner.records(), self.row);
                }
            }
        }
        let mut add = Add {
            export: self,
            key,
            owner,
            row,
            done: Ok(()),
        };
        O::each_kind(&mut add);
        add.done
    }

    /// The rows, as CSV: one header row (from `shape`), then a row per record; lists
    /// joined with `; `.
    pub fn csv<'w>(&'w self, shape: &'w Shape, out: &'w mut dyn Write) -> anyhow::Result<Rows<'w>> {
        let columns = self.layout.columns_for(&shape.keys);
        let headers: Vec<&str> = columns.iter().map(String::as_str).collect();
        let csv = CsvRows::new(out, &headers)?;
        Ok(Rows {
            export: self,
            keys: Some(&shape.keys),
            out: Out::Csv {
                columns,
                csv: Box::new(csv),
            },
            written: 0,
        })
    }

    /// The rows, as a JSON array of objects, fields in the record's own order.
    pub fn json<'w>(&'w self, out: &'w mut dyn Write) -> Rows<'w> {
        Rows {
            export: self,
            keys: None,
            out: Out::Json(JsonArray::new(out)),
            written: 0,
        }
    }
}

/// What a first pass over the rows learns: the keys of the map fields.
#[derive(Debug, Default)]
pub struct Shape {
    keys: Keys,
}

impl Shape {
    pub fn add(&mut self, export: &Export, row: &Ordered) {
        self.keys.add(&export.layout, row);
    }
}

/// The rows of an export, written as they come.
pub struct Rows<'w> {
    export: &'w Export,
    /// The map keys the CSV's columns were made for.
    keys: Option<&'w Keys>,
    out: Out<'w>,
    written: usize,
}

enum Out<'w> {
    Csv {
        columns: Vec<String>,
        csv: Box<CsvRows<'w>>,
    },
    Json(JsonArray<'w>),
}

impl Rows<'_> {
    pub fn push(&mut self, row: Ordered) -> anyhow::Result<()> {
        if let Some(keys) = self.keys
            && !keys.cover(&self.export.layout, &row)
        {
            anyhow::bail!(
                "a file changed while it was being exported (a field has a key the table has \
                 no column for); export again"
            );
        }
        match &mut self.out {
            Out::Csv { columns, csv } => csv.push(&row.cells(columns))?,
            Out::Json(json) => json.push(&row)?,
        }
        self.written += 1;
        Ok(())
    }

    /// Finish the table; how many rows it has.
    pub fn finish(self) -> anyhow::Result<usize> {
        match self.out {
            Out::Csv { csv, .. } => csv.finish()?,
            Out::Json(json) => json.finish()?,
        }
        Ok(self.written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::partner::Contact;
    use crate::model::records::{Checkin, CheckinKind, Evaluation};

    /// The export of `partners` as CSV or JSON, made as the command makes it (a pass for
    /// the shape, a pass to write), and how many rows it has.
    fn export(sheet: Sheet, partners: &[Partner], json: bool) -> (String, usize) {
        let e = Export::new(sheet);
        let mut shape = Shape::default();
        for p in partners {
            e.partner_rows(p, &mut |row| {
                shape.add(&e, &row);
                Ok(())
            })
            .unwrap();
        }
        let mut out = Vec::new();
        let mut rows = if json {
            e.json(&mut out)
        } else {
            e.csv(&shape, &mut out).unwrap()
        };
        for p in partners {
            e.partner_rows(p, &mut |row| rows.push(row)).unwrap();
        }
        let n = rows.finish().unwrap();
        (String::from_utf8(out).unwrap(), n)
    }

    fn partner() -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            kind: "corporate".into(),
            contacts: vec![Contact {
                name: "Sam Ortiz".into(),
                phone: Some("+1 555 0100".into()),
                ..Contact::default()
            }],
            checkins: vec![Checkin {
                id: "k7q2m9x4".into(),
                date: parse_iso("2026-10-02").unwrap(),
                kind: CheckinKind::Call,
                attendees: vec!["Dana".into(), "Sam".into()],
                summary: Some("=cmd|' /C calc'!A0".into()),
                notes: Some("two\nlines".into()),
                rating: Some(4),
                by: Some("Dana".into()),
                ..Checkin::default()
            }],
            ..Partner::default()
        }
    }

    #[test]
    fn csv_names_the_partner_and_defuses_formulas() {
        assert_eq!(
            export(Sheet::Checkins, &[partner()], false).0,
            "partner,id,date,kind,attendees,summary,notes,topics,rating,next,by\n\
             acme,k7q2m9x4,2026-10-02,call,Dana; Sam,'=cmd|' /C calc'!A0,\"two\nlines\",,4,,Dana\n"
        );
        assert!(
            export(Sheet::Contacts, &[partner()], false)
                .0
                .contains("acme,Sam Ortiz,,,'+1 555 0100,\n")
        );
    }

    #[test]
    fn a_map_key_the_first_pass_did_not_see_is_refused() {
        let evaluated = |scores: &[&str]| Partner {
            evaluations: vec![Evaluation {
                id: "e1".into(),
                date: parse_iso("2026-10-01").unwrap(),
                instrument: "accord".into(),
                side: crate::model::partner::Side::Ours,
                by: None,
                scores: scores.iter().map(|k| (k.to_string(), 4.0)).collect(),
                comments: Default::default(),
                note: None,
                partial: false,
            }],
            ..partner()
        };
        let e = Export::new(Sheet::Evaluations);
        let mut shape = Shape::default();
        e.partner_rows(&evaluated(&["trust"]), &mut |row| {
            shape.add(&e, &row);
            Ok(())
        })
        .unwrap();
        let mut out = Vec::new();
        let mut rows = e.csv(&shape, &mut out).unwrap();
        // the file as read again, with a key the header has no column for
        let err = e
            .partner_rows(&evaluated(&["trust", "vision"]), &mut |row| rows.push(row))
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("changed while it was being exported"),
            "{err}"
        );
        e.partner_rows(&evaluated(&["trust"]), &mut |row| rows.push(row))
            .unwrap();
    }

    #[test]
    fn json_keeps_types_and_order() {
        let (json, _) = export(Sheet::Checkins, &[partner()], true);
        assert!(json.starts_with("[\n  {\n    \"partner\": \"acme\",\n    \"id\": \"k7q2m9x4\""));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["rating"], 4);
        assert_eq!(v[0]["attendees"], serde_json::json!(["Dana", "Sam"]));
        assert!(v[0].get("next").is_none());
    }

    #[test]
    fn goals_and_partners_only_give_their_own_kinds() {
        assert_eq!(
            export(Sheet::Measurements, &[partner()], true),
            ("[]\n".into(), 0)
        );
        let (csv, rows) = export(Sheet::Partners, &[partner()], false);
        assert_eq!(rows, 1);
        assert!(
            csv.starts_with("id,name,type,stage,since,added,cadence,balance,"),
            "{csv}"
        );
        assert!(!csv.contains("Sam Ortiz"));
    }
}
