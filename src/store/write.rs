//! Writing safely. An exclusive lock on a sidecar file serializes accord commands; every
//! file is replaced atomically (temp file in the same folder, fsync, rename, fsync the
//! folder); a file is only replaced when the new text still parses and nobody changed
//! the old one since it was read (checked once before writing, and again by its stamp
//! just before the rename); and links are never followed. Files a command writes
//! together go through a [`Txn`]: all written first, then renamed under an intent
//! record that the next command completes if this one is killed halfway.
//!
//! Not here: what goes into the files (`store::edit`), or which files a command touches.

pub use crate::store::file::Stamp;
use crate::store::file::{FileError, display_path, parse, parse_doc, read_file, refuse_link};
use crate::store::lock;
use anyhow::{Context, bail};
use serde::de::DeserializeOwned;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

pub use lock::{LOCK_FILE, Lock};

/// The intent record of a [`Txn`] being committed, beside `accord.toml`.
pub const TXN_FILE: &str = ".accord.txn";

/// A file opened for editing: its text as read, and a document to change.
#[derive(Debug)]
pub struct Edit {
    pub path: PathBuf,
    /// The text as read (without a byte-order mark), or `None` for a new file.
    original: Option<String>,
    /// The file's stamp when it was read.
    stamp: Option<Stamp>,
    /// The file started with a UTF-8 byte-order mark; it is kept.
    bom: bool,
    /// The file's lines end in CRLF; they are kept so.
    crlf: bool,
    pub doc: toml_edit::DocumentMut,
}

impl Edit {
    /// Open an existing file; it must parse both as TOML and as `T`, so a broken file is
    /// reported rather than rewritten. Returns the typed value too.
    pub fn open<T: DeserializeOwned>(path: &Path) -> anyhow::Result<(Edit, T)> {
        refuse_link(path.parent().unwrap_or(Path::new(".")))?;
        let Some(read) = read_file(path)? else {
            bail!("`{}` does not exist", display_path(path));
        };
        let doc = parse_doc(path, &read.text)?;
        let value = parse::<T>(path, &read.text)?;
        let edit = Edit {
            path: path.to_path_buf(),
            crlf: mostly_crlf(&read.text),
            bom: read.bom,
            stamp: Some(read.stamp),
            original: Some(read.text),
            doc,
        };
        Ok((edit, value))
    }

    /// Start a new file from its full text; it must not exist yet.
    pub fn create(path: &Path, text: &str) -> anyhow::Result<Edit> {
        refuse_link(path)?;
        if path.exists() {
            bail!("`{}` already exists", display_path(path));
        }
        let doc = parse_doc(path, text)?;
        Ok(Edit {
            path: path.to_path_buf(),
            original: None,
            stamp: None,
            bom: false,
            crlf: false,
            doc,
        })
    }

    /// The table at the top of the document.
    pub fn root(&mut self) -> &mut toml_edit::Table {
        self.doc.as_table_mut()
    }

    /// Check the new text parses as `T` and that nobody changed the file since it was
    /// read; the result is ready to replace the file, alone or in a [`Txn`].
    pub fn checked<T: DeserializeOwned>(self) -> anyhow::Result<Ready> {
        let mut text = self.doc.to_string();
        if self.crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        if let Err(e) = parse::<T>(&self.path, &text) {
            return Err(internal(e));
        }
        let expect = match self.stamp {
            Some(stamp) => Expect::Unchanged(stamp),
            None => Expect::Absent,
        };
        if self.original.as_deref() == Some(text.as_str()) {
            return Ok(Ready {
                path: self.path,
                bytes: None,
                expect,
            });
        }
        let now = read_file(&self.path)?.map(|r| r.text);
        if now != self.original {
            return Err(changed(&self.path));
        }
        let mut bytes = Vec::with_capacity(text.len() + 3);
        if self.bom {
            bytes.extend_from_slice("\u{FEFF}".as_bytes());
        }
        bytes.extend_from_slice(text.as_bytes());
        Ok(Ready {
            path: self.path,
            bytes: Some(bytes),
            expect,
        })
    }

    /// Check the edit as [`Edit::checked`] does and replace the file atomically. Writes
    /// nothing when the text is unchanged.
    pub fn save<T: DeserializeOwned>(self) -> anyhow::Result<()> {
        self.checked::<T>()?.write()
    }
}

/// Whether most of the lines of `text` end in CRLF.
fn mostly_crlf(text: &str) -> bool {
    let crlf = text.matches("\r\n").count();
    crlf > 0 && crlf * 2 >= text.matches('\n').count()
}

fn internal(e: FileError) -> anyhow::Error {
    anyhow::anyhow!(
        "accord made an edit that would not read back, so nothing was written (please report this): {e}"
    )
}

fn changed(path: &Path) -> anyhow::Error {
    anyhow::anyhow!(
        "`{}` changed on disk while accord was working on it; nothing was written, run the command again",
        display_path(path)
    )
}

/// What must still hold of a file just before it is replaced.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A new file: nothing is there yet.
    Absent,
    /// The file is the one that was read: same inode, size and times.
    Unchanged(Stamp),
}

impl Expect {
    /// The last check before the rename: a `stat` of the file, without following links.
    fn verify(self, path: &Path) -> anyhow::Result<()> {
        let now = match fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => return Err(crate::store::file::linked(path)),
            Ok(m) => Some(Stamp::of(&m)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read `{}`", display_path(path)));
            }
        };
        let same = match self {
            Expect::Absent => now.is_none(),
            Expect::Unchanged(stamp) => now == Some(stamp),
        };
        if same { Ok(()) } else { Err(changed(path)) }
    }
}

/// An edit that reads back, ready to replace its file.
#[derive(Debug)]
pub struct Ready {
    path: PathBuf,
    /// The new bytes, or `None` when the text is unchanged.
    bytes: Option<Vec<u8>>,
    expect: Expect,
}

impl Ready {
    /// Replace the file atomically, unless it changed since it was read.
    pub fn write(self) -> anyhow::Result<()> {
        self.write_with(|| {})
    }

    /// [`Ready::write`], running `window` between writing the temporary file and the last
    /// check, where a hand edit could land (for tests).
    fn write_with(self, window: impl FnOnce()) -> anyhow::Result<()> {
        let Some(bytes) = &self.bytes else {
            return Ok(());
        };
        let temp = Temp::write(&self.path, bytes)?;
        window();
        self.expect.verify(&self.path)?;
        temp.rename_over(&self.path)?;
        sync_dir(parent(&self.path));
        Ok(())
    }
}

/// A temporary file beside the file it will replace (`.<name>.XXXXXX`), written and
/// synced; removed when dropped unless renamed.
#[derive(Debug)]
struct Temp {
    path: PathBuf,
    done: bool,
}

impl Temp {
    /// Write `bytes` to a new temporary file beside `target`, with `target`'s permissions
    /// when it exists, and sync it. Refuses when `target` or its folder is a link.
    fn write(target: &Path, bytes: &[u8]) -> anyhow::Result<Temp> {
        let shown = display_path(target);
        let dir = parent(target);
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder for `{shown}`"))?;
        refuse_link(dir)?;
        refuse_link(target)?;
        let mode = fs::metadata(target).map_or(0o666, |m| m.permissions().mode() & 0o7777);
        let name = target
            .file_name()
            .with_context(|| format!("`{shown}` is not a file name"))?
            .to_string_lossy();
        let mut attempts = 0;
        let (file, path) = loop {
            // A digit first, so a stale one is told from a name a person chose.
            let suffix: String = std::iter::once(fastrand::digit(10))
                .chain(std::iter::repeat_with(fastrand::alphanumeric).take(5))
                .collect();
            let path = dir.join(format!(".{name}.{suffix}"));
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(mode)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
            {
                Ok(f) => break (f, path),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempts < 100 => {
                    attempts += 1;
                }
                Err(e) => return Err(e).with_context(|| format!("cannot write `{shown}`")),
            }
        };
        let temp = Temp { path, done: false };
        write_synced(file, bytes, mode).with_context(|| format!("cannot write `{shown}`"))?;
        Ok(temp)
    }

    fn rename_over(mut self, target: &Path) -> anyhow::Result<()> {
        fs::rename(&self.path, target)
            .with_context(|| format!("cannot write `{}`", display_path(target)))?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn write_synced(mut file: File, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    // The umask may have narrowed the mode given at creation; set it exactly.
    file.set_permissions(fs::Permissions::from_mode(mode))?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Make renames and removals in `dir` durable; failing to sync a folder is not worth
/// failing a command over (some file systems cannot).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Replace `path` with `bytes` atomically and durably, keeping its permissions. For files
/// outside the workspace's records too (`--output`), so a link there is replaced, not
/// followed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let shown = display_path(path);
    let dir = parent(path);
    fs::create_dir_all(dir).with_context(|| format!("cannot create the folder for `{shown}`"))?;
    let mode = fs::metadata(path).map_or(0o666, |m| m.permissions().mode() & 0o7777);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(
            ".{}.",
            path.file_name().unwrap_or_default().to_string_lossy()
        ))
        .rand_bytes(6)
        .tempfile_in(dir)
        .with_context(|| format!("cannot write `{shown}`"))?;
    let file = temp.as_file_mut();
    file.set_permissions(fs::Permissions::from_mode(mode))
        .and_then(|()| file.write_all(bytes))
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write `{shown}`"))?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write `{shown}`"))?;
    sync_dir(dir);
    Ok(())
}

/// Remove a file, naming it in the error.
pub fn remove_file(path: &Path) -> anyhow::Result<()> {
    refuse_link(path)?;
    fs::remove_file(path).with_context(|| format!("cannot remove `{}`", display_path(path)))?;
    sync_dir(parent(path));
    Ok(())
}

/// Files written together, all or nothing. Each is written to a temporary file first;
/// [`Txn::commit`] checks none changed, records the temp -> target pairs in
/// [`TXN_FILE`], renames them all and removes the record. A command killed halfway
/// leaves the record, and the next command that takes the lock finishes the renames
/// ([`recover`]); killed before the record is written, it leaves only temporary files,
/// which the next command removes. Dropped without a commit, it removes its files.
#[derive(Debug)]
pub struct Txn<'l> {
    lock: &'l Lock,
    staged: Vec<(Temp, PathBuf, Expect)>,
}

/// One temp -> target pair of the intent record, relative to the workspace.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Pair {
    temp: String,
    target: String,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Intent {
    file: Vec<Pair>,
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
        let Some(bytes) = &ready.bytes else {
            return Ok(());
        };
        if !ready.path.starts_with(self.lock.root()) {
            bail!("`{}` is outside the workspace", display_path(&ready.path));
        }
        let temp = Temp::write(&ready.path, bytes)?;
        self.staged.push((temp, ready.path, ready.expect));
        Ok(())
    }

    /// Replace every file; returns how many were written.
    pub fn commit(self) -> anyhow::Result<usize> {
        self.commit_with(|_| true)
    }

    /// [`Txn::commit`], asking `go_on` before each step whether to continue (for tests
    /// that stop it as a `kill -9` would, running no destructor): `0` once the intent is
    /// recorded, `i` after the `i`-th rename.
    fn commit_with(mut self, mut go_on: impl FnMut(usize) -> bool) -> anyhow::Result<usize> {
        let n = self.staged.len();
        if n == 0 {
            return Ok(0);
        }
        for (_, target, expect) in &self.staged {
            expect.verify(target)?;
        }
        let root = self.lock.root().to_path_buf();
        let rel = |p: &Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();
        let intent = Intent {
            file: self
                .staged
                .iter()
                .map(|(temp, target, _)| Pair {
                    temp: rel(&temp.path),
                    target: rel(target),
                })
                .collect(),
        };
        let text = format!(
            "# accord was writing these files together; the next accord command that writes\n# finishes the job. Leave this file alone.\n{}",
            toml::to_string(&intent)?
        );
        let record = root.join(TXN_FILE);
        Temp::write(&record, text.as_bytes())?.rename_over(&record)?;
        sync_dir(&root);
        let mut rest = std::mem::take(&mut self.staged).into_iter();
        let mut dirs: Vec<PathBuf> = Vec::new();
        let mut done = 0;
        loop {
            if !go_on(done) {
                std::mem::forget(rest);
                bail!("stopped after {done} of {n} renames");
            }
            let Some((temp, target, _)) = rest.next() else {
                break;
            };
            temp.rename_over(&target)?;
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

/// The folders accord writes records in, under the workspace root.
pub const DIRS: [&str; 3] = ["partners", "goals", "instruments"];

/// Finish a [`Txn`] that was interrupted: rename every temporary file its intent record
/// still lists into place, then remove the record. Returns how many files were renamed,
/// or `None` when there was nothing to finish. Called with the lock held.
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
    // The record names paths; take only the temp -> target pairs accord itself makes.
    for pair in &intent.file {
        if !is_txn_pair(&pair.temp, &pair.target) {
            return Err(unusable(&format!(
                "`{}` -> `{}` is not a pair of files accord writes",
                pair.temp, pair.target
            )));
        }
    }
    let mut renamed = 0;
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
                renamed += 1;
            }
            // Already renamed before the interruption.
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
    Ok(Some(renamed))
}

/// Whether `temp` -> `target` is a pair a [`Txn`] writes: `DIR/NAME.toml` and
/// `DIR/.NAME.toml.XXXXXX` in one of the record folders.
fn is_txn_pair(temp: &str, target: &str) -> bool {
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

/// The name a temporary file stands in for: `.acme.toml.Ab12Cd` -> `acme.toml`. The
/// suffix is six letters and digits, not all lowercase letters, so a name a person chose
/// (`.acme.toml.backup`) is not taken for one.
pub fn temp_of(name: &str) -> Option<&str> {
    let rest = name.strip_prefix('.')?;
    let (base, suffix) = rest.rsplit_once('.')?;
    let ours = suffix.len() == 6
        && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
        && !suffix.bytes().all(|b| b.is_ascii_lowercase());
    (ours && !base.is_empty() && !base.contains('/')).then_some(base)
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
    let mut removed = Vec::new();
    for path in stale_temps(root)? {
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
    let mut found = Vec::new();
    for dir in std::iter::once(root.to_path_buf()).chain(DIRS.iter().map(|d| root.join(d))) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::TryLockError;
    use std::time::Duration;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
    }

    fn lock(root: &Path) -> Lock {
        Lock::acquire(root, Duration::from_secs(1)).unwrap()
    }

    #[test]
    fn atomic_write_keeps_permissions() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        fs::write(&p, "name = \"a\"\n").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"name = \"b\"\n").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "name = \"b\"\n");
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
        let (mut e, _) = Edit::open::<Named>(&p).unwrap();
        e.root()["name"] = toml_edit::value("c");
        e.save::<Named>().unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn edits_refuse_broken_files_and_concurrent_changes() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        fs::write(&p, "name = 3\n").unwrap();
        let err = Edit::open::<Named>(&p).unwrap_err().to_string();
        assert!(err.contains("a.toml:1:8"), "{err}");

        fs::write(&p, "name = \"a\"\n").unwrap();
        let (mut e, _) = Edit::open::<Named>(&p).unwrap();
        e.root()["name"] = toml_edit::value("b");
        fs::write(&p, "name = \"changed by hand\"\n").unwrap();
        let err = e.save::<Named>().unwrap_err().to_string();
        assert!(err.contains("changed on disk"), "{err}");
        assert_eq!(
            fs::read_to_string(&p).unwrap(),
            "name = \"changed by hand\"\n"
        );
    }

    /// Issue 14, item 1: an edit saved after the temporary file is written, just before
    /// the rename, is not overwritten.
    #[test]
    fn a_hand_edit_saved_while_the_temp_file_is_written_is_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        fn in_place(p: &Path) {
            fs::write(p, "name = \"by hand\"\n").unwrap();
        }
        fn same_size(p: &Path) {
            fs::write(p, "name = \"A\"\n").unwrap();
        }
        fn by_rename(p: &Path) {
            let other = p.with_extension("new");
            fs::write(&other, "name = \"by hand\"\n").unwrap();
            fs::rename(&other, p).unwrap();
        }
        type HandEdit = fn(&Path);
        let edits: [(&str, HandEdit); 3] = [
            ("in place", in_place),
            ("same size", same_size),
            ("by rename", by_rename),
        ];
        for (how, edit) in edits {
            fs::write(&p, "name = \"a\"\n").unwrap();
            let (mut e, _) = Edit::open::<Named>(&p).unwrap();
            e.root()["name"] = toml_edit::value("b");
            let ready = e.checked::<Named>().unwrap();
            let mut by_hand = String::new();
            let err = ready
                .write_with(|| {
                    edit(&p);
                    by_hand = fs::read_to_string(&p).unwrap();
                })
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("changed on disk while accord was working on it; nothing was written"),
                "{how}: {err}"
            );
            assert_eq!(fs::read_to_string(&p).unwrap(), by_hand, "{how}");
            let names: Vec<_> = fs::read_dir(tmp.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(names, vec![std::ffi::OsString::from("a.toml")], "{how}");
        }
        // a new file that appears in the window is not replaced either
        let q = tmp.path().join("q.toml");
        let ready = Edit::create(&q, "name = \"q\"\n")
            .unwrap()
            .checked::<Named>()
            .unwrap();
        let err = ready
            .write_with(|| fs::write(&q, "name = \"mine\"\n").unwrap())
            .unwrap_err();
        assert!(err.to_string().contains("changed on disk"), "{err}");
        assert_eq!(fs::read_to_string(&q).unwrap(), "name = \"mine\"\n");
    }

    #[test]
    fn an_edit_that_would_not_read_back_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        fs::write(&p, "name = \"a\"\n").unwrap();
        let (mut e, _) = Edit::open::<Named>(&p).unwrap();
        e.root()["name"] = toml_edit::value(5);
        assert!(e.save::<Named>().is_err());
        assert_eq!(fs::read_to_string(&p).unwrap(), "name = \"a\"\n");
    }

    #[test]
    fn line_endings_and_a_byte_order_mark_are_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        let crlf = "\u{FEFF}# mine\r\nname = \"a\"\r\n\r\n[extra]\r\nkeep = 1\r\n";
        fs::write(&p, crlf).unwrap();
        let (mut e, v) = Edit::open::<Named>(&p).unwrap();
        assert_eq!(v.name, "a");
        e.root()["name"] = toml_edit::value("b");
        e.root()["added"] = toml_edit::value(2);
        e.save::<Named>().unwrap();
        let now = fs::read_to_string(&p).unwrap();
        assert!(
            now.starts_with("\u{FEFF}# mine\r\nname = \"b\"\r\n"),
            "{now:?}"
        );
        assert!(!now.replace("\r\n", "").contains('\n'), "{now:?}");
        assert!(now.contains("added = 2\r\n"), "{now:?}");
        // an edit that changes nothing writes nothing, CRLF or not
        let before = fs::metadata(&p).unwrap().modified().unwrap();
        let (e, _) = Edit::open::<Named>(&p).unwrap();
        e.save::<Named>().unwrap();
        assert_eq!(fs::metadata(&p).unwrap().modified().unwrap(), before);
        // LF files stay LF
        fs::write(&p, "name = \"a\"\n").unwrap();
        let (mut e, _) = Edit::open::<Named>(&p).unwrap();
        e.root()["name"] = toml_edit::value("b");
        e.save::<Named>().unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "name = \"b\"\n");
    }

    #[test]
    fn links_are_refused_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("outside");
        let ws = tmp.path().join("ws");
        fs::create_dir_all(&outside).unwrap();
        fs::create_dir_all(&ws).unwrap();
        std::os::unix::fs::symlink(&outside, ws.join("partners")).unwrap();
        let err = Edit::create(&ws.join("partners/a.toml"), "name = \"a\"\n")
            .and_then(|e| e.save::<Named>())
            .unwrap_err();
        assert!(err.to_string().contains("is a symbolic link"), "{err}");
        assert_eq!(fs::read_dir(&outside).unwrap().count(), 0);

        fs::write(outside.join("b.toml"), "name = \"b\"\n").unwrap();
        fs::create_dir_all(ws.join("goals")).unwrap();
        std::os::unix::fs::symlink(outside.join("b.toml"), ws.join("goals/b.toml")).unwrap();
        let err = Edit::open::<Named>(&ws.join("goals/b.toml")).unwrap_err();
        assert!(err.to_string().contains("is a symbolic link"), "{err}");
        let err = Edit::create(&ws.join("goals/b.toml"), "name = \"b\"\n").unwrap_err();
        assert!(err.to_string().contains("is a symbolic link"), "{err}");
        assert_eq!(
            fs::read_to_string(outside.join("b.toml")).unwrap(),
            "name = \"b\"\n"
        );
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
        let mut txn = Txn::new(&held);
        for r in staged(root, &["a", "b", "c"]) {
            txn.add(r).unwrap();
        }
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
        let mut txn = Txn::new(&held);
        for r in staged(root, &["d", "e"]) {
            txn.add(r).unwrap();
        }
        drop(txn);
        assert_eq!(partners(root), ["a.toml", "b.toml", "c.toml"]);

        // one file changed by hand before the commit: nothing is written
        let mut txn = Txn::new(&held);
        for r in staged(root, &["f", "g"]) {
            txn.add(r).unwrap();
        }
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
            let mut txn = Txn::new(&held);
            for r in staged(root, &["a", "b", "c"]) {
                txn.add(r).unwrap();
            }
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

    #[test]
    fn a_transaction_stopped_before_its_record_leaves_only_temps_which_go() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let held = lock(root);
        let mut txn = Txn::new(&held);
        for r in staged(root, &["a", "b"]) {
            txn.add(r).unwrap();
        }
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

    #[test]
    fn the_lock_is_exclusive() {
        let tmp = tempfile::tempdir().unwrap();
        let held = lock(tmp.path());
        let other = File::options()
            .write(true)
            .open(tmp.path().join(LOCK_FILE))
            .unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(held);
        assert!(other.try_lock().is_ok());
    }
}
