//! `accord import`: records from a spreadsheet into the workspace, all or nothing.
//!
//! Every row is read and checked first (cells, the partners and goals rows refer to, ids,
//! rows that repeat one another) and every change is prepared in memory; only when no
//! row has a problem are the files written, each once, under one workspace lock. Edits
//! go through `toml_edit`, so the comments and fields a person wrote survive; new partner
//! files are written the way `partner add` writes them.
//!
//! A row that names a record already kept is skipped, or with `update` changes the
//! fields it gives (an empty cell leaves a field as it is). What identifies a record is
//! in `model::import::identity`; an `id` column always wins.

mod csv;
mod partners;
mod records;

pub use self::csv::{Table, read_csv};

use crate::error::hinted;
use crate::model::goal::Goal;
use crate::model::id;
use crate::model::import::{self, Change, Row, RowError};
use crate::model::partner::Partner;
use crate::model::registry::{Keeps, Owner, Owns, Record, Visit};
use crate::model::survey::Survey;
use crate::model::tabular::{self, Sheet};
use crate::store::txn::Txn;
use crate::store::write::Ready;
use crate::store::{Edit, Stored, Workspace};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// What to import, and how.
pub struct Options<'a> {
    pub sheet: Sheet,
    /// Change records that exist instead of skipping them.
    pub update: bool,
    /// Check and plan only; write nothing.
    pub dry_run: bool,
    /// `--map COLUMN=FIELD` pairs.
    pub map: &'a [(String, String)],
    /// `--map-value FIELD:VALUE=WORD` entries.
    pub values: &'a [import::ValueMap],
    /// Who is recording, for new records without a `by` cell.
    pub user: &'a str,
    pub today: NaiveDate,
    pub new_id: &'a NewId<'a>,
}

/// Makes a new record id that the given test says is free.
pub type NewId<'a> = dyn Fn(&dyn Fn(&str) -> bool) -> String + 'a;

/// Stages of an import, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Reading,
    Checking,
    Writing,
}

/// What happens to one row.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Create,
    /// The fields that change, as `field: old → new`.
    Update(Vec<String>),
    /// The record exists and the row would change nothing.
    Unchanged,
    /// The record exists and `update` was not asked for.
    Skip,
}

/// One row's fate, for the dry run and the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub row: usize,
    pub verdict: Verdict,
    /// The record, in words: "check-in `k7q2m9x4` with `acme` on 2026-10-02 (call)".
    pub what: String,
}

/// The result of an import (or of its dry run).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Row by row, in the file's order.
    pub planned: Vec<Planned>,
    /// Headers of the columns that were not imported.
    pub ignored: Vec<String>,
}

impl Outcome {
    pub fn count(&self, f: impl Fn(&Verdict) -> bool) -> usize {
        self.planned.iter().filter(|p| f(&p.verdict)).count()
    }
}

/// A file prepared in memory, written once every row has passed.
struct Pending {
    edit: Edit,
    save: fn(Edit) -> anyhow::Result<Ready>,
}

impl Pending {
    fn new<T: serde::de::DeserializeOwned>(edit: Edit) -> Pending {
        Pending {
            edit,
            save: |e| e.checked::<T>(),
        }
    }
}

/// Everything the rows are checked against, and the problems found so far.
struct Run<'a> {
    ws: &'a Workspace,
    opts: &'a Options<'a>,
    /// The header of the column that fills each field (`scores.trust` for a key of a
    /// table field).
    headers: HashMap<String, String>,
    /// Rows with a bad cell: only their references are checked.
    bad: HashSet<usize>,
    errors: Vec<RowError>,
    planned: Vec<Planned>,
    pending: Vec<Pending>,
}

impl Run<'_> {
    /// A problem with a row; `field` names the cell at fault, if one is.
    fn error(&mut self, row: usize, field: Option<&str>, message: impl Into<String>) {
        let column = field.map(|f| {
            self.headers
                .get(f)
                .cloned()
                .unwrap_or_else(|| f.to_string())
        });
        self.errors.push(RowError {
            row,
            column,
            message: message.into(),
        });
    }

    /// The value, or `None` with the error reported against the row.
    fn ok<T>(&mut self, row: usize, result: Result<T, String>) -> Option<T> {
        result.map_err(|e| self.error(row, None, e)).ok()
    }

    fn plan(&mut self, row: usize, verdict: Verdict, what: String) {
        self.planned.push(Planned { row, verdict, what });
    }
}

/// Import `table` into the workspace (or only plan it, with `dry_run`). `source` names
/// the file in messages. Fails, writing nothing, if any row has a problem.
pub fn run(
    ws: &Workspace,
    table: &Table,
    source: &str,
    opts: &Options,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> anyhow::Result<Outcome> {
    let sheet = opts.sheet;
    let mapping = import::map_headers(sheet, &table.headers, opts.map)
        .and_then(|mut m| {
            import::map_values(sheet, &mut m, opts.values, &ws.settings)?;
            Ok(m)
        })
        .map_err(|errs| {
            hinted(
                format!(
                    "cannot import `{source}` as {}:\n  {}",
                    sheet.as_str(),
                    errs.join("\n  ")
                ),
                format!(
                    "the fields of {} are: {}",
                    sheet.as_str(),
                    field_list(sheet)
                ),
            )
        })?;
    let mut errors = Vec::new();
    let mut bad = HashSet::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    let total = table.rows.len();
    for (i, (number, cells)) in table.rows.iter().enumerate() {
        let (row, problems) = import::read_row(
            sheet,
            &mapping,
            &table.headers,
            *number,
            cells,
            &ws.settings,
        );
        if !problems.is_empty() {
            bad.insert(row.number);
            errors.extend(problems);
        }
        rows.push(row);
        if i % 1000 == 0 {
            progress(Step::Reading, i, total);
        }
    }
    progress(Step::Reading, total, total);

    // Read and write under one lock, so nothing changes between the check and the write.
    // (A default workspace not made yet is made only once there is something to write.)
    let mut lock = if opts.dry_run || !ws.exists() {
        None
    } else {
        Some(ws.lock()?)
    };
    let fields = import::fields(sheet);
    let headers = mapping
        .columns
        .iter()
        .zip(&table.headers)
        .filter_map(|(c, h)| {
            let field = &fields[(*c)?];
            let name = match (field.ty, import::map_key(h)) {
                (import::Ty::Map(_), Some(key)) => format!("{}.{key}", field.name),
                _ => field.name.to_string(),
            };
            Some((name, h.clone()))
        })
        .collect();
    let mut run = Run {
        ws,
        opts,
        headers,
        bad,
        errors,
        planned: Vec::with_capacity(rows.len()),
        pending: Vec::new(),
    };
    let index = Index::scan(ws)?;
    if sheet == Sheet::Partners {
        partners::plan(&mut run, &index, rows)?;
    } else {
        // The kind of record exported as this sheet, whichever file keeps it.
        let mut plan = Plan {
            run: &mut run,
            index: &index,
            rows: Some(rows),
            progress,
            done: Ok(()),
        };
        Partner::each_kind(&mut plan);
        Goal::each_kind(&mut plan);
        Survey::each_kind(&mut plan);
        plan.done?;
        if plan.rows.is_some() {
            anyhow::bail!("{} cannot be imported", sheet.as_str());
        }
    }
    if !run.errors.is_empty() {
        return Err(problems(source, run.errors));
    }
    run.planned.sort_by_key(|p| p.row);
    let files = run.pending.len();
    if files > 0 && lock.is_none() {
        lock = Some(ws.lock()?);
    }
    // Every file is written aside first, then all are put in place together.
    if let Some(lock) = &lock {
        let mut txn = Txn::new(lock);
        for (i, p) in run.pending.into_iter().enumerate() {
            progress(Step::Writing, i, files);
            txn.add((p.save)(p.edit)?)?;
        }
        txn.commit()?;
    }
    progress(Step::Writing, files, files);
    drop(lock);
    Ok(Outcome {
        planned: run.planned,
        ignored: mapping.ignored,
    })
}

/// Plans the rows of the kind of record whose sheet is being imported, met while
/// visiting the registry's kinds.
struct Plan<'p, 'a, 'r> {
    run: &'p mut Run<'a>,
    index: &'p Index,
    /// The rows, until the kind they are is met.
    rows: Option<Vec<Row>>,
    progress: &'r mut dyn FnMut(Step, usize, usize),
    done: anyhow::Result<()>,
}

impl<O: Owns + Stored> Visit<O> for Plan<'_, '_, '_> {
    fn visit<R: Record>(&mut self)
    where
        O: Keeps<R>,
    {
        if R::DEF.sheet != self.run.opts.sheet {
            return;
        }
        if let Some(rows) = self.rows.take() {
            self.done = records::plan::<O, R>(self.run, self.index, rows, self.progress);
        }
    }
}

/// The error listing every bad row.
fn problems(source: &str, mut errors: Vec<RowError>) -> anyhow::Error {
    // Row by row; within a row, in the order the problems were found (column order).
    errors.sort_by_key(|e| e.row);
    errors.dedup();
    let rows: HashSet<usize> = errors.iter().map(|e| e.row).collect();
    let n = errors.len();
    let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    hinted(
        format!(
            "{n} problem{} in {} row{} of `{source}`, so nothing was imported:\n{}",
            if n == 1 { "" } else { "s" },
            rows.len(),
            if rows.len() == 1 { "" } else { "s" },
            list.join("\n")
        ),
        "fix those rows and import the file again; `--dry-run` checks a file without writing anything",
    )
}

/// The field names of an importable kind, for hints.
pub fn field_list(sheet: Sheet) -> String {
    import::fields(sheet)
        .iter()
        .map(|f| {
            if f.required {
                format!("{} (required)", f.name)
            } else {
                f.name.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "field: old → new" for each change.
fn describe_changes(changes: &[Change]) -> Vec<String> {
    let show = |v: Option<&serde_json::Value>| match v.map(tabular::cell) {
        Some(s) if !s.is_empty() => s,
        _ => "(none)".to_string(),
    };
    changes
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                c.field,
                show(c.old.as_ref()),
                show(Some(&c.new))
            )
        })
        .collect()
}

/// The partners, goals and surveys of the workspace, and every record id in use.
struct Index {
    partners: Owners,
    goals: Owners,
    surveys: Owners,
    /// Record id -> the record in words ("check-in of `acme`").
    taken: HashMap<String, String>,
}

impl Index {
    fn scan(ws: &Workspace) -> anyhow::Result<Index> {
        let mut partners = Owners::new("partner");
        let mut goals = Owners::new("goal");
        let mut taken = HashMap::new();
        for p in ws.partners()? {
            let p = p?;
            for (kind, rid) in crate::model::registry::ids(&*p) {
                taken.insert(rid.to_string(), format!("{} of `{}`", kind.noun, p.id));
            }
            partners.add(&p.id, &p.name);
        }
        for g in ws.goals()? {
            for (kind, rid) in crate::model::registry::ids(&g) {
                taken.insert(rid.to_string(), format!("{} of `{}`", kind.noun, g.id));
            }
            goals.add(&g.id, &g.title);
        }
        let mut surveys = Owners::new("survey");
        for s in ws.surveys()? {
            let s = s?;
            for (kind, rid) in crate::model::registry::ids(&s) {
                taken.insert(rid.to_string(), format!("{} of `{}`", kind.noun, s.id));
            }
            surveys.add(&s.id, &s.title);
        }
        Ok(Index {
            partners,
            goals,
            surveys,
            taken,
        })
    }

    /// The partners or the goals, as a kind of record's owner says.
    fn owners(&self, owner: Owner) -> &Owners {
        match owner {
            Owner::Partner => &self.partners,
            Owner::Goal => &self.goals,
            Owner::Survey => &self.surveys,
        }
    }
}

/// Partners or goals, found by id or by name.
struct Owners {
    noun: &'static str,
    ids: Vec<String>,
    known: HashSet<String>,
    by_name: HashMap<String, Vec<String>>,
}

impl Owners {
    fn new(noun: &'static str) -> Owners {
        Owners {
            noun,
            ids: Vec::new(),
            known: HashSet::new(),
            by_name: HashMap::new(),
        }
    }

    fn add(&mut self, id: &str, name: &str) {
        self.ids.push(id.to_string());
        self.known.insert(id.to_string());
        self.by_name
            .entry(import::identity_text(&name.into()))
            .or_default()
            .push(id.to_string());
    }

    fn contains(&self, id: &str) -> bool {
        self.known.contains(id)
    }

    /// The id of the partner (or goal) `typed` names: its id, the id its name would get,
    /// or its name (ignoring case).
    fn resolve(&self, typed: &str) -> Result<String, String> {
        let typed = typed.trim();
        if self.contains(typed) {
            return Ok(typed.to_string());
        }
        let slug = id::slugify(typed);
        if self.contains(&slug) {
            return Ok(slug);
        }
        match self
            .by_name
            .get(&import::identity_text(&typed.into()))
            .map(Vec::as_slice)
        {
            Some([one]) => Ok(one.clone()),
            Some(many) => Err(format!(
                "`{typed}` is the name of several {}s ({}); use the id",
                self.noun,
                many.join(", ")
            )),
            None => {
                let close = id::closest(typed, self.ids.iter().map(String::as_str));
                let hint = match close.first() {
                    Some(c) => format!("; did you mean `{c}`?"),
                    None => format!("; add it first (`accord {} add`)", self.noun),
                };
                Err(format!(
                    "no {} `{typed}` in this workspace{hint}",
                    self.noun
                ))
            }
        }
    }
}

/// The row's values, for messages.
fn cell_of(row: &Row, field: &str) -> String {
    row.get(field).map(tabular::cell).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_name_partners_by_id_name_or_the_id_a_name_makes() {
        let mut o = Owners::new("partner");
        o.add("riverside-hospital", "Riverside Regional Hospital");
        o.add("valley-college", "Riverside Valley Community College");
        o.add("valley-college-2", "Riverside Valley Community College");
        assert_eq!(
            o.resolve("riverside-hospital"),
            Ok("riverside-hospital".into())
        );
        assert_eq!(
            o.resolve(" Riverside Hospital "),
            Ok("riverside-hospital".into())
        );
        assert_eq!(
            o.resolve("riverside regional  HOSPITAL"),
            Ok("riverside-hospital".into())
        );
        let err = o.resolve("Riverside Valley Community College").unwrap_err();
        assert!(
            err.contains("the name of several partners (valley-college, valley-college-2)"),
            "{err}"
        );
        let err = o.resolve("riverside-hospitl").unwrap_err();
        assert!(err.ends_with("did you mean `riverside-hospital`?"), "{err}");
        let err = o.resolve("zzz").unwrap_err();
        assert!(err.contains("add it first (`accord partner add`)"), "{err}");
    }
}
