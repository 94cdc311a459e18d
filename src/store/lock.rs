//! The workspace lock: an exclusive `flock` on `.accord.lock` beside `accord.toml`, held
//! while a command writes. The holder writes who it is into the file (command, process
//! id, since when), so a command that has to wait can say what it waits for; it waits a
//! bounded time.
//!
//! Not here: the writes themselves (`store::write`), or tidying up after interrupted
//! ones once the lock is taken (`store::txn::tidy`).

use crate::error::hinted;
use crate::model::text::escaped_line;
use crate::store::file::display_path;
use anyhow::Context;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file, kept beside `accord.toml` and ignored by git.
pub const LOCK_FILE: &str = ".accord.lock";

/// How long a command waits for the lock unless told otherwise.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(30);

/// Held while a command writes; released when dropped (or when the process ends, however
/// it ends).
#[derive(Debug)]
pub struct Lock {
    file: File,
    root: PathBuf,
}

impl Lock {
    /// Take the lock of the workspace at `root`, waiting up to `wait` (and saying for
    /// whom) while another command holds it.
    pub fn acquire(root: &Path, wait: Duration) -> anyhow::Result<Lock> {
        let path = root.join(LOCK_FILE);
        let shown = display_path(&path);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|e| {
                if e.raw_os_error() == Some(libc::ELOOP) {
                    hinted(
                        format!(
                            "the lock file `{shown}` is a symbolic link; accord does not follow it"
                        ),
                        format!("remove the link (`rm {shown}`); accord makes a new lock file"),
                    )
                } else {
                    anyhow::Error::new(e).context(format!("cannot open the lock file `{shown}`"))
                }
            })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => wait_for(&mut file, &shown, wait)?,
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock `{shown}`"));
            }
        }
        let lock = Lock {
            file,
            root: root.to_path_buf(),
        };
        lock.file.set_len(0).ok();
        lock.file.write_all_at(holder_text().as_bytes(), 0).ok();
        Ok(lock)
    }

    /// The workspace this lock belongs to.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Nobody holds it any more; the flock goes with the file.
        let _ = self.file.set_len(0);
    }
}

/// Wait for the holder to finish, up to `wait`, saying once who it is.
fn wait_for(file: &mut File, shown: &str, wait: Duration) -> anyhow::Result<()> {
    let holder = holder_words(file);
    let secs = wait.as_secs();
    if !wait.is_zero() {
        eprintln!("waiting for {holder} to finish writing (giving up after {secs} s)...");
    }
    let deadline = Instant::now() + wait;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock `{shown}`"));
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            let holder = holder_words(file);
            return Err(hinted(
                format!(
                    "the workspace is locked by {holder}; gave up after waiting {secs} s, nothing was written"
                ),
                "if that command is stuck, stop it; to wait longer, set ACCORD_LOCK_TIMEOUT (seconds) or `lock_timeout` in accord.toml",
            ));
        }
        std::thread::sleep(left.min(Duration::from_millis(100)));
    }
}

/// What the holder wrote into the lock file, in words: "`accord checkin log` (pid
/// 4242, since 2026-11-23 10:32:05)".
fn holder_words(file: &mut File) -> String {
    let mut text = String::new();
    let _ = file.rewind().and_then(|()| file.read_to_string(&mut text));
    let holder: Option<toml::Table> = toml::from_str(&text).ok();
    // Anyone may write the lock file, and its words go to the terminal: every control or
    // bidi character in them is shown as an escape.
    let field = |k: &str| {
        holder
            .as_ref()
            .and_then(|h| h.get(k))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .map(|v| escaped_line(&v).into_owned())
    };
    match (field("command"), field("pid"), field("since")) {
        (Some(command), Some(pid), Some(since)) => {
            format!("`{command}` (pid {pid}, since {since})")
        }
        (_, Some(pid), _) => format!("another accord command (pid {pid})"),
        _ => "another accord command".to_string(),
    }
}

/// Who holds the lock, as written into the lock file.
fn holder_text() -> String {
    let words: Vec<String> = std::env::args()
        .skip(1)
        .take_while(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .take(2)
        .collect();
    let command = std::iter::once("accord".to_string())
        .chain(words)
        .collect::<Vec<_>>()
        .join(" ");
    let mut table = toml::Table::new();
    table.insert("command".into(), command.into());
    table.insert("pid".into(), i64::from(std::process::id()).into());
    table.insert(
        "since".into(),
        chrono::Local::now()
            .format("%Y-%m-%d %H:%M:%S")
            .to_string()
            .into(),
    );
    toml::to_string(&table).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_held_elsewhere_is_waited_for_a_bounded_time_and_its_holder_named() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join(LOCK_FILE);
        let other = File::create(&path).unwrap();
        other.lock().unwrap();
        other
            .write_all_at(
                b"command = \"accord import\"\npid = 4242\nsince = \"2026-11-23 10:32:05\"\n",
                0,
            )
            .unwrap();
        let started = Instant::now();
        let err = Lock::acquire(tmp.path(), Duration::from_millis(300)).unwrap_err();
        assert!(started.elapsed() >= Duration::from_millis(300));
        let msg = err.to_string();
        assert!(
            msg.contains("locked by `accord import` (pid 4242, since 2026-11-23 10:32:05)"),
            "{msg}"
        );
        assert!(msg.contains("gave up after waiting"), "{msg}");
        drop(other);
        let held = Lock::acquire(tmp.path(), Duration::ZERO).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("pid = {}", std::process::id())),
            "{text}"
        );
        drop(held);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    }

    #[test]
    fn a_linked_lock_file_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, tmp.path().join(LOCK_FILE)).unwrap();
        let err = Lock::acquire(tmp.path(), Duration::ZERO).unwrap_err();
        assert!(err.to_string().contains("is a symbolic link"), "{err}");
        assert!(!target.exists());
    }

    #[test]
    fn the_lock_is_exclusive() {
        let tmp = tempfile::tempdir().unwrap();
        let held = Lock::acquire(tmp.path(), Duration::ZERO).unwrap();
        let other = File::options()
            .write(true)
            .open(tmp.path().join(LOCK_FILE))
            .unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(held);
        assert!(other.try_lock().is_ok());
    }
}
