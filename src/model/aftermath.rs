//! Rules for what merges let through: each side's change was fine, the two together are
//! not. Records dated after their partner ended (one person ended the partnership while
//! another logged a meeting), and two partners that are one organization added on two
//! clones under slightly different names. `accord check` runs them.

use crate::model::name;
use crate::model::partner::Partner;
use crate::model::registry::{Keeps, Owns, Record, Visit};
use crate::model::validate::{Problem, Seg};
use std::collections::BTreeMap;

/// Records of a partner dated after the partnership ended.
pub fn after_end(p: &Partner) -> Vec<Problem> {
    if p.ended.is_none() {
        return Vec::new();
    }
    struct After<'a> {
        p: &'a Partner,
        out: Vec<Problem>,
    }
    impl Visit<Partner> for After<'_> {
        fn visit<R: Record>(&mut self)
        where
            Partner: Keeps<R>,
        {
            let Some(field) = R::DEF.date else { return };
            for (i, r) in self.p.records().iter().enumerate() {
                if let Some(date) = r.date()
                    && let Some(said) = dated_after_end(R::DEF.noun, date, self.p)
                {
                    self.out.push(Problem::warning(
                        vec![
                            Seg::Key(R::DEF.table.to_string()),
                            Seg::Index(i),
                            Seg::Key(field.to_string()),
                        ],
                        said,
                    ));
                }
            }
        }
    }
    let mut v = After { p, out: Vec::new() };
    Partner::each_kind(&mut v);
    v.out
}

/// What is wrong with a record (`noun`) of partner `p` dated `date`, when that is after
/// the partnership ended: `check` warns with it, and the commands that log one.
pub fn dated_after_end(noun: &str, date: chrono::NaiveDate, p: &Partner) -> Option<String> {
    let ended = p.ended.filter(|&e| date > e)?;
    Some(format!(
        "{noun} dated {date}, after the partnership ended ({ended}); if it goes on, `accord partner set {} --stage active`, else the record belongs elsewhere",
        p.id
    ))
}

/// Partners whose names reduce to the same key ([`name::key`], the rule `partner add`
/// also uses): for each one after the first, the id of the first. Input: (id, name) in
/// id order.
pub fn near_duplicates(partners: &[(String, String)]) -> Vec<(&str, &str)> {
    let mut first: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    for (id, name) in partners {
        let key = name::key(name);
        if key.is_empty() {
            continue;
        }
        match first.get(&key) {
            Some(other) => out.push((id.as_str(), *other)),
            None => {
                first.insert(key, id);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_one_organization() {
        let ps = vec![
            ("lumen".to_string(), "Lumen Arts Collective".to_string()),
            (
                "lumen-inc".to_string(),
                "Lumen Arts Collective, Inc.".to_string(),
            ),
            (
                "the-lumen".to_string(),
                "The Lumen Arts Collective".to_string(),
            ),
            ("lumina".to_string(), "Lumina Arts".to_string()),
        ];
        assert_eq!(
            near_duplicates(&ps),
            [("lumen-inc", "lumen"), ("the-lumen", "lumen")]
        );
    }
}
