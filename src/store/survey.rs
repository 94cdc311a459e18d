//! Importing a survey's responses from a form export, all or nothing: the file is read
//! and checked whole (`model::survey::form`), the rows imported before are set aside
//! (`model::survey::already_imported`), and the new responses are appended to the
//! survey's file in one atomic write under the workspace lock, in no particular order
//! (sorted by their random ids, so the file does not tell who answered first).
//!
//! Identifying columns never reach the file: they are dropped while the rows are read.

use crate::error::hinted;
use crate::model::import::RowError;
use crate::model::instrument::Instrument;
use crate::model::survey::form::{self, Column, Input};
use crate::model::survey::{self, Response, Survey};
use crate::store::import::{NewId, Table};
use crate::store::instruments::Catalog;
use crate::store::{Conflicted, Edit, Kind, Stored, Workspace, edit, responses};
use chrono::NaiveDate;
use std::collections::HashSet;
use toml_edit::{InlineTable, Item, Value};

/// What `survey import` is told.
pub struct Options<'a> {
    /// `--map COLUMN=TARGET` pairs.
    pub map: &'a [(String, String)],
    /// Check and plan only; write nothing.
    pub dry_run: bool,
    pub today: NaiveDate,
    /// Makes a new record id that the given test says is free.
    pub new_id: &'a NewId<'a>,
}

/// What an import did (or would do).
#[derive(Debug)]
pub struct Imported {
    pub survey: Survey,
    /// What each column was used for.
    pub columns: Vec<Column>,
    /// Questions of the instrument no column answered.
    pub unasked: Vec<String>,
    /// Rows read.
    pub rows: usize,
    /// Responses added (or that would be).
    pub added: usize,
    /// The batch they were added as.
    pub batch: Option<String>,
    /// Rows imported before, by the day of their import.
    pub before: Vec<(NaiveDate, usize)>,
}

/// Import the form export `table` (read from `source`) into survey `id`.
pub fn import(
    ws: &Workspace,
    id: &str,
    table: &Table,
    source: &str,
    opts: &Options,
) -> anyhow::Result<Imported> {
    let _lock = if opts.dry_run || !ws.exists() {
        None
    } else {
        Some(ws.lock()?)
    };
    let path = ws.path(Kind::Survey, id);
    let (mut file, mut survey) = Edit::open::<Survey>(&path)?;
    survey.set_id(id);
    let catalog = Catalog::load(ws)?;
    let inst = catalog.require(&survey.instrument)?.clone();
    let partners: Vec<(String, String)> = survey
        .partners
        .iter()
        .map(|p| {
            let name = ws.load_partner(p).map_or_else(|_| p.clone(), |x| x.name);
            (p.clone(), name)
        })
        .collect();
    let input = Input {
        survey: &survey,
        instrument: &inst,
        partners: &partners,
        map: opts.map,
        today: opts.today,
    };
    let reading = form::read(&input, &table.headers, &table.rows);
    if !reading.errors.is_empty() {
        return Err(problems(source, reading.errors, id));
    }
    let rows: Vec<Response> = reading.responses.iter().map(|(_, r)| r.clone()).collect();
    let found = survey::already_imported(&survey.responses, &rows);
    let mut before: Vec<(NaiveDate, usize)> = Vec::new();
    for batch in found.iter().flatten() {
        let day = survey
            .responses
            .iter()
            .find(|r| r.batch == *batch)
            .map_or(opts.today, |r| r.imported);
        match before.iter_mut().find(|(d, _)| *d == day) {
            Some(e) => e.1 += 1,
            None => before.push((day, 1)),
        }
    }
    before.sort();
    let mut taken: HashSet<String> = survey.responses.iter().map(|r| r.id.clone()).collect();
    let batches: HashSet<&str> = survey.responses.iter().map(|r| r.batch.as_str()).collect();
    let batch = (opts.new_id)(&|c: &str| batches.contains(c) || taken.contains(c));
    taken.insert(batch.clone());
    let mut new: Vec<Response> = Vec::new();
    for (r, seen) in rows.into_iter().zip(&found) {
        if seen.is_some() {
            continue;
        }
        let rid = (opts.new_id)(&|c: &str| taken.contains(c) || c == batch);
        taken.insert(rid.clone());
        new.push(Response {
            id: rid,
            batch: batch.clone(),
            ..r
        });
    }
    new.sort_by(|a, b| a.id.cmp(&b.id));
    let added = new.len();
    if added > 0 && !opts.dry_run {
        push_all(&mut file, &new, &inst)?;
        file.save::<Survey>()?;
    }
    survey.responses.extend(new);
    Ok(Imported {
        survey,
        columns: reading.columns,
        unasked: reading.unasked,
        rows: table.rows.len(),
        added,
        batch: (added > 0).then_some(batch),
        before,
    })
}

/// A survey's own fields (title, instrument, partners, groups, dates, invited) without its
/// responses, read from the text before the file's first table header: by TOML's rules
/// every key of the survey itself comes before it. Much quicker than reading the whole
/// file when only the dates are needed; a file whose head does not read alone (a header
/// line inside a multi-line string) is read whole. Also says whether the file holds any
/// response.
pub fn head(ws: &Workspace, id: &str) -> anyhow::Result<(Survey, bool)> {
    let path = ws.path(Kind::Survey, id);
    let text = crate::store::file::read_text(&path)?;
    refuse_markers(&text, id)?;
    let cut = responses::head_end(&text);
    let mut survey: Survey = match toml::from_str(&text[..cut]) {
        Ok(s) => s,
        Err(_) => responses::parse(&path, &text)?,
    };
    let any = text[cut..]
        .lines()
        .any(|l| l.trim_start().starts_with("[[response]]"));
    survey.responses.clear();
    survey.set_id(id);
    Ok((survey, any))
}

/// Read survey `id` whole (see `store::responses` for how it is read quickly).
pub fn load(ws: &Workspace, id: &str) -> anyhow::Result<Survey> {
    crate::model::id::validate_slug(id)?;
    let path = ws.path(Kind::Survey, id);
    if !path.is_file() {
        anyhow::bail!("no survey `{id}` in this workspace");
    }
    let text = crate::store::file::read_text(&path)?;
    refuse_markers(&text, id)?;
    let mut survey = responses::parse(&path, &text)?;
    survey.set_id(id);
    Ok(survey)
}

/// A survey file a merge left conflict markers in is a [`Conflicted`] error, as a
/// partner's is: lists and reports leave it out with a warning until it is settled.
fn refuse_markers(text: &str, id: &str) -> anyhow::Result<()> {
    if crate::model::conflict::has_markers(text) {
        return Err(Conflicted {
            rel: format!("{}/{id}.toml", Kind::Survey.dir()),
            id: id.to_string(),
        }
        .into());
    }
    Ok(())
}

/// Every survey, in id order, with whether `need` (given its own fields) wants it: those
/// it wants are read whole, the others only their own fields (see [`head`]). A survey
/// without responses is not read twice: its head is the whole of it.
pub fn surveys_where(
    ws: &Workspace,
    need: impl Fn(&Survey) -> bool,
) -> anyhow::Result<Vec<(Survey, bool)>> {
    let mut out = Vec::new();
    for id in ws.ids(Kind::Survey)? {
        let Some(read) = ws.settled(head(ws, &id)) else {
            continue;
        };
        let (h, any) = read?;
        let wanted = need(&h);
        if any && wanted {
            out.push((load(ws, &id)?, true));
        } else {
            out.push((h, wanted));
        }
    }
    Ok(out)
}

/// The surveys `status` looks at as of `today`: those open, or closed within the last
/// quarter (or with no closing date), read whole; the others, which `status` has nothing
/// to say about, only their own fields.
pub fn for_status(ws: &Workspace, today: chrono::NaiveDate) -> anyhow::Result<Vec<Survey>> {
    Ok(surveys_where(ws, |s| recent(s, today))?
        .into_iter()
        .map(|(s, _)| s)
        .collect())
}

/// Whether `status` has anything to say of survey `s` as of `today`: open, or closed
/// within the last quarter, or with no closing date.
fn recent(s: &Survey, today: chrono::NaiveDate) -> bool {
    s.closes.is_none_or(|c| {
        crate::model::date::days_between(c, today) <= crate::model::survey::attention::RECENT_DAYS
    })
}

/// The surveys a report needs, each file read once: those that may have closed in the
/// period from `start` to `end` (closing in it, or with no closing date; read whole),
/// and those `status` looks at as of `as_of` (as [`for_status`]).
pub fn for_report(
    ws: &Workspace,
    (start, end): (chrono::NaiveDate, chrono::NaiveDate),
    as_of: chrono::NaiveDate,
) -> anyhow::Result<(Vec<Survey>, Vec<Survey>)> {
    let within = |s: &Survey| s.closes.is_none_or(|c| (start..=end).contains(&c));
    let read = surveys_where(ws, |s| within(s) || recent(s, as_of))?;
    let period = read
        .iter()
        .filter(|(s, whole)| *whole && within(s))
        .map(|(s, _)| s.clone())
        .collect();
    // Every survey, as `for_status` has them: whole when recent, else its own fields.
    let status = read
        .into_iter()
        .map(|(mut s, _)| {
            if !recent(&s, as_of) {
                s.responses.clear();
            }
            s
        })
        .collect();
    Ok((period, status))
}

/// Append the responses as `[[response]]` tables, answers in the instrument's order.
fn push_all(file: &mut Edit, responses: &[Response], inst: &Instrument) -> anyhow::Result<()> {
    for r in responses {
        let mut t = toml_edit::Table::new();
        t.insert("id", toml_edit::value(r.id.as_str()));
        t.insert("batch", toml_edit::value(r.batch.as_str()));
        t.insert("imported", Item::Value(edit::date_value(r.imported)));
        if let Some(p) = &r.partner {
            t.insert("partner", toml_edit::value(p.as_str()));
        }
        if let Some(g) = &r.group {
            t.insert("group", toml_edit::value(g.as_str()));
        }
        let mut answers = InlineTable::new();
        for d in &inst.dimensions {
            if let Some(v) = r.answers.get(&d.key) {
                answers.insert(&d.key, number(*v));
            }
        }
        t.insert("answers", Item::Value(Value::InlineTable(answers)));
        if !r.comments.is_empty() {
            let mut comments = InlineTable::new();
            for (q, text) in &r.comments {
                comments.insert(q, one_line(text));
            }
            t.insert("comments", Item::Value(Value::InlineTable(comments)));
        }
        edit::push(&mut file.doc, "response", t)?;
    }
    Ok(())
}

/// A number as written in a file: `4` rather than `4.0`.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

/// A string written on one line, line breaks escaped, so it fits an inline table.
pub(crate) fn one_line(text: &str) -> Value {
    let escaped = toml_edit::Value::from(text.to_string());
    let mut s = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if c.is_control() => s.push_str(&format!("\\u{:04X}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s.parse::<Value>().unwrap_or(escaped)
}

/// The error listing every problem of the file, by row and column.
fn problems(source: &str, mut errors: Vec<RowError>, id: &str) -> anyhow::Error {
    errors.sort_by_key(|e| e.row);
    errors.dedup();
    let n = errors.len();
    let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    hinted(
        format!(
            "{n} problem{} in `{source}`, so no response was imported:\n{}",
            if n == 1 { "" } else { "s" },
            list.join("\n")
        ),
        format!(
            "fix the file (or say what a column is with --map \"COLUMN=KEY\") and import it again; `accord survey import {id} FILE --dry-run` checks it without writing"
        ),
    )
}
