//! `accord sync`: share the workspace with the team through git in one step. Commits
//! accord's pending changes with a message in words, pulls with the merge driver active,
//! settles what the merge left (asking, on a terminal), runs `check`, and pushes,
//! retrying when someone pushed first. `--setup` prepares a clone (and nothing else).
//!
//! Only the workspace's own files are ever added or committed.

use crate::cli::resolve::{self, Decide};
use crate::context::Ctx;
use crate::error::{Exit, hinted};
use crate::model::history;
use crate::model::merge::owner_of;
use crate::store::Workspace;
use crate::store::check;
use crate::store::conflicts;
use crate::store::discover::SETTINGS_FILE;
use crate::store::file::read_text_opt;
use crate::store::git::{self, Git};
use clap::Args;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only prepare this clone: .gitattributes, .gitignore, the merge driver and the
    /// pull setting (run once after cloning)
    #[arg(long)]
    pub setup: bool,
    /// Commit and merge, but do not push
    #[arg(long, conflicts_with = "setup")]
    pub no_push: bool,
}

/// How many times to pull again when someone pushed first.
const ATTEMPTS: usize = 5;

pub fn run(ctx: &Ctx, args: SyncArgs) -> anyhow::Result<()> {
    // Until a merge left half-done is settled, the settings may hold conflict markers.
    let ws = &ctx.ws_settling()?;
    if !ws.exists() {
        return Err(hinted(
            "there is no workspace here to share yet",
            "`accord init --git DIR` creates one in a new git repository",
        ));
    }
    let git = Git::at(&ws.root);
    if !git.is_repo() {
        return Err(hinted(
            format!(
                "the workspace `{}` is not in a git repository, so there is nothing to sync with",
                crate::store::file::display_path(&ws.root)
            ),
            "`git init` in it, then `accord sync --setup`; a new workspace starts with `accord init --git DIR`; to join a team, `git clone URL DIR`, then `accord sync --setup` in DIR",
        ));
    }
    for change in git::setup(&ws.root, &git::program())? {
        ctx.status(&change);
    }
    if args.setup {
        ctx.status("this clone merges accord's files by record; `accord sync` shares your changes");
        return Ok(());
    }
    // A merge left half-done by an earlier sync: settle it first.
    if merging(&git) {
        settle(ctx, ws, &git)?;
    }
    let ws = ctx.ws()?;
    commit_pending(ctx, ws, &git)?;
    let remote = git.has_remote();
    if !remote {
        ctx.status("no remote to share with: your changes are committed here only (`git remote add origin URL` adds one)");
        return refuse_if_broken(ctx, ws);
    }
    for attempt in 1..=ATTEMPTS {
        pull(ctx, ws, &git)?;
        refuse_if_broken(ctx, ws)?;
        if args.no_push {
            ctx.status("merged; not pushed (--no-push)");
            return Ok(());
        }
        match push(&git)? {
            Pushed::Done(to) => {
                ctx.status(&format!("shared with {to}"));
                return Ok(());
            }
            Pushed::UpToDate => {
                ctx.status("up to date");
                return Ok(());
            }
            Pushed::Behind if attempt < ATTEMPTS => {
                ctx.status("someone shared changes first; pulling them and trying again");
            }
            Pushed::Behind => {}
        }
    }
    Err(hinted(
        "the remote kept moving while accord tried to push",
        "run `accord sync` again in a moment",
    ))
}

/// Whether a merge is under way in this clone.
fn merging(git: &Git) -> bool {
    git.ok(&["rev-parse", "-q", "--verify", "MERGE_HEAD"])
}

/// Commit what accord changed in the workspace, with a message that says what and who.
fn commit_pending(ctx: &Ctx, ws: &Workspace, git: &Git) -> anyhow::Result<()> {
    let own = git::own_files(&ws.root);
    let mut add = vec!["add", "-A", "--"];
    add.extend(&own);
    git.run(&add)?;
    let mut diff = vec![
        "diff",
        "--cached",
        "--name-status",
        "--relative",
        "-z",
        "--",
    ];
    diff.extend(&own);
    let listed = git.run(&diff)?;
    let mut fields = listed.split('\0').filter(|s| !s.is_empty());
    let mut changes = Vec::new();
    while let (Some(status), Some(path)) = (fields.next(), fields.next()) {
        let path = if status.starts_with('R') || status.starts_with('C') {
            fields.next().unwrap_or(path)
        } else {
            path
        };
        changes.extend(describe(ws, git, path));
    }
    if changes.is_empty() {
        return Ok(());
    }
    let message = history::message(&changes, &ctx.user());
    commit_staged(git, &own, &message)?;
    ctx.status(&format!(
        "committed: {}",
        message.lines().next().unwrap_or("")
    ));
    Ok(())
}

/// Commit what is staged under the workspace's own paths, and nothing else.
fn commit_staged(git: &Git, own: &[&str], message: &str) -> anyhow::Result<()> {
    let mut names = vec!["diff", "--cached", "--name-only", "--relative", "-z", "--"];
    names.extend(own);
    let listed = git.run(&names)?;
    let mut commit = vec!["commit", "-q", "-m", message, "--"];
    commit.extend(listed.split('\0').filter(|s| !s.is_empty()));
    git.run(&commit)?;
    Ok(())
}

/// One changed file in words, against the last commit.
fn describe(ws: &Workspace, git: &Git, rel: &str) -> Vec<String> {
    let prefix = git.prefix().unwrap_or_default();
    let before = git.run(&["show", &format!("HEAD:{prefix}{rel}")]).ok();
    let after = read_text_opt(&ws.root.join(rel)).ok().flatten();
    let id = std::path::Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    match owner_of(rel) {
        Some(owner) => history::changes(owner, &id, before.as_deref(), after.as_deref()),
        None if rel == SETTINGS_FILE => {
            vec!["Change the workspace settings".to_string()]
        }
        None if rel.starts_with("instruments") => vec![format!("Change instrument `{id}`")],
        None => vec!["Set up the workspace for the team".to_string()],
    }
}

/// Pull with the merge driver; settle what it leaves.
fn pull(ctx: &Ctx, ws: &Workspace, git: &Git) -> anyhow::Result<()> {
    let before = git.run(&["rev-parse", "-q", "--verify", "HEAD"]).ok();
    let out = if git.upstream().is_some() {
        git.output(&["pull", "--no-rebase", "--no-edit"])?
    } else {
        // A first sync: the branch does not track the remote yet.
        let branch = git.run(&["symbolic-ref", "--short", "HEAD"])?;
        git.run(&["fetch", "-q", "origin"])?;
        if !git.ok(&["rev-parse", "-q", "--verify", &format!("origin/{branch}")]) {
            return Ok(());
        }
        git.output(&["pull", "--no-rebase", "--no-edit", "origin", &branch])?
    };
    if out.status.success() {
        let after = git.run(&["rev-parse", "-q", "--verify", "HEAD"]).ok();
        if before != after {
            ctx.status(&format!(
                "pulled changes from {}",
                authors(git, before.as_deref())
            ));
        }
        return Ok(());
    }
    if !merging(git) {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(hinted(
            format!("`git pull` failed: {}", err.trim()),
            "fix what git says, then `accord sync` again",
        ));
    }
    settle(ctx, ws, git)
}

/// Who made the commits pulled since `before`.
fn authors(git: &Git, before: Option<&str>) -> String {
    let range = match before {
        Some(b) => format!("{b}..HEAD"),
        None => "HEAD".to_string(),
    };
    let names = git
        .run(&["log", "--no-merges", "--format=%an", &range])
        .unwrap_or_default();
    let mut unique: Vec<&str> = Vec::new();
    for n in names.lines() {
        if !unique.contains(&n) {
            unique.push(n);
        }
    }
    if unique.is_empty() {
        "the team".to_string()
    } else {
        unique.join(", ")
    }
}

/// Settle the conflicts of a merge under way (asking on a terminal), then commit it.
fn settle(ctx: &Ctx, ws: &Workspace, git: &Git) -> anyhow::Result<()> {
    resolve::remerge(ctx, ws)?;
    let pending = conflicts::pending(ws)?;
    if !pending.is_empty() {
        if !crate::cli::editor::interactive() {
            let mut text = format!(
                "the changes pulled conflict with yours ({}):\n",
                resolve::count(&pending)
            );
            text.push_str(&resolve::list(ws, &pending));
            crate::cli::editor::say(text.trim_end());
            return Err(hinted(
                "the merge is waiting for your choice",
                "`accord resolve` shows each conflict and lets you pick (or use --mine, --theirs, --value, --keep, --drop); then `accord sync` again",
            ));
        }
        resolve::settle(ctx, ws, &pending, &Decide::default())?;
        if !conflicts::pending(ws)?.is_empty() {
            return Err(hinted(
                "some conflicts are not settled yet",
                "`accord resolve` settles them; then `accord sync` again",
            ));
        }
    }
    let outside = conflicts::add_settled_by_hand(ws)?;
    if !outside.is_empty() {
        return Err(hinted(
            format!(
                "git has files left to merge that accord does not settle: {}",
                outside.join(", ")
            ),
            "take the conflict markers out of them by hand (`git status` lists them), then `accord sync` again",
        ));
    }
    let from = authors_of_merge(git);
    let message = format!("Merge changes from {from} ({})", ctx.user());
    git.run(&["commit", "-q", "--no-edit", "-m", &message])?;
    ctx.status(&format!("merged: {message}"));
    Ok(())
}

fn authors_of_merge(git: &Git) -> String {
    let names = git
        .run(&["log", "--no-merges", "--format=%an", "HEAD..MERGE_HEAD"])
        .unwrap_or_default();
    let mut unique: Vec<&str> = Vec::new();
    for n in names.lines() {
        if !unique.contains(&n) {
            unique.push(n);
        }
    }
    if unique.is_empty() {
        "the team".into()
    } else {
        unique.join(", ")
    }
}

/// Refuse to share a workspace that `check` finds errors in.
fn refuse_if_broken(ctx: &Ctx, ws: &Workspace) -> anyhow::Result<()> {
    let report = check::check(ws, ctx.today)?;
    if report.errors == 0 {
        return Ok(());
    }
    for d in report
        .problems
        .iter()
        .filter(|d| d.severity == crate::model::validate::Severity::Error)
    {
        let at = d.line.map_or(d.file.clone(), |l| format!("{}:{l}", d.file));
        crate::cli::editor::say(&format!("{at}: error: {}", d.message));
    }
    eprintln!(
        "error: not shared: `accord check` finds {} error{} (listed above); your commits stay here",
        report.errors,
        if report.errors == 1 { "" } else { "s" }
    );
    eprintln!("hint: fix them, then `accord sync` again");
    Err(Exit(1).into())
}

enum Pushed {
    Done(String),
    UpToDate,
    Behind,
}

fn push(git: &Git) -> anyhow::Result<Pushed> {
    let upstream = git.upstream();
    if let Some(up) = &upstream
        && git
            .run(&["rev-list", "--count", &format!("{up}..HEAD")])
            .is_ok_and(|n| n == "0")
    {
        return Ok(Pushed::UpToDate);
    }
    let out = if upstream.is_some() {
        git.output(&["push", "-q"])?
    } else {
        git.output(&["push", "-q", "-u", "origin", "HEAD"])?
    };
    if out.status.success() {
        return Ok(Pushed::Done(
            git.upstream().unwrap_or_else(|| "origin".to_string()),
        ));
    }
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("rejected") || err.contains("fetch first") || err.contains("non-fast-forward") {
        return Ok(Pushed::Behind);
    }
    Err(hinted(
        format!("`git push` failed: {}", err.trim()),
        "fix what git says (access to the remote?), then `accord sync` again",
    ))
}

/// `accord init --git`: make the new workspace a git repository (unless it is inside one
/// already), set it up for the team, and commit it.
pub fn init_git(ctx: &Ctx, dir: &std::path::Path) -> anyhow::Result<()> {
    let git = Git::at(dir);
    if !git.is_repo() {
        git.run(&["init", "-q"])?;
        ctx.status("started a git repository for it");
    }
    for change in git::setup(dir, &git::program())? {
        ctx.status(&change);
    }
    let own = git::own_files(dir);
    let mut add = vec!["add", "--"];
    add.extend(&own);
    git.run(&add)?;
    if commit_staged(&git, &own, "Start the accord workspace").is_ok() {
        ctx.status("committed it; `git remote add origin URL`, then `accord sync`, shares it with your team");
    } else {
        ctx.status("not committed yet: tell git your name (`git config --global user.name \"Your Name\"` and user.email); `accord sync` then commits and shares it");
    }
    Ok(())
}
