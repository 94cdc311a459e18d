//! `accord undo`: putting back the bytes the journal (`store::journal`) kept for the
//! last commands that changed the workspace.
//!
//! It runs under the workspace lock: it first checks that every file is still exactly
//! as those commands left it, then puts every file back through one `store::txn::Txn`,
//! with the entries it undoes taken off the journal in the same commit. So a file changed
//! meanwhile (up to the commit's last check, just before the renames) stops it with
//! nothing written, and an undo that fails or is killed halfway is finished by the next
//! command that takes the lock: every file is put back, or none. Its writes are not
//! journaled: an undo is not itself undone.
//!
//! Not here: keeping the journal (`store::journal`), writing files together
//! (`store::txn`).

use crate::error::hinted;
use crate::store::file::{Stamp, display_path, read_bytes};
use crate::store::journal::{
    Change, DIR, Entry, FileChange, KEEP, at, entries, entry_name, paused,
};
use crate::store::lock::Lock;
use crate::store::txn::Txn;
use crate::store::write::{self, Expect};
use anyhow::Context;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// What an undo did: the commands undone, the last first, and each file put back with
/// what undoing did to it.
#[derive(Debug)]
pub struct Undone {
    pub commands: Vec<Entry>,
    pub files: Vec<(String, FileChange)>,
}

/// Undo the last `steps` commands of the journal of the workspace whose lock is held.
/// Refuses, writing nothing, unless every file they wrote is still as the last of them
/// left it. Every file is put back (and the entries undone are taken off the journal)
/// together, in one [`Txn`]: all of them or, if one changed meanwhile or a write fails,
/// none.
pub fn undo(lock: &Lock, steps: usize) -> anyhow::Result<Undone> {
    undo_with(lock, steps, || {})
}

/// [`undo`], running `window` once every file is written aside, before the commit's last
/// check, where a hand edit could land (for tests).
fn undo_with(lock: &Lock, steps: usize, window: impl FnOnce()) -> anyhow::Result<Undone> {
    let root = lock.root();
    let all = entries(root)?;
    if all.is_empty() {
        return Err(hinted(
            "there is nothing to undo",
            format!(
                "accord remembers the last {KEEP} commands that changed this workspace, and none has since the journal began"
            ),
        ));
    }
    if steps > all.len() {
        let n = all.len();
        return Err(hinted(
            format!(
                "only {n} command{} can be undone",
                if n == 1 { "" } else { "s" }
            ),
            "`accord undo --list` shows them",
        ));
    }
    let undone: Vec<Entry> = all.into_iter().take(steps).collect();
    // What each file should hold now, going back one command at a time, and what must
    // still hold of it when the files are put back: as it was when compared here.
    let mut state: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut found: BTreeMap<String, Expect> = BTreeMap::new();
    for (n, entry) in undone.iter().enumerate() {
        for c in entry.changes.iter().rev() {
            let now = match state.get(&c.path) {
                Some(s) => s.clone(),
                None => {
                    let (now, expect) = read_now(&at(root, &c.path))?;
                    found.insert(c.path.clone(), expect);
                    now
                }
            };
            if now != c.after {
                return Err(changed_since(c, &now, entry, n));
            }
            state.insert(c.path.clone(), c.before.clone());
        }
    }
    let mut txn = Txn::new(lock);
    let mut restored = Vec::new();
    for (rel, text) in state {
        let path = at(root, &rel);
        let expect = found[&rel];
        let existed = matches!(expect, Expect::Unchanged(_));
        match &text {
            // The bytes the journal kept, byte-order mark and line endings as they were.
            Some(text) => txn.add(write::exact(&path, text.clone().into_bytes(), expect))?,
            None if existed => txn.remove(&path, expect)?,
            None => {}
        }
        let what = match (existed, text.is_some()) {
            (false, true) => FileChange::Created,
            (true, false) => FileChange::Removed,
            _ => FileChange::Changed,
        };
        restored.push((rel, what));
    }
    // The entries go with the files: taken off the journal only if they are put back.
    let dir = root.join(DIR);
    for e in &undone {
        let file = dir.join(entry_name(e.seq));
        let meta = fs::symlink_metadata(&file)
            .with_context(|| format!("cannot read `{}`", display_path(&file)))?;
        txn.remove(&file, Expect::Unchanged(Stamp::of(&meta)))?;
    }
    window();
    paused(|| txn.commit())?;
    Ok(Undone {
        commands: undone,
        files: restored,
    })
}

/// The text of a file now, byte-order mark included (`None` when it does not exist;
/// bytes that are not UTF-8 are never what accord wrote, so they read as a change), and
/// what must still hold of it for it to be the file read.
fn read_now(path: &Path) -> anyhow::Result<(Option<String>, Expect)> {
    Ok(match read_bytes(path)? {
        Some((bytes, stamp)) => (
            Some(String::from_utf8(bytes).unwrap_or_else(|_| "\u{fffd}".into())),
            Expect::Unchanged(stamp),
        ),
        None => (None, Expect::Absent),
    })
}

/// The refusal when a file is no longer as `entry` left it.
fn changed_since(c: &Change, now: &Option<String>, entry: &Entry, back: usize) -> anyhow::Error {
    let how = match (now, &c.after) {
        (None, _) => "was removed",
        (Some(_), None) => "was made again",
        (Some(_), Some(_)) => "was changed",
    };
    let which = if back == 0 {
        "the last command".to_string()
    } else {
        format!("command {} of `accord undo --list`", back + 1)
    };
    hinted(
        format!(
            "cannot undo `{}` ({}, {which}): `{}` {how} since (by hand, by a command accord does not journal, or by a git pull); nothing was changed",
            entry.command_line(),
            entry.when(),
            c.path
        ),
        format!(
            "undo only puts back files that are exactly as accord left them; look at `{}` (`git diff` shows what changed) and fix it by hand, or run `accord check`",
            c.path
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::discover::SETTINGS_FILE;
    use crate::store::write::write_atomic;
    use std::time::Duration;

    fn workspace() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(SETTINGS_FILE), "schema = 1\n").unwrap();
        fs::create_dir_all(tmp.path().join("partners")).unwrap();
        tmp
    }

    fn lock(root: &Path) -> Lock {
        let held = Lock::acquire(root, Duration::from_secs(1)).unwrap();
        crate::store::txn::tidy(root).unwrap();
        held
    }

    /// Each file of the workspace's `partners/` with its bytes, temporary files included.
    fn partners(root: &Path) -> BTreeMap<String, Vec<u8>> {
        fs::read_dir(root.join("partners"))
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    }

    /// Three commands: `a` made; then `a` and `b` changed and `c` made; then `b` removed.
    /// Each is a separate entry, as separate processes would make.
    fn three_commands(root: &Path) {
        let p = |n: &str| root.join("partners").join(n);
        for (i, command) in [
            &[("a.toml", Some("n = 1\n")), ("b.toml", Some("n = 1\n"))][..],
            &[
                ("a.toml", Some("n = 2\n")),
                ("b.toml", Some("n = 2\n")),
                ("c.toml", Some("n = 2\n")),
            ],
            &[("b.toml", None)],
        ]
        .into_iter()
        .enumerate()
        {
            for (name, text) in command {
                match text {
                    Some(text) => write_atomic(&p(name), text.as_bytes()).unwrap(),
                    None => write::remove_file(&p(name)).unwrap(),
                }
            }
            crate::store::journal::tests::next_command();
            assert_eq!(entries(root).unwrap().len(), i + 1);
        }
    }

    #[test]
    fn an_undo_puts_back_every_file_together() {
        let tmp = workspace();
        let root = tmp.path();
        three_commands(root);
        let held = lock(root);
        let undone = undo(&held, 2).unwrap();
        assert_eq!(undone.commands.len(), 2);
        assert_eq!(
            undone.files,
            vec![
                ("partners/a.toml".to_string(), FileChange::Changed),
                ("partners/b.toml".to_string(), FileChange::Created),
                ("partners/c.toml".to_string(), FileChange::Removed),
            ]
        );
        let now = partners(root);
        assert_eq!(now.keys().collect::<Vec<_>>(), ["a.toml", "b.toml"]);
        assert_eq!(now["a.toml"], b"n = 1\n");
        assert_eq!(now["b.toml"], b"n = 1\n");
        assert_eq!(entries(root).unwrap().len(), 1);
        assert!(!root.join(crate::store::txn::TXN_FILE).exists());
    }

    #[test]
    fn a_hand_edit_saved_while_undo_writes_is_refused_and_nothing_is_put_back() {
        let tmp = workspace();
        let root = tmp.path();
        three_commands(root);
        let before = partners(root);
        let held = lock(root);
        let err = undo_with(&held, 2, || {
            fs::write(root.join("partners/c.toml"), "n = 2 # by hand\n").unwrap();
        })
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(
                "c.toml` changed on disk while accord was working on it; nothing was written"
            ),
            "{err}"
        );
        let mut expected = before;
        expected.insert("c.toml".into(), b"n = 2 # by hand\n".to_vec());
        assert_eq!(partners(root), expected);
        // the journal still has both commands; undo now refuses over the hand edit
        assert_eq!(entries(root).unwrap().len(), 3);
        let err = undo(&held, 2).unwrap_err().to_string();
        assert!(err.contains("`partners/c.toml` was changed since"), "{err}");
    }

    #[test]
    fn undo_puts_back_the_exact_bytes_with_a_byte_order_mark_and_crlf() {
        let tmp = workspace();
        let root = tmp.path();
        let a = root.join("partners/a.toml");
        let old = "\u{FEFF}# mine\r\nname = \"A\"\r\n".as_bytes();
        fs::write(&a, old).unwrap();
        write_atomic(&a, "\u{FEFF}# mine\r\nname = \"B\"\r\n".as_bytes()).unwrap();
        write_atomic(&root.join("partners/b.toml"), b"name = \"B\"\n").unwrap();
        crate::store::journal::tests::next_command();
        let held = lock(root);
        undo(&held, 1).unwrap();
        assert_eq!(fs::read(&a).unwrap(), old);
        assert_eq!(partners(root).len(), 1);
    }
}
