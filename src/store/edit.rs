//! Surgical edits to a user's TOML with `toml_edit`: change one value, push one record,
//! remove one record, and leave every other byte (comments, blank lines, key order,
//! fields accord does not know) as the user wrote it.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// Keys whose values are dates in every accord file; written as native TOML dates.
const DATE_KEYS: &[&str] = &[
    "since", "added", "ended", "signed", "ends", "date", "due", "done", "next", "start", "closed",
    "created", "opens", "closes", "imported",
];

/// A native TOML date value.
pub fn date_value(d: NaiveDate) -> Value {
    let date = toml_edit::Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    };
    Value::from(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    })
}

/// Serialize a record into a table, with dates written natively and nested tables
/// (such as an evaluation's scores) written inline on one line.
pub fn to_table<T: Serialize>(record: &T) -> anyhow::Result<Table> {
    let mut doc = toml_edit::ser::to_document(record)?;
    let mut table = std::mem::take(doc.as_table_mut());
    fix_dates_in_table(&mut table);
    table.set_implicit(false);
    Ok(table)
}

/// Render a whole new file from a record: the text a command writes for a new partner
/// or goal, its sub-tables as `[table]` sections and its records as `[[record]]` ones.
pub fn to_file_text<T: Serialize>(record: &T, header: &str) -> anyhow::Result<String> {
    let mut root = to_table(record)?;
    let keys: Vec<String> = root.iter().map(|(k, _)| k.to_string()).collect();
    for key in keys {
        let Some(item) = root.get_mut(&key) else {
            continue;
        };
        let promoted = match item {
            Item::Value(Value::InlineTable(t)) => Some(Item::Table(t.clone().into_table())),
            Item::Value(Value::Array(a))
                if !a.is_empty() && a.iter().all(Value::is_inline_table) =>
            {
                let mut arr = ArrayOfTables::new();
                for t in a.iter().filter_map(Value::as_inline_table) {
                    arr.push(t.clone().into_table());
                }
                Some(Item::ArrayOfTables(arr))
            }
            _ => None,
        };
        if let Some(p) = promoted {
            *item = p;
        }
    }
    let mut text = String::new();
    for line in header.lines() {
        text.push_str("# ");
        text.push_str(line);
        text.push('\n');
    }
    let doc = DocumentMut::from(root);
    text.push_str(&doc.to_string());
    Ok(text)
}

fn fix_dates_in_table(table: &mut Table) {
    for (key, item) in table.iter_mut() {
        match item {
            Item::Value(v) => fix_dates(key.get(), v),
            Item::Table(t) => fix_dates_in_table(t),
            Item::ArrayOfTables(a) => a.iter_mut().for_each(fix_dates_in_table),
            Item::None => {}
        }
    }
}

/// Turn the strings of date keys into native TOML dates, at any depth.
fn fix_dates(key: &str, value: &mut Value) {
    match value {
        Value::String(s) if DATE_KEYS.contains(&key) => {
            if let Some(d) = crate::model::date::parse_iso(s.value()) {
                let decor = s.decor().clone();
                *value = date_value(d);
                *value.decor_mut() = decor;
            }
        }
        Value::InlineTable(t) => {
            for (k, v) in t.iter_mut() {
                fix_dates(k.get(), v);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| fix_dates(key, v)),
        _ => {}
    }
}

/// Set `key` in `table`, keeping the comment that trails the old value on its line.
pub fn set(table: &mut Table, key: &str, new: Value) {
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        _ => {
            table.insert(key, Item::Value(new));
        }
    }
}

/// Set a string value.
pub fn set_str(table: &mut Table, key: &str, v: &str) {
    set(table, key, Value::from(v));
}

/// Set a date value.
pub fn set_date(table: &mut Table, key: &str, d: NaiveDate) {
    set(table, key, date_value(d));
}

/// Set or remove an optional string.
pub fn set_opt_str(table: &mut Table, key: &str, v: Option<&str>) {
    match v {
        Some(v) => set_str(table, key, v),
        None => {
            table.remove(key);
        }
    }
}

/// The array of strings at `key`, created (empty) if missing.
pub fn string_array<'t>(
    table: &'t mut Table,
    key: &str,
) -> anyhow::Result<&'t mut toml_edit::Array> {
    if table.get(key).is_none() {
        table.insert(key, Item::Value(Value::Array(toml_edit::Array::new())));
    }
    table
        .get_mut(key)
        .and_then(Item::as_array_mut)
        .ok_or_else(|| anyhow::anyhow!("`{key}` is not a list"))
}

/// Add `v` to the string array at `key` unless it is there already (ignoring case).
/// Returns whether it was added.
pub fn array_add(table: &mut Table, key: &str, v: &str) -> anyhow::Result<bool> {
    let arr = string_array(table, key)?;
    if arr
        .iter()
        .any(|x| x.as_str().is_some_and(|s| s.eq_ignore_ascii_case(v)))
    {
        return Ok(false);
    }
    // In an array written one item per line, put the new item on a line of its own with
    // the same indentation (but not the comment that may precede the last item).
    let indent = arr
        .iter()
        .last()
        .and_then(|last| last.decor().prefix())
        .and_then(|p| p.as_str())
        .and_then(|p| p.rfind('\n').map(|i| p[i..].to_string()));
    arr.push(v);
    if let Some(indent) = indent
        && let Some(new) = arr.get_mut(arr.len() - 1)
    {
        new.decor_mut().set_prefix(indent);
    }
    Ok(true)
}

/// Remove `v` from the string array at `key` (ignoring case); drops the key once empty.
/// Returns whether anything was removed.
pub fn array_remove(table: &mut Table, key: &str, v: &str) -> anyhow::Result<bool> {
    let Some(item) = table.get_mut(key) else {
        return Ok(false);
    };
    let Some(arr) = item.as_array_mut() else {
        anyhow::bail!("`{key}` is not a list");
    };
    let before = arr.len();
    arr.retain(|x| !x.as_str().is_some_and(|s| s.eq_ignore_ascii_case(v)));
    let removed = arr.len() != before;
    if arr.is_empty() {
        table.remove(key);
    }
    Ok(removed)
}

/// Append a record to the array of tables `key`, right after its last element so the
/// file keeps records of one kind together.
pub fn push(doc: &mut DocumentMut, key: &str, mut record: Table) -> anyhow::Result<()> {
    match doc.get_mut(key) {
        Some(Item::ArrayOfTables(arr)) => {
            let last = arr.iter().filter_map(Table::position).max();
            record.set_position(last);
            arr.push(record);
        }
        Some(_) => anyhow::bail!("`{key}` in this file is not a list of [[{key}]] tables"),
        None => {
            let mut arr = ArrayOfTables::new();
            arr.push(record);
            doc.insert(key, Item::ArrayOfTables(arr));
        }
    }
    Ok(())
}

/// Append a record to the array of tables `key` as [`push`] does; when the file has no
/// such array yet, start it before the first table of the arrays `later` (the kinds a
/// file keeps after this one), so a file keeps its kinds in their usual order.
pub fn push_in_order(
    doc: &mut DocumentMut,
    key: &str,
    mut record: Table,
    later: &[&str],
) -> anyhow::Result<()> {
    if doc.get(key).is_none() {
        let first_later = later
            .iter()
            .filter_map(|k| doc.get(k).and_then(Item::as_array_of_tables))
            .flat_map(|a| a.iter().filter_map(Table::position))
            .min();
        if let Some(p) = first_later {
            record.set_position(Some(p - 1));
        }
    }
    push(doc, key, record)
}

/// Append a new record of kind `R` to `owner`'s file once the registry admits it: the
/// rules `check` and `import` hold it to (`registry::admit`), refused as a usage error in
/// the same words.
pub fn push_record<O, R>(
    doc: &mut DocumentMut,
    owner: &O,
    record: &R,
    today: NaiveDate,
) -> anyhow::Result<()>
where
    O: crate::model::registry::Owns + crate::model::registry::Keeps<R>,
    R: crate::model::registry::Record,
{
    crate::model::registry::admit(record, owner, today).map_err(crate::error::usage)?;
    push(doc, R::DEF.table, to_table(record)?)
}

/// Refuse a record whose text breaks the registry's text rule (`registry::text_findings`),
/// for a command that changes a record already kept.
pub fn check_text<R: crate::model::registry::Record>(record: &R) -> anyhow::Result<()> {
    match crate::model::registry::text_findings(record)
        .into_iter()
        .next()
    {
        Some(f) => Err(crate::error::usage(f.message)),
        None => Ok(()),
    }
}

/// The records of the array of tables `key`.
pub fn records_mut<'d>(doc: &'d mut DocumentMut, key: &str) -> Option<&'d mut ArrayOfTables> {
    doc.get_mut(key).and_then(Item::as_array_of_tables_mut)
}

/// The record whose `field` equals `value` in the array of tables `key`.
pub fn find_mut<'d>(
    doc: &'d mut DocumentMut,
    key: &str,
    field: &str,
    value: &str,
) -> Option<&'d mut Table> {
    records_mut(doc, key)?
        .iter_mut()
        .find(|t| t.get(field).and_then(Item::as_str) == Some(value))
}

/// Remove every record in array `key` for which `matches` holds; drop the array when it
/// becomes empty. Returns how many were removed.
pub fn remove_where(doc: &mut DocumentMut, key: &str, matches: impl Fn(&Table) -> bool) -> usize {
    let Some(arr) = records_mut(doc, key) else {
        return 0;
    };
    let before = arr.len();
    arr.retain(|t| !matches(t));
    let removed = before - arr.len();
    if arr.is_empty() {
        doc.remove(key);
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::{Checkin, CheckinKind};

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    #[test]
    fn records_are_written_with_native_dates() {
        let c = Checkin {
            id: "k7q2m9x4".into(),
            date: d("2026-09-15"),
            kind: CheckinKind::Review,
            attendees: vec!["Dana".into()],
            summary: Some("Fall kickoff".into()),
            rating: Some(4),
            next: Some(d("2026-12-01")),
            ..Checkin::default()
        };
        let mut doc = DocumentMut::new();
        push(&mut doc, "checkin", to_table(&c).unwrap()).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[checkin]]\nid = \"k7q2m9x4\"\ndate = 2026-09-15\nkind = \"review\"\nattendees = [\"Dana\"]\nsummary = \"Fall kickoff\"\nrating = 4\nnext = 2026-12-01\n"
        );
        let back: toml::Table = toml::from_str(&doc.to_string()).unwrap();
        assert!(back["checkin"][0]["date"].is_datetime());
    }

    #[test]
    fn nested_maps_become_inline_tables() {
        #[derive(Serialize)]
        struct E {
            id: &'static str,
            scores: std::collections::BTreeMap<&'static str, f64>,
        }
        let e = E {
            id: "e1",
            scores: [("trust", 4.0), ("vision", 3.5)].into_iter().collect(),
        };
        let t = to_table(&e).unwrap();
        let mut doc = DocumentMut::new();
        push(&mut doc, "evaluation", t).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[evaluation]]\nid = \"e1\"\nscores = { trust = 4.0, vision = 3.5 }\n"
        );
    }

    #[test]
    fn whole_files_use_sections_for_tables_and_records() {
        use crate::model::partner::{Agreement, Contact, Partner};
        let p = Partner {
            name: "Acme".into(),
            kind: "corporate".into(),
            since: Some(d("2026-01-05")),
            agreement: Some(Agreement {
                kind: Some("MOU".into()),
                signed: Some(d("2026-01-05")),
                ends: None,
                notes: None,
            }),
            contacts: vec![Contact {
                name: "Sam".into(),
                ..Contact::default()
            }],
            ..Partner::default()
        };
        assert_eq!(
            to_file_text(&p, "").unwrap(),
            "name = \"Acme\"\ntype = \"corporate\"\nstage = \"active\"\nsince = 2026-01-05\n\n[agreement]\nkind = \"MOU\"\nsigned = 2026-01-05\n\n[[contact]]\nname = \"Sam\"\n"
        );
    }

    #[test]
    fn set_keeps_trailing_comments_and_everything_else() {
        let text = "# top\nname = \"Acme\"   # legal name\nstage = \"active\" # since fall\n\nfavorite_color = \"blue\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        set_str(doc.as_table_mut(), "stage", "paused");
        assert_eq!(doc.to_string(), text.replace("\"active\"", "\"paused\""));
    }

    #[test]
    fn string_arrays() {
        let mut doc: DocumentMut = "tags = [\"a\", \"b\"]\n".parse().unwrap();
        let t = doc.as_table_mut();
        assert!(array_add(t, "tags", "c").unwrap());
        assert!(!array_add(t, "tags", "A").unwrap());
        assert!(array_remove(t, "tags", "B").unwrap());
        assert_eq!(doc.to_string(), "tags = [\"a\", \"c\"]\n");
        let t = doc.as_table_mut();
        array_remove(t, "tags", "a").unwrap();
        array_remove(t, "tags", "c").unwrap();
        assert_eq!(doc.to_string(), "");
    }

    #[test]
    fn multi_line_arrays_stay_multi_line() {
        let text = "tags = [\n    \"stem\",   # robotics\n    \"anchor\",\n]\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        array_add(doc.as_table_mut(), "tags", "k12").unwrap();
        assert_eq!(
            doc.to_string(),
            "tags = [\n    \"stem\",   # robotics\n    \"anchor\",\n    \"k12\",\n]\n"
        );
    }

    #[test]
    fn a_first_record_of_a_kind_goes_before_the_kinds_kept_after_it() {
        let text = "name = \"x\"\n\n[agreement]\nkind = \"MOU\"\n\n[[action]]\nid = \"b\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut t = Table::new();
        t["id"] = toml_edit::value("c");
        push_in_order(&mut doc, "checkin", t, &["action", "win"]).unwrap();
        assert_eq!(
            doc.to_string(),
            "name = \"x\"\n\n[agreement]\nkind = \"MOU\"\n\n[[checkin]]\nid = \"c\"\n\n[[action]]\nid = \"b\"\n"
        );
    }

    #[test]
    fn pushed_records_stay_with_their_kind() {
        let text = "name = \"x\"\n\n[[checkin]]\nid = \"a\"\n\n# actions\n[[action]]\nid = \"b\"\n\n# end\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut t = Table::new();
        t["id"] = toml_edit::value("c");
        push(&mut doc, "checkin", t).unwrap();
        assert_eq!(
            doc.to_string(),
            "name = \"x\"\n\n[[checkin]]\nid = \"a\"\n\n[[checkin]]\nid = \"c\"\n\n# actions\n[[action]]\nid = \"b\"\n\n# end\n"
        );
        assert_eq!(
            remove_where(&mut doc, "checkin", |t| t["id"].as_str() == Some("a")),
            1
        );
        assert!(find_mut(&mut doc, "checkin", "id", "c").is_some());
    }
}
