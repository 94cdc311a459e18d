//! `accord resolve [PARTNER|GOAL|FILE]`: settle what a merge left for a person to decide.
//! Each conflict is shown with both values and who set them; the user picks one or types
//! another, on a terminal or with `--mine`, `--theirs`, `--value`. A partner one side
//! removed while the other changed it is asked as a plain question (`--keep`, `--drop`).

use crate::cli::editor::{ask, interactive, say};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::conflict::{self, Block, Choice};
use crate::model::goal::Goal;
use crate::model::history;
use crate::model::merge::owner_of;
use crate::model::partner::Partner;
use crate::model::registry::Owner;
use crate::store::file::{read_file, read_text_opt};
use crate::store::git::Git;
use crate::store::write::{self, remove_file};
use crate::store::{Kind, Workspace};
use anyhow::bail;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// Only this partner or goal (an id), or this file [default: every conflict]
    pub target: Option<String>,
    /// Keep this copy's side of every conflict
    #[arg(long, conflicts_with_all = ["theirs", "value", "keep", "drop"])]
    pub mine: bool,
    /// Keep the other side of every conflict (what was pulled)
    #[arg(long, conflicts_with_all = ["value", "keep", "drop"])]
    pub theirs: bool,
    /// Write this value instead of either side (for conflicts on one field)
    #[arg(long, value_name = "VALUE", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// For a partner or goal removed on one side and changed on the other: keep it
    #[arg(long, conflicts_with = "drop")]
    pub keep: bool,
    /// For a partner or goal removed on one side and changed on the other: remove it
    #[arg(long)]
    pub drop: bool,
    /// Only list what is left to settle
    #[arg(long, conflicts_with_all = ["mine", "theirs", "value", "keep", "drop"])]
    pub list: bool,
}

/// How to settle: from flags, or by asking.
#[derive(Debug, Clone, Default)]
pub struct Decide {
    pub mine: bool,
    pub theirs: bool,
    pub value: Option<String>,
    pub keep: bool,
    pub drop: bool,
}

impl Decide {
    fn any(&self) -> bool {
        self.mine || self.theirs || self.value.is_some() || self.keep || self.drop
    }
}

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
}

pub fn run(ctx: &Ctx, args: ResolveArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let mut pending = pending(ws)?;
    if let Some(t) = &args.target {
        let t = t.trim_end_matches(".toml");
        pending.retain(|p| {
            let rel = p.rel();
            rel.trim_end_matches(".toml") == t
                || std::path::Path::new(rel)
                    .file_stem()
                    .is_some_and(|s| s == t)
        });
        if pending.is_empty() {
            return Err(hinted(
                format!("nothing to settle in `{t}`"),
                "`accord resolve --list` shows what is left",
            ));
        }
    }
    if pending.is_empty() {
        ctx.status("no conflicts: nothing to settle");
        return Ok(());
    }
    if args.list {
        ctx.emit(&list(ws, &pending))?;
        return Ok(());
    }
    let decide = Decide {
        mine: args.mine,
        theirs: args.theirs,
        value: args.value,
        keep: args.keep,
        drop: args.drop,
    };
    settle(ctx, ws, &pending, &decide)?;
    let left = self::pending(ws)?;
    if left.is_empty() {
        ctx.status("every conflict is settled; `accord sync` finishes the merge and shares it");
    } else {
        ctx.status(&format!(
            "{} file{} still to settle; `accord resolve --list` shows them",
            left.len(),
            if left.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// Everything left to settle in the workspace: files with markers, and (in a git merge)
/// files removed on one side and changed on the other.
pub fn pending(ws: &Workspace) -> anyhow::Result<Vec<Pending>> {
    let mut out = Vec::new();
    let mut rels = vec![crate::store::discover::SETTINGS_FILE.to_string()];
    for kind in [Kind::Partner, Kind::Goal] {
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
    let git = Git::at(&ws.root);
    if ws.root.join(".git").exists() || git.is_repo() {
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

/// The list of what is left, in words, one conflict a line.
pub fn list(ws: &Workspace, pending: &[Pending]) -> String {
    let mut out = String::new();
    for p in pending {
        match p {
            Pending::Markers { rel, blocks } => {
                for b in blocks {
                    out.push_str(&format!("{rel}:{}: {}\n", b.line, describe(rel, b)));
                }
            }
            Pending::Removed { rel, ours_removed } => {
                out.push_str(&format!("{rel}: {}\n", question(ws, rel, *ours_removed)));
            }
        }
    }
    out
}

/// A conflict in words, naming the partner or goal for its own fields.
pub fn describe(rel: &str, b: &Block) -> String {
    conflict::describe_in(rel, b)
}

/// Settle each pending item with the flags, or by asking on a terminal.
pub fn settle(ctx: &Ctx, ws: &Workspace, pending: &[Pending], d: &Decide) -> anyhow::Result<()> {
    let ask_ok = interactive();
    if !d.any() && !ask_ok {
        return Err(hinted(
            format!("{} to settle, and no terminal to ask on", count(pending)),
            "choose for every conflict with --mine, --theirs or --value (and --keep or --drop for a removed partner); `accord resolve --list` shows them",
        ));
    }
    let git = Git::at(&ws.root);
    for p in pending {
        match p {
            Pending::Markers { rel, .. } => {
                let path = ws.root.join(rel);
                let Some(read) = read_file(&path)? else {
                    bail!("cannot read `{rel}`: it does not exist");
                };
                let text = read.text.clone();
                let mut failed = None;
                let resolved = conflict::resolve(&text, |b| {
                    if failed.is_some() {
                        return None;
                    }
                    match choose(rel, b, d, ask_ok) {
                        Ok(c) => c,
                        Err(e) => {
                            failed = Some(e);
                            None
                        }
                    }
                });
                if let Some(e) = failed {
                    return Err(e);
                }
                check_text(rel, &resolved)?;
                // A hand edit saved meanwhile is refused, not overwritten; the file's
                // byte-order mark and line endings are kept.
                write::replacing(&path, read, &resolved)?.write()?;
                if !conflict::has_markers(&resolved) {
                    // Tell git the file is settled, when a merge is under way.
                    if git.ok(&["ls-files", "-u", "--error-unmatch", rel]) {
                        git.run(&["add", "--", rel])?;
                    }
                    ctx.status(&format!("settled {rel}"));
                }
            }
            Pending::Removed { rel, ours_removed } => {
                let q = question(ws, rel, *ours_removed);
                let keep = if d.keep || (d.mine && !ours_removed) || (d.theirs && *ours_removed) {
                    true
                } else if d.drop || d.mine || d.theirs {
                    false
                } else if ask_ok {
                    loop {
                        let answer = ask(&format!("{q}\n[k]eep or [d]rop?"))?
                            .unwrap_or_default()
                            .to_lowercase();
                        if answer.starts_with('k') {
                            break true;
                        }
                        if answer.starts_with('d') {
                            break false;
                        }
                    }
                } else {
                    return Err(hinted(q, "answer with --keep or --drop"));
                };
                if keep {
                    git.run(&["add", "--", rel])?;
                    ctx.status(&format!("kept {rel}"));
                } else {
                    if ws.root.join(rel).exists() {
                        remove_file(&ws.root.join(rel))?;
                    }
                    git.run(&["rm", "-q", "--cached", "--ignore-unmatch", "--", rel])?;
                    ctx.status(&format!("removed {rel}"));
                }
            }
        }
    }
    Ok(())
}

fn count(pending: &[Pending]) -> String {
    let n: usize = pending
        .iter()
        .map(|p| match p {
            Pending::Markers { blocks, .. } => blocks.len(),
            Pending::Removed { .. } => 1,
        })
        .sum();
    format!("{n} conflict{}", if n == 1 { "" } else { "s" })
}

/// The choice for one conflict.
fn choose(rel: &str, b: &Block, d: &Decide, ask_ok: bool) -> anyhow::Result<Option<Choice>> {
    if d.mine {
        return Ok(Some(Choice::Ours));
    }
    if d.theirs {
        return Ok(Some(Choice::Theirs));
    }
    if let Some(v) = &d.value {
        return match conflict::typed_value(b, v) {
            Some(lines) => Ok(Some(Choice::Lines(lines))),
            None => Err(usage(format!(
                "{rel}:{}: --value settles a conflict on one field, and this one is about a whole record; use --mine or --theirs",
                b.line
            ))),
        };
    }
    if !ask_ok {
        return Ok(None);
    }
    let record = b.ours.trim_start().starts_with('[') || b.theirs.trim_start().starts_with('[');
    let show = |s: &str| {
        let s = s.trim();
        if s.is_empty() {
            "(removed)".to_string()
        } else {
            s.lines()
                .map(|l| format!("\n        {l}"))
                .collect::<String>()
        }
    };
    say(&format!("\n{rel}:{}: {}", b.line, describe(rel, b)));
    say(&format!("  1  {}:{}", b.ours_label, show(&b.ours)));
    say(&format!("  2  {}:{}", b.theirs_label, show(&b.theirs)));
    let prompt = if record {
        "Keep 1 or 2 (or 3 for both)?"
    } else {
        "Keep 1 or 2, or type a new value:"
    };
    loop {
        let Some(answer) = ask(prompt)? else {
            return Ok(None);
        };
        match answer.as_str() {
            "1" => return Ok(Some(Choice::Ours)),
            "2" => return Ok(Some(Choice::Theirs)),
            "3" if record => return Ok(Some(Choice::Both)),
            "" => continue,
            typed if !record => {
                if let Some(lines) = conflict::typed_value(b, typed) {
                    return Ok(Some(Choice::Lines(lines)));
                }
            }
            _ => continue,
        }
    }
}

/// A settled file must read back as what it is; nothing is written otherwise.
fn check_text(rel: &str, text: &str) -> anyhow::Result<()> {
    if conflict::has_markers(text) {
        return Ok(());
    }
    let path = PathBuf::from(rel);
    let result = match owner_of(rel) {
        Some(Owner::Partner) => crate::store::file::parse::<Partner>(&path, text).map(|_| ()),
        Some(Owner::Goal) => crate::store::file::parse::<Goal>(&path, text).map(|_| ()),
        Some(Owner::Survey) => {
            crate::store::file::parse::<crate::model::survey::Survey>(&path, text).map(|_| ())
        }
        None => crate::store::file::parse_doc(&path, text).map(|_| ()),
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
    let id = std::path::Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
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
