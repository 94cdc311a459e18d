//! The workspace on disk: finding it, reading its files one at a time, and changing one
//! file at a time under the workspace lock.
//!
//! Layout: `accord.toml` (settings), `partners/<id>.toml`, `goals/<id>.toml`,
//! `surveys/<id>.toml`, `instruments/<name>.toml`. Files whose names start with a dot are never read (they are
//! the lock and temp files of interrupted writes).

pub mod check;
pub mod discover;
pub mod edit;
pub mod file;
pub mod import;
pub mod init;
pub mod instruments;
pub mod responses;
pub mod survey;
pub mod write;

use crate::error::hinted;
use crate::model::goal::Goal;
use crate::model::id::{self, Lookup};
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::Survey;
use anyhow::{Context, bail};
use discover::{Inputs, Origin, SETTINGS_FILE};
use file::display_path;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
pub use write::{Edit, Lock};

/// A workspace: where it is, why it was chosen, and its settings.
#[derive(Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub origin: Origin,
    pub settings: Settings,
    exists: bool,
}

/// The kinds of files a workspace holds, one folder each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Goal,
    Survey,
}

impl Kind {
    pub fn dir(self) -> &'static str {
        match self {
            Kind::Partner => "partners",
            Kind::Goal => "goals",
            Kind::Survey => "surveys",
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            Kind::Partner => "partner",
            Kind::Goal => "goal",
            Kind::Survey => "survey",
        }
    }
}

impl Workspace {
    /// Find the workspace and read its settings.
    pub fn open(inputs: &Inputs) -> anyhow::Result<Workspace> {
        let (root, origin) = discover::discover(inputs)?;
        Workspace::at(root, origin)
    }

    /// Open the workspace at `root` (which may not exist yet).
    pub fn at(root: PathBuf, origin: Origin) -> anyhow::Result<Workspace> {
        let settings_path = root.join(SETTINGS_FILE);
        let exists = settings_path.is_file();
        let settings = if exists {
            let settings: Settings = file::load(&settings_path)?;
            if let Some((field, msg)) = settings.problems().into_iter().next() {
                return Err(hinted(
                    format!("`{}`: {msg}", display_path(&settings_path)),
                    format!("fix `{field}` in accord.toml"),
                ));
            }
            settings
        } else {
            if origin != Origin::Default {
                let why = if root.is_dir() {
                    "has no accord.toml"
                } else {
                    "does not exist"
                };
                return Err(hinted(
                    format!("`{}` ({}) {why}", display_path(&root), origin.describe()),
                    format!(
                        "create a workspace there with `accord init {}`",
                        display_path(&root)
                    ),
                ));
            }
            Settings::default()
        };
        Ok(Workspace {
            root,
            origin,
            settings,
            exists,
        })
    }

    /// Whether the workspace has been created on disk.
    pub fn exists(&self) -> bool {
        self.exists
    }

    pub fn settings_path(&self) -> PathBuf {
        self.root.join(SETTINGS_FILE)
    }

    /// The file of the record `id` of `kind`; `id` must be a valid slug.
    pub fn path(&self, kind: Kind, id: &str) -> PathBuf {
        self.root.join(kind.dir()).join(format!("{id}.toml"))
    }

    /// A path relative to the workspace, for messages: `partners/acme.toml`.
    pub fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }

    /// Ids of every file of `kind`, sorted.
    pub fn ids(&self, kind: Kind) -> anyhow::Result<Vec<String>> {
        list_toml(&self.root.join(kind.dir()))
    }

    /// Take the workspace lock for writing, creating the default workspace on first use.
    pub fn lock(&self) -> anyhow::Result<Lock> {
        if !self.exists {
            // Only the default workspace gets here: others were refused in `at`.
            init::create(&self.root, &init::Options::default(), true)?;
        }
        Lock::acquire(&self.root)
    }

    /// Read one file by exact id.
    pub fn load<T: Stored>(&self, id: &str) -> anyhow::Result<T> {
        id::validate_slug(id)?;
        let path = self.path(T::KIND, id);
        if !path.is_file() {
            bail!("no {} `{id}` in this workspace", T::KIND.noun());
        }
        let mut value: T = file::load(&path)?;
        value.set_id(id);
        Ok(value)
    }

    pub fn load_partner(&self, id: &str) -> anyhow::Result<Partner> {
        self.load(id)
    }

    pub fn load_goal(&self, id: &str) -> anyhow::Result<Goal> {
        self.load(id)
    }

    /// Every partner, read one file at a time in id order.
    pub fn partners(&self) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Partner>> + '_> {
        let ids = self.ids(Kind::Partner)?;
        Ok(ids.into_iter().map(|id| self.load_partner(&id)))
    }

    /// The partner typed (an id or unique prefix), or every partner when none is.
    pub fn partners_of(&self, typed: Option<&str>) -> anyhow::Result<Vec<Partner>> {
        self.partners_with(typed, |_| true)
    }

    /// The partner `typed` names (every partner when `None`), read one at a time and
    /// kept only when `keep` says so: lists keep the partners with a row to show.
    pub fn partners_with(
        &self,
        typed: Option<&str>,
        mut keep: impl FnMut(&Partner) -> bool,
    ) -> anyhow::Result<Vec<Partner>> {
        let mut kept = Vec::new();
        let mut take = |p: Partner| {
            if keep(&p) {
                kept.push(p);
            }
        };
        match typed {
            Some(t) => take(self.load_partner(&self.resolve(Kind::Partner, t)?)?),
            None => {
                for p in self.partners()? {
                    take(p?);
                }
            }
        }
        Ok(kept)
    }

    /// Every goal, in id order.
    pub fn goals(&self) -> anyhow::Result<Vec<Goal>> {
        self.ids(Kind::Goal)?
            .iter()
            .map(|id| self.load_goal(id))
            .collect()
    }

    /// Every survey, read one file at a time in id order.
    pub fn surveys(&self) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Survey>> + '_> {
        let ids = self.ids(Kind::Survey)?;
        Ok(ids.into_iter().map(|id| survey::load(self, &id)))
    }

    /// Turn what the user typed into the id of an existing file of `kind`: the exact id,
    /// or a unique prefix of one. Unknown ids get the closest known ones as a hint.
    pub fn resolve(&self, kind: Kind, typed: &str) -> anyhow::Result<String> {
        let noun = kind.noun();
        let typed = typed.trim();
        if typed.contains(['/', '\\']) || typed.contains("..") {
            id::validate_slug(typed)?;
        }
        let ids = self.ids(kind)?;
        match id::lookup(typed, ids.iter().map(|s| (s.as_str(), s))) {
            Lookup::Found(id) => Ok(id.clone()),
            Lookup::Ambiguous(matches) => Err(hinted(
                format!("`{typed}` matches several {noun}s: {}", matches.join(", ")),
                "type more of the id",
            )),
            Lookup::Missing => {
                let close = id::closest(typed, ids.iter().map(String::as_str));
                let list = format!("`accord {noun} list` shows them all");
                let hint = if close.is_empty() {
                    list
                } else {
                    format!("did you mean {}? {list}", quote_list(&close))
                };
                Err(hinted(format!("no {noun} `{typed}`"), hint))
            }
        }
    }

    /// Find a record (check-in, action...) by id or unique prefix across every partner.
    /// `ids` lists the ids of the wanted records in one partner. Returns the partner id
    /// and the record's full id.
    pub fn find_record(
        &self,
        noun: &str,
        typed: &str,
        ids: impl Fn(&Partner) -> Vec<String>,
    ) -> anyhow::Result<(String, String)> {
        let mut all: Vec<(String, String)> = Vec::new();
        for p in self.partners()? {
            let p = p?;
            for rid in ids(&p) {
                all.push((rid, p.id.clone()));
            }
        }
        let find = |t: &str| id::lookup(t, all.iter().map(|(rid, pid)| (rid.as_str(), (rid, pid))));
        // As typed first (ids written by hand may hold any letter), then read as base32.
        let lower = typed.trim().to_ascii_lowercase();
        let mut found = find(&lower);
        if found == Lookup::Missing {
            found = find(&id::normalize_record_id(typed));
        }
        match found {
            Lookup::Found((rid, pid)) => Ok((pid.clone(), rid.clone())),
            Lookup::Ambiguous(matches) => Err(hinted(
                format!("`{typed}` matches several {noun}s: {}", matches.join(", ")),
                "type more of the id",
            )),
            Lookup::Missing => Err(hinted(
                format!("no {noun} `{typed}`"),
                format!(
                    "`accord {} list` shows their ids",
                    noun.replace("check-in", "checkin")
                ),
            )),
        }
    }

    /// Change one existing file under the workspace lock: read it (refusing a file that
    /// does not parse), let `change` edit the document, check the result reads back, and
    /// replace the file atomically. Only this one file is read and written.
    pub fn update<T: Stored, R>(
        &self,
        id: &str,
        change: impl FnOnce(&T, &mut Edit) -> anyhow::Result<R>,
    ) -> anyhow::Result<R> {
        id::validate_slug(id)?;
        let _lock = self.lock()?;
        let (mut edit, mut value) = Edit::open::<T>(&self.path(T::KIND, id))?;
        value.set_id(id);
        let result = change(&value, &mut edit)?;
        edit.save::<T>()?;
        Ok(result)
    }

    /// Create a new file for `value` under the workspace lock; refuses an existing id.
    pub fn create<T: Stored + serde::Serialize>(
        &self,
        id: &str,
        value: &T,
    ) -> anyhow::Result<PathBuf> {
        id::validate_slug(id)?;
        let _lock = self.lock()?;
        let edit = self.new_file(id, value)?;
        let path = edit.path.clone();
        edit.save::<T>()?;
        Ok(path)
    }

    /// The new file for `value`, not yet written (`save` writes it); the caller holds the
    /// workspace lock. Refuses an existing id.
    pub fn new_file<T: Stored + serde::Serialize>(
        &self,
        id: &str,
        value: &T,
    ) -> anyhow::Result<Edit> {
        id::validate_slug(id)?;
        let path = self.path(T::KIND, id);
        if path.exists() {
            let noun = T::KIND.noun();
            return Err(hinted(
                format!("a {noun} with the id `{id}` already exists"),
                format!("choose another id with --id, e.g. --id {id}-2"),
            ));
        }
        let text = edit::to_file_text(value, "")?;
        Edit::create(&path, &text)
    }
}

/// A kind of record kept one per file.
pub trait Stored: DeserializeOwned {
    const KIND: Kind;
    /// Set the id, which comes from the file name.
    fn set_id(&mut self, id: &str);
}

impl Stored for Partner {
    const KIND: Kind = Kind::Partner;
    fn set_id(&mut self, id: &str) {
        self.id = id.to_string();
    }
}

impl Stored for Goal {
    const KIND: Kind = Kind::Goal;
    fn set_id(&mut self, id: &str) {
        self.id = id.to_string();
    }
}

impl Stored for Survey {
    const KIND: Kind = Kind::Survey;
    fn set_id(&mut self, id: &str) {
        self.id = id.to_string();
    }
}

/// `a`, `b` or `c` with backticks, for hints.
pub fn quote_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} or {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Stems of the `*.toml` files in `dir`, sorted; skips dotfiles. A missing folder is empty.
fn list_toml(dir: &Path) -> anyhow::Result<Vec<String>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot list `{}`", display_path(dir)));
        }
    };
    let mut ids = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list `{}`", display_path(dir)))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') {
            continue;
        }
        if let Some(stem) = name.strip_suffix(".toml")
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            ids.push(stem.to_string());
        }
    }
    ids.sort();
    Ok(ids)
}
