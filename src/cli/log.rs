//! `accord log [PARTNER|GOAL]`: who changed what, and when, from git's history of the
//! workspace's files, in accord's words ("Log check-in with `acme`"), not raw diffs.

use crate::context::Ctx;
use crate::error::hinted;
use crate::model::history;
use crate::model::id;
use crate::model::merge::owner_of;
use crate::model::text;
use crate::report::Tone;
use crate::store::git::Git;
use crate::store::{Kind, Workspace};
use clap::Args;

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this partner's, goal's or survey's history (an id, also of one removed since)
    pub target: Option<String>,
    /// How many commits to show, newest first
    #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

/// One change in the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub date: String,
    pub who: String,
    pub what: String,
}

pub fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let git = Git::at(&ws.root);
    if !git.is_repo() {
        return Err(hinted(
            "the workspace is not kept in git, so it has no history to show",
            "`git init` in it and `accord sync --setup`, or start a new one with `accord init --git DIR`",
        ));
    }
    let paths = match &args.target {
        Some(t) => vec![target_path(ws, &git, t)?],
        None => KINDS.iter().map(|k| k.dir().to_string()).collect(),
    };
    let entries = entries(&git, &paths, args.limit)?;
    if entries.is_empty() {
        ctx.status("no changes recorded in git yet (`accord sync` commits them)");
        return Ok(());
    }
    let width = entries
        .iter()
        .map(|e| e.who.chars().count())
        .max()
        .unwrap_or(0);
    let p = &ctx.painter;
    let mut out = String::new();
    for e in &entries {
        out.push_str(&format!(
            "{}  {}  {}\n",
            p.paint(Tone::Dim, &e.date),
            p.paint(
                Tone::Strong,
                &format!("{:<width$}", text::escaped_line(&e.who))
            ),
            text::escaped_line(&e.what.replace('`', ""))
        ));
    }
    ctx.emit(&out)
}

/// The kinds of file whose history `log` shows.
const KINDS: [Kind; 3] = [Kind::Partner, Kind::Goal, Kind::Survey];

/// The file of a partner, goal or survey, existing or removed, as a path in the workspace.
fn target_path(ws: &Workspace, git: &Git, typed: &str) -> anyhow::Result<String> {
    for kind in KINDS {
        if let Ok(id) = ws.resolve(kind, typed) {
            return Ok(ws.rel(&ws.path(kind, &id)));
        }
    }
    id::validate_slug(typed)?;
    for kind in KINDS {
        let rel = format!("{}/{typed}.toml", kind.dir());
        if git
            .run(&["log", "-1", "--format=%H", "--", &rel])
            .is_ok_and(|s| !s.is_empty())
        {
            return Ok(rel);
        }
    }
    Err(hinted(
        format!("no partner, goal or survey `{typed}`, now or in the history"),
        "`accord partner list`, `accord goal list` and `accord survey list` show them",
    ))
}

/// The changes to `paths`, newest commit first, at most `limit` commits.
pub fn entries(git: &Git, paths: &[String], limit: usize) -> anyhow::Result<Vec<Entry>> {
    let prefix = git.prefix().unwrap_or_default();
    let n = format!("-n{limit}");
    // Every commit that touched the paths, also one whose change a merge later dropped
    // (git's default simplification would hide it, and with it what was lost).
    let mut args = vec![
        "log",
        "--no-merges",
        "--full-history",
        "--format=%H%x1f%an%x1f%ad",
        "--date=short",
        &n,
        "--",
    ];
    args.extend(paths.iter().map(String::as_str));
    let commits = match git.run(&args) {
        Ok(c) => c,
        // A repository with no commit yet has no history.
        Err(_) => return Ok(Vec::new()),
    };
    let mut out = Vec::new();
    for line in commits.lines() {
        let mut f = line.split('\u{1f}');
        let (Some(hash), Some(who), Some(date)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let mut diff = vec![
            "diff-tree",
            "--no-commit-id",
            "-r",
            "--root",
            "--name-only",
            "--relative",
            "-z",
            hash,
            "--",
        ];
        diff.extend(paths.iter().map(String::as_str));
        let files = git.run(&diff).unwrap_or_default();
        for rel in files.split('\0').filter(|s| !s.is_empty()) {
            let Some(owner) = owner_of(rel) else { continue };
            let show = |rev: String| git.run(&["show", &format!("{rev}:{prefix}{rel}")]).ok();
            let before = show(format!("{hash}^"));
            let after = show(hash.to_string());
            let stem = std::path::Path::new(rel)
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            for what in history::changes(owner, &stem, before.as_deref(), after.as_deref()) {
                out.push(Entry {
                    date: date.to_string(),
                    who: who.to_string(),
                    what,
                });
            }
        }
    }
    Ok(out)
}
