//! Writing one file safely: it is replaced atomically (temp file in the same folder,
//! fsync, rename, fsync the folder), only when the new text still parses and nobody
//! changed the old one since it was read (checked once before writing, and again by its
//! stamp just before the rename), and links are never followed.
//!
//! Not here: the lock (`store::lock`), files written together (`store::txn`), what goes
//! into the files (`store::edit`).

pub use crate::store::file::Stamp;
use crate::store::file::{FileError, Read, display_path, parse, parse_doc, read_file, refuse_link};
use crate::store::journal;
use anyhow::{Context, bail};
use serde::de::DeserializeOwned;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

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

    /// The text as read (without a byte-order mark), or `None` for a new file.
    pub fn original(&self) -> Option<&str> {
        self.original.as_deref()
    }

    /// The table at the top of the document.
    pub fn root(&mut self) -> &mut toml_edit::Table {
        self.doc.as_table_mut()
    }

    /// Check the new text parses as `T` and that nobody changed the file since it was
    /// read; the result is ready to replace the file, alone or with others in a
    /// `store::txn::Txn`.
    pub fn checked<T: DeserializeOwned>(self) -> anyhow::Result<Ready> {
        let text = with_line_endings(self.doc.to_string(), self.crlf);
        if let Err(e) = parse::<T>(&self.path, &text) {
            return Err(internal(e));
        }
        ready(self.path, self.original, self.stamp, self.bom, text)
    }

    /// Check the edit as [`Edit::checked`] does and replace the file atomically. Writes
    /// nothing when the text is unchanged.
    pub fn save<T: DeserializeOwned>(self) -> anyhow::Result<()> {
        self.checked::<T>()?.write()
    }
}

/// The whole new text of a file read earlier as `read`, for text that is not edited as a
/// document (a file `accord resolve` settles, which may still hold conflict markers):
/// kept to the file's byte-order mark and line endings, and ready to replace it only
/// while it is as read, as [`Edit::checked`] makes an edit.
pub fn replacing(path: &Path, read: Read, text: &str) -> anyhow::Result<Ready> {
    let crlf = mostly_crlf(&read.text);
    ready(
        path.to_path_buf(),
        Some(read.text),
        Some(read.stamp),
        read.bom,
        with_line_endings(text.to_string(), crlf),
    )
}

/// `bytes` exactly, to replace `path` only while `expect` still holds of it: for
/// `accord undo`, which puts back the bytes its journal kept (byte-order mark and line
/// endings as they were) once it has compared the file with what the journal expects.
pub(crate) fn exact(path: &Path, bytes: Vec<u8>, expect: Expect) -> Ready {
    Ready {
        path: path.to_path_buf(),
        bytes: Some(bytes),
        expect,
    }
}

/// The one way to a [`Ready`]: nothing to write when the text is unchanged; refused when
/// the file no longer reads as `original`; else the new bytes, with the byte-order mark
/// the file had, and what must still hold of the file just before its rename.
fn ready(
    path: PathBuf,
    original: Option<String>,
    stamp: Option<Stamp>,
    bom: bool,
    text: String,
) -> anyhow::Result<Ready> {
    let expect = match stamp {
        Some(stamp) => Expect::Unchanged(stamp),
        None => Expect::Absent,
    };
    if original.as_deref() == Some(text.as_str()) {
        return Ok(Ready {
            path,
            bytes: None,
            expect,
        });
    }
    let now = read_file(&path)?.map(|r| r.text);
    if now != original {
        return Err(changed(&path));
    }
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if bom {
        bytes.extend_from_slice("\u{FEFF}".as_bytes());
    }
    bytes.extend_from_slice(text.as_bytes());
    Ok(Ready {
        path,
        bytes: Some(bytes),
        expect,
    })
}

/// `text` with CRLF line endings when `crlf`, as it is otherwise.
fn with_line_endings(text: String, crlf: bool) -> String {
    if crlf {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text
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
pub(crate) enum Expect {
    /// A new file: nothing is there yet.
    Absent,
    /// The file is the one that was read: same inode, size and times.
    Unchanged(Stamp),
}

impl Expect {
    /// The last check before the rename: a `stat` of the file, without following links.
    pub(crate) fn verify(self, path: &Path) -> anyhow::Result<()> {
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
    pub(crate) path: PathBuf,
    /// The new bytes, or `None` when the text is unchanged.
    pub(crate) bytes: Option<Vec<u8>>,
    pub(crate) expect: Expect,
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
        let before = journal::before(&self.path);
        temp.rename_over(&self.path)?;
        journal::record(&self.path, before, Some(bytes));
        sync_dir(parent(&self.path));
        Ok(())
    }
}

/// A temporary file beside the file it will replace (`.<name>.XXXXXX`), written and
/// synced; removed when dropped unless renamed.
#[derive(Debug)]
pub(crate) struct Temp {
    pub(crate) path: PathBuf,
    done: bool,
}

impl Temp {
    /// Write `bytes` to a new temporary file beside `target`, with `target`'s permissions
    /// when it exists, and sync it. Refuses when `target` or its folder is a link.
    pub(crate) fn write(target: &Path, bytes: &[u8]) -> anyhow::Result<Temp> {
        let shown = display_path(target);
        let dir = parent(target);
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder for `{shown}`"))?;
        refuse_link(dir)?;
        refuse_link(target)?;
        let kept = existing_mode(target);
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
                .mode(kept.unwrap_or(NEW_FILE_MODE))
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
        write_synced(file, bytes, kept).with_context(|| format!("cannot write `{shown}`"))?;
        Ok(temp)
    }

    /// Leave the temporary file where it is when dropped (an intent record names it).
    pub(crate) fn keep(mut self) {
        self.done = true;
    }

    pub(crate) fn rename_over(mut self, target: &Path) -> anyhow::Result<()> {
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

/// The mode a new file is created with; the umask narrows it, as for any new file.
const NEW_FILE_MODE: u32 = 0o666;

/// The permissions of the file at `path`, if there is one: a rewrite keeps them.
fn existing_mode(path: &Path) -> Option<u32> {
    fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

fn write_synced(mut file: File, bytes: &[u8], kept: Option<u32>) -> std::io::Result<()> {
    // The umask may have narrowed a rewritten file's mode at creation; set it exactly.
    if let Some(mode) = kept {
        file.set_permissions(fs::Permissions::from_mode(mode))?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

pub(crate) fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Make renames and removals in `dir` durable; failing to sync a folder is not worth
/// failing a command over (some file systems cannot).
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Replace `path` with `bytes` atomically and durably, keeping its permissions. For files
/// outside the workspace's records too (`--output`), so a link there is replaced, not
/// followed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let before = journal::before(path);
    tidy_beside(path, std::time::SystemTime::now());
    replace(path, |file| Ok(file.write_all(bytes)?))?;
    journal::record(path, before, Some(bytes));
    Ok(())
}

/// As [`write_atomic`], for text made as it is written: `write` writes into the new file
/// (buffered), which replaces `path` only once it is all written, so a long output is
/// never all in memory.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let before = journal::before(path);
    tidy_beside(path, std::time::SystemTime::now());
    replace(path, |file| {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, file);
        write(&mut out)?;
        Ok(out.flush()?)
    })?;
    if before.is_some() {
        // a workspace file: `accord undo` keeps what it now holds
        let after =
            fs::read(path).with_context(|| format!("cannot read `{}`", display_path(path)))?;
        journal::record(path, before, Some(&after));
    }
    Ok(())
}

/// What [`replace`] puts between a file's name and the random part of its temporary
/// file's name (`.out.csv.accord-Ab12Cd`): a name no person or other tool gives a file,
/// so [`tidy_beside`] can tell its own leftovers from a user's `.out.csv.261123`.
const MARK: &str = "accord-";

/// Whether `s` is the random part of a temporary file's name: six letters and digits.
fn random_part(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The name a temporary file stands in for: `.acme.toml.Ab12Cd` (a record's, see
/// [`Temp`]) or `.out.csv.accord-Ab12Cd` ([`replace`]'s) -> `acme.toml`, `out.csv`. An
/// unmarked suffix is not all lowercase letters, so a name a person chose
/// (`.acme.toml.backup`) is not taken for one.
pub fn temp_of(name: &str) -> Option<&str> {
    let rest = name.strip_prefix('.')?;
    let (base, suffix) = rest.rsplit_once('.')?;
    let ours = match suffix.strip_prefix(MARK) {
        Some(random) => random_part(random),
        None => random_part(suffix) && !suffix.bytes().all(|b| b.is_ascii_lowercase()),
    };
    (ours && !base.is_empty() && !base.contains('/')).then_some(base)
}

/// How old a temporary file beside an output must be before [`tidy_beside`] takes it for
/// one an interrupted write left: a write of the same file under way has a younger one.
const LEFT_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Remove the temporary files an interrupted write of `path` left beside it
/// (`.NAME.accord-XXXXXX`, as [`replace`] marks them; a report or an export stopped with
/// Ctrl-C or killed leaves one), once they are [`LEFT_AFTER`] old. Only names with
/// [`MARK`] are taken: a hidden copy a person or another tool made beside an output
/// (`.out.csv.261123`) is not accord's. The workspace's record folders are tidied under
/// the lock instead. Failures are ignored: the write goes on.
fn tidy_beside(path: &Path, now: std::time::SystemTime) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let Ok(entries) = fs::read_dir(parent(path)) else {
        return;
    };
    let marked = format!(".{name}.{MARK}");
    for entry in entries.flatten() {
        // the name first: the folder may hold many files
        let left = entry
            .file_name()
            .to_str()
            .and_then(|n| n.strip_prefix(&marked))
            .is_some_and(random_part);
        // the entry's own type and time: a link is never followed
        let old = || {
            entry.metadata().is_ok_and(|m| {
                m.is_file()
                    && m.modified()
                        .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age >= LEFT_AFTER))
            })
        };
        if left && old() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Write a temporary file next to `path` with `write`, sync it and rename it over `path`.
fn replace(path: &Path, write: impl FnOnce(&mut File) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let shown = display_path(path);
    let dir = parent(path);
    fs::create_dir_all(dir).with_context(|| format!("cannot create the folder for `{shown}`"))?;
    let kept = existing_mode(path);
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(
            ".{}.{MARK}",
            path.file_name().unwrap_or_default().to_string_lossy()
        ))
        .rand_bytes(6)
        .permissions(fs::Permissions::from_mode(kept.unwrap_or(NEW_FILE_MODE)))
        .tempfile_in(dir)
        .with_context(|| format!("cannot write `{shown}`"))?;
    let cannot = || format!("cannot write `{shown}`");
    let file = temp.as_file_mut();
    if let Some(mode) = kept {
        file.set_permissions(fs::Permissions::from_mode(mode))
            .with_context(cannot)?;
    }
    write(file).with_context(cannot)?;
    file.sync_all().with_context(cannot)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write `{shown}`"))?;
    sync_dir(dir);
    Ok(())
}

/// Remove a file, naming it in the error. A workspace data file's removal is recorded
/// for `accord undo`.
pub fn remove_file(path: &Path) -> anyhow::Result<()> {
    refuse_link(path)?;
    let before = journal::before(path);
    fs::remove_file(path).with_context(|| format!("cannot remove `{}`", display_path(path)))?;
    sync_dir(parent(path));
    journal::record(path, before, None);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_writes_leftovers_beside_an_output_are_tidied_once_old() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("report.html");
        let names = [
            ".report.html.accord-Ab12Cd", // left by an interrupted write of report.html
            ".report.html.backup",        // not one of accord's names
            ".report.html.261123",        // a person's dated copy
            ".report.html.Draft2",        // nor a labelled one
            ".report.html.accord-toolong", // nor a mark without its random part
            ".other.html.accord-Ab12Cd",  // another file's
            "report.html.accord-Ab12Cd",  // not hidden
        ];
        for n in names {
            fs::write(dir.path().join(n), "x").unwrap();
        }
        fs::create_dir(dir.path().join(".report.html.accord-Zz99Yy")).unwrap();
        let kept = |n: &str| dir.path().join(n).exists();
        // just written: perhaps a write of the same file under way
        tidy_beside(&out, std::time::SystemTime::now());
        assert!(names.iter().all(|n| kept(n)));
        // a minute later it is a leftover, and only it goes
        tidy_beside(&out, std::time::SystemTime::now() + LEFT_AFTER * 2);
        assert!(!kept(".report.html.accord-Ab12Cd"));
        assert!(names[1..].iter().all(|n| kept(n)));
        assert!(
            kept(".report.html.accord-Zz99Yy"),
            "a folder is never removed"
        );
        // a write goes on beside them
        write_atomic_with(&out, |w| Ok(w.write_all(b"<p>")?)).unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"<p>");
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
    }

    #[test]
    fn a_streamed_write_replaces_the_file_only_once_written() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("feed.ics");
        fs::write(&p, "old\n").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic_with(&p, |out| {
            for i in 0..3 {
                out.write_all(format!("line {i}\r\n").as_bytes())?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(
            fs::read_to_string(&p).unwrap(),
            "line 0\r\nline 1\r\nline 2\r\n"
        );
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o640);
        // a failure halfway leaves the old file and no temporary one
        let err = write_atomic_with(&p, |out| {
            out.write_all(b"partial\r\n")?;
            Err(std::io::Error::other("disk full").into())
        })
        .unwrap_err();
        assert!(format!("{err:#}").contains("disk full"), "{err:#}");
        assert_eq!(
            fs::read_to_string(&p).unwrap(),
            "line 0\r\nline 1\r\nline 2\r\n"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    /// The process's umask, as Linux reports it (`None` elsewhere).
    fn umask() -> Option<u32> {
        let status = fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("Umask:"))?;
        u32::from_str_radix(line["Umask:".len()..].trim(), 8).ok()
    }

    #[test]
    fn new_files_take_the_umask_like_any_new_file() {
        let Some(umask) = umask() else {
            eprintln!("skipped: no umask in /proc/self/status");
            return;
        };
        let tmp = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let a = tmp.path().join("a.toml");
        write_atomic(&a, b"name = \"a\"\n").unwrap();
        let b = tmp.path().join("b.ics");
        write_atomic_with(&b, |out| Ok(out.write_all(b"x\r\n")?)).unwrap();
        let c = tmp.path().join("c.toml");
        Temp::write(&c, b"name = \"c\"\n")
            .unwrap()
            .rename_over(&c)
            .unwrap();
        for p in [&a, &b, &c] {
            assert_eq!(mode(p), 0o666 & !umask, "{}", p.display());
        }
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
}
