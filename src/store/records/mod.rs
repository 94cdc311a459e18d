//! Records found wherever they are kept, and changed or removed in place: for any kind in
//! the registry, find one by its id (or a unique prefix) across every owner's file, or by
//! name within one partner, then rewrite only its `[[table]]`, keeping the comments, the
//! key order and any field accord does not know, and hold the file to the same rules as
//! when the record was made (`model::amend::admit_change`).
//!
//! A record moved to another owner (a check-in logged against the wrong partner) takes
//! the records that refer to it along. That writes two files together, in one
//! `store::txn::Txn`: both are changed or neither, even when the command is killed
//! between the two.

use crate::error::{hinted, usage};
use crate::model::amend::{self, Referrer};
use crate::model::goal::Goal;
use crate::model::id::{self, Lookup};
use crate::model::partner::Partner;
use crate::model::registry::{self, Identity, Keeps, KindDef, Owns, Record, Visit};
use crate::model::words;
use crate::store::edit;
use crate::store::{Edit, Kind, Stored, Workspace, quote_list};
use chrono::NaiveDate;
use toml_edit::{DocumentMut, Table};

mod fields;
mod snippet;

pub use fields::write_changes;
pub use snippet::{Snippet, SnippetProblem};

/// Where a record is: its kind, the file that keeps it, and what tells it apart there
/// (its id, or a contact's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: &'static KindDef,
    /// The partner or goal whose file keeps it.
    pub owner: String,
    /// Its id, or a contact's name as written.
    pub key: String,
}

/// How a command names a record: by id (or a unique prefix), or by name within a partner.
#[derive(Debug, Clone, Copy)]
pub enum Locate<'a> {
    Id(&'a str),
    Named { owner: &'a str, name: &'a str },
}

/// What happens to the records that refer to one being removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refs {
    /// Remove them too.
    Remove,
    /// Keep them, no longer tied to it.
    Detach,
}

/// The outcome of an amendment.
#[derive(Debug)]
pub struct Amended<R> {
    pub before: R,
    pub after: R,
    /// The owner that keeps it now (another one when it moved).
    pub owner: String,
    /// The records that moved along with it.
    pub moved: Vec<Referrer>,
    /// What the rules warn about in the changed file.
    pub warnings: Vec<String>,
}

/// Where a kind's ids can be seen, for hints.
fn where_ids(kind: &KindDef) -> String {
    if kind.command.contains(' ') || kind.command == kind.owner.noun() {
        format!(
            "`accord export {}` lists them with their ids",
            kind.sheet.as_str()
        )
    } else {
        format!("`accord {} list` shows their ids", kind.command)
    }
}

/// The one record whose id is `typed`, or starts with it, among `all` (id, what it leads
/// to). Ids are tried as typed (a hand-written id may hold any letter), then read as the
/// generated ones are (`o` for 0, `l` for 1).
pub(crate) fn pick<T: Clone>(
    noun: &str,
    hint: &str,
    typed: &str,
    all: &[(String, T)],
    label: impl Fn(&str, &T) -> String,
) -> anyhow::Result<(String, T)> {
    let find = |t: &str| id::lookup(t, all.iter().map(|(rid, v)| (rid.as_str(), (rid, v))));
    let mut found = find(&typed.trim().to_ascii_lowercase());
    if matches!(found, Lookup::Missing) {
        found = find(&id::normalize_record_id(typed));
    }
    match found {
        Lookup::Found((rid, v)) => Ok((rid.clone(), v.clone())),
        Lookup::Repeated(same) => {
            let shown: Vec<String> = same.iter().map(|(rid, v)| label(rid, v)).collect();
            Err(hinted(
                format!(
                    "`{}` names {} {noun}s with the same id: {}",
                    typed.trim(),
                    same.len(),
                    shown.join(", ")
                ),
                "ids must be unique: remove the copy, or give it an id of its own, in one of the files (`accord check` shows where each is)",
            ))
        }
        Lookup::Ambiguous(mut ids) => {
            ids.dedup();
            let shown: Vec<String> = ids
                .iter()
                .flat_map(|rid| all.iter().filter(move |(r, _)| r == rid))
                .map(|(rid, v)| label(rid, v))
                .collect();
            Err(hinted(
                format!(
                    "`{}` matches several {noun}s: {}",
                    typed.trim(),
                    shown.join(", ")
                ),
                "type more of the id",
            ))
        }
        Lookup::Missing => Err(hinted(format!("no {noun} `{}`", typed.trim()), hint)),
    }
}

impl Workspace {
    /// Every file of the owner kind `O`, read one at a time in id order.
    fn owners<O: Stored>(&self) -> anyhow::Result<impl Iterator<Item = anyhow::Result<O>> + '_> {
        let ids = self.ids(O::KIND)?;
        Ok(ids.into_iter().map(|id| self.load::<O>(&id)))
    }

    /// The files of the owner kind `O` that may hold a record whose id is `typed` or
    /// starts with it, as [`pick`] reads it, read one at a time in id order: for partners,
    /// only those the cache's id index says hold one; for goals (a few), every one.
    fn owners_holding<O: Stored>(
        &self,
        typed: &str,
    ) -> anyhow::Result<Box<dyn Iterator<Item = anyhow::Result<O>> + '_>> {
        if O::KIND != Kind::Partner {
            return Ok(Box::new(self.owners::<O>()?));
        }
        let lower = typed.trim().to_ascii_lowercase();
        let normal = id::normalize_record_id(typed);
        let ids = self.partners_holding(&[&lower, &normal])?;
        Ok(Box::new(ids.into_iter().map(|id| self.load::<O>(&id))))
    }

    /// Find a record of kind `R`: by id or unique prefix across every file of its owner
    /// kind, or by name (ignoring case) within one partner.
    pub fn locate<O, R>(&self, at: Locate<'_>) -> anyhow::Result<Found>
    where
        O: Owns + Stored + Keeps<R> + OwnerId,
        R: Record,
    {
        match at {
            Locate::Id(typed) => {
                let lower = typed.trim().to_ascii_lowercase();
                let normal = id::normalize_record_id(typed);
                let typed_as = |rid: &str| rid.starts_with(&lower) || rid.starts_with(&normal);
                let mut all: Vec<(String, String)> = Vec::new();
                // A record of another kind with the id typed, to say what it is instead;
                // looked for only in a file with no record of this kind to match.
                let mut other: Option<(&'static KindDef, String, String)> = None;
                for o in self.owners_holding::<O>(typed)? {
                    let o = o?;
                    let before = all.len();
                    for r in o.records() {
                        if let Some(rid) = r.id() {
                            all.push((rid.to_string(), o.owner_id().to_string()));
                        }
                    }
                    if other.is_none() && !all[before..].iter().any(|(rid, _)| typed_as(rid)) {
                        other = registry::ids(&o)
                            .into_iter()
                            .find(|(k, rid)| {
                                k.table != R::DEF.table && (*rid == lower || *rid == normal)
                            })
                            .map(|(k, rid)| (k, rid.to_string(), o.owner_id().to_string()));
                    }
                }
                let none = !all.iter().any(|(rid, _)| typed_as(rid));
                if let (true, Some((kind, rid, owner))) = (none, other) {
                    return Err(hinted(
                        format!(
                            "no {} `{}`: `{rid}` is {} of `{owner}`",
                            R::DEF.noun,
                            typed.trim(),
                            words::a(kind.noun),
                        ),
                        format!(
                            "`accord {} --help` shows what can be done with it",
                            kind.command
                        ),
                    ));
                }
                let (key, owner) = pick(R::DEF.noun, &where_ids(R::DEF), typed, &all, |rid, o| {
                    format!("{rid} ({o})")
                })?;
                Ok(Found {
                    kind: R::DEF,
                    owner,
                    key,
                })
            }
            Locate::Named { owner, name } => {
                let oid = self.resolve(O::KIND, owner)?;
                let o: O = self.load(&oid)?;
                let wanted = name.trim();
                let exact: Vec<&R> = o
                    .records()
                    .iter()
                    .filter(|r| r.key().trim().eq_ignore_ascii_case(wanted))
                    .collect();
                // A name may also be named by one word of it ("maya" for "Dr. Maya Chen"),
                // when only one record has that word.
                let by_word: Vec<&R> = o
                    .records()
                    .iter()
                    .filter(|r| {
                        r.key()
                            .split_whitespace()
                            .any(|w| w.trim_matches(['.', ',']).eq_ignore_ascii_case(wanted))
                    })
                    .collect();
                let found = if exact.is_empty() { by_word } else { exact };
                match found.as_slice() {
                    [r] => Ok(Found {
                        kind: R::DEF,
                        owner: oid,
                        key: r.key(),
                    }),
                    [_, _, ..] => {
                        let names: Vec<String> = found.iter().map(|r| r.key()).collect();
                        Err(hinted(
                            format!("`{wanted}` could be {} at `{oid}`", quote_list(&names)),
                            "write the whole name",
                        ))
                    }
                    [] => {
                        let names: Vec<String> = o.records().iter().map(|r| r.key()).collect();
                        let hint = if names.is_empty() {
                            format!("`{oid}` has no {}s", R::DEF.noun)
                        } else {
                            format!("its {}s are {}", R::DEF.noun, quote_list(&names))
                        };
                        Err(hinted(
                            format!("`{oid}` has no {} named {wanted}", R::DEF.noun),
                            hint,
                        ))
                    }
                }
            }
        }
    }

    /// Find a record of any kind that has an id, by its id or a unique prefix, across
    /// every partner and goal file.
    pub fn find_any(&self, typed: &str) -> anyhow::Result<Found> {
        let mut all: Vec<(String, (&'static KindDef, String))> = Vec::new();
        for p in self.owners_holding::<Partner>(typed)? {
            let p = p?;
            for (kind, rid) in registry::ids(&p) {
                all.push((rid.to_string(), (kind, p.id.clone())));
            }
        }
        for g in self.owners::<Goal>()? {
            let g = g?;
            for (kind, rid) in registry::ids(&g) {
                all.push((rid.to_string(), (kind, g.id.clone())));
            }
        }
        let mut hint = "ids are shown by the list commands (`accord checkin list`, `accord action list`...) and by `accord export`".to_string();
        let typed_trim = typed.trim();
        for kind in [Kind::Partner, Kind::Goal, Kind::Survey] {
            if self.ids(kind)?.iter().any(|i| i == typed_trim) {
                hint = match kind {
                    Kind::Partner => format!(
                        "`{typed_trim}` is a partner; `accord partner edit {typed_trim}` edits its whole file"
                    ),
                    Kind::Goal => format!(
                        "`{typed_trim}` is a goal; change it with `accord goal set {typed_trim}`"
                    ),
                    Kind::Survey => format!(
                        "`{typed_trim}` is a survey; `accord survey show {typed_trim}` shows it"
                    ),
                };
            }
        }
        let (key, (kind, owner)) = pick("record", &hint, typed, &all, |rid, (k, o)| {
            format!("{rid} ({} of {o})", k.noun)
        })?;
        Ok(Found { kind, owner, key })
    }

    /// The owner file and the record `found` names in it, as they are now.
    pub fn read_record<O, R>(&self, found: &Found) -> anyhow::Result<(O, R)>
    where
        O: Owns + Stored + Keeps<R>,
        R: Record,
    {
        let o: O = self.load(&found.owner)?;
        let i = index_of::<O, R>(&o, found)?;
        let r = o.records()[i].clone();
        Ok((o, r))
    }

    /// Change one record under the workspace lock: `change` sees its file and the record
    /// as they are, and returns the record as it should be. Only the fields that changed
    /// are rewritten. With `to`, the record moves to that owner's file, with the records
    /// that refer to it. Refused, writing nothing, when the rules refuse the result.
    pub fn amend<O, R>(
        &self,
        found: &Found,
        to: Option<&str>,
        today: NaiveDate,
        change: impl FnOnce(&O, &R) -> anyhow::Result<R>,
    ) -> anyhow::Result<Amended<R>>
    where
        O: Owns + Stored + Keeps<R> + OwnerId + Clone,
        R: Record + PartialEq,
    {
        let to = to.filter(|t| *t != found.owner);
        id::validate_slug(&found.owner)?;
        let lock = self.lock()?;
        let (mut src_edit, mut src) = Edit::open::<O>(&self.path(O::KIND, &found.owner))?;
        src.set_id(&found.owner);
        let i = index_of::<O, R>(&src, found)?;
        let before = src.records()[i].clone();
        let after = change(&src, &before)?;
        let Some(to) = to else {
            let mut changed = src.clone();
            changed.records_mut()[i] = after.clone();
            let warnings = amend::admit_change(&src, &changed, today).map_err(usage)?;
            let table = record_table(&mut src_edit.doc, R::DEF, i)?;
            write_changes(table, &before, &after)?;
            src_edit.save::<O>()?;
            return Ok(Amended {
                before,
                after,
                owner: found.owner.clone(),
                moved: Vec::new(),
                warnings,
            });
        };
        id::validate_slug(to)?;
        let (mut dst_edit, mut dst) = Edit::open::<O>(&self.path(O::KIND, to))?;
        dst.set_id(to);
        let rid = before.id().unwrap_or_default().to_string();
        let moved = amend::referrers(&src, &found.owner, R::DEF.table, &rid);
        let taken: Vec<&str> = registry::ids(&dst).into_iter().map(|(_, id)| id).collect();
        let mut ids = vec![rid.clone()];
        ids.extend(moved.iter().map(|r| r.key.clone()));
        if let Some(clash) = ids.iter().find(|id| taken.contains(&id.as_str())) {
            anyhow::bail!(
                "`{to}` already holds a record with the id `{clash}`, so nothing was moved; run `accord check`"
            );
        }
        let (src_before, dst_before) = (src.clone(), dst.clone());
        // The record itself: its table as written, with the changes made to it.
        let mut table = record_table(&mut src_edit.doc, R::DEF, i)?.clone();
        write_changes(&mut table, &before, &after)?;
        remove_tables(&mut src_edit.doc, R::DEF.table, &[i]);
        src.records_mut().remove(i);
        table.set_position(None);
        edit::push_in_order(
            &mut dst_edit.doc,
            R::DEF.table,
            table,
            &later::<O>(R::DEF.table),
        )?;
        dst.records_mut().push(after.clone());
        // The records that refer to it, as they are.
        let mut along = MoveRefs {
            src: &mut src,
            dst: &mut dst,
            src_doc: &mut src_edit.doc,
            dst_doc: &mut dst_edit.doc,
            table: R::DEF.table,
            id: &rid,
            result: Ok(()),
        };
        O::each_kind(&mut along);
        along.result?;
        let mut warnings = amend::admit_change(&dst_before, &dst, today).map_err(usage)?;
        warnings.extend(amend::admit_change(&src_before, &src, today).map_err(usage)?);
        // Both files together, or neither.
        let mut txn = crate::store::txn::Txn::new(&lock);
        txn.add(dst_edit.checked::<O>()?)?;
        txn.add(src_edit.checked::<O>()?)?;
        txn.commit()?;
        Ok(Amended {
            before,
            after,
            owner: to.to_string(),
            moved,
            warnings,
        })
    }

    /// Remove one record under the workspace lock, with the records that refer to it
    /// removed or detached as `refs` says (refused while any refer to it and `refs` is
    /// `None`). `expected` is the record as the person saw it before agreeing: if it
    /// changed since, nothing is removed.
    pub fn remove_record<O, R>(
        &self,
        found: &Found,
        refs: Option<Refs>,
        expected: &R,
        today: NaiveDate,
    ) -> anyhow::Result<(R, Vec<Referrer>)>
    where
        O: Owns + Stored + Keeps<R> + Clone,
        R: Record + PartialEq,
    {
        self.update::<O, _>(&found.owner, |o, e| {
            let i = index_of::<O, R>(o, found)?;
            let record = o.records()[i].clone();
            if record != *expected {
                anyhow::bail!(
                    "the {} changed while you were deciding, so it was not removed; run the command again",
                    R::DEF.noun
                );
            }
            let referring = match record.id() {
                Some(rid) => amend::referrers(o, &found.owner, R::DEF.table, rid),
                None => Vec::new(),
            };
            let mut after = o.clone();
            after.records_mut().remove(i);
            remove_tables(&mut e.doc, R::DEF.table, &[i]);
            if !referring.is_empty() {
                let Some(refs) = refs else {
                    anyhow::bail!(
                        "{} now refer to the {}, so it was not removed; run the command again",
                        amend::count(referring.len(), referring[0].kind),
                        R::DEF.noun
                    );
                };
                let mut fix = FixRefs {
                    owner: &mut after,
                    doc: &mut e.doc,
                    table: R::DEF.table,
                    id: record.id().unwrap_or_default(),
                    refs,
                    result: Ok(()),
                };
                O::each_kind(&mut fix);
                fix.result?;
            }
            amend::admit_change(o, &after, today).map_err(usage)?;
            Ok((record, referring))
        })
    }
}

/// The id of a partner or goal, which its file name gives, and its name for headings.
pub trait OwnerId {
    fn owner_id(&self) -> &str;
    fn owner_name(&self) -> &str;
}

impl OwnerId for Partner {
    fn owner_id(&self) -> &str {
        &self.id
    }
    fn owner_name(&self) -> &str {
        &self.name
    }
}

impl OwnerId for Goal {
    fn owner_id(&self) -> &str {
        &self.id
    }
    fn owner_name(&self) -> &str {
        &self.title
    }
}

/// The place of the record `found` among the records of its kind in `o`.
fn index_of<O: Keeps<R>, R: Record>(o: &O, found: &Found) -> anyhow::Result<usize> {
    let same = |r: &R| match R::DEF.identity {
        Identity::Id => r.id() == Some(found.key.as_str()),
        _ => r.key().trim().eq_ignore_ascii_case(found.key.trim()),
    };
    o.records().iter().position(same).ok_or_else(|| {
        anyhow::anyhow!(
            "the {} `{}` is no longer in `{}`; run the command again",
            R::DEF.noun,
            found.key,
            found.owner
        )
    })
}

/// The table of the `i`th record of a kind in a file.
fn record_table<'d>(
    doc: &'d mut DocumentMut,
    kind: &KindDef,
    i: usize,
) -> anyhow::Result<&'d mut Table> {
    edit::records_mut(doc, kind.table)
        .and_then(|a| a.get_mut(i))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "the {}s of this file are not all written as [[{}]] tables, so accord cannot change one; write each as a [[{}]] table by hand",
                kind.noun,
                kind.table,
                kind.table
            )
        })
}

/// The tables of the kinds an owner's file keeps after `table`.
fn later<O: Owns>(table: &str) -> Vec<&'static str> {
    let all = registry::tables::<O>();
    let at = all
        .iter()
        .position(|t| *t == table)
        .map_or(all.len(), |i| i + 1);
    all[at..].to_vec()
}

/// Remove the tables at `indexes` from the array `table`; drop the array once empty.
fn remove_tables(doc: &mut DocumentMut, table: &str, indexes: &[usize]) {
    let Some(arr) = edit::records_mut(doc, table) else {
        return;
    };
    let mut sorted = indexes.to_vec();
    sorted.sort_unstable();
    for &i in sorted.iter().rev() {
        if i < arr.len() {
            arr.remove(i);
        }
    }
    if arr.is_empty() {
        doc.remove(table);
    }
}

/// Where the `K` records of `owner` whose field `field` holds `id` stand, in file order.
fn referring<O: Keeps<K>, K: Record>(owner: &O, field: &str, id: &str) -> Vec<usize> {
    owner
        .records()
        .iter()
        .enumerate()
        .filter(|(_, r)| amend::field_value(*r, field).as_str() == Some(id))
        .map(|(i, _)| i)
        .collect()
}

/// Moves the records that refer to one record from one owner's file to another's.
struct MoveRefs<'a, O> {
    src: &'a mut O,
    dst: &'a mut O,
    src_doc: &'a mut DocumentMut,
    dst_doc: &'a mut DocumentMut,
    table: &'a str,
    id: &'a str,
    result: anyhow::Result<()>,
}

impl<O: Owns> Visit<O> for MoveRefs<'_, O> {
    fn visit<K: Record>(&mut self)
    where
        O: Keeps<K>,
    {
        if self.result.is_err() {
            return;
        }
        for f in K::DEF
            .fields
            .iter()
            .filter(|f| amend::refers_to(f.ty, self.table))
        {
            let at = referring::<O, K>(self.src, f.name, self.id);
            if at.is_empty() {
                continue;
            }
            let mut tables = Vec::new();
            for &i in &at {
                match record_table(self.src_doc, K::DEF, i) {
                    Ok(t) => tables.push(t.clone()),
                    Err(e) => {
                        self.result = Err(e);
                        return;
                    }
                }
            }
            remove_tables(self.src_doc, K::DEF.table, &at);
            for &i in at.iter().rev() {
                let r = self.src.records_mut().remove(i);
                self.dst.records_mut().push(r);
            }
            // Pushed in reverse above; keep the file order in the destination.
            let n = at.len();
            let len = self.dst.records().len();
            self.dst.records_mut()[len - n..].reverse();
            for mut t in tables {
                t.set_position(None);
                let later = later::<O>(K::DEF.table);
                if let Err(e) = edit::push_in_order(self.dst_doc, K::DEF.table, t, &later) {
                    self.result = Err(e);
                    return;
                }
            }
        }
    }
}

/// Removes or detaches the records that refer to one being removed.
struct FixRefs<'a, O> {
    owner: &'a mut O,
    doc: &'a mut DocumentMut,
    table: &'a str,
    id: &'a str,
    refs: Refs,
    result: anyhow::Result<()>,
}

impl<O: Owns> Visit<O> for FixRefs<'_, O> {
    fn visit<K: Record>(&mut self)
    where
        O: Keeps<K>,
    {
        if self.result.is_err() {
            return;
        }
        for f in K::DEF
            .fields
            .iter()
            .filter(|f| amend::refers_to(f.ty, self.table))
        {
            let at = referring::<O, K>(self.owner, f.name, self.id);
            match self.refs {
                Refs::Remove => {
                    remove_tables(self.doc, K::DEF.table, &at);
                    for &i in at.iter().rev() {
                        self.owner.records_mut().remove(i);
                    }
                }
                Refs::Detach => {
                    for &i in &at {
                        match record_table(self.doc, K::DEF, i) {
                            Ok(t) => {
                                t.remove(f.name);
                            }
                            Err(e) => {
                                self.result = Err(e);
                                return;
                            }
                        }
                        let r = &mut self.owner.records_mut()[i];
                        match without_field(r, f.name) {
                            Ok(detached) => *r = detached,
                            Err(e) => {
                                self.result = Err(e);
                                return;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A record with one optional field left out.
fn without_field<R: Record>(r: &R, field: &str) -> anyhow::Result<R> {
    let mut v = serde_json::to_value(r)?;
    if let Some(map) = v.as_object_mut() {
        map.remove(field);
    }
    Ok(serde_json::from_value(v)?)
}
