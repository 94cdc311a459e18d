//! Every kind of record, across every kind of file: the registry's descriptions gathered
//! from [`Owns::each_kind`] of partners, goals and surveys, for what is looked up by name (a
//! table, an export sheet).

use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::registry::{Keeps, KindDef, Owns, Record, Sheet, Visit};
use crate::model::survey::Survey;

/// The description of every kind of record, partners' first, in file order.
pub fn all() -> Vec<&'static KindDef> {
    struct Collect(Vec<&'static KindDef>);
    impl<O: Owns> Visit<O> for Collect {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            self.0.push(R::DEF);
        }
    }
    let mut all = Collect(Vec::new());
    Partner::each_kind(&mut all);
    Goal::each_kind(&mut all);
    Survey::each_kind(&mut all);
    all.0
}

/// The kind kept in `[[table]]`.
pub fn by_table(table: &str) -> Option<&'static KindDef> {
    all().into_iter().find(|k| k.table == table)
}

/// The kind exported as `sheet` (partners, goals and surveys are owners, not kinds).
pub fn by_sheet(sheet: Sheet) -> Option<&'static KindDef> {
    all().into_iter().find(|k| k.sheet == sheet)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tabular::field_names;

    /// The declared fields of every kind are exactly the fields its type reads, in the
    /// same order, so a field cannot be added to one and not the other.
    #[test]
    fn declared_fields_match_the_types() {
        struct Check;
        impl<O: Owns> Visit<O> for Check {
            fn visit<R: Record>(&mut self)
            where
                O: Keeps<R>,
            {
                let declared: Vec<&str> = R::DEF.fields.iter().map(|f| f.name).collect();
                assert_eq!(declared, field_names::<R>(), "{}", R::DEF.table);
            }
        }
        Partner::each_kind(&mut Check);
        Goal::each_kind(&mut Check);
        Survey::each_kind(&mut Check);
    }

    #[test]
    fn every_kind_is_listed_once() {
        let kinds = all();
        let tables: Vec<&str> = kinds.iter().map(|k| k.table).collect();
        assert_eq!(
            tables,
            [
                "contact",
                "role",
                "checkin",
                "action",
                "evaluation",
                "contribution",
                "win",
                "measurement",
                "response"
            ]
        );
        for k in &kinds {
            assert_eq!(by_table(k.table), Some(*k));
            assert_eq!(by_sheet(k.sheet), Some(*k));
        }
    }
}
