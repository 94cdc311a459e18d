//! What a merge left for a person to decide, read from the workspace and from git: files
//! with conflict markers, files one side removed while the other changed them, the plain
//! question about such a file, and the check that a settled file reads back.

use crate::error::hinted;
use crate::model::conflict::{self, Block};
use crate::model::goal::Goal;
use crate::model::history;
use crate::model::merge::{self, owner_of};
use crate::model::partner::Partner;
use crate::model::registry::Owner;
use crate::store::file::{self, read_text_opt};
use crate::store::git::Git;
use crate::store::write;
use crate::store::{Kind, Workspace};
use std::path::{Path, PathBuf};

/// Something a merge left to decide.
#[derive(Debug, Clone)]
pub enum Pending {
    /// A file with conflict markers; `rel` is relative to the workspace.
    Markers { rel: String, blocks: Vec<Block> },
    /// A file one side removed while the other changed it. `ours_removed` says which.
    Removed { rel: String, ours_removed: bool },
}

impl Pending {
    pub fn rel(&self) -> &str {
        match self {
            Pending::Markers { rel, .. } | Pending::Removed { rel, .. } => rel,
        }
    }

    /// The id of the partner, goal or survey the file holds (its name).
    pub fn id(&self) -> String {
        id_of(self.rel())
    }
}

/// The id a file's path names: its name without `.toml`.
fn id_of(rel: &str) -> String {
    Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// Everything left to settle in the workspace: files with markers, and (in a git merge)
/// files removed on one side and changed on the other.
pub fn pending(ws: &Workspace) -> anyhow::Result<Vec<Pending>> {
    let mut out = Vec::new();
    let mut rels = vec![super::discover::SETTINGS_FILE.to_string()];
    for kind in [Kind::Partner, Kind::Goal, Kind::Survey] {
        for id in ws.ids(kind)? {
            rels.push(ws.rel(&ws.path(kind, &id)));
        }
    }
    for rel in rels {
        let Some(text) = read_text_opt(&ws.root.join(&rel))? else {
            continue;
        };
        let blocks = conflict::blocks(&text);
        if !blocks.is_empty() {
            out.push(Pending::Markers { rel, blocks });
        }
    }
    out.extend(unmerged(ws)?);
    Ok(out)
}

/// Whether git is in the middle of a merge in the repository holding `root`: its
/// `MERGE_HEAD` is there. Found by looking, without running git, so commands that do not
/// otherwise need git pay a few `stat`s.
pub fn merging(root: &Path) -> bool {
    super::git::git_dir(root).is_some_and(|(dir, _)| dir.join("MERGE_HEAD").is_file())
}

/// The files a merge left for the plain question (one side removed it, the other
/// changed it), from git, while a merge is under way.
pub fn unmerged(ws: &Workspace) -> anyhow::Result<Vec<Pending>> {
    let mut out = Vec::new();
    let git = Git::at(&ws.root);
    if merging(&ws.root) {
        let status = git.output(&["status", "--porcelain=v1", "-z", "--", "."])?;
        let prefix = git.prefix().unwrap_or_default();
        for entry in String::from_utf8_lossy(&status.stdout).split('\0') {
            if entry.len() < 4 {
                continue;
            }
            let (code, path) = entry.split_at(3);
            let rel = path
                .strip_prefix(prefix.as_str())
                .unwrap_or(path)
                .to_string();
            match code.trim_end() {
                "UD" => out.push(Pending::Removed {
                    rel,
                    ours_removed: false,
                }),
                "DU" => out.push(Pending::Removed {
                    rel,
                    ours_removed: true,
                }),
                _ => {}
            }
        }
    }
    Ok(out)
}

/// Merge again, by record, the files git merged line by line (a clone not set up with
/// accord's merge driver, or a merge started with plain git): git's own markers are
/// labelled `HEAD`, never a person. The three versions come from git's index, so only
/// what truly conflicts is left, labelled by who. A file changed since git wrote it (its
/// time is later than the merge's `MERGE_HEAD`: someone began to settle it by hand) is
/// not touched. Returns the files merged again.
pub fn remerge_line_merges(ws: &Workspace) -> anyhow::Result<Vec<String>> {
    let mut done = Vec::new();
    let Some((git_dir, _)) = super::git::git_dir(&ws.root) else {
        return Ok(done);
    };
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(merged_at) = modified(&git_dir.join("MERGE_HEAD")) else {
        return Ok(done);
    };
    let git = Git::at(&ws.root);
    let prefix = git.prefix().unwrap_or_default();
    let base = git
        .run(&["merge-base", "HEAD", "MERGE_HEAD"])
        .unwrap_or_default();
    for p in pending(ws)? {
        let Pending::Markers { rel, blocks } = p else {
            continue;
        };
        let Some(owner) = owner_of(&rel) else {
            continue;
        };
        let untouched = modified(&ws.root.join(&rel)).is_some_and(|t| t <= merged_at);
        if !untouched || !blocks.iter().all(|b| b.ours_label == "HEAD") {
            continue;
        }
        let full = format!("{prefix}{rel}");
        let stage = |n: u8| -> Option<String> {
            let out = git.output(&["show", &format!(":{n}:{full}")]).ok()?;
            out.status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
        };
        let (Some(old), Some(ours), Some(theirs)) = (stage(1), stage(2), stage(3)) else {
            continue;
        };
        let who = |to: &str| git.author(&base, to, &full);
        let labels = merge::Labels::by(who("HEAD"), who("MERGE_HEAD"), 7);
        let Ok(merged) = merge::merge(Some(owner), &old, &ours, &theirs, &labels) else {
            continue;
        };
        let path = ws.root.join(&rel);
        let Some(read) = file::read_file(&path)? else {
            continue;
        };
        check_text(&rel, &merged.text)?;
        write::replacing(&path, read, &merged.text)?.write()?;
        if merged.conflicts.is_empty() {
            git.run(&["add", "--", &rel])?;
        }
        done.push(rel);
    }
    Ok(done)
}

/// Tell git of the workspace's files a merge left that were settled by hand (no marker
/// left, and a data file reads as what it is). Returns the paths git still waits on
/// that accord does not settle: files outside the workspace's own, or still marked.
pub fn add_settled_by_hand(ws: &Workspace) -> anyhow::Result<Vec<String>> {
    let git = Git::at(&ws.root);
    let prefix = git.prefix().unwrap_or_default();
    let own = super::git::own_files(&ws.root);
    let mut outside = Vec::new();
    for path in git
        .run(&["diff", "--name-only", "--diff-filter=U"])?
        .lines()
    {
        let rel = path.strip_prefix(prefix.as_str()).filter(|rel| {
            own.iter()
                .any(|o| rel == o || rel.starts_with(&format!("{o}/")))
        });
        let text = match rel {
            Some(rel) => read_text_opt(&ws.root.join(rel))?,
            None => None,
        };
        match (rel, text) {
            (Some(rel), Some(text)) if !conflict::has_markers(&text) => {
                if rel.ends_with(".toml") {
                    check_text(rel, &text)?;
                }
                git.run(&["add", "--", rel])?;
            }
            _ => outside.push(path.to_string()),
        }
    }
    Ok(outside)
}

/// A settled file must read back as what it is; nothing is written otherwise.
pub fn check_text(rel: &str, text: &str) -> anyhow::Result<()> {
    if conflict::has_markers(text) {
        return Ok(());
    }
    let path = PathBuf::from(rel);
    let result = match owner_of(rel) {
        Some(Owner::Partner) => file::parse::<Partner>(&path, text).map(|_| ()),
        Some(Owner::Goal) => file::parse::<Goal>(&path, text).map(|_| ()),
        Some(Owner::Survey) => file::parse::<crate::model::survey::Survey>(&path, text).map(|_| ()),
        None if rel == super::discover::SETTINGS_FILE => {
            // The settings must also hold to their rules, or no command would open.
            match file::parse::<crate::model::settings::Settings>(&path, text) {
                Ok(s) => match s.problems().into_iter().next() {
                    Some((field, why)) => {
                        return Err(hinted(
                            format!(
                                "that choice would leave `{field}` wrong in accord.toml ({why}), so nothing was written"
                            ),
                            "choose again, or edit the file by hand",
                        ));
                    }
                    None => Ok(()),
                },
                Err(e) => Err(e),
            }
        }
        None => file::parse_doc(&path, text).map(|_| ()),
    };
    result.map_err(|e| {
        hinted(
            format!(
                "that choice would leave a file accord cannot read, so nothing was written: {e}"
            ),
            "choose again, or edit the file by hand",
        )
    })
}

/// The plain question about a file one side removed and the other changed.
pub fn question(ws: &Workspace, rel: &str, ours_removed: bool) -> String {
    let git = Git::at(&ws.root);
    let prefix = git.prefix().unwrap_or_default();
    let full = format!("{prefix}{rel}");
    let owner = owner_of(rel);
    let noun = owner.map_or("file", Owner::noun);
    let id = id_of(rel);
    let (remover, changer) = if ours_removed {
        ("HEAD", "MERGE_HEAD")
    } else {
        ("MERGE_HEAD", "HEAD")
    };
    let when = git
        .run(&[
            "log",
            "-1",
            "--format=%an\t%ad",
            "--date=short",
            remover,
            "--",
            &full,
        ])
        .unwrap_or_default();
    let (who, date) = when.split_once('\t').unwrap_or(("someone", ""));
    let base = git
        .run(&["merge-base", "HEAD", "MERGE_HEAD"])
        .unwrap_or_default();
    let show = |rev: &str| git.run(&["show", &format!("{rev}:{full}")]).ok();
    let before = show(&base);
    let after = show(changer);
    let name = after
        .as_deref()
        .or(before.as_deref())
        .and_then(|t| t.parse::<toml_edit::DocumentMut>().ok())
        .and_then(|d| {
            d.get("name")
                .or_else(|| d.get("title"))
                .and_then(|v| v.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| id.clone());
    let changed = owner
        .map(|o| history::changes(o, &id, before.as_deref(), after.as_deref()))
        .unwrap_or_default()
        .iter()
        .map(|c| c.replace('`', "").to_lowercase())
        .collect::<Vec<_>>()
        .join(", ");
    let on = if date.is_empty() {
        String::new()
    } else {
        format!(" on {date}")
    };
    if ours_removed {
        let other = git
            .run(&["log", "-1", "--format=%an", changer, "--", &full])
            .unwrap_or_else(|_| "someone".into());
        format!(
            "You removed {noun} {name}{on}; {other} changed it since ({changed}). Keep the {noun} with {other}'s changes, or drop it?"
        )
    } else {
        format!(
            "{who} removed {noun} {name}{on}; you changed it since ({changed}). Keep the {noun}, or drop your changes?"
        )
    }
}
