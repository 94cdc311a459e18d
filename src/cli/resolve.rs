//! `accord resolve [PARTNER|GOAL|FILE[:LINE]]`: settle what a merge left for a person to
//! decide. Each conflict is shown with both values and who set them; the user picks one or
//! types another, on a terminal or with `--mine`, `--theirs`, `--value` (one conflict at a
//! time: `FILE:LINE`, as `--list` shows it, names one). A partner one side removed while
//! the other changed it is asked as a plain question (`--keep`, `--drop`).

use crate::cli::editor::{ask, interactive, say};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::conflict::{self, Block, Choice};
use crate::store::Workspace;
use crate::store::conflicts::{self, Pending, check_text, pending, question};
use crate::store::file::read_file;
use crate::store::git::Git;
use crate::store::write::{self, remove_file};
use anyhow::bail;
use clap::Args;

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// Only this partner, goal or survey (an id), or this file; FILE:LINE (as `--list`
    /// shows it) names one conflict [default: every conflict]
    pub target: Option<String>,
    /// Keep this copy's side of every conflict
    #[arg(long, conflicts_with_all = ["theirs", "value", "keep", "drop"])]
    pub mine: bool,
    /// Keep the other side of every conflict (what was pulled)
    #[arg(long, conflicts_with_all = ["value", "keep", "drop"])]
    pub theirs: bool,
    /// Write this value instead of either side, for one conflict on one field (name it
    /// with FILE:LINE when there are several)
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
    /// Only the conflict whose opening marker is on this line (of the one file chosen).
    pub line: Option<usize>,
}

impl Decide {
    fn any(&self) -> bool {
        self.mine || self.theirs || self.value.is_some() || self.keep || self.drop
    }
}

pub fn run(ctx: &Ctx, args: ResolveArgs) -> anyhow::Result<()> {
    // Settings a merge left markers in are settled here too: they are not read.
    let ws = &ctx.ws_settling()?;
    if !args.list {
        remerge(ctx, ws)?;
    }
    let mut pending = pending(ws)?;
    let (target, line) = match args.target.as_deref().map(split_line) {
        Some((t, line)) => (Some(t), line),
        None => (None, None),
    };
    if let Some(t) = target {
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
    if let Some(n) = line {
        let at = |p: &Pending| matches!(p, Pending::Markers { blocks, .. } if blocks.iter().any(|b| b.line == n));
        pending.retain(at);
        if pending.len() != 1 {
            return Err(hinted(
                format!(
                    "no conflict starts at line {n} of `{}`",
                    target.unwrap_or_default()
                ),
                "`accord resolve --list` shows each conflict as FILE:LINE",
            ));
        }
        if let Some(Pending::Markers { blocks, .. }) = pending.first_mut() {
            blocks.retain(|b| b.line == n);
        }
    }
    if args.list {
        ctx.emit(&list(ws, &pending))?;
        return Ok(());
    }
    if args.value.is_some() && count_of(&pending) > 1 {
        return Err(hinted(
            format!(
                "--value settles one conflict, and there are {}:\n{}",
                count(&pending),
                list(ws, &pending).trim_end()
            ),
            "name one as FILE:LINE, as listed (`accord resolve FILE:LINE --value VALUE`), or settle them all with --mine or --theirs",
        ));
    }
    let decide = Decide {
        mine: args.mine,
        theirs: args.theirs,
        value: args.value,
        keep: args.keep,
        drop: args.drop,
        line,
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

/// Merge again by record what git merged line by line, saying so.
pub fn remerge(ctx: &Ctx, ws: &Workspace) -> anyhow::Result<()> {
    for rel in conflicts::remerge_line_merges(ws)? {
        ctx.status(&format!(
            "merged {rel} again, record by record: git had merged it line by line (run `accord sync --setup` once in this clone so it merges by record)"
        ));
    }
    Ok(())
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
                    if failed.is_some() || d.line.is_some_and(|l| l != b.line) {
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

/// How many conflicts are pending.
fn count_of(pending: &[Pending]) -> usize {
    pending
        .iter()
        .map(|p| match p {
            Pending::Markers { blocks, .. } => blocks.len(),
            Pending::Removed { .. } => 1,
        })
        .sum()
}

/// How many conflicts are pending, in words: "2 conflicts".
pub fn count(pending: &[Pending]) -> String {
    let n = count_of(pending);
    format!("{n} conflict{}", if n == 1 { "" } else { "s" })
}

/// A target and the line it names, when it ends in `:LINE` (`partners/acme.toml:12`).
fn split_line(target: &str) -> (&str, Option<usize>) {
    match target.rsplit_once(':') {
        Some((file, line)) if !file.is_empty() => match line.parse::<usize>() {
            Ok(n) => (file, Some(n)),
            Err(_) => (target, None),
        },
        _ => (target, None),
    }
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
