//! `accord export`: every record of one kind as one tidy table, a row per record that
//! names the partner or goal it belongs to, rendered as CSV (cells made safe for
//! spreadsheets) or as a JSON array. The columns are the record type's fields (see
//! `model::tabular`), which is also what `accord import` reads.

use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::registry::{Keeps, Owns, Record, Visit};
use crate::model::survey::Survey;
use crate::model::tabular::{Layout, Ordered, Sheet};
use crate::report::list;
use serde::Serialize;

/// The rows of one kind, gathered one file at a time.
pub struct Export {
    pub sheet: Sheet,
    layout: Layout,
    rows: Vec<Ordered>,
}

impl Export {
    pub fn new(sheet: Sheet) -> Export {
        Export {
            sheet,
            layout: sheet.layout(),
            rows: Vec::new(),
        }
    }

    fn push<T: Serialize>(&mut self, key: &str, records: &[T]) -> anyhow::Result<()> {
        for r in records {
            self.rows.push(self.layout.row(key, r)?);
        }
        Ok(())
    }

    /// Add the rows a partner's file holds (none for goal kinds).
    pub fn add_partner(&mut self, p: &Partner) -> anyhow::Result<()> {
        if self.sheet == Sheet::Partners {
            return self.push(&p.id, std::slice::from_ref(p));
        }
        self.add_records(&p.id, p)
    }

    /// Add the rows a goal's file holds (none for partner kinds).
    pub fn add_goal(&mut self, g: &Goal) -> anyhow::Result<()> {
        if self.sheet == Sheet::Goals {
            return self.push(&g.id, std::slice::from_ref(g));
        }
        self.add_records(&g.id, g)
    }

    /// Add the rows a survey's file holds (none for partner and goal kinds).
    pub fn add_survey(&mut self, s: &Survey) -> anyhow::Result<()> {
        if self.sheet == Sheet::Surveys {
            return self.push(&s.id, std::slice::from_ref(s));
        }
        self.add_records(&s.id, s)
    }

    /// Add the records of the kind being exported that `owner`'s file keeps, if it keeps
    /// that kind: the registry's kinds are visited to find it.
    fn add_records<O: Owns>(&mut self, key: &str, owner: &O) -> anyhow::Result<()> {
        struct Add<'e, 'o, O> {
            export: &'e mut Export,
            key: &'o str,
            owner: &'o O,
            done: anyhow::Result<()>,
        }
        impl<O: Owns> Visit<O> for Add<'_, '_, O> {
            fn visit<R: Record>(&mut self)
            where
                O: Keeps<R>,
            {
                if R::DEF.sheet == self.export.sheet {
                    self.done = self.export.push(self.key, self.owner.records());
                }
            }
        }
        let mut add = Add {
            export: self,
            key,
            owner,
            done: Ok(()),
        };
        O::each_kind(&mut add);
        add.done
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// One header row, then one row per record; lists joined with `; `.
    pub fn csv(&self) -> anyhow::Result<String> {
        let columns = self.layout.columns(&self.rows);
        let headers: Vec<&str> = columns.iter().map(String::as_str).collect();
        list::csv(&headers, self.rows.iter().map(|r| r.cells(&columns)))
    }

    /// An array of objects, fields in the record's own order.
    pub fn json(&self) -> anyhow::Result<String> {
        list::json(&self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::partner::Contact;
    use crate::model::records::{Checkin, CheckinKind};

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
        let mut e = Export::new(Sheet::Checkins);
        e.add_partner(&partner()).unwrap();
        assert_eq!(
            e.csv().unwrap(),
            "partner,id,date,kind,attendees,summary,notes,topics,rating,next,by\n\
             acme,k7q2m9x4,2026-10-02,call,Dana; Sam,'=cmd|' /C calc'!A0,\"two\nlines\",,4,,Dana\n"
        );
        let mut c = Export::new(Sheet::Contacts);
        c.add_partner(&partner()).unwrap();
        assert!(
            c.csv()
                .unwrap()
                .contains("acme,Sam Ortiz,,,'+1 555 0100,\n")
        );
    }

    #[test]
    fn json_keeps_types_and_order() {
        let mut e = Export::new(Sheet::Checkins);
        e.add_partner(&partner()).unwrap();
        let json = e.json().unwrap();
        assert!(json.starts_with("[\n  {\n    \"partner\": \"acme\",\n    \"id\": \"k7q2m9x4\""));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["rating"], 4);
        assert_eq!(v[0]["attendees"], serde_json::json!(["Dana", "Sam"]));
        assert!(v[0].get("next").is_none());
    }

    #[test]
    fn goals_and_partners_only_give_their_own_kinds() {
        let mut e = Export::new(Sheet::Measurements);
        e.add_partner(&partner()).unwrap();
        assert!(e.is_empty());
        let mut p = Export::new(Sheet::Partners);
        p.add_partner(&partner()).unwrap();
        assert_eq!(p.len(), 1);
        let csv = p.csv().unwrap();
        assert!(
            csv.starts_with("id,name,type,stage,since,added,cadence,balance,"),
            "{csv}"
        );
        assert!(!csv.contains("Sam Ortiz"));
    }
}
