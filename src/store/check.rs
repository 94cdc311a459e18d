//! `accord check`: validate the whole workspace and report every problem, not only the
//! first. Each record of a file is read on its own, so one bad record does not hide the
//! next; the rules of `model::validate` run on what could be read; then the rules that
//! span files (duplicate ids, references to partners) run over the whole workspace.

use crate::model::aftermath;
use crate::model::conflict;
use crate::model::evaluation;
use crate::model::goal::Goal;
use crate::model::id;
use crate::model::instrument::{Band, Category, Dimension, Instrument};
use crate::model::partner::Partner;
use crate::model::registry::{self, Keeps, Owns, Record, Visit};
use crate::model::settings::Settings;
use crate::model::survey::{self, Survey};
use crate::model::validate::{self, Problem, Seg, Severity};
use crate::store::discover::SETTINGS_FILE;
use crate::store::file::read_text;
use crate::store::instruments::{self, Catalog};
use crate::store::{Kind, Skip, Workspace, quote_list};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use serde::de::{DeserializeOwned, IntoDeserializer};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, OnceLock};
use toml_edit::{Item, Table, Value};

/// One finding, located in a file.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Path relative to the workspace, e.g. `partners/acme.toml`.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

/// The outcome of checking a workspace.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<Diagnostic>,
}

/// Check every file of the workspace as of `today`.
pub fn check(ws: &Workspace, today: NaiveDate) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let mut diags = Vec::new();
    let settings = check_settings(ws, &mut diags)?;
    report.files += 1;

    let catalog = Catalog::load(ws)?;
    if let Err(msg) = catalog.get(&settings.instrument)
        && catalog.entry(&settings.instrument).is_none()
    {
        let text = read_text(&ws.settings_path())?;
        let mut fc = FileCheck::open(SETTINGS_FILE.to_string(), text, &mut diags);
        fc.at_path(&validate::at!["instrument"], Severity::Error, msg);
    }
    skipped_files(ws, &mut diags)?;
    ws.cache().tidy();
    for name in super::list_toml(&ws.root.join(instruments::DIR))? {
        report.files += 1;
        let path = instruments::path(ws, &name);
        FileCheck::open(ws.rel(&path), read_text(&path)?, &mut diags).instrument(&name);
    }

    // Every file is checked on its own, in parallel; what they found is gathered in order.
    let partners = super::list_dir(&ws.root.join(Kind::Partner.dir()))?.stems;
    let checked: Vec<anyhow::Result<Checked>> = partners
        .par_iter()
        .map(|pid| check_partner(ws, pid, &settings, &catalog, today))
        .collect();
    let mut ids = IdIndex::default();
    let mut names: Vec<(String, String)> = Vec::new();
    for c in checked {
        report.files += 1;
        let c = c?;
        diags.extend(c.diags);
        ids.uses.extend(c.ids);
        names.extend(c.name);
    }
    let goals = super::list_dir(&ws.root.join(Kind::Goal.dir()))?.stems;
    let checked: Vec<anyhow::Result<Checked>> = goals
        .par_iter()
        .map(|gid| check_goal(ws, gid, &partners, today))
        .collect();
    for c in checked {
        report.files += 1;
        let c = c?;
        diags.extend(c.diags);
        ids.uses.extend(c.ids);
    }

    // Files whose names are ids first, so a look-alike is told to keep one of those.
    names.sort_by_key(|(id, _)| id::validate_slug(id).is_err());
    for (id, first) in aftermath::near_duplicates(&names) {
        let name = |x: &str| {
            names
                .iter()
                .find(|(i, _)| i == x)
                .map_or("", |(_, n)| n.as_str())
        };
        // The one to let go: a file whose name is no id, else the later one.
        let usable = |x: &str| id::validate_slug(x).is_ok();
        let (drop, keep) = if usable(id) && !usable(first) {
            (first, id)
        } else {
            (id, first)
        };
        let path = ws.path_of(Kind::Partner, drop);
        let how = if usable(drop) {
            format!("`accord partner remove {drop}`")
        } else {
            format!(
                "delete `{}`, whose name is not an id accord can name",
                ws.rel(&path)
            )
        };
        diags.push(Diagnostic {
            file: ws.rel(&path),
            line: None,
            column: None,
            severity: Severity::Warning,
            message: format!(
                "`{}` looks like the same organization as `{keep}` ({}), perhaps added twice on two clones; if so, keep one ({how})",
                name(drop),
                name(keep)
            ),
        });
    }

    for sid in ws.ids(Kind::Survey)? {
        report.files += 1;
        let path = ws.path(Kind::Survey, &sid);
        let rel: Arc<str> = ws.rel(&path).into();
        let text = read_text(&path)?;
        if conflicted(&rel, &sid, &text, &mut diags) {
            continue;
        }
        let mut fc = FileCheck::open(rel.to_string(), text, &mut diags);
        if let Err(bad) = id::validate_slug(&sid) {
            fc.file_level(Severity::Error, ws.unusable_name(Kind::Survey, &bad));
        }
        if let Some(s) = fc.survey(&catalog, &partners, today) {
            ids.add_owner(&fc, &rel, &s);
        }
    }

    ids.report(ws, &mut diags);
    // A file one side of a merge removed and the other changed has no markers to find.
    for p in super::conflicts::unmerged(ws)? {
        if let super::conflicts::Pending::Removed { rel, ours_removed } = &p {
            diags.push(Diagnostic {
                file: rel.clone(),
                line: None,
                column: None,
                severity: Severity::Error,
                message: format!(
                    "unsettled merge conflict: {} `accord resolve {}` settles it (--keep or --drop)",
                    super::conflicts::question(ws, rel, *ours_removed),
                    p.id()
                ),
            });
        }
    }
    diags.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.column).cmp(&(b.file.as_str(), b.line, b.column))
    });
    report.errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    report.warnings = diags.len() - report.errors;
    report.problems = diags;
    Ok(report)
}

/// A file a merge left with conflict markers: one error per conflict, in words, with the
/// command that settles it. Returns whether the file has any (it is not read further).
fn conflicted(rel: &str, id: &str, text: &str, diags: &mut Vec<Diagnostic>) -> bool {
    let blocks = conflict::blocks(text);
    for b in &blocks {
        diags.push(Diagnostic {
            file: rel.to_string(),
            line: Some(b.line),
            column: Some(1),
            severity: Severity::Error,
            message: format!(
                "unsettled merge conflict: {}; `accord resolve {id}` settles it",
                conflict::describe_in(rel, b)
            ),
        });
    }
    !blocks.is_empty()
}

/// Every file of the record folders that is not read, and why (links, names that are
/// not UTF-8, files that are not `.toml`, temporary files), and an interrupted write
/// waiting to be finished.
fn skipped_files(ws: &Workspace, diags: &mut Vec<Diagnostic>) -> anyhow::Result<()> {
    let mut note = |path: &std::path::Path, severity, message: &str| {
        diags.push(Diagnostic {
            file: ws.rel(path),
            line: None,
            column: None,
            severity,
            message: message.to_string(),
        });
    };
    for dir in crate::store::DATA_DIRS {
        for s in super::list_dir(&ws.root.join(dir))?.skipped {
            let severity = match s.why {
                Skip::Link | Skip::NameNotUtf8 => Severity::Error,
                Skip::NotPlain | Skip::NotToml | Skip::Temp => Severity::Warning,
            };
            note(&s.path, severity, s.why.explain());
        }
    }
    for temp in crate::store::txn::stale_temps(&ws.root)? {
        if temp.parent() == Some(ws.root.as_path()) {
            note(&temp, Severity::Warning, Skip::Temp.explain());
        }
    }
    let txn = ws.root.join(crate::store::txn::TXN_FILE);
    if txn.exists() {
        note(
            &txn,
            Severity::Warning,
            "a write of several files was interrupted; the next accord command that writes finishes it",
        );
    }
    Ok(())
}

/// What checking one file found: its problems and the record ids it holds.
struct Checked {
    diags: Vec<Diagnostic>,
    ids: Vec<(String, IdUse)>,
    /// A partner's id and name, to find one organization added twice.
    name: Option<(String, String)>,
}

/// Read a file strictly into `T`: `None` when it does not read or has a field accord does
/// not know, which only the record-by-record reading can report with its line.
fn strict<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut unknown = false;
    let de = toml::Deserializer::parse(text).ok()?;
    let value = serde_ignored::deserialize(de, |_| unknown = true).ok()?;
    (!unknown).then_some(value)
}

/// The ids of an owner read strictly, each to be placed in its file only if it is used
/// twice.
fn ids_later<O: Owns>(rel: &Arc<str>, owner: &O) -> Vec<(String, IdUse)> {
    struct Ids<'a, O>(&'a O, &'a Arc<str>, Vec<(String, IdUse)>);
    impl<O: Owns> Visit<O> for Ids<'_, O> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            for (i, r) in self.0.records().iter().enumerate() {
                if let Some(rid) = r.id() {
                    let at = Pos::Later(R::DEF.table, i);
                    self.2
                        .push((rid.to_string(), (R::DEF.noun, self.1.clone(), at)));
                }
            }
        }
    }
    let mut v = Ids(owner, rel, Vec::new());
    O::each_kind(&mut v);
    v.2
}

/// Check one partner file. A file that reads strictly and breaks no rule has nothing to
/// report; any other is read record by record to report every problem at its line.
fn check_partner(
    ws: &Workspace,
    pid: &str,
    settings: &Settings,
    catalog: &Catalog,
    today: NaiveDate,
) -> anyhow::Result<Checked> {
    let path = ws.path(Kind::Partner, pid);
    let text = read_text(&path)?;
    let rel: Arc<str> = ws.rel(&path).into();
    let mut diags = Vec::new();
    if conflicted(&rel, pid, &text, &mut diags) {
        return Ok(Checked {
            diags,
            ids: Vec::new(),
            name: None,
        });
    }
    let strict = id::validate_slug(pid)
        .ok()
        .and_then(|()| strict::<Partner>(&text))
        .map(|mut p| {
            p.id = pid.to_string();
            p
        });
    if let Some(p) = strict
        && validate::partner(&p, settings, today, &[]).is_empty()
        && evaluation::problems(&p.evaluations, |n| catalog.get(n)).is_empty()
        && aftermath::after_end(&p).is_empty()
    {
        return Ok(Checked {
            diags,
            ids: ids_later(&rel, &p),
            name: Some((p.id.clone(), p.name.clone())),
        });
    }
    let mut fc = FileCheck::open(rel.to_string(), text, &mut diags);
    if let Err(bad) = id::validate_slug(pid) {
        fc.file_level(Severity::Error, ws.unusable_name(Kind::Partner, &bad));
    }
    let mut ids = IdIndex::default();
    let mut name = None;
    if let Some(p) = fc.partner(pid, settings, catalog, today) {
        ids.add_owner(&fc, &rel, &p);
        fc.problems(aftermath::after_end(&p));
        name = Some((p.id.clone(), p.name.clone()));
    }
    Ok(Checked {
        diags,
        ids: ids.uses,
        name,
    })
}

/// Check one goal file, as `check_partner` does; `partners` are the partner ids.
fn check_goal(
    ws: &Workspace,
    gid: &str,
    partners: &[String],
    today: NaiveDate,
) -> anyhow::Result<Checked> {
    let path = ws.path(Kind::Goal, gid);
    let text = read_text(&path)?;
    let rel: Arc<str> = ws.rel(&path).into();
    let mut diags = Vec::new();
    if conflicted(&rel, gid, &text, &mut diags) {
        return Ok(Checked {
            diags,
            ids: Vec::new(),
            name: None,
        });
    }
    if id::validate_slug(gid).is_ok()
        && let Some(g) = strict::<Goal>(&text)
        && validate::goal(&g, today).is_empty()
        && g.partners.iter().all(|p| partners.contains(p))
    {
        return Ok(Checked {
            diags,
            ids: ids_later(&rel, &g),
            name: None,
        });
    }
    let mut fc = FileCheck::open(rel.to_string(), text, &mut diags);
    if let Err(bad) = id::validate_slug(gid) {
        fc.file_level(Severity::Error, ws.unusable_name(Kind::Goal, &bad));
    }
    let mut ids = IdIndex::default();
    if let Some(g) = fc.goal(today) {
        for (i, p) in g.partners.iter().enumerate() {
            if !partners.contains(p) {
                let close = id::closest(p, partners.iter().map(String::as_str));
                let hint = if close.is_empty() {
                    String::new()
                } else {
                    format!("; did you mean {}?", quote_list(&close))
                };
                fc.at_path(
                    &validate::at!["partners", i],
                    Severity::Error,
                    format!("no partner `{p}` in this workspace{hint}"),
                );
            }
        }
        ids.add_owner(&fc, &rel, &g);
    }
    Ok(Checked {
        diags,
        ids: ids.uses,
        name: None,
    })
}

/// Check the text of one partner file on its own (for `partner edit`): every problem in
/// it except those that need the rest of the workspace.
pub fn partner_text(
    ws: &Workspace,
    rel: &str,
    text: &str,
    today: NaiveDate,
) -> anyhow::Result<Vec<Diagnostic>> {
    let catalog = Catalog::load(ws)?;
    let mut diags = Vec::new();
    let mut fc = FileCheck::open(rel.to_string(), text.to_string(), &mut diags);
    let id = std::path::Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    fc.partner(&id, &ws.settings, &catalog, today);
    Ok(diags)
}

/// Check the text of one goal file on its own: every problem in it except those that
/// need the rest of the workspace.
pub fn goal_text(rel: &str, text: &str, today: NaiveDate) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut fc = FileCheck::open(rel.to_string(), text.to_string(), &mut diags);
    fc.goal(today);
    diags
}

fn check_settings(ws: &Workspace, diags: &mut Vec<Diagnostic>) -> anyhow::Result<Settings> {
    let path = ws.settings_path();
    if !path.is_file() {
        diags.push(Diagnostic {
            file: SETTINGS_FILE.to_string(),
            line: None,
            column: None,
            severity: Severity::Warning,
            message: "the workspace has not been created yet; it will be on the first write"
                .to_string(),
        });
        return Ok(Settings::default());
    }
    let mut fc = FileCheck::open(SETTINGS_FILE.to_string(), read_text(&path)?, diags);
    let Some(root) = fc.root() else {
        return Ok(Settings::default());
    };
    let (Some(settings), aside) = fc.piece::<Settings>(root, &[]) else {
        return Ok(Settings::default());
    };
    if !aside.is_empty() {
        return Ok(Settings::default());
    }
    for (field, msg) in settings.problems() {
        fc.at_path(&validate::at![field], Severity::Error, msg);
    }
    Ok(settings)
}

/// Checking one file: its text, its parsed document, and where findings go.
struct FileCheck<'d> {
    rel: String,
    text: String,
    doc: Option<toml_edit::Document<String>>,
    out: &'d mut Vec<Diagnostic>,
    /// For each array of records: the index in the file of each record that was read.
    index: HashMap<&'static str, Vec<usize>>,
    /// For each array of records: the ids of the records in the file that were set aside
    /// for a field that does not read (they are there, so nothing points at nothing).
    aside: HashMap<&'static str, HashSet<String>>,
    /// For each field of a record that points at a record of another array (an action
    /// item's `checkin`): that array.
    refs: HashMap<(&'static str, &'static str), &'static str>,
    /// Where each line of `text` starts, made on first use.
    lines: OnceLock<Vec<usize>>,
}

impl<'d> FileCheck<'d> {
    fn open(rel: String, text: String, out: &'d mut Vec<Diagnostic>) -> Self {
        let mut fc = FileCheck {
            rel,
            text,
            doc: None,
            out,
            index: HashMap::new(),
            aside: HashMap::new(),
            refs: HashMap::new(),
            lines: OnceLock::new(),
        };
        match toml_edit::Document::parse(fc.text.clone()) {
            Ok(doc) => fc.doc = Some(doc),
            Err(e) => fc.at_span(e.span(), Severity::Error, e.message()),
        }
        fc
    }

    fn root(&self) -> Option<Table> {
        self.doc.as_ref().map(|d| d.as_table().clone())
    }

    /// 1-based line and column (in characters) of a byte offset, as `file::line_col`
    /// gives, found by a binary search of where lines start.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let text = self.text.as_str();
        let starts = self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }

    fn file_level(&mut self, severity: Severity, message: String) {
        self.out.push(Diagnostic {
            file: self.rel.clone(),
            line: None,
            column: None,
            severity,
            message,
        });
    }

    fn at_span(&mut self, span: Option<Range<usize>>, severity: Severity, message: &str) {
        let (line, column) = match span {
            Some(s) => {
                let (l, c) = self.line_col(s.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        self.out.push(Diagnostic {
            file: self.rel.clone(),
            line,
            column,
            severity,
            message: message.trim().to_string(),
        });
    }

    /// Report at the value a path names (or the nearest thing above it that exists).
    fn at_path(&mut self, path: &[Seg], severity: Severity, message: String) {
        let span = self
            .doc
            .as_ref()
            .and_then(|d| span_of(d.as_table(), path, false));
        self.at_span(span, severity, &message);
    }

    /// Deserialize one table on its own, reporting every bad field: after an error, the
    /// field it points at is set aside and the rest tried again. Warns about fields accord
    /// does not know. Returns the value and the fields set aside.
    fn piece<T: DeserializeOwned>(
        &mut self,
        mut table: Table,
        prefix: &[Seg],
    ) -> (Option<T>, Vec<String>) {
        let mut unknown = BTreeSet::new();
        let mut set_aside = Vec::new();
        loop {
            let value = Value::InlineTable(table.clone().into_inline_table());
            let result = serde_ignored::deserialize(value.into_deserializer(), |p| {
                unknown.insert(p.to_string());
            });
            match result {
                Ok(v) => {
                    self.unknown_fields(prefix, unknown);
                    return (Some(v), set_aside);
                }
                Err(e) => {
                    // An error with no place after setting a field aside is only the
                    // echo of that field missing now.
                    if e.span().is_some() || set_aside.is_empty() {
                        let span = e.span().or_else(|| {
                            let doc = self.doc.as_ref()?;
                            span_of(doc.as_table(), prefix, false)
                        });
                        let said = super::file::said_at(&self.text, e.span(), e.message());
                        self.at_span(span, Severity::Error, &said);
                    }
                    let culprit = e.span().and_then(|span| {
                        table
                            .iter()
                            .find(|(_, item)| item.span().is_some_and(|s| s.contains(&span.start)))
                            .map(|(k, _)| k.to_string())
                    });
                    match culprit {
                        Some(key) => {
                            table.remove(&key);
                            set_aside.push(key);
                        }
                        None => {
                            self.unknown_fields(prefix, unknown);
                            set_aside.push(String::new());
                            return (None, set_aside);
                        }
                    }
                }
            }
        }
    }

    fn unknown_fields(&mut self, prefix: &[Seg], fields: BTreeSet<String>) {
        for field in fields {
            let mut path = prefix.to_vec();
            path.extend(field.split('.').map(|k| Seg::Key(k.to_string())));
            let span = self
                .doc
                .as_ref()
                .and_then(|d| span_of(d.as_table(), &path, true));
            let message =
                format!("unknown field `{field}`: accord keeps it but does not use it (a typo?)");
            self.at_span(span, Severity::Warning, &message);
        }
    }

    /// Deserialize each element of the array of tables `key`; returns those that could be
    /// read and, for each, its index in the file.
    fn array<T: DeserializeOwned>(
        &mut self,
        root: &Table,
        key: &'static str,
    ) -> (Vec<T>, Vec<usize>) {
        let tables: Vec<Table> = match root.get(key) {
            Some(Item::ArrayOfTables(a)) => a.iter().cloned().collect(),
            Some(Item::Value(Value::Array(a))) if a.iter().all(Value::is_inline_table) => a
                .iter()
                .filter_map(Value::as_inline_table)
                .map(|t| t.clone().into_table())
                .collect(),
            _ => return (Vec::new(), Vec::new()),
        };
        let mut items = Vec::new();
        let mut index = Vec::new();
        for (i, t) in tables.into_iter().enumerate() {
            let id = t.get("id").and_then(Item::as_str).map(str::to_string);
            match self.piece::<T>(t, &validate::at![key, i]) {
                (Some(v), aside) if aside.is_empty() => {
                    items.push(v);
                    index.push(i);
                }
                _ => {
                    self.aside.entry(key).or_default().extend(id);
                }
            }
        }
        (items, index)
    }

    /// The index in the file of the `i`-th record of `array` that could be read.
    fn file_index(&self, array: &str, i: usize) -> usize {
        self.index
            .get(array)
            .and_then(|m| m.get(i))
            .copied()
            .unwrap_or(i)
    }

    /// Report the problems a model rule found, mapping record indexes back to the file's.
    fn problems(&mut self, problems: Vec<Problem>) {
        for mut p in problems {
            if self.points_at_set_aside(&p.path) {
                continue;
            }
            if let (Some(Seg::Key(k)), Some(Seg::Index(i))) = (p.path.first(), p.path.get(1)) {
                p.path[1] = Seg::Index(self.file_index(k, *i));
            }
            self.at_path(&p.path, p.severity, p.message);
        }
    }

    /// Whether the problem at `path` is about a record's field pointing at a record that
    /// is in the file but was set aside: only the echo of that record's own problem.
    fn points_at_set_aside(&self, path: &[Seg]) -> bool {
        let [Seg::Key(table), Seg::Index(i), Seg::Key(field)] = path else {
            return false;
        };
        let Some(target) = self
            .refs
            .iter()
            .find(|((t, f), _)| t == table && f == field)
            .map(|(_, target)| *target)
        else {
            return false;
        };
        let at = self.file_index(table, *i);
        let value = self.doc.as_ref().and_then(|d| {
            d.get(table)?
                .get(at)?
                .get(field.as_str())?
                .as_str()
                .map(str::to_string)
        });
        value.is_some_and(|v| self.aside.get(target).is_some_and(|ids| ids.contains(&v)))
    }

    /// Read an owner's file: its own fields on their own, then each kind of record the
    /// registry says it keeps, each record on its own. Returns the owner (with what could
    /// be read of it), whether its own fields could be read, and the fields set aside.
    /// `None` when the file does not parse.
    fn owner<O: Owns + Default>(&mut self) -> Option<(O, bool, Vec<String>)> {
        // The owner's own fields (`head`), and its arrays of records moved out of them.
        let mut head = self.root()?;
        let mut root = Table::new();
        for key in registry::tables::<O>() {
            if matches!(
                head.get(key),
                Some(Item::ArrayOfTables(_)) | Some(Item::Value(Value::Array(_)))
            ) && let Some(item) = head.remove(key)
            {
                root.insert(key, item);
            }
        }
        let (owner, aside) = self.piece::<O>(head, &[]);
        let read = owner.is_some();
        struct Arrays<'f, 'd, O> {
            fc: &'f mut FileCheck<'d>,
            root: &'f Table,
            owner: O,
        }
        impl<O: Owns> Visit<O> for Arrays<'_, '_, O> {
            fn visit<R: Record>(&mut self)
            where
                O: Keeps<R>,
            {
                for f in R::DEF.fields {
                    if let registry::Ty::Ref(target) = f.ty {
                        self.fc.refs.insert((R::DEF.table, f.name), target);
                    }
                }
                let (items, idx) = self.fc.array::<R>(self.root, R::DEF.table);
                *self.owner.records_mut() = items;
                self.fc.index.insert(R::DEF.table, idx);
            }
        }
        let mut arrays = Arrays {
            fc: self,
            root: &root,
            owner: owner.unwrap_or_default(),
        };
        O::each_kind(&mut arrays);
        Some((arrays.owner, read, aside))
    }

    fn partner(
        &mut self,
        id: &str,
        settings: &Settings,
        instruments: &Catalog,
        today: NaiveDate,
    ) -> Option<Partner> {
        let (mut p, profile_read, aside) = self.owner::<Partner>()?;
        p.id = id.to_string();
        // Rules about the profile run on the fields that could be read.
        let problems = if profile_read {
            validate::partner(&p, settings, today, &aside)
        } else {
            validate::records(&p, today)
        };
        self.problems(problems);
        let rated = evaluation::problems(&p.evaluations, |n| instruments.get(n));
        self.problems(rated);
        Some(p)
    }

    /// An instrument file, named `name` by its file name.
    fn instrument(&mut self, name: &str) -> Option<Instrument> {
        let root = self.root()?;
        if let Err(bad) = id::validate_slug(name) {
            let msg = format!(
                "the file name is not a usable instrument name ({})",
                bad.reason
            );
            self.file_level(Severity::Error, msg);
        }
        let mut head = root.clone();
        for key in ["band", "category", "dimension"] {
            head.remove(key);
        }
        let (i, aside) = self.piece::<Instrument>(head, &[]);
        let (bands, bi) = self.array::<Band>(&root, "band");
        let (categories, ci) = self.array::<Category>(&root, "category");
        let (dimensions, di) = self.array::<Dimension>(&root, "dimension");
        self.index
            .extend([("band", bi), ("category", ci), ("dimension", di)]);
        let mut i = i?;
        (i.bands, i.categories, i.dimensions) = (bands, categories, dimensions);
        if !i.name.is_empty() && i.name != name && !aside.contains(&"name".to_string()) {
            let msg = format!(
                "the instrument is named `{}` but its file is `{name}.toml`; evaluations name it `{name}`",
                i.name
            );
            self.at_path(&validate::at!["name"], Severity::Warning, msg);
        }
        i.name = name.to_string();
        if aside.is_empty() {
            self.problems(i.problems());
        }
        Some(i)
    }

    /// A survey file: its own fields, its responses record by record, and the rules that
    /// need its instrument and the workspace's partners.
    fn survey(
        &mut self,
        instruments: &Catalog,
        partners: &[String],
        today: NaiveDate,
    ) -> Option<Survey> {
        let (s, read, aside) = self.owner::<Survey>()?;
        if !read {
            return None;
        }
        let mut problems = registry::problems(&s, today);
        if aside.is_empty() {
            let known = |p: &str| partners.iter().any(|x| x == p);
            problems.extend(survey::problems(&s, instruments.get(&s.instrument), &known));
        }
        self.problems(problems);
        Some(s)
    }

    fn goal(&mut self, today: NaiveDate) -> Option<Goal> {
        let (g, read, aside) = self.owner::<Goal>()?;
        if !read {
            return None;
        }
        if aside.is_empty() {
            let problems = validate::goal(&g, today);
            self.problems(problems);
        }
        Some(g)
    }
}

/// The span of the item a path names, or of the deepest part of it that exists; with
/// `key`, the span of the last key itself rather than of its value.
fn span_of(root: &Table, path: &[Seg], key: bool) -> Option<Range<usize>> {
    #[derive(Clone, Copy)]
    enum Node<'a> {
        Table(&'a Table),
        Item(&'a Item),
        Value(&'a Value),
    }
    let mut node = Node::Table(root);
    let mut best = None;
    for (i, seg) in path.iter().enumerate() {
        let next = match (node, seg) {
            (Node::Table(t) | Node::Item(Item::Table(t)), Seg::Key(k)) => t.get(k).map(Node::Item),
            (Node::Item(Item::Value(v)) | Node::Value(v), Seg::Key(k)) => {
                v.as_inline_table().and_then(|t| t.get(k)).map(Node::Value)
            }
            (Node::Item(Item::ArrayOfTables(a)), Seg::Index(i)) => a.get(*i).map(Node::Table),
            (Node::Item(Item::Value(v)) | Node::Value(v), Seg::Index(i)) => {
                v.as_array().and_then(|a| a.get(*i)).map(Node::Value)
            }
            _ => None,
        };
        let Some(next) = next else { break };
        if key
            && i + 1 == path.len()
            && let (Node::Table(t) | Node::Item(Item::Table(t)), Seg::Key(k)) = (node, seg)
            && let Some(k) = t.key(k)
        {
            return k.span().or(best);
        }
        let span = match next {
            Node::Table(t) => t.span(),
            Node::Item(i) => i.span(),
            Node::Value(v) => v.span(),
        };
        best = span.or(best);
        node = next;
    }
    best
}

/// Where a record id is used: the kind of record, the file, and its place in the file.
type IdUse = (&'static str, Arc<str>, Pos);

/// The line and column of an id in its file: known, or to be found (from the array of
/// records and the record's index in the file) only if the id is used twice.
#[derive(Debug, Clone, Copy)]
enum Pos {
    Known(Option<(usize, usize)>),
    Later(&'static str, usize),
}

/// Every record id in the workspace, to find the same id used twice.
#[derive(Default)]
struct IdIndex {
    /// (id, where it is used), in the order seen.
    uses: Vec<(String, IdUse)>,
}

impl IdIndex {
    fn add(
        &mut self,
        fc: &FileCheck,
        rel: &Arc<str>,
        kind: &'static str,
        array: &str,
        i: usize,
        id: &str,
    ) {
        let i = fc.file_index(array, i);
        let pos = fc
            .doc
            .as_ref()
            .and_then(|d| span_of(d.as_table(), &validate::at![array, i, "id"], false))
            .map(|s| fc.line_col(s.start));
        self.uses
            .push((id.to_string(), (kind, rel.clone(), Pos::Known(pos))));
    }

    /// Every id of an owner's file, kind by kind as the registry lists them.
    fn add_owner<O: Owns>(&mut self, fc: &FileCheck, rel: &Arc<str>, owner: &O) {
        struct Ids<'a, 'f, 'd, O> {
            index: &'a mut IdIndex,
            fc: &'a FileCheck<'d>,
            rel: &'a Arc<str>,
            owner: &'f O,
        }
        impl<O: Owns> Visit<O> for Ids<'_, '_, '_, O> {
            fn visit<R: Record>(&mut self)
            where
                O: Keeps<R>,
            {
                for (i, r) in self.owner.records().iter().enumerate() {
                    if let Some(rid) = r.id() {
                        self.index
                            .add(self.fc, self.rel, R::DEF.noun, R::DEF.table, i, rid);
                    }
                }
            }
        }
        O::each_kind(&mut Ids {
            index: self,
            fc,
            rel,
            owner,
        });
    }

    /// Report every id used more than once, at each later use, in the order of the ids.
    fn report(mut self, ws: &Workspace, diags: &mut Vec<Diagnostic>) {
        // A stable sort: the uses of one id stay in the order they were seen.
        self.uses.sort_by(|a, b| a.0.cmp(&b.0));
        let mut places = Places::default();
        for run in self.uses.chunk_by(|a, b| a.0 == b.0) {
            let [(rid, first), rest @ ..] = run else {
                continue;
            };
            if rest.is_empty() {
                continue;
            }
            let (first_kind, first_file, first_pos) = first;
            let first_pos = places.resolve(ws, first_file, *first_pos);
            for (_, (kind, file, pos)) in rest {
                let pos = places.resolve(ws, file, *pos);
                let at = first_pos.map_or(String::new(), |(l, _)| format!(":{l}"));
                diags.push(Diagnostic {
                    file: file.to_string(),
                    line: pos.map(|p| p.0),
                    column: pos.map(|p| p.1),
                    severity: Severity::Error,
                    message: format!(
                        "{kind} id `{rid}` is also used by {} in {first_file}{at}; ids must be unique in the workspace: remove the copy, or give one of them an id of its own",
                        crate::model::words::a(first_kind)
                    ),
                });
            }
        }
    }
}

/// Files read again to place ids that are used twice, each read once.
#[derive(Default)]
struct Places {
    files: HashMap<Arc<str>, Option<(String, toml_edit::Document<String>)>>,
}

impl Places {
    fn resolve(&mut self, ws: &Workspace, file: &Arc<str>, pos: Pos) -> Option<(usize, usize)> {
        let (array, i) = match pos {
            Pos::Known(p) => return p,
            Pos::Later(array, i) => (array, i),
        };
        let parsed = self.files.entry(file.clone()).or_insert_with(|| {
            let text = std::fs::read_to_string(ws.root.join(&**file)).ok()?;
            let doc = toml_edit::Document::parse(text.clone()).ok()?;
            Some((text, doc))
        });
        let (text, doc) = parsed.as_ref()?;
        let span = span_of(doc.as_table(), &validate::at![array, i, "id"], false)?;
        Some(crate::store::file::line_col(text, span.start))
    }
}
