//! Files written or removed together, all or nothing, and what interrupted writes leave
//! behind.
//!
//! A [`Txn`] writes each file to a temporary file beside it first; its commit records
//! the temp -> target pairs and the files to remove in an intent record ([`TXN_FILE`]),
//! renames and removes them all and removes the record. [`tidy`], run each time the lock
//! is taken, finishes a commit that was killed halfway (the record is there) and removes
//! the temporary files of writes killed before their commit or rename
//! (`partners/.acme.toml.3b9XkQ`).
//!
//! Not here: writing one file (`store::write`), the lock itself (`store::lock`).

use crate::store::DATA_DIRS as DIRS;
use crate::store::discover::SETTINGS_FILE;
use crate::store::file::{display_path, read_file, refuse_link};
use crate::store::journal;
use crate::store::lock::Lock;
use crate::store::write::{Expect, Ready, Temp, parent, sync_dir, temp_of};
use anyhow::{Context, bail};
use std::fs;
use std::path::{Path, PathBuf};

/// The intent record of a [`Txn`] being committed, beside `accord.toml`.
pub const TXN_FILE: &str = ".accord.txn";

/// Files written or removed together, all or nothing. Each file to write is written to a
/// temporary file first; [`Txn::commit`] checks none of the files changed, records the
/// temp -> target pairs and the files to remove in [`TXN_FILE`], renames and removes
/// them all and removes the record. A command killed halfway (or stopped by a rename or
/// removal that failed) leaves the record, and the next command that takes the lock
/// finishes the job ([`recover`]); killed before the record is written, it leaves only
/// temporary files, which the next command removes. Dropped without a commit, it removes
/// its files.
#[derive(Debug)]
pub struct Txn<'l> {
    lock: &'l Lock,
    /// Each file to write or remove, in the order they were added.
    staged: Vec<Staged>,
}

/// One file of a [`Txn`].
#[derive(Debug)]
enum Staged {
    /// Its temporary file, target, what must hold of the target, and its new bytes.
    Write(Temp, PathBuf, Expect, Vec<u8>),
    /// A file to remove, and what must hold of it.
    Remove(PathBuf, Expect),
}

impl Staged {
    fn target(&self) -> &Path {
        match self {
            Staged::Write(_, target, _, _) | Staged::Remove(target, _) => target,
        }
    }

    fn expect(&self) -> Expect {
        match self {
            Staged::Write(_, _, expect, _) | Staged::Remove(_, expect) => *expect,
        }
    }
}

/// One temp -> target pair of the intent record, relative to the workspace.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Pair {
    temp: String,
    target: String,
}

/// One file the intent record removes, relative to the workspace.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Gone {
    target: String,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Intent {
    #[serde(default)]
    file: Vec<Pair>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    remove: Vec<Gone>,
}

impl<'l> Txn<'l> {
    /// A transaction in the workspace whose lock is held.
    pub fn new(lock: &'l Lock) -> Txn<'l> {
        Txn {
            lock,
            staged: Vec::new(),
        }
    }

    /// Write the file's new text to its temporary file; nothing is replaced yet.
    pub fn add(&mut self, ready: Ready) -> anyhow::Result<()> {
        let Some(bytes) = ready.bytes else {
            return Ok(());
        };
        self.inside(&ready.path)?;
        let temp = Temp::write(&ready.path, &bytes)?;
        self.staged
            .push(Staged::Write(temp, ready.path, ready.expect, bytes));
        Ok(())
    }

    /// Remove `path` at the commit, if `expect` still holds of it then; nothing is
    /// removed yet.
    pub(crate) fn remove(&mut self, path: &Path, expect: Expect) -> anyhow::Result<()> {
        self.inside(path)?;
        refuse_link(parent(path))?;
        refuse_link(path)?;
        self.staged.push(Staged::Remove(path.to_path_buf(), expect));
        Ok(())
    }

    fn inside(&self, path: &Path) -> anyhow::Result<()> {
        if !path.starts_with(self.lock.root()) {
            bail!("`{}` is outside the workspace", display_path(path));
        }
        Ok(())
    }

    /// Replace and remove every file; returns how many were written or removed.
    pub fn commit(self) -> anyhow::Result<usize> {
        self.commit_with(|_| true)
    }

    /// [`Txn::commit`], asking `go_on` before each step whether to continue (for tests
    /// that stop it as a `kill -9` would, running no destructor): `0` once the intent is
    /// recorded, `i` after the `i`-th rename or removal (renames first).
    fn commit_with(mut self, mut go_on: impl FnMut(usize) -> bool) -> anyhow::Result<usize> {
        let n = self.staged.len();
        if n == 0 {
            return Ok(0);
        }
        // Renames first, then removals, as `recover` does them.
        self.staged.sort_by_key(|s| matches!(s, Staged::Remove(..)));
        for staged in &self.staged {
            staged.expect().verify(staged.target())?;
        }
        let root = self.lock.root().to_path_buf();
        let rel = |p: &Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();
        let mut intent = Intent {
            file: Vec::new(),
            remove: Vec::new(),
        };
        for staged in &self.staged {
            match staged {
                Staged::Write(temp, target, _, _) => intent.file.push(Pair {
                    temp: rel(&temp.path),
                    target: rel(target),
                }),
                Staged::Remove(target, _) => intent.remove.push(Gone {
                    target: rel(target),
                }),
            }
        }
        let text = format!(
            "# accord was writing these files together; the next accord command that writes\n# finishes the job. Leave this file alone.\n{}",
            toml::to_string(&intent)?
        );
        // What each file held, for `accord undo`: read before the intent is recorded,
        // journaled once it is (from then on every file will change, by this command or
        // by the next one finishing it), so a command stopped halfway is undone whole.
        let befores: Vec<_> = self
            .staged
            .iter()
            .map(|s| journal::before(s.target()))
            .collect();
        let record = root.join(TXN_FILE);
        Temp::write(&record, text.as_bytes())?.rename_over(&record)?;
        sync_dir(&root);
        for (staged, before) in self.staged.iter().zip(befores) {
            let after = match staged {
                Staged::Write(.., bytes) => Some(bytes.as_slice()),
                Staged::Remove(..) => None,
            };
            journal::record(staged.target(), before, after);
        }
        let mut rest = std::mem::take(&mut self.staged).into_iter();
        let mut dirs: Vec<PathBuf> = Vec::new();
        let mut done = 0;
        loop {
            if !go_on(done) {
                std::mem::forget(rest);
                bail!("stopped after {done} of {n} renames and removals");
            }
            let Some(staged) = rest.next() else {
                break;
            };
            let target = staged.target().to_path_buf();
            let step = match staged {
                Staged::Write(temp, ..) => {
                    let renamed = fs::rename(&temp.path, &target)
                        .with_context(|| format!("cannot write `{}`", display_path(&target)));
                    // Renamed or not, the intent record names it from now on.
                    temp.keep();
                    renamed
                }
                Staged::Remove(..) => fs::remove_file(&target)
                    .with_context(|| format!("cannot remove `{}`", display_path(&target))),
            };
            if let Err(e) = step {
                // The record is written: the rest is finished by the next command that
                // takes the lock, so the temporary files stay for it.
                for staged in rest {
                    if let Staged::Write(temp, ..) = staged {
                        temp.keep();
                    }
                }
                return Err(e.context(format!(
                    "accord stopped after {done} of the {n} files it was writing together; the next accord command that writes finishes the job"
                )));
            }
            let dir = parent(&target).to_path_buf();
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
            done += 1;
        }
        for dir in &dirs {
            sync_dir(dir);
        }
        fs::remove_file(&record)
            .with_context(|| format!("cannot remove `{}`", display_path(&record)))?;
        sync_dir(&root);
        Ok(n)
    }
}

/// Finish a [`Txn`] that was interrupted: rename every temporary file its intent record
/// still lists into place, remove the files it lists for removal, then remove the
/// record. Returns how many files were renamed or removed, or `None` when there was
/// nothing to finish. Called with the lock held.
pub fn recover(root: &Path) -> anyhow::Result<Option<usize>> {
    let record = root.join(TXN_FILE);
    let Some(read) = read_file(&record)? else {
        return Ok(None);
    };
    let unusable = |why: &str| {
        crate::error::hinted(
            format!(
                "`{}` records an interrupted write that cannot be finished: {why}",
                display_path(&record)
            ),
            format!(
                "accord only ever writes this file itself; if you did not put it there, remove it (`rm {}`)",
                display_path(&record)
            ),
        )
    };
    let intent: Intent = toml::from_str(&read.text).map_err(|e| unusable(e.message()))?;
    // The record names paths; take only the temp -> target pairs accord itself makes,
    // and removals of the files accord itself removes.
    for pair in &intent.file {
        if !is_txn_pair(&pair.temp, &pair.target) {
            return Err(unusable(&format!(
                "`{}` -> `{}` is not a pair of files accord writes",
                pair.temp, pair.target
            )));
        }
    }
    for gone in &intent.remove {
        if !is_removable(&gone.target) {
            return Err(unusable(&format!(
                "`{}` is not a file accord removes",
                gone.target
            )));
        }
    }
    let mut finished = 0;
    let mut dirs = Vec::new();
    for pair in &intent.file {
        let (temp, target) = (root.join(&pair.temp), root.join(&pair.target));
        let dir = parent(&target).to_path_buf();
        refuse_link(&dir)?;
        refuse_link(&target)?;
        match fs::symlink_metadata(&temp) {
            Ok(m) if m.is_file() => {
                fs::rename(&temp, &target).with_context(|| {
                    format!("cannot finish writing `{}`", display_path(&target))
                })?;
                finished += 1;
            }
            // Already renamed before the interruption.
            _ => {}
        }
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    for gone in &intent.remove {
        let target = root.join(&gone.target);
        let dir = parent(&target).to_path_buf();
        // No folder on the way may be a link (`.accord` and `.accord/journal` included):
        // a removal never reaches outside the workspace.
        for folder in dir
            .ancestors()
            .take_while(|a| a.starts_with(root) && *a != root)
        {
            refuse_link(folder)?;
        }
        match fs::symlink_metadata(&target) {
            Ok(m) if m.is_file() => {
                fs::remove_file(&target).with_context(|| {
                    format!("cannot finish removing `{}`", display_path(&target))
                })?;
                finished += 1;
            }
            // Already removed before the interruption.
            _ => {}
        }
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    for dir in &dirs {
        sync_dir(dir);
    }
    fs::remove_file(&record)
        .with_context(|| format!("cannot remove `{}`", display_path(&record)))?;
    sync_dir(root);
    Ok(Some(finished))
}

/// Whether `target` is a file a [`Txn`] may remove: a data file of the workspace, or an
/// entry of the undo journal (which `accord undo` takes off with the files it puts back).
fn is_removable(target: &str) -> bool {
    journal::is_data_path(target) || journal::is_entry_path(target)
}

/// Whether `temp` -> `target` is a pair a [`Txn`] writes: `DIR/NAME.toml` and
/// `DIR/.NAME.toml.XXXXXX` in one of the record folders, or `accord.toml` and
/// `.accord.toml.XXXXXX` beside it.
fn is_txn_pair(temp: &str, target: &str) -> bool {
    if target == SETTINGS_FILE {
        return !temp.contains('/') && temp_of(temp) == Some(SETTINGS_FILE);
    }
    let (Some((dir, name)), Some((temp_dir, temp_name))) =
        (target.split_once('/'), temp.split_once('/'))
    else {
        return false;
    };
    DIRS.contains(&dir)
        && dir == temp_dir
        && name
            .strip_suffix(".toml")
            .is_some_and(|id| crate::model::id::validate_slug(id).is_ok())
        && temp_of(temp_name) == Some(name)
}

/// Whether a file name is a temporary file accord leaves when interrupted while writing
/// a workspace file: `.NAME.toml.XXXXXX`, or one of the intent record or `.gitignore`.
pub fn is_stale_temp(name: &str) -> bool {
    temp_of(name).is_some_and(|base| {
        (base.ends_with(".toml") && !base.starts_with('.'))
            || base == TXN_FILE
            || base == ".gitignore"
    })
}

/// Remove the temporary files interrupted writes left in the workspace's folders;
/// returns them. Called with the lock held, after [`recover`], when no accord command is
/// writing.
pub fn remove_stale_temps(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    remove_stale_temps_but(root, &[])
}

/// [`remove_stale_temps`], not looking in the folders `listed` (found clean already).
fn remove_stale_temps_but(root: &Path, listed: &[&str]) -> anyhow::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for path in stale_temps_but(root, listed)? {
        fs::remove_file(&path)
            .with_context(|| format!("cannot remove `{}`", display_path(&path)))?;
        removed.push(path);
    }
    for dir in removed
        .iter()
        .filter_map(|p| p.parent())
        .collect::<std::collections::BTreeSet<_>>()
    {
        sync_dir(dir);
    }
    Ok(removed)
}

/// The temporary files interrupted writes left in the workspace root and its record
/// folders, sorted.
pub fn stale_temps(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    stale_temps_but(root, &[])
}

/// [`stale_temps`], not looking in the folders `listed`.
fn stale_temps_but(root: &Path, listed: &[&str]) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let dirs = DIRS.iter().filter(|d| !listed.contains(d));
    for dir in std::iter::once(root.to_path_buf()).chain(dirs.map(|d| root.join(d))) {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name.to_str().is_some_and(is_stale_temp)
                && entry.file_type().is_ok_and(|t| t.is_file())
            {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Finish or clean up what interrupted writes left, saying so on stderr. Called each
/// time the lock is taken, so no accord command is writing.
pub fn tidy(root: &Path) -> anyhow::Result<()> {
    tidy_but(root, &[])
}

/// [`tidy`], not looking for temporary files in the folders `listed`: the command
/// listed them already and found none (one a write killed since then left is removed by
/// the next command).
pub fn tidy_but(root: &Path, listed: &[&str]) -> anyhow::Result<()> {
    if let Some(n) = recover(root)? {
        eprintln!("finished an interrupted write of {n} more files, as it had recorded");
    }
    let removed = remove_stale_temps_but(root, listed)?;
    if !removed.is_empty() {
        eprintln!(
            "removed {} temporary file{} left by interrupted writes",
            removed.len(),
            if removed.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::write::Edit;
    use std::time::Duration;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
    }

    /// Take the lock as a command does: then tidy.
    fn lock(root: &Path) -> Lock {
        let held = Lock::acquire(root, Duration::from_secs(1)).unwrap();
        tidy(root).unwrap();
        held
    }

    fn staged(root: &Path, names: &[&str]) -> Vec<Ready> {
        names
            .iter()
            .map(|n| {
                let path = root.join("partners").join(format!("{n}.toml"));
                Edit::create(&path, &format!("name = \"{n}\"\n"))
                    .unwrap()
                    .checked::<Named>()
                    .unwrap()
            })
            .collect()
    }

    fn partners(root: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(root.join("partners"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_transaction_writes_every_file_or_none() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let held = lock(root);
        let txn = txn_of(&held, &["a", "b", "c"]);
        // staged only: nothing is in place yet
        assert_eq!(
            partners(root)
                .iter()
                .filter(|n| !n.starts_with('.'))
                .count(),
            0
        );
        assert_eq!(txn.commit().unwrap(), 3);
        assert_eq!(partners(root), ["a.toml", "b.toml", "c.toml"]);
        assert!(!root.join(TXN_FILE).exists());

        // dropped without commit: its temporary files go
        let txn = txn_of(&held, &["d", "e"]);
        drop(txn);
        assert_eq!(partners(root), ["a.toml", "b.toml", "c.toml"]);

        // one file changed by hand before the commit: nothing is written
        let txn = txn_of(&held, &["f", "g"]);
        fs::write(root.join("partners/g.toml"), "name = \"mine\"\n").unwrap();
        let err = txn.commit().unwrap_err();
        assert!(err.to_string().contains("changed on disk"), "{err}");
        assert_eq!(partners(root), ["a.toml", "b.toml", "c.toml", "g.toml"]);
    }

    #[test]
    fn an_interrupted_transaction_is_finished_by_the_next_lock() {
        for stop in 0..=3 {
            let tmp = tempfile::tempdir().unwrap();
            let root = tmp.path();
            let held = lock(root);
            let txn = txn_of(&held, &["a", "b", "c"]);
            // a kill -9 at this step: no destructor runs
            assert!(txn.commit_with(|at| at != stop).is_err());
            drop(held);
            assert!(root.join(TXN_FILE).exists());
            let held = lock(root);
            assert_eq!(
                partners(root),
                ["a.toml", "b.toml", "c.toml"],
                "stopped at {stop}"
            );
            assert!(!root.join(TXN_FILE).exists());
            drop(held);
        }
    }

    /// What must hold of `path` for it to be the file there now.
    fn as_now(path: &Path) -> Expect {
        match fs::symlink_metadata(path) {
            Ok(m) => Expect::Unchanged(crate::store::file::Stamp::of(&m)),
            Err(_) => Expect::Absent,
        }
    }

    /// A transaction that writes `c` and `d` and removes `a` and `b`.
    /// A transaction of `names` (new partner files), not yet committed.
    fn txn_of<'l>(held: &'l Lock, names: &[&str]) -> Txn<'l> {
        let mut txn = Txn::new(held);
        for r in staged(held.root(), names) {
            txn.add(r).unwrap();
        }
        txn
    }

    fn writes_and_removals(held: &Lock) -> Txn<'_> {
        let root = held.root();
        let mut txn = txn_of(held, &["c", "d"]);
        for n in ["a", "b"] {
            let path = root.join("partners").join(format!("{n}.toml"));
            txn.remove(&path, as_now(&path)).unwrap();
        }
        txn
    }

    #[test]
    fn removals_are_committed_with_the_writes_or_not_at_all() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let held = lock(root);
        txn_of(&held, &["a", "b"]).commit().unwrap();

        // a file to remove changed by hand before the commit: nothing is written or removed
        let txn = writes_and_removals(&held);
        fs::write(root.join("partners/b.toml"), "name = \"mine\"\n").unwrap();
        let err = txn.commit().unwrap_err().to_string();
        assert!(
            err.contains("changed on disk while accord was working on it; nothing was written"),
            "{err}"
        );
        assert_eq!(partners(root), ["a.toml", "b.toml"]);

        let txn = writes_and_removals(&held);
        assert_eq!(txn.commit().unwrap(), 4);
        assert_eq!(partners(root), ["c.toml", "d.toml"]);
        assert!(!root.join(TXN_FILE).exists());
    }

    #[test]
    fn an_interrupted_removal_is_finished_by_the_next_lock() {
        // 0: once the intent is recorded; 1, 2: after the renames; 3: after one removal
        for stop in 0..=3 {
            let tmp = tempfile::tempdir().unwrap();
            let root = tmp.path();
            let held = lock(root);
            txn_of(&held, &["a", "b"]).commit().unwrap();
            // a kill -9 at this step: no destructor runs
            assert!(
                writes_and_removals(&held)
                    .commit_with(|at| at != stop)
                    .is_err()
            );
            drop(held);
            let record = fs::read_to_string(root.join(TXN_FILE)).unwrap();
            assert!(
                record.contains("[[remove]]\ntarget = \"partners/a.toml\"\n"),
                "{record}"
            );
            let held = lock(root);
            assert_eq!(partners(root), ["c.toml", "d.toml"], "stopped at {stop}");
            assert!(!root.join(TXN_FILE).exists());
            drop(held);
        }
    }

    #[test]
    fn a_step_that_fails_after_the_record_is_finished_by_the_next_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let held = lock(root);
        txn_of(&held, &["a", "b"]).commit().unwrap();
        // `d.toml` cannot be renamed into place: a folder stands there once the record is
        // written (as a full disk or a failing device would stop a rename)
        let blocked = root.join("partners/d.toml");
        let err = writes_and_removals(&held)
            .commit_with(|at| {
                if at == 1 {
                    fs::create_dir_all(blocked.join("x")).unwrap();
                }
                true
            })
            .unwrap_err();
        assert!(
            format!("{err:#}").contains("the next accord command that writes finishes the job"),
            "{err:#}"
        );
        // the record and the temporary file it names are kept for the next command
        assert!(root.join(TXN_FILE).exists());
        assert_eq!(stale_temps(root).unwrap().len(), 1);
        drop(held);
        fs::remove_dir_all(&blocked).unwrap();
        let _held = lock(root);
        assert_eq!(partners(root), ["c.toml", "d.toml"]);
        assert!(!root.join(TXN_FILE).exists());
    }

    #[test]
    fn the_settings_file_is_written_together_with_the_others() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let settings = root.join(crate::store::discover::SETTINGS_FILE);
        fs::write(&settings, "name = \"old\"\n").unwrap();
        let held = lock(root);
        let mut txn = Txn::new(&held);
        let (mut edit, _) = Edit::open::<Named>(&settings).unwrap();
        edit.root()["name"] = toml_edit::value("new");
        txn.add(edit.checked::<Named>().unwrap()).unwrap();
        for r in staged(root, &["a"]) {
            txn.add(r).unwrap();
        }
        assert!(txn.commit_with(|at| at != 1).is_err());
        drop(held);
        let _held = lock(root);
        assert_eq!(fs::read_to_string(&settings).unwrap(), "name = \"new\"\n");
        assert_eq!(partners(root), ["a.toml"]);
    }

    #[test]
    fn a_transaction_stopped_before_its_record_leaves_only_temps_which_go() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let held = lock(root);
        let txn = txn_of(&held, &["a", "b"]);
        std::mem::forget(txn); // killed before the commit
        drop(held);
        assert_eq!(stale_temps(root).unwrap().len(), 2);
        let _held = lock(root);
        assert!(partners(root).is_empty());
    }

    #[test]
    fn an_intent_record_naming_other_files_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir_all(root.join("partners")).unwrap();
        for (temp, target) in [
            ("partners/.a.toml.abc1ef", "../a.toml"),
            ("/etc/.passwd.abc1ef", "/etc/passwd"),
            ("partners/.b.toml.abc1ef", "partners/a.toml"),
            ("goals/.a.toml.abc1ef", "partners/a.toml"),
        ] {
            fs::write(
                root.join(TXN_FILE),
                format!("[[file]]\ntemp = \"{temp}\"\ntarget = \"{target}\"\n"),
            )
            .unwrap();
            let err = recover(root).unwrap_err().to_string();
            assert!(err.contains("cannot be finished"), "{err}");
        }
        for target in [
            "../a.toml",
            "/etc/passwd",
            ".accord.lock",
            "partners/.a.toml.abc1ef",
            ".accord/journal/../../a.toml",
            ".accord/journal/x.jsonl",
            "notes.txt",
        ] {
            fs::write(
                root.join(TXN_FILE),
                format!("[[remove]]\ntarget = \"{target}\"\n"),
            )
            .unwrap();
            let err = recover(root).unwrap_err().to_string();
            assert!(
                err.contains("is not a file accord removes"),
                "{target}: {err}"
            );
        }
        assert!(is_removable("partners/a.toml"));
        assert!(is_removable("accord.toml"));
        assert!(is_removable(".accord/journal/000042.jsonl"));
    }

    #[test]
    fn a_removal_never_goes_through_a_linked_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let (root, outside) = (tmp.path().join("ws"), tmp.path().join("outside"));
        fs::create_dir_all(outside.join("journal")).unwrap();
        fs::create_dir_all(&root).unwrap();
        let kept = outside.join("journal/000001.jsonl");
        fs::write(&kept, "{}\n").unwrap();
        std::os::unix::fs::symlink(&outside, root.join(".accord")).unwrap();
        fs::write(
            root.join(TXN_FILE),
            "[[remove]]\ntarget = \".accord/journal/000001.jsonl\"\n",
        )
        .unwrap();
        let err = format!("{:#}", recover(&root).unwrap_err());
        assert!(err.contains("link"), "{err}");
        assert!(kept.exists(), "nothing outside the workspace is removed");
    }

    #[test]
    fn stale_temporary_files_are_recognized_by_name() {
        for yes in [
            ".acme.toml.Ab12Cd",
            "..accord.txn.abc3ef",
            "..gitignore.ABCDEF",
        ] {
            assert!(is_stale_temp(yes), "{yes}");
        }
        for no in [
            ".acme.toml",
            "acme.toml",
            ".acme.toml.Ab12C",
            ".gitkeep",
            ".accord.lock",
            ".DS_Store",
            ".notes.txt.abcdef",
            ".acme.toml.backup",
        ] {
            assert!(!is_stale_temp(no), "{no}");
        }
    }
}
