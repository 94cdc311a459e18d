//! The three-way merge of one accord file by record, not by line: what `accord
//! merge-file` (the git merge driver) computes from the common ancestor and the two sides.
//!
//! Records are matched by the identity the registry declares for their kind (an id, a
//! contact's name, a role's side and title); a file's own fields by key; lists of words
//! (tags, focus, attendees, a goal's partners) as sets. Additions on either side are all
//! kept, new records ordered by date then identity, so both merge directions give the
//! same bytes. A deletion with no change on the other side is a deletion; a deletion
//! against an edit, the same field given two values, or a rule the merged file would
//! break (two measurements on one date) is a conflict, written with markers around only
//! what conflicts (see `model::conflict`, which reads them back).
//!
//! Everything the merge does not need to touch is taken as written, with its comments,
//! blank lines, key order and unknown fields. Pure: text in, text out; no I/O.

use crate::model::goal::Goal;
use crate::model::kinds;
use crate::model::partner::Partner;
use crate::model::registry::{self, Identity, KindDef, Owner, Owns, Ty};
use crate::model::validate::{Seg, Severity};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap, HashSet};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Key, Table, Value};

/// Who made each side's changes, for the conflict markers.
#[derive(Debug, Clone)]
pub struct Labels {
    /// This clone's side (git's "current", `%A`).
    pub ours: String,
    /// The side being merged in (git's "other", `%B`).
    pub theirs: String,
    /// The length of a conflict marker (git's `%L`, 7 by default).
    pub marker: usize,
}

impl Labels {
    /// The labels for changes made by `ours` and `theirs` (people's names, or "yours"
    /// and "theirs" when git cannot say); one person on both sides is told apart by
    /// where each change was made.
    pub fn by(ours: Option<String>, theirs: Option<String>, marker: usize) -> Labels {
        let (mut ours, mut theirs) = (
            ours.unwrap_or_else(|| "yours".to_string()),
            theirs.unwrap_or_else(|| "theirs".to_string()),
        );
        if ours == theirs {
            ours = format!("{ours} (this copy)");
            theirs = format!("{theirs} (pulled)");
        }
        Labels {
            ours,
            theirs,
            marker,
        }
    }
}

/// One thing both sides changed differently, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// What conflicts: "`cadence` of the partner", "check-in `k3f9x2`".
    pub what: String,
    /// This side's version as written in the file, `None` when it removed it.
    pub ours: Option<String>,
    /// The other side's version, `None` when it removed it.
    pub theirs: Option<String>,
}

/// The merged text, with conflict markers when `conflicts` is not empty.
#[derive(Debug)]
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<Conflict>,
}

/// Which kind of file is merged, from its path in the workspace: `partners/x.toml` and
/// `goals/x.toml` hold records; anything else (`accord.toml`, an instrument) is merged
/// by key only.
pub fn owner_of(path: &str) -> Option<Owner> {
    let path = path.replace('\\', "/");
    let mut parts = path.rsplit('/');
    let _file = parts.next();
    match parts.next() {
        Some("partners") => Some(Owner::Partner),
        Some("goals") => Some(Owner::Goal),
        Some("surveys") => Some(Owner::Survey),
        _ => None,
    }
}

/// The key a placeholder value or table carries until markers replace it.
const PLACEHOLDER: &str = "__accord_conflict__";
/// Positions of tables in the merged document: base positions scaled, so new records fit
/// between them.
const SCALE: isize = 1 << 24;

/// Merge `ours` and `theirs`, both descended from `base`. `Err` means the merge could not
/// be done by record (a file that does not parse, records without identity, a result
/// that would not read back); the caller then falls back to a text merge.
pub fn merge(
    owner: Option<Owner>,
    base: &str,
    ours: &str,
    theirs: &str,
    labels: &Labels,
) -> Result<Merged, String> {
    let parse = |side: &str, text: &str| {
        text.parse::<DocumentMut>()
            .map_err(|e| format!("the {side} version does not parse: {}", e.message().trim()))
    };
    let b = parse("common", base)?;
    let o = parse("current", ours)?;
    let t = parse("other", theirs)?;
    let kinds: Vec<&'static KindDef> = match owner {
        Some(owner) => kinds::all()
            .into_iter()
            .filter(|k| k.owner == owner)
            .collect(),
        None => Vec::new(),
    };
    let mut m = Merger {
        kinds,
        keep: HashSet::new(),
        rivals: HashSet::new(),
        conflicts: Vec::new(),
    };
    // Refusing a deletion or setting aside a pair of rival records changes the result, so
    // merge again until the result keeps every rule the sides kept (a few rounds at most).
    for _ in 0..8 {
        m.conflicts.clear();
        let doc = m.doc(&b, &o, &t)?;
        if !m.conflicts.is_empty() {
            return Ok(finish(&doc, m.conflicts, labels));
        }
        let text = doc.to_string();
        let more = match owner {
            Some(Owner::Partner) => m.review::<Partner>(&doc, &text, ours, theirs, &b)?,
            Some(Owner::Goal) => m.review::<Goal>(&doc, &text, ours, theirs, &b)?,
            Some(Owner::Survey) => {
                m.review::<crate::model::survey::Survey>(&doc, &text, ours, theirs, &b)?
            }
            None => false,
        };
        if !more {
            return Ok(Merged {
                text,
                conflicts: Vec::new(),
            });
        }
    }
    Err("the merge did not settle".to_string())
}

struct Merger {
    kinds: Vec<&'static KindDef>,
    /// Records (table, identity) whose deletion on one side is refused because a merged
    /// record refers to them.
    keep: HashSet<(String, String)>,
    /// New records (table, identity) that break a rule beside a record the other side
    /// added: they are offered as alternatives rather than both kept.
    rivals: HashSet<(String, String)>,
    conflicts: Vec<Conflict>,
}

impl Merger {
    fn kind(&self, table: &str) -> Option<&'static KindDef> {
        self.kinds.iter().copied().find(|k| k.table == table)
    }

    fn doc(
        &mut self,
        b: &DocumentMut,
        o: &DocumentMut,
        t: &DocumentMut,
    ) -> Result<DocumentMut, String> {
        let (bt, ot, tt) = (b.as_table(), o.as_table(), t.as_table());
        let mut root = self.table(None, "the file", Some(bt), ot, tt, true)?;
        // Tables that came from one side keep a place among the base's.
        let mut base_pos = HashMap::new();
        for (k, item) in bt.iter() {
            if let Item::Table(t) = item {
                base_pos.insert(k.to_string(), t.position());
            }
        }
        for (k, item) in root.iter_mut() {
            if let Item::Table(t) = item {
                let pos = base_pos.get(k.get()).copied().flatten();
                t.set_position(pos.map(|p| p * SCALE));
            }
        }
        root.set_position(None);
        let mut doc = DocumentMut::from(root);
        *doc.decor_mut() = pick(
            b.decor().clone(),
            o.decor().clone(),
            t.decor().clone(),
            |d| format!("{:?}{:?}", d.prefix(), d.suffix()),
        );
        let trailing = pick(
            b.trailing().as_str().unwrap_or("").to_string(),
            o.trailing().as_str().unwrap_or("").to_string(),
            t.trailing().as_str().unwrap_or("").to_string(),
            |s| s.clone(),
        );
        doc.set_trailing(trailing);
        Ok(doc)
    }

    /// Merge one table key by key. `kind` gives the field types of a record; `root` marks
    /// the file's top table, whose arrays of records are merged by identity.
    fn table(
        &mut self,
        kind: Option<&'static KindDef>,
        place: &str,
        b: Option<&Table>,
        o: &Table,
        t: &Table,
        root: bool,
    ) -> Result<Table, String> {
        if !root {
            if let Some(b) = b {
                if same_table(o, b) {
                    return Ok(t.clone());
                }
                if same_table(t, b) {
                    return Ok(o.clone());
                }
            }
            if same_table(o, t) {
                return Ok(o.clone());
            }
        }
        let mut out = match b {
            Some(b) => b.clone(),
            None => {
                let mut x = o.clone();
                x.clear();
                x
            }
        };
        let empty = Table::new();
        let bt = b.unwrap_or(&empty);
        // Keys in the base's order, then new ones in the order the kind declares its
        // fields, then as the sides wrote them.
        let mut keys: Vec<String> = bt.iter().map(|(k, _)| k.to_string()).collect();
        let mut new: Vec<(usize, usize, String)> = Vec::new();
        for side in [o, t] {
            for (i, (k, _)) in side.iter().enumerate() {
                if !bt.contains_key(k) && !new.iter().any(|(_, _, n)| n == k) {
                    let declared = kind
                        .and_then(|kd| kd.fields.iter().position(|f| f.name == k))
                        .unwrap_or(usize::MAX);
                    new.push((declared, i, k.to_string()));
                }
            }
        }
        new.sort();
        keys.extend(new.into_iter().map(|(_, _, k)| k));
        for key in keys {
            let (bi, oi, ti) = (bt.get(&key), o.get(&key), t.get(&key));
            let records = if root {
                self.kind(&key).filter(|_| {
                    [bi, oi, ti]
                        .iter()
                        .flatten()
                        .all(|i| i.is_array_of_tables())
                })
            } else {
                None
            };
            let merged = match records {
                Some(kd) => {
                    let arr = |i: Option<&Item>| {
                        i.and_then(Item::as_array_of_tables)
                            .map(|a| a.iter().cloned().collect::<Vec<_>>())
                            .unwrap_or_default()
                    };
                    let tables = self.records(kd, &arr(bi), &arr(oi), &arr(ti))?;
                    if tables.is_empty() {
                        None
                    } else {
                        let mut a = ArrayOfTables::new();
                        tables.into_iter().for_each(|t| a.push(t));
                        Some(Item::ArrayOfTables(a))
                    }
                }
                None => {
                    let ty = kind.and_then(|kd| kd.field(&key)).map(|f| f.ty);
                    self.item(kind, place, &key, ty, bi, oi, ti)?
                }
            };
            match merged {
                Some(item) => {
                    let winner = [oi, ti].into_iter().zip([o, t]).find(|(i, _)| {
                        i.is_some_and(|i| Some(item_text(i)) == Some(item_text(&item)))
                    });
                    out.insert(&key, item);
                    // The key's own decor (indentation, comments above it) follows the
                    // side whose value was taken.
                    if let Some((_, side)) = winner
                        && let (Some(src), Some(mut dst)) = (side.key(&key), out.key_mut(&key))
                    {
                        *dst.leaf_decor_mut() = src.leaf_decor().clone();
                        *dst.dotted_decor_mut() = src.dotted_decor().clone();
                    }
                }
                None => {
                    out.remove(&key);
                }
            }
        }
        Ok(out)
    }

    /// Merge one item of a table: a value, a sub-table, or (outside the registry's kinds)
    /// an array of tables taken whole.
    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        kind: Option<&'static KindDef>,
        place: &str,
        key: &str,
        ty: Option<Ty>,
        b: Option<&Item>,
        o: Option<&Item>,
        t: Option<&Item>,
    ) -> Result<Option<Item>, String> {
        let text = |i: Option<&Item>| i.map(item_text);
        let (bt, ot, tt) = (text(b), text(o), text(t));
        if ot == bt {
            return Ok(t.cloned());
        }
        if tt == bt || ot == tt {
            return Ok(o.cloned());
        }
        if let (Some(o), Some(t)) = (o, t) {
            let (os, ts) = (item_plain(o), item_plain(t));
            if os == ts {
                // The same value written two ways: take one, the same from both sides.
                return Ok(Some(if ot <= tt { o.clone() } else { t.clone() }));
            }
            match (o, t) {
                (Item::Table(ot), Item::Table(tt)) => {
                    let bt = b.and_then(Item::as_table);
                    let inner = format!("`{key}` of {place}");
                    return self
                        .table(kind, &inner, bt, ot, tt, false)
                        .map(|t| Some(Item::Table(t)));
                }
                (Item::Value(Value::Array(oa)), Item::Value(Value::Array(ta)))
                    if is_set(ty) && scalars(oa) && scalars(ta) =>
                {
                    let ba = b.and_then(Item::as_array);
                    return Ok(Some(Item::Value(Value::Array(set_merge(ba, oa, ta)))));
                }
                (Item::Value(Value::InlineTable(oi)), Item::Value(Value::InlineTable(ti))) => {
                    let bi = b
                        .and_then(Item::as_inline_table)
                        .map(|x| x.clone().into_table());
                    let (oi, ti) = (oi.clone().into_table(), ti.clone().into_table());
                    let before = self.conflicts.len();
                    let merged = self.table(None, place, bi.as_ref(), &oi, &ti, false)?;
                    if self.conflicts.len() == before {
                        let mut v = merged.into_inline_table();
                        v.fmt();
                        if let Some(Item::Value(orig)) = Some(o) {
                            *v.decor_mut() = orig.decor().clone();
                        }
                        return Ok(Some(Item::Value(Value::InlineTable(v))));
                    }
                    self.conflicts.truncate(before);
                }
                (Item::Value(_), Item::Value(_)) => {}
                _ if o.is_array_of_tables() || t.is_array_of_tables() => {
                    return Err(format!(
                        "both sides changed the [[{key}]] tables of {place}"
                    ));
                }
                _ => {}
            }
        }
        if [o, t].iter().flatten().any(|i| !i.is_value()) {
            return Err(format!(
                "both sides changed `{key}` of {place} in different ways"
            ));
        }
        // Both sides changed the value differently: a conflict on this field only.
        let line = |i: Option<&Item>| {
            i.and_then(Item::as_value).map(|v| {
                let shown = Key::new(key).to_string();
                format!("{} = {}", shown.trim(), v.to_string().trim())
            })
        };
        let n = self.conflicts.len();
        self.conflicts.push(Conflict {
            what: format!("`{key}` of {place}"),
            ours: line(o),
            theirs: line(t),
        });
        Ok(Some(Item::Value(Value::from(format!("{PLACEHOLDER} {n}")))))
    }

    /// Merge the records of one kind by identity. Records of the base keep their place;
    /// new ones follow the last of their kind, ordered by date, then identity.
    fn records(
        &mut self,
        kind: &'static KindDef,
        b: &[Table],
        o: &[Table],
        t: &[Table],
    ) -> Result<Vec<Table>, String> {
        let keyed = |tables: &[Table]| -> Result<Vec<(String, Table)>, String> {
            let mut seen: HashMap<String, usize> = HashMap::new();
            tables
                .iter()
                .map(|t| {
                    let id = identity(kind, t)?;
                    let n = seen.entry(id.clone()).or_default();
                    *n += 1;
                    let key = if *n > 1 { format!("{id}#{n}") } else { id };
                    Ok((key, t.clone()))
                })
                .collect()
        };
        let (b, o, t) = (keyed(b)?, keyed(o)?, keyed(t)?);
        let find = |side: &[(String, Table)], k: &str| {
            side.iter()
                .find(|(key, _)| key == k)
                .map(|(_, t)| t.clone())
        };
        let mut out = Vec::new();
        let mut anchor = None;
        for (k, bt) in &b {
            let pos = bt.position().map(|p| p * SCALE);
            anchor = pos.or(anchor);
            let place = format!("{} `{}`", kind.noun, shown_key(kind, bt, k));
            let table = match (find(&o, k), find(&t, k)) {
                (Some(ot), Some(tt)) => {
                    Some(self.table(Some(kind), &place, Some(bt), &ot, &tt, false)?)
                }
                (None, None) => None,
                (Some(ot), None) => self.deleted(kind, &place, k, bt, Some(&ot), None),
                (None, Some(tt)) => self.deleted(kind, &place, k, bt, None, Some(&tt)),
            };
            if let Some(mut table) = table {
                table.set_position(pos);
                out.push(table);
            }
        }
        // New records, each once, in date then identity order.
        let mut new: Vec<(String, String, Option<Table>, Option<Table>)> = Vec::new();
        for (k, _) in o.iter().chain(t.iter()) {
            if b.iter().any(|(bk, _)| bk == k) || new.iter().any(|(_, nk, _, _)| nk == k) {
                continue;
            }
            let (ot, tt) = (find(&o, k), find(&t, k));
            let any = ot.as_ref().or(tt.as_ref()).expect("found on one side");
            let date = kind
                .date
                .and_then(|f| any.get(f))
                .map(item_plain)
                .unwrap_or_default();
            new.push((date, k.clone(), ot, tt));
        }
        new.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        let start = anchor.unwrap_or_else(|| {
            (1 + self
                .kinds
                .iter()
                .position(|x| x.table == kind.table)
                .unwrap_or(0) as isize)
                * SCALE
                * SCALE
        });
        let mut rivals: (Vec<Table>, Vec<Table>) = (Vec::new(), Vec::new());
        let mut rival_at = None;
        for (i, (_, k, ot, tt)) in new.into_iter().enumerate() {
            let pos = Some(start + i as isize + 1);
            if self.rivals.contains(&(kind.table.to_string(), k.clone())) {
                rival_at.get_or_insert(pos);
                rivals.0.extend(ot);
                rivals.1.extend(tt);
                continue;
            }
            let mut table = match (ot, tt) {
                (Some(ot), Some(tt)) => {
                    let place = format!(
                        "{} `{}` (added on both sides)",
                        kind.noun,
                        shown_key(kind, &ot, &k)
                    );
                    self.table(Some(kind), &place, None, &ot, &tt, false)?
                }
                (Some(x), None) | (None, Some(x)) => x,
                (None, None) => continue,
            };
            table.set_position(pos);
            out.push(table);
        }
        if let Some(pos) = rival_at {
            let text = |ts: &[Table]| {
                (!ts.is_empty()).then(|| {
                    ts.iter()
                        .map(|t| table_text(kind.table, t))
                        .collect::<Vec<_>>()
                        .join("\n")
                })
            };
            let what = format!(
                "the {}s added on both sides, which cannot all be kept",
                kind.noun
            );
            out.push(self.record_conflict(what, text(&rivals.0), text(&rivals.1), None, pos));
        }
        Ok(out)
    }

    /// A record of the base that one side removed: gone when the other side left it as
    /// it was, a conflict when the other side changed it (or refers to it).
    fn deleted(
        &mut self,
        kind: &'static KindDef,
        place: &str,
        key: &str,
        base: &Table,
        o: Option<&Table>,
        t: Option<&Table>,
    ) -> Option<Table> {
        let kept = o.or(t).expect("kept on one side");
        let referred = self
            .keep
            .contains(&(kind.table.to_string(), key.to_string()));
        if same_table(kept, base) && !referred {
            return None;
        }
        let text = |x: Option<&Table>| x.map(|x| table_text(kind.table, x));
        let what = if referred && same_table(kept, base) {
            format!("{place}, removed on one side while the other added records that refer to it")
        } else {
            format!("{place}, removed on one side and changed on the other")
        };
        Some(self.record_conflict(
            what,
            text(o),
            text(t),
            Some(base),
            base.position().map(|p| p * SCALE),
        ))
    }

    /// A placeholder table that markers replace with both sides' records.
    fn record_conflict(
        &mut self,
        what: String,
        ours: Option<String>,
        theirs: Option<String>,
        decor_from: Option<&Table>,
        pos: Option<isize>,
    ) -> Table {
        let n = self.conflicts.len();
        self.conflicts.push(Conflict { what, ours, theirs });
        let mut t = Table::new();
        t.insert(PLACEHOLDER, toml_edit::value(n as i64));
        if let Some(d) = decor_from {
            *t.decor_mut() = d.decor().clone();
        }
        t.set_position(pos);
        t
    }

    /// Check a merged file without conflicts against the rules the sides kept: records
    /// that refer to one a side removed keep it; new records that together break a rule
    /// (two measurements on one date) become alternatives. Returns whether to merge again.
    fn review<O: Owns>(
        &mut self,
        doc: &DocumentMut,
        text: &str,
        ours: &str,
        theirs: &str,
        base: &DocumentMut,
    ) -> Result<bool, String> {
        let merged: O = toml::from_str(text)
            .map_err(|e| format!("the merged file would not read back: {}", e.message()))?;
        let mut ids = HashSet::new();
        for (_, id) in registry::ids(&merged) {
            if !ids.insert(id) {
                return Err(format!(
                    "the id `{id}` would be used twice in the merged file"
                ));
            }
        }
        let mut more = false;
        // References to records that one side removed.
        for kd in &self.kinds {
            for f in kd.fields {
                let Ty::Ref(target) = f.ty else { continue };
                for t in records_of(doc, kd.table) {
                    let Some(r) = t.get(f.name).and_then(Item::as_str) else {
                        continue;
                    };
                    let in_base = records_of(base, target)
                        .iter()
                        .any(|bt| bt.get("id").and_then(Item::as_str) == Some(r));
                    if in_base
                        && !registry::holds(&merged, target, r)
                        && self.keep.insert((target.to_string(), r.to_string()))
                    {
                        more = true;
                    }
                }
            }
        }
        if more {
            return Ok(true);
        }
        // Rules broken only by the merge.
        let known = |text: &str| -> HashSet<(String, String, String)> {
            let Ok(side) = toml::from_str::<O>(text) else {
                return HashSet::new();
            };
            let Ok(doc) = text.parse::<DocumentMut>() else {
                return HashSet::new();
            };
            self.errors(&side, &doc)
                .into_iter()
                .map(|(t, k, _, m)| (t, k, m))
                .collect()
        };
        let (ko, kt) = (known(ours), known(theirs));
        let kinds = self.kinds.clone();
        let base_keys = |table: &str| -> HashSet<String> {
            let kind = kinds.iter().copied().find(|k| k.table == table);
            records_of(base, table)
                .iter()
                .filter_map(|t| kind.and_then(|k| identity(k, t).ok()))
                .collect()
        };
        for (table, key, field, message) in self.errors(&merged, doc) {
            let seen = (table.clone(), key.clone(), message);
            if ko.contains(&seen) || kt.contains(&seen) || base_keys(&table).contains(&key) {
                continue;
            }
            // The new record, and the new records of its kind with the same value of the
            // field the rule is about.
            let Some(kind) = self.kind(&table) else {
                continue;
            };
            let all = records_of(doc, &table);
            let value = all
                .iter()
                .find(|t| identity(kind, t).ok().as_deref() == Some(&key))
                .and_then(|t| field.as_ref().and_then(|f| t.get(f)).map(item_plain));
            let olds = base_keys(&table);
            for t in &all {
                let Ok(k) = identity(kind, t) else { continue };
                let same = k == key
                    || (value.is_some()
                        && field.as_ref().and_then(|f| t.get(f)).map(item_plain) == value);
                if same && !olds.contains(&k) && self.rivals.insert((table.clone(), k)) {
                    more = true;
                }
            }
        }
        Ok(more)
    }

    /// The errors the registry's rules find in a file: (table, identity, field, message).
    fn errors<O: Owns>(
        &self,
        owner: &O,
        doc: &DocumentMut,
    ) -> Vec<(String, String, Option<String>, String)> {
        let far = NaiveDate::MAX;
        registry::problems(owner, far)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .filter_map(|p| {
                let (Some(Seg::Key(table)), Some(Seg::Index(i))) = (p.path.first(), p.path.get(1))
                else {
                    return None;
                };
                let kind = self.kind(table)?;
                let t = records_of(doc, table).into_iter().nth(*i)?;
                let key = identity(kind, &t).ok()?;
                let field = match p.path.get(2) {
                    Some(Seg::Key(f)) => Some(f.clone()),
                    _ => None,
                };
                Some((table.clone(), key, field, p.message))
            })
            .collect()
    }
}

/// The records of the array of tables `table`.
fn records_of(doc: &DocumentMut, table: &str) -> Vec<Table> {
    doc.get(table)
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default()
}

/// What tells a record from the others of its kind, as the registry declares it.
pub(crate) fn identity(kind: &KindDef, t: &Table) -> Result<String, String> {
    let get = |f: &str| {
        t.get(f)
            .and_then(Item::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("a [[{}]] record has no `{f}`", kind.table))
    };
    match kind.identity {
        Identity::Id => get("id"),
        Identity::Name => get("name"),
        Identity::SideTitle => Ok(format!("{}/{}", get("side")?, get("title")?.to_lowercase())),
    }
}

/// A record's identity as people read it.
fn shown_key(kind: &KindDef, t: &Table, key: &str) -> String {
    match kind.identity {
        Identity::SideTitle => {
            let get = |f: &str| t.get(f).and_then(Item::as_str).unwrap_or("").to_string();
            format!("{} {}", get("side"), get("title"))
        }
        _ => key.split('#').next().unwrap_or(key).to_string(),
    }
}

/// Of three versions, the one that changed; when both changed, the smaller, so both
/// merge directions agree.
fn pick<T: Clone>(b: T, o: T, t: T, text: impl Fn(&T) -> String) -> T {
    let (bs, os, ts) = (text(&b), text(&o), text(&t));
    if os == bs {
        t
    } else if ts == bs || os <= ts {
        o
    } else {
        t
    }
}

/// An item exactly as written, comments and spacing included.
fn item_text(item: &Item) -> String {
    match item {
        Item::None => String::new(),
        Item::Value(v) => v.to_string(),
        Item::Table(t) => table_text("t", t),
        Item::ArrayOfTables(a) => a.iter().map(|t| table_text("a", t)).collect(),
    }
}

/// An item's value without its formatting, for telling "changed" from "written anew".
fn item_plain(item: &Item) -> String {
    match item {
        Item::Value(v) => plain(v),
        other => {
            let mut s = item_text(other);
            s.retain(|c| !c.is_whitespace());
            s
        }
    }
}

fn plain(v: &Value) -> String {
    let mut v = v.clone();
    v.decor_mut().clear();
    match &mut v {
        Value::Array(a) => {
            a.fmt();
            a.set_trailing("");
            a.set_trailing_comma(false);
        }
        Value::InlineTable(t) => t.fmt(),
        _ => {}
    }
    v.to_string()
}

/// Whether two tables are written the same, comments and all.
fn same_table(a: &Table, b: &Table) -> bool {
    table_text("t", a) == table_text("t", b) && a.decor().prefix() == b.decor().prefix()
}

/// One record as it would be written in a file: `[[checkin]]` and its fields.
fn table_text(name: &str, t: &Table) -> String {
    let mut t = t.clone();
    t.decor_mut().clear();
    t.set_position(None);
    let mut a = ArrayOfTables::new();
    a.push(t);
    let mut doc = DocumentMut::new();
    doc.insert(name, Item::ArrayOfTables(a));
    doc.to_string()
}

/// Whether a field of this type is a set of words (tags, focus, attendees...). Fields
/// outside the registry (a partner's tags and focus, a goal's partners) are sets too
/// when they are lists of words.
fn is_set(ty: Option<Ty>) -> bool {
    matches!(ty, None | Some(Ty::List) | Some(Ty::Words(_)))
}

fn scalars(a: &Array) -> bool {
    a.iter()
        .all(|v| !matches!(v, Value::Array(_) | Value::InlineTable(_)))
}

/// A list merged as a set: what either side added is in, what either side removed is
/// out. The base's items keep their order; added ones follow, sorted.
fn set_merge(b: Option<&Array>, o: &Array, t: &Array) -> Array {
    let norm = |v: &Value| match v.as_str() {
        Some(s) => s.trim().to_lowercase(),
        None => plain(v),
    };
    let set = |a: Option<&Array>| -> BTreeSet<String> {
        a.map(|a| a.iter().map(norm).collect()).unwrap_or_default()
    };
    let (bs, os, ts) = (set(b), set(Some(o)), set(Some(t)));
    let mut out = b.cloned().unwrap_or_else(|| o.clone());
    let multi_line = |a: &Array| {
        a.iter().any(|v| {
            v.decor()
                .prefix()
                .and_then(|p| p.as_str())
                .is_some_and(|p| p.contains('\n'))
        })
    };
    let style = b
        .filter(|a| multi_line(a))
        .and_then(|a| a.iter().last())
        .map(|v| v.decor().clone());
    out.retain(|v| {
        let n = norm(v);
        bs.contains(&n) && os.contains(&n) && ts.contains(&n)
    });
    if b.is_none() {
        out.clear();
    }
    let mut added: Vec<(String, Value)> = Vec::new();
    for v in o.iter().chain(t.iter()) {
        let n = norm(v);
        if !bs.contains(&n) && !added.iter().any(|(a, _)| *a == n) {
            added.push((n, v.clone()));
        }
    }
    added.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, mut v) in added {
        match &style {
            Some(d) => *v.decor_mut() = d.clone(),
            None => v.decor_mut().clear(),
        }
        out.push_formatted(v);
    }
    if style.is_none() {
        // A one-line list, written the way accord writes one.
        out.fmt();
    }
    out
}

/// Turn the merged document with placeholders into text with conflict markers around
/// exactly what conflicts.
fn finish(doc: &DocumentMut, conflicts: Vec<Conflict>, labels: &Labels) -> Merged {
    let mut text = doc.to_string();
    let open = "<".repeat(labels.marker);
    let mid = "=".repeat(labels.marker);
    let close = ">".repeat(labels.marker);
    for (n, c) in conflicts.iter().enumerate() {
        let block = |ours: &Option<String>, theirs: &Option<String>| {
            let mut s = format!("{open} {}\n", labels.ours);
            if let Some(x) = ours {
                s.push_str(x.trim_end());
                s.push('\n');
            }
            s.push_str(&mid);
            s.push('\n');
            if let Some(x) = theirs {
                s.push_str(x.trim_end());
                s.push('\n');
            }
            s.push_str(&format!("{close} {}\n", labels.theirs));
            s
        };
        let value = format!("\"{PLACEHOLDER} {n}\"");
        let table = format!("{PLACEHOLDER} = {n}\n");
        if let Some(at) = text.find(&value) {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
            text.replace_range(start..end, &block(&c.ours, &c.theirs));
        } else if let Some(at) = text.find(&table) {
            // The placeholder's `[[table]]` header is the line above it.
            let header_end = text[..at].rfind('\n').unwrap_or(0);
            let start = text[..header_end].rfind('\n').map_or(0, |i| i + 1);
            text.replace_range(start..at + table.len(), &block(&c.ours, &c.theirs));
        }
    }
    Merged { text, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            ours: "Bob".into(),
            theirs: "Alice".into(),
            marker: 7,
        }
    }

    fn swapped() -> Labels {
        Labels {
            ours: "Alice".into(),
            theirs: "Bob".into(),
            marker: 7,
        }
    }

    /// Merge both ways; they must agree when nothing conflicts.
    fn both(owner: Owner, b: &str, o: &str, t: &str) -> Merged {
        let one = merge(Some(owner), b, o, t, &labels()).unwrap();
        let two = merge(Some(owner), b, t, o, &swapped()).unwrap();
        if one.conflicts.is_empty() {
            assert_eq!(one.text, two.text, "both directions give the same bytes");
        }
        one
    }

    const BASE: &str = "# Acme, our first partner\nname = \"Acme\"\ntype = \"corporate\"\nstage = \"active\"\ntags = [\"stem\"]\nhobby = \"kept\" # unknown field\n\n[[checkin]]\nid = \"aaaa\"\ndate = 2026-09-01\nkind = \"meeting\"\n\n# the action items\n[[action]]\nid = \"act1\"\ntext = \"Send the MOU\"\ncheckin = \"aaaa\"\n";

    fn checkin(id: &str, date: &str) -> String {
        format!("\n[[checkin]]\nid = \"{id}\"\ndate = {date}\nkind = \"call\"\n")
    }

    fn after_checkins(text: &str, extra: &str) -> String {
        text.replacen(
            "\n# the action items",
            &format!("{extra}\n# the action items"),
            1,
        )
    }

    #[test]
    fn parallel_check_ins_are_both_kept_in_date_order() {
        let o = after_checkins(BASE, &checkin("bbbb", "2026-11-20"));
        let t = after_checkins(BASE, &checkin("cccc", "2026-11-19"));
        let m = both(Owner::Partner, BASE, &o, &t);
        assert!(m.conflicts.is_empty());
        let expected = after_checkins(
            BASE,
            &(checkin("cccc", "2026-11-19") + &checkin("bbbb", "2026-11-20")),
        );
        assert_eq!(m.text, expected);
    }

    #[test]
    fn different_fields_merge_and_the_same_field_conflicts() {
        let o = BASE.replace("stage = \"active\"", "stage = \"paused\"");
        let t = BASE.replace("type = \"corporate\"", "type = \"nonprofit\"");
        let m = both(Owner::Partner, BASE, &o, &t);
        assert!(m.conflicts.is_empty());
        assert!(
            m.text.contains("type = \"nonprofit\"\nstage = \"paused\""),
            "{}",
            m.text
        );

        let t = BASE.replace("stage = \"active\"", "stage = \"ended\"");
        let m = merge(Some(Owner::Partner), BASE, &o, &t, &labels()).unwrap();
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].what, "`stage` of the file");
        assert!(
            m.text.contains("type = \"corporate\"\n<<<<<<< Bob\nstage = \"paused\"\n=======\nstage = \"ended\"\n>>>>>>> Alice\ntags"),
            "{}",
            m.text
        );
    }

    #[test]
    fn tags_merge_as_sets() {
        let o = BASE.replace("[\"stem\"]", "[\"stem\", \"k12\"]");
        let t = BASE.replace("[\"stem\"]", "[\"anchor\"]");
        let m = both(Owner::Partner, BASE, &o, &t);
        assert!(
            m.text.contains("tags = [\"anchor\", \"k12\"]"),
            "{}",
            m.text
        );
        let t = BASE.replace("[\"stem\"]", "[\"stem\", \"arts\"]");
        let m = both(Owner::Partner, BASE, &o, &t);
        assert!(
            m.text.contains("tags = [\"stem\", \"arts\", \"k12\"]"),
            "{}",
            m.text
        );
    }

    #[test]
    fn deletions_merge_unless_the_other_side_changed_the_record() {
        let o = BASE.replace(
            "[[checkin]]\nid = \"aaaa\"\ndate = 2026-09-01\nkind = \"meeting\"\n\n",
            "",
        );
        let o = o.replace("checkin = \"aaaa\"\n", "");
        let m = both(Owner::Partner, BASE, &o, BASE);
        assert_eq!(m.text, o);
        let t = BASE.replace("kind = \"meeting\"", "kind = \"visit\"");
        let m = merge(Some(Owner::Partner), BASE, &o, &t, &labels()).unwrap();
        assert_eq!(m.conflicts.len(), 1, "{}", m.text);
        assert!(
            m.text
                .contains("<<<<<<< Bob\n=======\n[[checkin]]\nid = \"aaaa\""),
            "{}",
            m.text
        );
    }

    #[test]
    fn a_removed_check_in_that_a_new_action_refers_to_is_a_conflict() {
        let o = BASE
            .replace(
                "[[checkin]]\nid = \"aaaa\"\ndate = 2026-09-01\nkind = \"meeting\"\n\n",
                "",
            )
            .replace("checkin = \"aaaa\"\n", "");
        let t = format!(
            "{BASE}\n[[action]]\nid = \"act2\"\ntext = \"Call back\"\ncheckin = \"aaaa\"\n"
        );
        let m = merge(Some(Owner::Partner), BASE, &o, &t, &labels()).unwrap();
        assert_eq!(m.conflicts.len(), 1, "{}", m.text);
        assert!(
            m.conflicts[0].what.contains("refer to it"),
            "{:?}",
            m.conflicts
        );
    }

    #[test]
    fn two_measurements_on_one_date_are_alternatives() {
        let base = "title = \"Attendance\"\nmetric = \"rate\"\ntarget = 95.0\n";
        let m = |id: &str, date: &str, v: &str| {
            format!("\n[[measurement]]\nid = \"{id}\"\ndate = {date}\nvalue = {v}\n")
        };
        let o = format!("{base}{}", m("m1", "2026-11-01", "90.0"));
        let t = format!("{base}{}", m("m2", "2026-11-02", "91.0"));
        let merged = both(Owner::Goal, base, &o, &t);
        assert!(merged.conflicts.is_empty());
        let t = format!("{base}{}", m("m2", "2026-11-01", "91.0"));
        let merged = merge(Some(Owner::Goal), base, &o, &t, &labels()).unwrap();
        assert_eq!(merged.conflicts.len(), 1, "{}", merged.text);
        assert!(
            merged
                .text
                .contains("<<<<<<< Bob\n[[measurement]]\nid = \"m1\""),
            "{}",
            merged.text
        );
    }

    #[test]
    fn comments_and_unknown_fields_survive() {
        let o = BASE.replace("kind = \"meeting\"", "kind = \"meeting\" # in person");
        let t = after_checkins(BASE, &checkin("bbbb", "2026-11-20"));
        let m = both(Owner::Partner, BASE, &o, &t);
        assert!(m.text.starts_with("# Acme, our first partner\n"));
        assert!(m.text.contains("hobby = \"kept\" # unknown field"));
        assert!(m.text.contains("kind = \"meeting\" # in person"));
        assert!(m.text.contains("\n# the action items\n[[action]]"));
    }

    #[test]
    fn the_same_partner_added_twice() {
        let a = "name = \"Lumen\"\ntype = \"cultural\"\n";
        let b = "name = \"Lumen\"\ntype = \"cultural\"\ncadence = \"monthly\"\n";
        let m = both(Owner::Partner, "", a, b);
        assert_eq!(m.text, b);
        let c = "name = \"Lumen Arts\"\ntype = \"cultural\"\n";
        let m = merge(Some(Owner::Partner), "", a, c, &labels()).unwrap();
        assert_eq!(m.conflicts.len(), 1);
    }

    #[test]
    fn owners_from_paths() {
        assert_eq!(owner_of("partners/acme.toml"), Some(Owner::Partner));
        assert_eq!(owner_of("ws/goals/g.toml"), Some(Owner::Goal));
        assert_eq!(owner_of("accord.toml"), None);
    }
}
