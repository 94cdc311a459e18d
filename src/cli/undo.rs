//! `accord undo`: take back the last commands that changed the workspace, from the
//! journal in `.accord/journal/` (see `store::journal`).

use crate::context::Ctx;
use crate::error::hinted;
use crate::report::undo::{FileRow, UndoRow};
use crate::report::{ListFormat, list};
use crate::store::journal::{self, Entry, FileChange};
use crate::store::undo;
use clap::Args;

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// How many commands to undo, the last first [default: 1]
    #[arg(value_name = "N", value_parser = steps, conflicts_with = "list")]
    pub steps: Option<usize>,
    /// List the commands that can be undone, the last first, with the files each wrote
    #[arg(long)]
    pub list: bool,
    /// Output format of --list
    #[arg(long, value_enum, default_value_t, requires = "list")]
    pub format: ListFormat,
}

/// Files named one by one in the status lines before "and N more".
const SHOWN: usize = 10;

pub fn run(ctx: &Ctx, args: UndoArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    if args.list {
        let entries = if ws.exists() {
            journal::entries(&ws.root)?
        } else {
            Vec::new()
        };
        let rows: Vec<UndoRow> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| row(i + 1, e))
            .collect();
        let empty =
            "nothing to undo: no command has changed this workspace since the journal began";
        return ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?);
    }
    if !ws.exists() {
        return Err(hinted(
            "there is nothing to undo",
            "no command has changed this workspace yet",
        ));
    }
    let steps = args.steps.unwrap_or(1);
    let lock = ws.lock()?;
    let undone = undo::undo(&lock, steps)?;
    drop(lock);
    for e in &undone.commands {
        ctx.status(&format!("undid `{}` ({})", e.command_line(), e.when()));
    }
    for (path, what) in undone.files.iter().take(SHOWN) {
        let line = match what {
            FileChange::Changed => format!("  put back `{path}` as it was"),
            FileChange::Removed => format!("  removed `{path}`, which it had made"),
            FileChange::Created => format!("  made `{path}` again, which it had removed"),
        };
        ctx.status(&line);
    }
    if undone.files.len() > SHOWN {
        ctx.status(&format!("  and {} more files", undone.files.len() - SHOWN));
    }
    ctx.status("an undo cannot be undone; to redo, run the command again");
    Ok(())
}

/// A number of commands: 1 or more.
fn steps(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("give how many commands to undo: 1 or more".to_string()),
    }
}

fn row(back: usize, e: &Entry) -> UndoRow {
    UndoRow {
        back,
        at: e.at.clone(),
        command: e.command_line(),
        files: e
            .files()
            .into_iter()
            .map(|(path, what)| FileRow {
                path,
                change: match what {
                    FileChange::Created => "created",
                    FileChange::Changed => "changed",
                    FileChange::Removed => "removed",
                },
            })
            .collect(),
    }
}
