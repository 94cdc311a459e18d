//! `accord merge-file BASE CURRENT OTHER [PATH]`: the git merge driver. Git runs it for
//! each accord file both sides changed (see `accord sync --setup`); it merges the file by
//! record and writes the result into CURRENT. Exit 0 means merged; otherwise CURRENT
//! holds conflict markers around only what conflicts, and git keeps the file unmerged.

use crate::cli::editor::say;
use crate::context::Ctx;
use crate::error::Exit;
use crate::model::merge::{self, Labels};
use crate::store::file::read_text;
use crate::store::git::Git;
use crate::store::write::write_atomic;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct MergeFileArgs {
    /// The common ancestor's version (git's %O)
    pub base: PathBuf,
    /// This clone's version, replaced by the result (git's %A)
    pub current: PathBuf,
    /// The version being merged in (git's %B)
    pub other: PathBuf,
    /// Where the file lives in the repository (git's %P), to know its kind
    pub path: Option<String>,
    /// Length of the conflict markers (git's %L)
    #[arg(long, value_name = "N", default_value_t = 7)]
    pub marker_size: usize,
    /// Git's names for the three versions (%S %X %Y), to find who made each change
    #[arg(long, num_args = 3, value_names = ["BASE", "CURRENT", "OTHER"])]
    pub labels: Option<Vec<String>>,
}

pub fn run(_ctx: &Ctx, args: MergeFileArgs) -> anyhow::Result<()> {
    let base = read_text(&args.base)?;
    let current = read_text(&args.current)?;
    let other = read_text(&args.other)?;
    let path = args
        .path
        .clone()
        .unwrap_or_else(|| args.current.display().to_string());
    let owner = merge::owner_of(&path);
    let plain = Labels {
        ours: "yours".into(),
        theirs: "theirs".into(),
        marker: args.marker_size,
    };
    match merge::merge(owner, &base, &current, &other, &plain) {
        Ok(m) if m.conflicts.is_empty() => {
            write_atomic(&args.current, m.text.as_bytes())?;
            Ok(())
        }
        Ok(_) => {
            let labels = labels(&args, &path);
            let m = merge::merge(owner, &base, &current, &other, &labels)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            write_atomic(&args.current, m.text.as_bytes())?;
            let n = m.conflicts.len();
            say(&format!(
                "accord: {path}: {n} conflict{} to settle (`accord resolve` shows each with both values):",
                if n == 1 { "" } else { "s" }
            ));
            for c in &m.conflicts {
                let side = |who: &str, v: &Option<String>| match v {
                    Some(v) if v.starts_with('[') => format!("{who} kept it"),
                    Some(v) => format!(
                        "{who} wrote {}",
                        v.split_once(" = ").map_or(v.as_str(), |x| x.1)
                    ),
                    None => format!("{who} removed it"),
                };
                say(&format!(
                    "  {}: {}; {}",
                    c.what,
                    side(&labels.ours, &c.ours),
                    side(&labels.theirs, &c.theirs)
                ));
            }
            Err(Exit(1).into())
        }
        Err(why) => {
            say(&format!(
                "accord: {path}: could not merge by record ({why}); git's line merge was used instead"
            ));
            text_merge(&args, &path)
        }
    }
}

/// Who made each side's change: the author of the last commit on that side since the
/// common ancestor that touched the file. Never a commit id or `HEAD`.
fn labels(args: &MergeFileArgs, path: &str) -> Labels {
    let revs = args.labels.clone().unwrap_or_default();
    let rev = |i: usize| {
        revs.get(i)
            .and_then(|s| s.split_whitespace().next())
            .map(str::to_string)
    };
    let git = Git::at(Path::new("."));
    let who = |i: usize| {
        let to = rev(i)?;
        let from = rev(0).unwrap_or_default();
        git.author(&from, &to, path)
    };
    Labels::by(who(1), who(2), args.marker_size)
}

/// Git's own line merge of the three versions into CURRENT; exits as git does.
fn text_merge(args: &MergeFileArgs, path: &str) -> anyhow::Result<()> {
    let labels = labels(args, path);
    let current = args.current.display().to_string();
    let base = args.base.display().to_string();
    let other = args.other.display().to_string();
    let marker = format!("--marker-size={}", args.marker_size);
    let git = Git::at(Path::new("."));
    let out = git.output(&[
        "merge-file",
        &marker,
        "-L",
        &labels.ours,
        "-L",
        "before",
        "-L",
        &labels.theirs,
        &current,
        &base,
        &other,
    ])?;
    match out.status.code() {
        Some(0) => Ok(()),
        _ => Err(Exit(1).into()),
    }
}
