//! The undo journal: for each of the last commands that changed the workspace, the bytes
//! every data file held before and after, so `accord undo` can put them back.
//!
//! It lives in `.accord/journal/` beside the lock, one file per command
//! (`000042.jsonl`: a line saying which command ran and when, then a line per file it
//! wrote). The folder holds its own `.gitignore`, so git never shares it even in a
//! workspace made before `accord init` listed it. Only the last [`KEEP`] commands are
//! kept.
//!
//! The write path calls [`record`] once per file it replaces or removes
//! (`write::Ready::write`, `txn::Txn::commit`, `write::write_atomic`,
//! `write::remove_file`); every write of one process lands in the same entry, so a
//! command that writes many files (an import) is undone as one. Only the workspace's
//! data files are recorded (`accord.toml`, `partners/`, `goals/`,
//! `instruments/`), never an export or a report written elsewhere. Recording never
//! fails a command: a write that could not be journaled is said on stderr and simply
//! cannot be undone.
//!
//! `accord undo` (`store::undo`) reads the entries back and puts the older bytes back,
//! with its own writes [`paused`]: an undo is not itself undone, and the entries it undid
//! are dropped.
//!
//! Not for: history or sharing (that is git's job), or files outside the workspace.

use crate::error::hinted;
use crate::store::DATA_DIRS;
use crate::store::discover::SETTINGS_FILE;
use crate::store::file::display_path;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::cell::RefCell;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The journal's folder, relative to the workspace.
pub const DIR: &str = ".accord/journal";
/// How many commands the journal keeps.
pub const KEEP: usize = 50;

/// The first line of an entry: the command and when it ran.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct Head {
    /// The arguments after `accord`.
    command: Vec<String>,
    /// Local time, `YYYY-MM-DD HH:MM:SS`.
    at: String,
}

/// One file a command wrote: its path in the workspace and its text before and after
/// (`None`: the file did not exist).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Change {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One command in the journal.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its number; later commands have larger ones.
    pub seq: u64,
    /// The arguments after `accord`.
    pub command: Vec<String>,
    /// Local time, `YYYY-MM-DD HH:MM:SS`.
    pub at: String,
    /// The files it wrote, in the order it wrote them.
    pub changes: Vec<Change>,
}

impl Entry {
    /// The command as the user would type it: `accord checkin log acme --summary "Kickoff"`.
    pub fn command_line(&self) -> String {
        std::iter::once("accord".to_string())
            .chain(self.command.iter().map(|a| shell_quote(a)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// When it ran, to the minute.
    pub fn when(&self) -> &str {
        self.at.get(..16).unwrap_or(&self.at)
    }

    /// Each file once, with what the command did to it overall.
    pub fn files(&self) -> Vec<(String, FileChange)> {
        let mut out: Vec<(String, FileChange)> = Vec::new();
        for c in &self.changes {
            let first_before = self
                .changes
                .iter()
                .find(|o| o.path == c.path)
                .map(|o| o.before.is_some());
            let what = match (first_before, c.after.is_some()) {
                (Some(false), true) => FileChange::Created,
                (_, false) => FileChange::Removed,
                _ => FileChange::Changed,
            };
            match out.iter_mut().find(|(p, _)| *p == c.path) {
                Some(slot) => slot.1 = what,
                None => out.push((c.path.clone(), what)),
            }
        }
        out
    }
}

/// What a command did to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChange {
    Created,
    Changed,
    Removed,
}

thread_local! {
    /// The entry this command is writing, per workspace (a command writes from one
    /// thread).
    static OPEN: RefCell<Vec<(PathBuf, PathBuf)>> = const { RefCell::new(Vec::new()) };
    /// Set while `undo` writes, so its own writes are not journaled.
    static PAUSED: Cell<bool> = const { Cell::new(false) };
}

/// The text of `path` before a write, when it is a workspace data file that the journal
/// keeps (`None` otherwise, or when it does not exist). Called before writing.
pub fn before(path: &Path) -> Option<Option<String>> {
    data_file(path)?;
    if PAUSED.with(Cell::get) {
        return None;
    }
    match fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(Some(text)),
            Err(_) => {
                warn(path, "its old contents are not UTF-8 text");
                None
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(None),
        Err(e) => {
            warn(path, &e.to_string());
            None
        }
    }
}

/// Record that a write turned `before` (from [`before`]) into `after` (`None`: the file
/// was removed). Never fails: a problem is said on stderr.
pub fn record(path: &Path, before: Option<Option<String>>, after: Option<&[u8]>) {
    let Some(before) = before else { return };
    let Some((root, rel)) = data_file(path) else {
        return;
    };
    let after = match after.map(|b| std::str::from_utf8(b).map(str::to_string)) {
        None => None,
        Some(Ok(text)) => Some(text),
        Some(Err(_)) => return warn(path, "its new contents are not UTF-8 text"),
    };
    if before == after {
        return;
    }
    let change = Change {
        path: rel,
        before,
        after,
    };
    let head = || Head {
        command: std::env::args().skip(1).collect(),
        at: now(),
    };
    if let Err(e) = append(&root, &change, head) {
        warn(path, &format!("{e:#}"));
    }
}

fn warn(path: &Path, why: &str) {
    eprintln!(
        "warning: the change to `{}` was not recorded for `accord undo`: {why}",
        display_path(path)
    );
}

/// The local time now, or `ACCORD_NOW` (`YYYY-MM-DD HH:MM[:SS]`) when set, for tests.
fn now() -> String {
    if let Ok(fixed) = std::env::var("ACCORD_NOW") {
        let fixed = fixed.trim().replace('T', " ");
        if fixed.len() == 16 {
            return format!("{fixed}:00");
        }
        if !fixed.is_empty() {
            return fixed;
        }
    }
    chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

/// The workspace root and the path in it, when `path` is a data file the journal keeps.
fn data_file(path: &Path) -> Option<(PathBuf, String)> {
    let name = path.file_name()?.to_str()?;
    let parent = path.parent().unwrap_or(Path::new(""));
    let (root, rel) = if name == SETTINGS_FILE {
        (parent, name.to_string())
    } else {
        let dir = parent.file_name()?.to_str()?;
        if !DATA_DIRS.contains(&dir) || !name.ends_with(".toml") || name.starts_with('.') {
            return None;
        }
        (parent.parent()?, format!("{dir}/{name}"))
    };
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    root.join(SETTINGS_FILE)
        .is_file()
        .then(|| (root.to_path_buf(), rel))
}

/// Add a change to this process's entry, starting the entry on the first write.
fn append(root: &Path, change: &Change, head: impl FnOnce() -> Head) -> anyhow::Result<()> {
    let key = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let open = OPEN.with_borrow(|open| {
        open.iter()
            .find(|(r, _)| *r == key)
            .map(|(_, file)| file.clone())
    });
    let file = match open {
        Some(file) if file.is_file() => file,
        _ => {
            let file = start(root, &head())?;
            OPEN.with_borrow_mut(|open| {
                open.retain(|(r, _)| *r != key);
                open.push((key, file.clone()));
            });
            file
        }
    };
    let mut line = serde_json::to_string(change)?;
    line.push('\n');
    fs::OpenOptions::new()
        .append(true)
        .open(&file)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .with_context(|| format!("cannot write `{}`", display_path(&file)))
}

/// Start a new entry after the last one, and drop the ones beyond [`KEEP`].
fn start(root: &Path, head: &Head) -> anyhow::Result<PathBuf> {
    let dir = root.join(DIR);
    fs::create_dir_all(&dir).with_context(|| format!("cannot create `{}`", display_path(&dir)))?;
    let ignore = root.join(".accord/.gitignore");
    if !ignore.exists() {
        fs::write(&ignore, "# accord's local undo journal: never shared\n*\n")
            .with_context(|| format!("cannot write `{}`", display_path(&ignore)))?;
    }
    let seqs = sequence(&dir)?;
    let seq = seqs.last().map_or(1, |s| s + 1);
    let file = dir.join(entry_name(seq));
    let mut line = serde_json::to_string(head)?;
    line.push('\n');
    fs::write(&file, line).with_context(|| format!("cannot write `{}`", display_path(&file)))?;
    for old in seqs.iter().filter(|s| **s + KEEP as u64 <= seq) {
        let _ = fs::remove_file(dir.join(entry_name(*old)));
    }
    Ok(file)
}

pub(crate) fn entry_name(seq: u64) -> String {
    format!("{seq:06}.jsonl")
}

/// The numbers of the entries in the journal, oldest first.
fn sequence(dir: &Path) -> anyhow::Result<Vec<u64>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot list `{}`", display_path(dir))),
    };
    let mut seqs: Vec<u64> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".jsonl")?.parse().ok())
        .collect();
    seqs.sort_unstable();
    Ok(seqs)
}

/// The commands in the journal of the workspace at `root`, the last one first.
pub fn entries(root: &Path) -> anyhow::Result<Vec<Entry>> {
    let dir = root.join(DIR);
    let mut out = Vec::new();
    for seq in sequence(&dir)?.into_iter().rev() {
        out.push(read_entry(&dir.join(entry_name(seq)), seq)?);
    }
    Ok(out)
}

fn read_entry(file: &Path, seq: u64) -> anyhow::Result<Entry> {
    let text = fs::read_to_string(file)
        .with_context(|| format!("cannot read `{}`", display_path(file)))?;
    let damaged = |line: usize, e: &dyn std::fmt::Display| {
        hinted(
            format!(
                "the undo journal `{}` is damaged at line {line}: {e}",
                display_path(file)
            ),
            "delete that file to go on: the commands it recorded can then no longer be undone",
        )
    };
    let mut lines = text.lines().enumerate();
    let head: Head = match lines.next() {
        Some((_, l)) => serde_json::from_str(l).map_err(|e| damaged(1, &e))?,
        None => return Err(damaged(1, &"it is empty")),
    };
    let mut changes = Vec::new();
    for (i, l) in lines {
        let change: Change = serde_json::from_str(l).map_err(|e| damaged(i + 1, &e))?;
        // Undo writes where the journal says: only ever a data file of the workspace.
        if !is_data_path(&change.path) {
            let why = format!("`{}` is not a file of the workspace", change.path);
            return Err(damaged(i + 1, &why));
        }
        changes.push(change);
    }
    Ok(Entry {
        seq,
        command: head.command,
        at: head.at,
        changes,
    })
}

/// Whether `rel` names a data file inside the workspace: `accord.toml`, or
/// one of [`DATA_DIRS`] and a file name that is an id.
pub(crate) fn is_data_path(rel: &str) -> bool {
    if rel == SETTINGS_FILE {
        return true;
    }
    let Some((dir, name)) = rel.split_once('/') else {
        return false;
    };
    DATA_DIRS.contains(&dir)
        && name
            .strip_suffix(".toml")
            .is_some_and(|id| crate::model::id::validate_slug(id).is_ok())
}

/// Whether `rel` names an entry of the journal: `.accord/journal/NNNNNN.jsonl`.
pub(crate) fn is_entry_path(rel: &str) -> bool {
    rel.strip_prefix(DIR)
        .and_then(|r| r.strip_prefix('/'))
        .and_then(|name| name.strip_suffix(".jsonl"))
        .is_some_and(|seq| !seq.is_empty() && seq.bytes().all(|b| b.is_ascii_digit()))
}

/// The file a change is about, at `root`.
pub(crate) fn at(root: &Path, rel: &str) -> PathBuf {
    rel.split('/')
        .fold(root.to_path_buf(), |p, part| p.join(part))
}

/// Run `f` without journaling its writes.
pub(crate) fn paused<T>(f: impl FnOnce() -> T) -> T {
    PAUSED.with(|p| p.set(true));
    let out = f();
    PAUSED.with(|p| p.set(false));
    out
}

/// Quote an argument for a shell when it needs it, with control characters (a line
/// break in `--notes`) written as escapes so they never reach the terminal raw.
fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:=@,+%".contains(c));
    if plain {
        return arg.to_string();
    }
    let mut out = String::from("\"");
    for c in arg.chars() {
        match c {
            '\\' | '"' | '$' | '`' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c) =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::store::write::{remove_file, write_atomic};

    fn workspace() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(SETTINGS_FILE), "schema = 1\n").unwrap();
        fs::create_dir_all(tmp.path().join("partners")).unwrap();
        tmp
    }

    /// `accord undo` of `steps` commands, under the workspace's lock.
    fn undo(root: &Path, steps: usize) -> anyhow::Result<crate::store::undo::Undone> {
        let lock = crate::store::lock::Lock::acquire(root, std::time::Duration::from_secs(1))?;
        crate::store::undo::undo(&lock, steps)
    }

    /// Forget this process's open entry, as if a new command started.
    pub(crate) fn next_command() {
        OPEN.with_borrow_mut(Vec::clear);
    }

    #[test]
    fn only_data_files_are_kept() {
        let tmp = workspace();
        let root = tmp.path();
        assert!(data_file(&root.join("partners/acme.toml")).is_some());
        assert!(data_file(&root.join(SETTINGS_FILE)).is_some());
        assert!(data_file(&root.join("report.html")).is_none());
        assert!(data_file(&root.join("partners/.acme.toml.tmp")).is_none());
        assert!(data_file(&root.join("exports/partners.csv")).is_none());
        let elsewhere = tempfile::tempdir().unwrap();
        fs::create_dir_all(elsewhere.path().join("partners")).unwrap();
        assert!(data_file(&elsewhere.path().join("partners/a.toml")).is_none());
    }

    #[test]
    fn writes_of_one_command_are_one_entry_and_undo_puts_them_back() {
        let tmp = workspace();
        let root = tmp.path();
        let a = root.join("partners/a.toml");
        write_atomic(&a, b"name = \"A\"\n").unwrap();
        next_command();
        write_atomic(&a, b"name = \"A2\"\n").unwrap();
        write_atomic(&root.join("partners/b.toml"), b"name = \"B\"\n").unwrap();
        next_command();
        let list = entries(root).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(
            list[0].files(),
            vec![
                ("partners/a.toml".into(), FileChange::Changed),
                ("partners/b.toml".into(), FileChange::Created)
            ]
        );
        assert_eq!(
            list[1].files(),
            vec![("partners/a.toml".into(), FileChange::Created)]
        );

        let undone = undo(root, 1).unwrap();
        assert_eq!(undone.commands[0].seq, 2);
        assert_eq!(undone.files.len(), 2);
        assert_eq!(fs::read_to_string(&a).unwrap(), "name = \"A\"\n");
        assert!(!root.join("partners/b.toml").exists());
        // the undo itself is not journaled
        assert_eq!(entries(root).unwrap().len(), 1);

        remove_file(&a).unwrap();
        next_command();
        undo(root, 1).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "name = \"A\"\n");
        undo(root, 1).unwrap();
        assert!(!a.exists());
        let err = undo(root, 1).unwrap_err().to_string();
        assert_eq!(err, "there is nothing to undo");
    }

    #[test]
    fn undo_refuses_over_a_changed_file_and_writes_nothing() {
        let tmp = workspace();
        let root = tmp.path();
        let a = root.join("partners/a.toml");
        write_atomic(&a, b"name = \"A\"\n").unwrap();
        next_command();
        write_atomic(&a, b"name = \"B\"\n").unwrap();
        next_command();
        fs::write(&a, "name = \"by hand\"\n").unwrap();
        let err = undo(root, 1).unwrap_err().to_string();
        assert!(err.contains("`partners/a.toml` was changed since"), "{err}");
        assert_eq!(fs::read_to_string(&a).unwrap(), "name = \"by hand\"\n");
        assert_eq!(entries(root).unwrap().len(), 2);

        // two steps back: the second is checked against what undoing the first leaves
        fs::write(&a, "name = \"B\"\n").unwrap();
        let err = undo(root, 3).unwrap_err().to_string();
        assert_eq!(err, "only 2 commands can be undone");
        undo(root, 2).unwrap();
        assert!(!a.exists());
    }

    #[test]
    fn the_journal_keeps_the_last_commands_only() {
        let tmp = workspace();
        let root = tmp.path();
        let a = root.join("partners/a.toml");
        for i in 0..KEEP + 5 {
            write_atomic(&a, format!("n = {i}\n").as_bytes()).unwrap();
            next_command();
        }
        let list = entries(root).unwrap();
        assert_eq!(list.len(), KEEP);
        assert_eq!(list[0].seq, (KEEP + 5) as u64);
        assert_eq!(list[KEEP - 1].seq, 6);
        assert_eq!(
            fs::read_to_string(root.join(".accord/.gitignore")).unwrap(),
            "# accord's local undo journal: never shared\n*\n"
        );
    }

    #[test]
    fn a_damaged_entry_is_named() {
        let tmp = workspace();
        let root = tmp.path();
        write_atomic(&root.join("partners/a.toml"), b"n = 1\n").unwrap();
        next_command();
        let file = root.join(DIR).join(entry_name(1));
        fs::write(&file, "{not json\n").unwrap();
        let err = entries(root).unwrap_err().to_string();
        assert!(err.contains("is damaged at line 1"), "{err}");
    }

    #[test]
    fn undo_never_writes_outside_the_workspace() {
        let tmp = workspace();
        let root = tmp.path();
        let dir = root.join(DIR);
        fs::create_dir_all(&dir).unwrap();
        for path in [
            "../outside.toml",
            "partners/../../x.toml",
            "notes.txt",
            "/etc/passwd",
        ] {
            let change = Change {
                path: path.into(),
                before: Some("x".into()),
                after: None,
            };
            fs::write(
                dir.join(entry_name(1)),
                format!(
                    "{}\n{}\n",
                    serde_json::to_string(&Head {
                        command: vec![],
                        at: String::new()
                    })
                    .unwrap(),
                    serde_json::to_string(&change).unwrap()
                ),
            )
            .unwrap();
            let err = undo(root, 1).unwrap_err().to_string();
            assert!(
                err.contains("is not a file of the workspace"),
                "{path}: {err}"
            );
        }
        assert!(!tmp.path().parent().unwrap().join("outside.toml").exists());
        assert!(is_data_path("partners/acme.toml"));
        assert!(is_data_path("accord.toml"));
    }

    #[test]
    fn commands_are_shown_as_typed() {
        let e = Entry {
            seq: 1,
            command: vec![
                "checkin".into(),
                "log".into(),
                "acme".into(),
                "--summary".into(),
                "Fall \"kickoff\"".into(),
            ],
            at: "2026-11-23 14:05:09".into(),
            changes: vec![],
        };
        assert_eq!(
            e.command_line(),
            "accord checkin log acme --summary \"Fall \\\"kickoff\\\"\""
        );
        assert_eq!(e.when(), "2026-11-23 14:05");
        assert_eq!(
            shell_quote("two\nlines\u{1b}[31m"),
            "\"two\\nlines\\u{1b}[31m\""
        );
        assert_eq!(shell_quote("$HOME"), "\"\\$HOME\"");
    }
}
