//! Completing ids at the shell (clap_complete's dynamic completion): partner and goal ids
//! with their names, check-in ids, and the ids of open or done action items, read from
//! the workspace at the moment TAB is pressed. `accord completions SHELL` prints the
//! script that asks accord for them; `COMPLETE=SHELL accord` prints the same.
//!
//! A completer sees only the word being completed, so the workspace is found as a
//! command would find it: `--workspace` if the line being completed names one, then
//! `ACCORD_WORKSPACE`, then the nearest `accord.toml` upward. Any problem (no workspace,
//! a file that does not parse) completes nothing rather than printing an error.

use crate::model::partner::Partner;
use crate::store::discover::Inputs;
use crate::store::{Kind, Workspace};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;
use std::path::PathBuf;

/// At most this many candidates are described (their files read for a name).
const DESCRIBED: usize = 60;

/// The environment variable that asks accord for completions.
pub const VAR: &str = "COMPLETE";

/// Partner ids, described by the partner's name.
pub fn partners() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| owners(current, Kind::Partner))
}

/// Goal ids, described by the goal's title.
pub fn goals() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| owners(current, Kind::Goal))
}

/// Check-in ids, described by their date, partner and summary.
pub fn checkins() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        records(current, |p, out| {
            for c in &p.checkins {
                let summary = c.summary.as_deref().unwrap_or("");
                out.push((c.id.clone(), format!("{} {}: {summary}", c.date, p.id)));
            }
        })
    })
}

/// Ids of action items still open, described by their text.
pub fn open_actions() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| actions(current, false))
}

/// Ids of action items done, described by their text.
pub fn done_actions() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| actions(current, true))
}

fn actions(current: &OsStr, done: bool) -> Vec<CompletionCandidate> {
    records(current, |p, out| {
        for a in p.actions.iter().filter(|a| a.done.is_some() == done) {
            out.push((a.id.clone(), format!("{}: {}", p.id, a.text)));
        }
    })
}

/// The workspace as the command line being completed would find it.
fn workspace() -> Option<Workspace> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        if a == "-w" || a == "--workspace" {
            return args.get(i + 1).map(PathBuf::from);
        }
        a.strip_prefix("--workspace=").map(PathBuf::from)
    });
    let ws = Workspace::open(&Inputs::from_env(flag)).ok()?;
    ws.exists().then_some(ws)
}

/// The ids of partner or goal files starting with what is typed, each described by its
/// name while there are few enough to read.
fn owners(current: &OsStr, kind: Kind) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let Some(ws) = workspace() else {
        return Vec::new();
    };
    let ids: Vec<String> = ws
        .ids(kind)
        .unwrap_or_default()
        .into_iter()
        .filter(|id| id.starts_with(&typed))
        .collect();
    let describe = ids.len() <= DESCRIBED;
    ids.into_iter()
        .map(|id| {
            let help = describe
                .then(|| match kind {
                    Kind::Partner => ws.load_partner(&id).ok().map(|p| p.name),
                    Kind::Goal => ws.load_goal(&id).ok().map(|g| g.title),
                    Kind::Survey => ws
                        .load::<crate::model::survey::Survey>(&id)
                        .ok()
                        .map(|s| s.title),
                })
                .flatten();
            CompletionCandidate::new(id).help(help.map(Into::into))
        })
        .collect()
}

/// Record ids starting with what is typed, gathered from every partner file by `each`
/// as (id, description).
fn records(
    current: &OsStr,
    each: impl Fn(&Partner, &mut Vec<(String, String)>),
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let Some(ws) = workspace() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    if let Ok(partners) = ws.partners() {
        for p in partners.flatten() {
            each(&p, &mut found);
        }
    }
    found.retain(|(id, _)| id.to_lowercase().starts_with(&typed));
    found.sort();
    found
        .into_iter()
        .map(|(id, help)| CompletionCandidate::new(id).help(Some(help.into())))
        .collect()
}
