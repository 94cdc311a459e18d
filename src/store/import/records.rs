//! Importing records kept inside partner or goal files: every kind of the registry
//! (`model::registry`), each through the same plan. What is particular to a kind comes
//! from its description (`R::DEF`: the file that keeps it, its table, its fields, its
//! date) and its rules, which are those `accord check` and the commands that write
//! hold it to; what is particular to an owner comes from [`Owns`] and [`Keeps`].

use super::{Index, Pending, Run, Step, Verdict, cell_of, describe_changes};
use crate::model::import::{self, Row};
use crate::model::kinds;
use crate::model::problem::Seg;
use crate::model::registry::{self, Identity, InFile, Keeps, Owns, Record, Ty};
use crate::store::{Edit, Stored, edit};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use toml_edit::{DocumentMut, Item, Table};

/// Defaults of a new record, for fields the file has no column for: its date when the
/// kind may go without one (an action item's `created`) is today, and its `by` is
/// whoever is importing. An empty cell of a column the file has stays empty, so an
/// export reads back as it was.
fn fill<R: Record>(record: &mut Map<String, Value>, run: &Run) {
    let absent = |field: &str| R::DEF.field(field).is_some() && !run.headers.contains_key(field);
    if let Some(date) = R::DEF.date
        && R::DEF.field(date).is_some_and(|f| !f.required)
        && absent(date)
    {
        record.insert(date.into(), Value::String(run.opts.today.to_string()));
    }
    if absent("by") {
        record.insert("by".into(), Value::String(run.opts.user.to_string()));
    }
}

/// The records of the same file a record names (an action item's check-in) that the
/// file does not hold: the field, and what to say.
fn missing_refs<O: Owns, R: Record>(
    record: &Value,
    owner: &O,
    owner_id: &str,
) -> Option<(&'static str, String)> {
    R::DEF.fields.iter().find_map(|f| {
        let Ty::Ref(table) = f.ty else { return None };
        let id = record.get(f.name)?.as_str()?;
        if registry::holds(owner, table, id) {
            return None;
        }
        let noun = kinds::by_table(table).map_or(table, |k| k.noun);
        Some((
            f.name,
            format!("`{owner_id}` has no {noun} `{id}`; import the {noun}s first"),
        ))
    })
}

/// The registry's rules for `record` in `owner`'s file after `earlier` records of its
/// kind: every finding that refuses it, as the field (`scores.trust`) and the message.
fn refusals<O: Owns + Keeps<R>, R: Record>(
    record: &R,
    owner: &O,
    earlier: &[R],
    run: &Run,
) -> Vec<(String, String)> {
    let has = |table: &str, id: &str| registry::holds(owner, table, id);
    let file = InFile {
        today: run.opts.today,
        earlier,
        has: &has,
    };
    registry::findings(record, &file)
        .into_iter()
        .filter(|f| f.refuses())
        .map(|f| {
            let field: Vec<String> = f
                .path
                .iter()
                .map(|s| match s {
                    Seg::Key(k) => k.clone(),
                    Seg::Index(i) => i.to_string(),
                })
                .collect();
            (field.join("."), f.message)
        })
        .collect()
}

/// Plan (and prepare) the rows of one kind of record, kept in files of kind `O`.
pub(super) fn plan<O, R>(
    run: &mut Run,
    index: &Index,
    rows: Vec<Row>,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> anyhow::Result<()>
where
    O: Owns + Stored + Keeps<R>,
    R: Record,
{
    let owner_col = R::DEF.owner.noun();
    let owners = index.owners(R::DEF.owner);
    // Which file each row goes to, in the order the rows come.
    let mut groups: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let mut resolved: HashMap<String, Result<String, String>> = HashMap::new();
    for row in rows {
        // A row without one was reported when it was read.
        let Some(typed) = row.text(owner_col).map(str::to_string) else {
            continue;
        };
        let owner = resolved
            .entry(typed.clone())
            .or_insert_with(|| owners.resolve(&typed))
            .clone();
        match owner {
            Err(msg) => run.error(row.number, Some(owner_col), msg),
            Ok(_) if run.bad.contains(&row.number) => {}
            Ok(id) => groups.entry(id).or_default().push(row),
        }
    }
    let has_id = R::DEF.identity == Identity::Id;
    let mut taken: HashSet<String> = index.taken.keys().cloned().collect();
    let mut ids_in_file: HashMap<String, usize> = HashMap::new();
    let files = groups.len();
    for (n, (owner_id, rows)) in groups.into_iter().enumerate() {
        progress(Step::Checking, n, files);
        let path = run.ws.path(O::KIND, &owner_id);
        let (mut file, mut owner) = Edit::open::<O>(&path)?;
        owner.set_id(&owner_id);
        let existing: Vec<Value> = owner
            .records()
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        let mut by_key: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, e) in existing.iter().enumerate() {
            by_key
                .entry(import::identity_key(R::DEF.sheet, e))
                .or_default()
                .push(i);
            if let Some(rid) = e.get("id").and_then(Value::as_str) {
                by_id.insert(rid, i);
            }
        }
        let mut keys_in_file: HashMap<Vec<String>, usize> = HashMap::new();
        let mut creates: Vec<Table> = Vec::new();
        let mut updates: Vec<(usize, Vec<String>, Table)> = Vec::new();
        for row in rows {
            let row_id = row.text("id").map(str::to_string);
            let mut object = row.object(&[owner_col]);
            fill::<R>(&mut object, run);
            if has_id && row_id.is_none() {
                object.insert("id".into(), Value::String(String::new()));
            }
            let Some(mut record) = run.ok(row.number, import::from_object::<R>(object)) else {
                continue;
            };
            let candidate = serde_json::to_value(&record)?;
            if let Some((column, msg)) = missing_refs::<O, R>(&candidate, &owner, &owner_id) {
                run.error(row.number, Some(column), msg);
                continue;
            }
            let key = import::identity_key(R::DEF.sheet, &candidate);
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
                        R::DEF.noun,
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
                                R::DEF.noun,
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
                    let changes = import::changes(&row, &existing[i], &[owner_col, "id"]);
                    if changes.is_empty() {
                        run.plan(row.number, Verdict::Unchanged, what);
                        continue;
                    }
                    let Some(merged) =
                        run.ok(row.number, import::merge::<R>(&existing[i], &changes))
                    else {
                        continue;
                    };
                    let refused = refusals(&merged, &owner, &owner.records()[..i], run);
                    if !refused.is_empty() {
                        for (field, msg) in refused {
                            run.error(row.number, Some(&field), msg);
                        }
                        continue;
                    }
                    let keys = changes.iter().map(|c| c.field.clone()).collect();
                    updates.push((i, keys, edit::to_table(&merged)?));
                    owner.records_mut()[i] = merged;
                    run.plan(
                        row.number,
                        Verdict::Update(describe_changes(&changes)),
                        what,
                    );
                }
                None => {
                    let what = record.describe(&owner_id);
                    let mut rid = None;
                    if has_id {
                        let id = row_id
                            .clone()
                            .unwrap_or_else(|| (run.opts.new_id)(&|c: &str| taken.contains(c)));
                        let mut v = serde_json::to_value(&record)?;
                        v["id"] = Value::String(id.clone());
                        record = serde_json::from_value(v)?;
                        rid = Some(id);
                    }
                    let refused = refusals(&record, &owner, owner.records(), run);
                    if !refused.is_empty() {
                        for (field, msg) in refused {
                            run.error(row.number, Some(&field), msg);
                        }
                        continue;
                    }
                    taken.extend(rid);
                    run.plan(row.number, Verdict::Create, what);
                    creates.push(edit::to_table(&record)?);
                    owner.records_mut().push(record);
                }
            }
        }
        if run.opts.dry_run || !run.errors.is_empty() || (creates.is_empty() && updates.is_empty())
        {
            continue;
        }
        let table = R::DEF.table;
        for (i, keys, new) in updates {
            let target = if has_id {
                let rid = existing[i].get("id").and_then(Value::as_str).unwrap_or("");
                edit::find_mut(&mut file.doc, table, "id", rid)
            } else {
                edit::records_mut(&mut file.doc, table).and_then(|a| a.get_mut(i))
            };
            let Some(target) = target else {
                anyhow::bail!(
                    "`{}`: a [[{table}]] table accord expected is not where it was read",
                    run.ws.rel(&path),
                );
            };
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            copy_keys(target, &new, &keys);
        }
        push_all(&mut file.doc, table, creates)?;
        run.pending.push(Pending::new::<O>(file));
    }
    progress(Step::Checking, files, files);
    Ok(())
}

/// The identifying values of a row, in words: "2026-10-02, call".
fn identity_words<R: Record>(row: &Row, owner: &str) -> String {
    let mut parts = vec![format!("`{owner}`")];
    parts.extend(
        import::identity(R::DEF.sheet)
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
