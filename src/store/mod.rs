//! The workspace on disk: finding it, reading its files one at a time, and changing one
//! file at a time under the workspace lock.
//!
//! Layout: `accord.toml` (settings), `partners/<id>.toml`, `goals/<id>.toml`,
//! `surveys/<id>.toml`, `instruments/<name>.toml`. Files whose names start with a dot are never read (they are
//! the lock and temp files of interrupted writes). Links are never followed: a linked
//! record folder stops every command, a linked record file is skipped with a warning, as
//! is a file whose name is not a usable id; `accord check` reports every file it skips.

pub mod ahead;
pub mod cache;
pub mod check;
pub mod conflicts;
pub mod discover;
pub mod edit;
pub mod file;
pub mod git;
pub mod import;
pub mod init;
pub mod instruments;
pub mod journal;
pub mod lock;
pub mod lookup;
pub mod records;
pub mod responses;
pub mod spill;
pub mod survey;
pub mod txn;
pub mod undo;
pub mod write;

use crate::error::hinted;
use crate::model::conflict;
use crate::model::goal::Goal;
use crate::model::id;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::Survey;
use ahead::Held;
use anyhow::{Context, bail};
use discover::{Inputs, Origin, SETTINGS_FILE};
use file::display_path;
pub use lock::Lock;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
pub use write::Edit;

/// A workspace: where it is, why it was chosen, and its settings.
#[derive(Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub origin: Origin,
    pub settings: Settings,
    exists: bool,
    /// Files already warned about as skipped, so each is named once per command.
    warned: std::sync::Mutex<std::collections::BTreeSet<PathBuf>>,
    /// Folders this command listed and found no temporary file of an interrupted write
    /// in: taking the lock need not list them again to tidy (a write killed since left
    /// one for the next command to remove).
    tidy: std::sync::Mutex<Vec<&'static str>>,
    /// The files left out of what this command read, for a merge conflict to settle.
    left_out: std::sync::Mutex<Vec<String>>,
    cache: cache::Cache,
}

/// The kinds of files a workspace holds, one folder each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Goal,
    Survey,
}

/// The folders of the workspace's data files, one file per partner, goal, survey or
/// instrument: what accord writes, journals for `undo`, checks and shares with git.
pub const DATA_DIRS: [&str; 4] = [
    Kind::Partner.dir(),
    Kind::Goal.dir(),
    Kind::Survey.dir(),
    instruments::DIR,
];

impl Kind {
    pub const fn dir(self) -> &'static str {
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
    /// Find the workspace and read its settings. Settings a merge left conflict markers
    /// in are a [`Conflicted`] error.
    pub fn open(inputs: &Inputs) -> anyhow::Result<Workspace> {
        let (root, origin) = discover::discover(inputs)?;
        Workspace::at(root, origin, false)
    }

    /// Find the workspace to settle a merge in: as [`Workspace::open`], but settings a
    /// merge left conflict markers in are taken as the defaults (settling needs none).
    pub fn open_settling(inputs: &Inputs) -> anyhow::Result<Workspace> {
        let (root, origin) = discover::discover(inputs)?;
        Workspace::at(root, origin, true)
    }

    /// Open the workspace at `root` (which may not exist yet); `settling`: see
    /// [`Workspace::open_settling`].
    fn at(root: PathBuf, origin: Origin, settling: bool) -> anyhow::Result<Workspace> {
        for dir in DATA_DIRS {
            file::refuse_link(&root.join(dir))?;
        }
        // A command that wrote several files together was stopped halfway: finish it
        // under the lock, as the next write would, before anything is read, so no
        // command (a read included) sees half of it.
        if root.join(txn::TXN_FILE).is_file() {
            match Lock::acquire(&root, lock::DEFAULT_WAIT) {
                Ok(_held) => txn::tidy(&root)?,
                Err(e) => eprintln!(
                    "warning: {}",
                    crate::model::text::escaped_line(&format!(
                        "an interrupted write could not be finished, so what is read may hold half of it: {e:#}"
                    ))
                ),
            }
        }
        let settings_path = root.join(SETTINGS_FILE);
        let exists = settings_path.is_file();
        // Read once: looked at for conflict markers, then parsed.
        let text = if exists {
            Some(file::read_text(&settings_path)?)
        } else {
            None
        };
        let conflicted = text.as_deref().is_some_and(conflict::has_markers);
        let settings = if conflicted {
            if !settling {
                return Err(Conflicted {
                    rel: SETTINGS_FILE.to_string(),
                    id: SETTINGS_FILE.to_string(),
                }
                .into());
            }
            Settings::default()
        } else if let Some(text) = &text {
            let settings: Settings = file::parse(&settings_path, text)?;
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
        // `ACCORD_NO_CACHE=1` reads every file as if there were no cache, and writes none.
        let use_cache = exists && std::env::var_os("ACCORD_NO_CACHE").is_none_or(|v| v.is_empty());
        Ok(Workspace {
            cache: cache::Cache::new(&root, use_cache),
            root,
            origin,
            settings,
            exists,
            warned: Default::default(),
            tidy: Default::default(),
            left_out: Default::default(),
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

    /// Ids of every file of `kind`, sorted. A file that cannot be read as one (a link, a
    /// name that is not a usable id) is left out with a warning naming it and the fix, so
    /// the others are still read.
    pub fn ids(&self, kind: Kind) -> anyhow::Result<Vec<String>> {
        let listing = list_dir(&self.root.join(kind.dir()))?;
        if !listing.skipped.iter().any(|s| s.why == Skip::Temp)
            && let Ok(mut tidy) = self.tidy.lock()
        {
            tidy.push(kind.dir());
        }
        let mut ids = Vec::with_capacity(listing.stems.len());
        for stem in listing.stems {
            match id::validate_slug(&stem) {
                Ok(()) => ids.push(stem),
                Err(bad) => {
                    let path = self.path_of(kind, &stem);
                    self.warn_skipped(&path, &self.unusable_name(kind, &bad));
                }
            }
        }
        for skipped in listing.skipped {
            if matches!(skipped.why, Skip::Link | Skip::NameNotUtf8) {
                self.warn_skipped(&skipped.path, skipped.why.explain());
            }
        }
        Ok(ids)
    }

    /// The path of the file `stem` of `kind`, whatever the stem holds.
    pub(crate) fn path_of(&self, kind: Kind, stem: &str) -> PathBuf {
        self.root.join(kind.dir()).join(format!("{stem}.toml"))
    }

    fn warn_skipped(&self, path: &Path, why: &str) {
        if self
            .warned
            .lock()
            .is_ok_and(|mut w| w.insert(path.to_path_buf()))
        {
            eprintln!(
                "warning: skipped `{}`: {why}",
                crate::model::text::escaped_line(&self.rel(path))
            );
        }
    }

    /// A file read for a list or a report: one with an unsettled merge conflict is left
    /// out with a warning (once, however often the command reads it), so every other
    /// partner keeps working meanwhile.
    fn settled<T>(&self, read: anyhow::Result<T>) -> Option<anyhow::Result<T>> {
        let Err(e) = read else {
            return Some(read);
        };
        let Some(c) = e.downcast_ref::<Conflicted>() else {
            return Some(Err(e));
        };
        let first = (self.warned.lock()).is_ok_and(|mut w| w.insert(self.root.join(&c.rel)));
        if first && let Ok(mut out) = self.left_out.lock() {
            out.push(c.rel.clone());
        }
        if first {
            eprintln!(
                "warning: {}; it is left out until then",
                crate::model::text::escaped(&e.to_string())
            );
        }
        None
    }

    /// The files this command has left out so far (with a warning) because a merge left
    /// conflict markers in them, as paths in the workspace: a report says so.
    pub fn left_out(&self) -> Vec<String> {
        self.left_out.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The workspace's cache of parsed files.
    pub fn cache(&self) -> &cache::Cache {
        &self.cache
    }

    /// Take the workspace lock for writing, creating the default workspace on first use.
    /// Waits for another command for `ACCORD_LOCK_TIMEOUT` seconds, else `lock_timeout`
    /// from accord.toml, else 30.
    pub fn lock(&self) -> anyhow::Result<Lock> {
        if !self.exists {
            // Only the default workspace gets here: others were refused in `at`.
            init::create(&self.root, &init::Options::default(), true)?;
        }
        if let Some(hint) = git::driver_hint_once(&self.root) {
            eprintln!("warning: {hint}");
        }
        let wait = match std::env::var("ACCORD_LOCK_TIMEOUT") {
            Ok(v) if !v.trim().is_empty() => v.trim().parse().map_err(|_| {
                hinted(
                    format!("ACCORD_LOCK_TIMEOUT is `{v}`, not a number of seconds"),
                    "set it to a whole number of seconds, such as 30, or unset it",
                )
            })?,
            _ => self
                .settings
                .lock_timeout
                .unwrap_or(lock::DEFAULT_WAIT.as_secs()),
        };
        let lock = Lock::acquire(&self.root, std::time::Duration::from_secs(wait))?;
        let tidy = self.tidy.lock().map(|t| t.clone()).unwrap_or_default();
        txn::tidy_but(&self.root, &tidy)?;
        Ok(lock)
    }

    /// Read one file by exact id.
    pub fn load<T: Stored>(&self, id: &str) -> anyhow::Result<T> {
        load_file(&self.root, &self.cache, id)
    }

    pub fn load_partner(&self, id: &str) -> anyhow::Result<Partner> {
        self.load(id)
    }

    pub fn load_goal(&self, id: &str) -> anyhow::Result<Goal> {
        self.load(id)
    }

    /// Every partner, in id order. Beyond a few files, they are read in parallel and at
    /// most a few files ahead of the caller ([`ahead::read`]), so memory stays bounded by
    /// those few files, not the workspace; each goes back to the thread that read it to
    /// be freed once the caller drops it.
    pub fn partners(
        &self,
    ) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Held<Partner>>> + '_> {
        Ok(self.partners_conflicted()?.filter_map(|r| self.settled(r)))
    }

    /// Every partner, read as [`Workspace::partners`] reads them, with a file a merge
    /// left conflict markers in given as its [`Conflicted`] error rather than left out
    /// with a warning (for `status`, which describes the conflict in words).
    pub fn partners_conflicted(
        &self,
    ) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Held<Partner>>> + '_> {
        let ids = self.ids(Kind::Partner)?;
        Ok(read_ahead::<Partner>(&self.root, &self.cache, ids))
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
        match typed {
            Some(t) => {
                let p = self.load_partner(&self.resolve(Kind::Partner, t)?)?;
                if keep(&p) {
                    kept.push(p);
                }
            }
            None => {
                for p in self.partners()? {
                    let p = p?;
                    if keep(&p) {
                        kept.push(p.into_inner());
                    }
                }
            }
        }
        Ok(kept)
    }

    /// Every goal, in id order, read as [`Workspace::partners`] reads partners.
    pub fn each_goal(
        &self,
    ) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Held<Goal>>> + '_> {
        let ids = self.ids(Kind::Goal)?;
        Ok(read_ahead::<Goal>(&self.root, &self.cache, ids).filter_map(|r| self.settled(r)))
    }

    /// Every goal, in id order.
    pub fn goals(&self) -> anyhow::Result<Vec<Goal>> {
        self.each_goal()?.map(|g| g.map(Held::into_inner)).collect()
    }

    /// Every survey, read one file at a time in id order.
    pub fn surveys(&self) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Survey>> + '_> {
        let ids = self.ids(Kind::Survey)?;
        Ok(ids
            .into_iter()
            .filter_map(|id| self.settled(survey::load(self, &id))))
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
        self.refresh::<T>(id);
        Ok(result)
    }

    /// Bring the cache entry of a file accord just wrote up to date (see `cache`).
    pub fn refresh<T: Stored>(&self, id: &str) {
        self.cache
            .refresh::<T>(T::KIND, id, &self.path(T::KIND, id));
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
        self.refresh::<T>(id);
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

/// A file a merge left with conflict markers: it cannot be read until they are settled.
#[derive(Debug)]
pub struct Conflicted {
    pub rel: String,
    pub id: String,
}

impl std::fmt::Display for Conflicted {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "`{}` has a merge conflict to settle (`accord resolve {}` shows it)",
            self.rel, self.id
        )
    }
}

impl std::error::Error for Conflicted {}

/// A kind of record kept one per file. `Serialize` writes its cache entry.
pub trait Stored: DeserializeOwned + serde::Serialize {
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
    quoted_with(items, "or")
}

/// Items in backticks, the last after "and": "`a`, `b` and `c`".
pub fn quote_all(items: &[String]) -> String {
    quoted_with(items, "and")
}

fn quoted_with(items: &[String], last: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} {last} {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Read the file of `kind` named `id` (a valid slug), through the cache.
fn load_file<T: Stored>(root: &Path, cache: &cache::Cache, id: &str) -> anyhow::Result<T> {
    id::validate_slug(id)?;
    let path = root.join(T::KIND.dir()).join(format!("{id}.toml"));
    if !path.is_file() {
        bail!("no {} `{id}` in this workspace", T::KIND.noun());
    }
    let mut value: T = match cache.read::<T>(T::KIND, id, &path) {
        Ok(read) => read.value,
        // A file a merge left with conflict markers says so, in words.
        Err(e) => match file::read_text(&path) {
            Ok(text) if conflict::has_markers(&text) => {
                return Err(Conflicted {
                    rel: format!("{}/{id}.toml", T::KIND.dir()),
                    id: id.to_string(),
                }
                .into());
            }
            _ => return Err(e),
        },
    };
    value.set_id(id);
    Ok(value)
}

/// Every file of `ids`, in order: a few read here, more ahead of the caller on reading
/// threads of their own ([`ahead::read`]).
fn read_ahead<T: Stored + Send + 'static>(
    root: &Path,
    cache: &cache::Cache,
    ids: Vec<String>,
) -> Box<dyn Iterator<Item = anyhow::Result<Held<T>>>> {
    if ids.len() <= BATCH {
        let files: Vec<anyhow::Result<Held<T>>> = ids
            .iter()
            .map(|id| load_file(root, cache, id).map(Held::here))
            .collect();
        return Box::new(files.into_iter());
    }
    let (root, cache) = (root.to_path_buf(), cache.clone());
    Box::new(ahead::read(ids, T::KIND.noun(), move |id| {
        load_file(&root, &cache, id)
    }))
}

/// Files read at a time by `in_batches`: enough to keep two cores busy, few enough that
/// memory stays small.
const BATCH: usize = 16;

/// Load every id with `load`, in order, a batch at a time, the ids of a batch in parallel.
fn in_batches<'a, T: Send + 'a>(
    ids: Vec<String>,
    load: impl Fn(&str) -> anyhow::Result<T> + Sync + 'a,
) -> impl Iterator<Item = anyhow::Result<T>> + 'a {
    use rayon::prelude::*;
    let mut ids = ids.into_iter().peekable();
    std::iter::from_fn(move || {
        ids.peek()?;
        let batch: Vec<String> = ids.by_ref().take(BATCH).collect();
        // A few files are faster read on this thread than handed to others.
        let loaded: Vec<anyhow::Result<T>> = if batch.len() < 8 {
            batch.iter().map(|id| load(id)).collect()
        } else {
            batch.par_iter().map(|id| load(id)).collect()
        };
        Some(loaded)
    })
    .flatten()
}

impl Workspace {
    /// Why a file's name cannot be used as an id, and how to fix it: a name to rename it
    /// to that no file of its folder has.
    pub fn unusable_name(&self, kind: Kind, bad: &id::BadId) -> String {
        let dir = self.root.join(kind.dir());
        let taken = |id: &str| std::fs::symlink_metadata(dir.join(format!("{id}.toml"))).is_ok();
        let fix = match id::rename_suggestion(&bad.id, taken) {
            Some(s) => format!("rename it to `{s}.toml`"),
            None => "rename it to a name of lowercase letters, digits and hyphens".to_string(),
        };
        format!(
            "the file name is not a usable {} id ({}); {fix}, or move it out of `{}/`",
            kind.noun(),
            bad.reason,
            kind.dir()
        )
    }
}

/// Stems of the plain `*.toml` files in `dir`, sorted; skips dotfiles and everything
/// [`list_dir`] skips. A missing folder is empty.
fn list_toml(dir: &Path) -> anyhow::Result<Vec<String>> {
    Ok(list_dir(dir)?.stems)
}

/// Why a file in a record folder is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// A symbolic link: never followed.
    Link,
    /// A `.toml` name that is not UTF-8 text.
    NameNotUtf8,
    /// A folder, a pipe or another thing that is not a plain file.
    NotPlain,
    /// A file whose name does not end in `.toml`.
    NotToml,
    /// A temporary file an interrupted write left behind.
    Temp,
}

impl Skip {
    /// Why, and what to do about it.
    pub fn explain(self) -> &'static str {
        match self {
            Skip::Link => {
                "it is a symbolic link, and accord does not follow links in a workspace; replace it with a copy of the file it points to"
            }
            Skip::NameNotUtf8 => {
                "its name is not UTF-8 text, so it cannot be an id; rename it with lowercase letters, digits and hyphens"
            }
            Skip::NotPlain => "it is not a plain file, so accord does not read it",
            Skip::NotToml => {
                "its name does not end in `.toml`, so accord does not read it; rename it if it is a record"
            }
            Skip::Temp => {
                "a temporary file left by an interrupted write; the next accord command that writes removes it"
            }
        }
    }
}

/// A file in a record folder that is not read, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: Skip,
}

/// What a record folder holds: the stems of its plain `*.toml` files (sorted, usable as
/// ids or not), and what is skipped. Dotfiles other than temporary files are ignored
/// without a word (`.gitkeep`, `.DS_Store`).
#[derive(Debug, Default)]
pub struct Listing {
    pub stems: Vec<String>,
    pub skipped: Vec<Skipped>,
}

/// List a record folder, looking at links rather than through them. A missing folder is
/// empty.
pub fn list_dir(dir: &Path) -> anyhow::Result<Listing> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Listing::default()),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot list `{}`", display_path(dir)));
        }
    };
    let mut listing = Listing::default();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list `{}`", display_path(dir)))?;
        let os_name = entry.file_name();
        // `file_type` does not follow links.
        let kind = entry
            .file_type()
            .with_context(|| format!("cannot list `{}`", display_path(dir)))?;
        let skip = |why| Skipped {
            path: entry.path(),
            why,
        };
        let Some(name) = os_name.to_str() else {
            if os_name.as_encoded_bytes().ends_with(b".toml") {
                listing.skipped.push(skip(Skip::NameNotUtf8));
            }
            continue;
        };
        if name.starts_with('.') {
            if txn::is_stale_temp(name) && kind.is_file() {
                listing.skipped.push(skip(Skip::Temp));
            }
            continue;
        }
        let why = match name.strip_suffix(".toml") {
            Some(_) if kind.is_symlink() => Skip::Link,
            Some(stem) if kind.is_file() => {
                listing.stems.push(stem.to_string());
                continue;
            }
            Some(_) => Skip::NotPlain,
            None if kind.is_symlink() => Skip::Link,
            None => Skip::NotToml,
        };
        listing.skipped.push(skip(why));
    }
    listing.stems.sort();
    listing.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(listing)
}
