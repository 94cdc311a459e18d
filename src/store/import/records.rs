//! Importing records kept inside partner or goal files: contacts, check-ins, action
//! items, contributions (in partner files) and measurements (in goal files).

use super::{Index, Owners, Pending, Run, Step, Verdict, cell_of, describe_changes, id_part};
use crate::model::goal::{Goal, Measurement};
use crate::model::import::{self, Row};
use crate::model::partner::{Contact, Partner};
use crate::model::records::{Action, Checkin, Contribution};
use crate::model::tabular::{Sheet, field_names};
use crate::store::{Edit, Stored, edit};
use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use toml_edit::{DocumentMut, Item, Table};

/// A kind of record kept in a list inside its owner's file.
pub(super) trait Record: Serialize + DeserializeOwned {
    type Owner: Stored;
    const SHEET: Sheet;
    /// The `[[key]]` of its tables in the owner's file.
    const KEY: &'static str;
    /// The column naming the owner: `partner` or `goal`.
    const OWNER: &'static str;
    fn all(owner: &Self::Owner) -> &[Self];
    fn owners(index: &Index) -> &Owners;
    /// The record in words, for the dry run.
    fn describe(&self, owner: &str) -> String;
    /// A check that needs the owner's other records.
    fn check(&self, _owner: &Self::Owner) -> Result<(), (&'static str, String)> {
        Ok(())
    }
    /// Fill in defaults for a new record.
    fn fill(_record: &mut Map<String, Value>, _today: NaiveDate) {}
}

impl Record for Contact {
    type Owner = Partner;
    const SHEET: Sheet = Sheet::Contacts;
    const KEY: &'static str = "contact";
    const OWNER: &'static str = "partner";
    fn all(p: &Partner) -> &[Contact] {
        &p.contacts
    }
    fn owners(index: &Index) -> &Owners {
        &index.partners
    }
    fn describe(&self, owner: &str) -> String {
        format!("contact {} at `{owner}`", self.name)
    }
}

impl Record for Checkin {
    type Owner = Partner;
    const SHEET: Sheet = Sheet::Checkins;
    const KEY: &'static str = "checkin";
    const OWNER: &'static str = "partner";
    fn all(p: &Partner) -> &[Checkin] {
        &p.checkins
    }
    fn owners(index: &Index) -> &Owners {
        &index.partners
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "check-in{} with `{owner}` on {} ({})",
            id_part(&self.id),
            self.date,
            self.kind
        )
    }
}

impl Record for Action {
    type Owner = Partner;
    const SHEET: Sheet = Sheet::Actions;
    const KEY: &'static str = "action";
    const OWNER: &'static str = "partner";
    fn all(p: &Partner) -> &[Action] {
        &p.actions
    }
    fn owners(index: &Index) -> &Owners {
        &index.partners
    }
    fn describe(&self, owner: &str) -> String {
        let mut text: String = self.text.chars().take(60).collect();
        if text.len() < self.text.len() {
            text.push('…');
        }
        format!("action item{} for `{owner}`: {text}", id_part(&self.id))
    }
    fn check(&self, p: &Partner) -> Result<(), (&'static str, String)> {
        match &self.checkin {
            Some(c) if !p.checkins.iter().any(|k| &k.id == c) => Err((
                "checkin",
                format!(
                    "`{}` has no check-in `{c}`; import the check-ins first",
                    p.id
                ),
            )),
            _ => Ok(()),
        }
    }
    fn fill(record: &mut Map<String, Value>, today: NaiveDate) {
        record
            .entry("created")
            .or_insert_with(|| Value::String(today.to_string()));
    }
}

impl Record for Contribution {
    type Owner = Partner;
    const SHEET: Sheet = Sheet::Contributions;
    const KEY: &'static str = "contribution";
    const OWNER: &'static str = "partner";
    fn all(p: &Partner) -> &[Contribution] {
        &p.contributions
    }
    fn owners(index: &Index) -> &Owners {
        &index.partners
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "contribution{} {} `{owner}` on {}: {} {}",
            id_part(&self.id),
            if self.side == crate::model::partner::Side::Ours {
                "from us to"
            } else {
                "from"
            },
            self.date,
            self.kind,
            crate::model::tabular::cell(&self.amount.into())
        )
    }
}

impl Record for Measurement {
    type Owner = Goal;
    const SHEET: Sheet = Sheet::Measurements;
    const KEY: &'static str = "measurement";
    const OWNER: &'static str = "goal";
    fn all(g: &Goal) -> &[Measurement] {
        &g.measurements
    }
    fn owners(index: &Index) -> &Owners {
        &index.goals
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "measurement{} of `{owner}` on {}: {}",
            id_part(&self.id),
            self.date,
            crate::model::tabular::cell(&self.value.into())
        )
    }
}

/// Plan (and prepare) the rows of one kind of record.
pub(super) fn plan<R: Record>(
    run: &mut Run,
    index: &Index,
    rows: Vec<Row>,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> anyhow::Result<()> {
    // Which file each row goes to, in the order the rows come.
    let mut groups: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let mut resolved: HashMap<String, Result<String, String>> = HashMap::new();
    for row in rows {
        // A row without one was reported when it was read.
        let Some(typed) = row.text(R::OWNER).map(str::to_string) else {
            continue;
        };
        let owner = resolved
            .entry(typed.clone())
            .or_insert_with(|| R::owners(index).resolve(&typed))
            .clone();
        match owner {
            Err(msg) => run.error(row.number, Some(R::OWNER), msg),
            Ok(_) if run.bad.contains(&row.number) => {}
            Ok(id) => groups.entry(id).or_default().push(row),
        }
    }
    let fields = field_names::<R>();
    let has_id = fields.contains(&"id");
    let has_by = fields.contains(&"by");
    let mut taken: HashSet<String> = index.taken.keys().cloned().collect();
    let mut ids_in_file: HashMap<String, usize> = HashMap::new();
    let files = groups.len();
    for (n, (owner_id, rows)) in groups.into_iter().enumerate() {
        progress(Step::Checking, n, files);
        let path = run.ws.path(<R::Owner as Stored>::KIND, &owner_id);
        let (mut file, mut owner) = Edit::open::<R::Owner>(&path)?;
        owner.set_id(&owner_id);
        let existing: Vec<Value> = R::all(&owner)
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        let mut by_key: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, e) in existing.iter().enumerate() {
            by_key
                .entry(import::identity_key(R::SHEET, e))
                .or_default()
                .push(i);
            if let Some(rid) = e.get("id").and_then(Value::as_str) {
                by_id.insert(rid, i);
            }
        }
        let mut keys_in_file: HashMap<Vec<String>, usize> = HashMap::new();
        let mut creates: Vec<Table> = Vec::new();
        let mut updates: Vec<(usize, Vec<&'static str>, Table)> = Vec::new();
        for row in rows {
            let row_id = row.text("id").map(str::to_string);
            let mut object = row.object(&[R::OWNER]);
            R::fill(&mut object, run.opts.today);
            if has_id && row_id.is_none() {
                object.insert("id".into(), Value::String(String::new()));
            }
            if has_by {
                object
                    .entry("by")
                    .or_insert_with(|| Value::String(run.opts.user.to_string()));
            }
            let Some(mut record) = run.ok(row.number, import::from_object::<R>(object)) else {
                continue;
            };
            if let Err((column, msg)) = record.check(&owner) {
                run.error(row.number, Some(column), msg);
                continue;
            }
            let candidate = serde_json::to_value(&record)?;
            let key = import::identity_key(R::SHEET, &candidate);
            // Rows that name the same record twice.
            if let Some(rid) = &row_id {
                if let Some(first) = ids_in_file.insert(rid.clone(), row.number) {
                    run.error(
                        row.number,
                        Some("id"),
                        format!("row {first} has the same id `{rid}`"),
                    );
                    continue;
                }
            } else if let Some(first) = keys_in_file.insert(key.clone(), row.number) {
                run.error(
                    row.number,
                    None,
                    format!(
                        "row {first} is the same {} ({}); give each row an `id` to keep both",
                        R::SHEET.noun(),
                        identity_words::<R>(&row, &owner_id)
                    ),
                );
                continue;
            }
            // The record this row names, if it exists.
            let found = match &row_id {
                Some(rid) => match by_id.get(rid.as_str()).copied() {
                    Some(i) => Some(i),
                    None => {
                        if let Some(other) = index.taken.get(rid) {
                            run.error(
                                row.number,
                                Some("id"),
                                format!("the id `{rid}` is already used by the {other}"),
                            );
                            continue;
                        }
                        None
                    }
                },
                None => match by_key.get(&key).map(Vec::as_slice) {
                    Some([one]) => Some(*one),
                    Some([first, ..]) if !run.opts.update => Some(*first),
                    Some(many) => {
                        run.error(
                            row.number,
                            None,
                            format!(
                                "{} existing {}s of `{owner_id}` match ({}); add an `id` column to say which",
                                many.len(),
                                R::SHEET.noun(),
                                identity_words::<R>(&row, &owner_id)
                            ),
                        );
                        continue;
                    }
                    None => None,
                },
            };
            match found {
                Some(i) => {
                    let current: R = serde_json::from_value(existing[i].clone())?;
                    let what = current.describe(&owner_id);
                    if !run.opts.update {
                        run.plan(row.number, Verdict::Skip, what);
                        continue;
                    }
                    let changes = import::changes(&row, &existing[i], &[R::OWNER, "id"]);
                    if changes.is_empty() {
                        run.plan(row.number, Verdict::Unchanged, what);
                        continue;
                    }
                    let Some(merged) =
                        run.ok(row.number, import::merge::<R>(&existing[i], &changes))
                    else {
                        continue;
                    };
                    let keys = changes.iter().map(|c| c.field).collect();
                    updates.push((i, keys, edit::to_table(&merged)?));
                    run.plan(
                        row.number,
                        Verdict::Update(describe_changes(&changes)),
                        what,
                    );
                }
                None => {
                    let what = record.describe(&owner_id);
                    if has_id {
                        let rid = row_id
                            .clone()
                            .unwrap_or_else(|| (run.opts.new_id)(&|c: &str| taken.contains(c)));
                        taken.insert(rid.clone());
                        let mut v = serde_json::to_value(&record)?;
                        v["id"] = Value::String(rid);
                        record = serde_json::from_value(v)?;
                    }
                    run.plan(row.number, Verdict::Create, what);
                    creates.push(edit::to_table(&record)?);
                }
            }
        }
        if run.opts.dry_run || !run.errors.is_empty() || (creates.is_empty() && updates.is_empty())
        {
            continue;
        }
        for (i, keys, table) in updates {
            let target = if has_id {
                let rid = existing[i].get("id").and_then(Value::as_str).unwrap_or("");
                edit::find_mut(&mut file.doc, R::KEY, "id", rid)
            } else {
                edit::records_mut(&mut file.doc, R::KEY).and_then(|a| a.get_mut(i))
            };
            let Some(target) = target else {
                anyhow::bail!(
                    "`{}`: a [[{}]] table accord expected is not where it was read",
                    run.ws.rel(&path),
                    R::KEY
                );
            };
            copy_keys(target, &table, &keys);
        }
        push_all(&mut file.doc, R::KEY, creates)?;
        run.pending.push(Pending::new::<R::Owner>(file));
    }
    progress(Step::Checking, files, files);
    Ok(())
}

/// The identifying values of a row, in words: "2026-10-02, call".
fn identity_words<R: Record>(row: &Row, owner: &str) -> String {
    let mut parts = vec![format!("`{owner}`")];
    parts.extend(
        import::identity(R::SHEET)
            .iter()
            .map(|f| cell_of(row, f))
            .filter(|v| !v.is_empty()),
    );
    parts.join(", ")
}

/// Copy `keys` (top-level, or `a.b`) from a freshly serialized record into the table of
/// the record in the file, keeping the comments beside each value.
pub(super) fn copy_keys(target: &mut Table, from: &Table, keys: &[&str]) {
    for key in keys {
        let (top, sub) = match key.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (*key, None),
        };
        let Some(item) = from.get(top) else { continue };
        match sub {
            None => match item {
                Item::Value(v) => edit::set(target, top, v.clone()),
                other => {
                    target.insert(top, other.clone());
                }
            },
            Some(sub) => {
                let Some(v) = item
                    .as_table_like()
                    .and_then(|t| t.get(sub))
                    .and_then(Item::as_value)
                else {
                    continue;
                };
                if target.get(top).is_none() {
                    target.insert(top, Item::Table(Table::new()));
                }
                match target.get_mut(top) {
                    Some(Item::Table(t)) => edit::set(t, sub, v.clone()),
                    Some(Item::Value(toml_edit::Value::InlineTable(t))) => {
                        t.insert(sub, v.clone());
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Append records to the array of tables `key`, after its last element, in order.
pub(super) fn push_all(doc: &mut DocumentMut, key: &str, tables: Vec<Table>) -> anyhow::Result<()> {
    let mut tables = tables.into_iter();
    let Some(first) = tables.next() else {
        return Ok(());
    };
    edit::push(doc, key, first)?;
    let Some(arr) = edit::records_mut(doc, key) else {
        anyhow::bail!("`{key}` in this file is not a list of [[{key}]] tables");
    };
    let last = arr.iter().filter_map(Table::position).max();
    for mut t in tables {
        t.set_position(last);
        arr.push(t);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_values_keep_their_comments_and_nested_tables_are_made() {
        let mut doc: DocumentMut = "name = \"Acme\"  # legal name\nstage = \"active\"\n"
            .parse()
            .unwrap();
        let mut from = Table::new();
        from.insert("name", toml_edit::value("Acme Corp"));
        let mut agreement = toml_edit::InlineTable::new();
        agreement.insert(
            "ends",
            edit::date_value(crate::model::date::parse_iso("2027-06-30").unwrap()),
        );
        from.insert("agreement", toml_edit::value(agreement));
        copy_keys(doc.as_table_mut(), &from, &["name", "agreement.ends"]);
        assert_eq!(
            doc.to_string(),
            "name = \"Acme Corp\"  # legal name\nstage = \"active\"\n\n[agreement]\nends = 2027-06-30\n"
        );
    }

    #[test]
    fn pushed_records_keep_their_order_after_their_kind() {
        let mut doc: DocumentMut = "[[checkin]]\nid = \"a\"\n\n[[action]]\nid = \"x\"\n"
            .parse()
            .unwrap();
        let tables = ["b", "c", "d"]
            .iter()
            .map(|id| {
                let mut t = Table::new();
                t.insert("id", toml_edit::value(*id));
                t
            })
            .collect();
        push_all(&mut doc, "checkin", tables).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[checkin]]\nid = \"a\"\n\n[[checkin]]\nid = \"b\"\n\n[[checkin]]\nid = \"c\"\n\n[[checkin]]\nid = \"d\"\n\n[[action]]\nid = \"x\"\n"
        );
    }
}
