//! Writing safely: an exclusive lock on a sidecar file serializes accord commands, every
//! file is replaced atomically (temp file in the same folder, fsync, rename, fsync the
//! folder), and a file is only replaced when the new text still parses and nobody changed
//! the old one since it was read.

use crate::store::file::{FileError, display_path, parse, parse_doc, read_text_opt};
use crate::store::journal;
use anyhow::{Context, bail};
use serde::de::DeserializeOwned;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The lock file, kept beside `accord.toml` and ignored by git.
pub const LOCK_FILE: &str = ".accord.lock";

/// Held while a command writes; released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Take the workspace lock, waiting (and saying so) while another command holds it.
    pub fn acquire(root: &Path) -> anyhow::Result<Lock> {
        let path = root.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open the lock file `{}`", display_path(&path)))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                eprintln!("waiting for another accord command to finish writing...");
                file.lock()
                    .with_context(|| format!("cannot lock `{}`", display_path(&path)))?;
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock `{}`", display_path(&path)));
            }
        }
        Ok(Lock { _file: file })
    }
}

/// A file opened for editing: its text as read, and a document to change.
#[derive(Debug)]
pub struct Edit {
    pub path: PathBuf,
    /// The text as read, or `None` for a new file.
    original: Option<String>,
    pub doc: toml_edit::DocumentMut,
}

impl Edit {
    /// Open an existing file; it must parse both as TOML and as `T`, so a broken file is
    /// reported rather than rewritten. Returns the typed value too.
    pub fn open<T: DeserializeOwned>(path: &Path) -> anyhow::Result<(Edit, T)> {
        let Some(text) = read_text_opt(path)? else {
            bail!("`{}` does not exist", display_path(path));
        };
        let doc = parse_doc(path, &text)?;
        let value = parse::<T>(path, &text)?;
        let edit = Edit {
            path: path.to_path_buf(),
            original: Some(text),
            doc,
        };
        Ok((edit, value))
    }

    /// Start a new file from its full text; it must not exist yet.
    pub fn create(path: &Path, text: &str) -> anyhow::Result<Edit> {
        if path.exists() {
            bail!("`{}` already exists", display_path(path));
        }
        let doc = parse_doc(path, text)?;
        Ok(Edit {
            path: path.to_path_buf(),
            original: None,
            doc,
        })
    }

    /// The table at the top of the document.
    pub fn root(&mut self) -> &mut toml_edit::Table {
        self.doc.as_table_mut()
    }

    /// Check the new text parses as `T`, that nobody changed the file since it was read,
    /// and replace it atomically. Writes nothing when the text is unchanged.
    pub fn save<T: DeserializeOwned>(self) -> anyhow::Result<()> {
        let text = self.doc.to_string();
        if let Err(e) = parse::<T>(&self.path, &text) {
            return Err(internal(e));
        }
        if self.original.as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        let now = read_text_opt(&self.path)?;
        if now != self.original {
            bail!(
                "`{}` changed on disk while accord was working on it; nothing was written, run the command again",
                display_path(&self.path)
            );
        }
        write_atomic(&self.path, text.as_bytes())
    }
}

fn internal(e: FileError) -> anyhow::Error {
    anyhow::anyhow!(
        "accord made an edit that would not read back, so nothing was written (please report this): {e}"
    )
}

/// Replace `path` with `bytes` atomically and durably, keeping its permissions.
/// A workspace data file's change is recorded for `accord undo`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let before = journal::before(path);
    let shown = display_path(path);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder for `{shown}`"))?;
    }
    let mut file = atomic_write_file::AtomicWriteFile::options()
        .open(path)
        .with_context(|| format!("cannot write `{shown}`"))?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write `{shown}`"))?;
    file.commit()
        .with_context(|| format!("cannot write `{shown}`"))?;
    journal::record(path, before, Some(bytes));
    Ok(())
}

/// Remove a file, naming it in the error. A workspace data file's removal is recorded
/// for `accord undo`.
pub fn remove_file(path: &Path) -> anyhow::Result<()> {
    let before = journal::before(path);
    fs::remove_file(path).with_context(|| format!("cannot remove `{}`", display_path(path)))?;
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        // Make the removal durable; failing to sync a folder is not worth failing over.
        let _ = d.sync_all();
    }
    journal::record(path, before, None);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
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
    fn the_lock_is_exclusive() {
        let tmp = tempfile::tempdir().unwrap();
        let held = Lock::acquire(tmp.path()).unwrap();
        let other = File::options()
            .write(true)
            .open(tmp.path().join(LOCK_FILE))
            .unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(held);
        assert!(other.try_lock().is_ok());
    }
}
