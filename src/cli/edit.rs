//! `accord edit ID`: open `$VISUAL`/`$EDITOR` on one record (a check-in, an action item,
//! an evaluation, a contribution, a win or a measurement), found by its id or a unique
//! prefix, as a TOML snippet. What is saved is checked as `accord check` would, and held
//! to the rules a command keeps; it replaces the record in its file only once it is
//! valid, as `accord partner edit` does for a whole file.

use crate::cli::editor;
use crate::context::Ctx;
use crate::error::{Exit, hinted};
use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::problem::Severity;
use crate::model::registry::{Keeps, Owns, Record, Visit};
use crate::report::Tone;
use crate::store::Stored;
use crate::store::file::{display_path, read_text};
use crate::store::records::{Found, OwnerId};
use clap::Args;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The record's id (or a unique prefix of it): a check-in, action item, evaluation,
    /// contribution, win or measurement
    pub id: String,
}

pub fn run(ctx: &Ctx, args: EditArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let found = ws.find_any(&args.id)?;
    let mut edit = EditOne {
        ctx,
        found: &found,
        result: None,
    };
    Partner::each_kind(&mut edit);
    Goal::each_kind(&mut edit);
    edit.result
        .unwrap_or_else(|| Err(anyhow::anyhow!("no kind of record keeps `{}`", found.key)))
}

/// Runs the edit with the kind of the record found in hand.
struct EditOne<'a> {
    ctx: &'a Ctx,
    found: &'a Found,
    result: Option<anyhow::Result<()>>,
}

impl<O: Owns + Stored + OwnerId> Visit<O> for EditOne<'_> {
    fn visit<R: Record>(&mut self)
    where
        O: Keeps<R>,
    {
        if self.result.is_none() && R::DEF == self.found.kind && O::OWNER == R::DEF.owner {
            self.result = Some(edit::<O, R>(self.ctx, self.found));
        }
    }
}

fn edit<O, R>(ctx: &Ctx, found: &Found) -> anyhow::Result<()>
where
    O: Owns + Stored + OwnerId + Keeps<R>,
    R: Record,
{
    let ws = ctx.ws()?;
    let kind = R::DEF;
    let snippet = ws.record_text::<O, R>(found)?;
    let (_, before) = ws.read_record::<O, R>(found)?;
    let rel = ws.rel(&ws.path(O::KIND, &found.owner));
    let what = before.describe(&found.owner);
    let header = format!(
        "# The {what}, from {rel}.\n\
         # Change what you need, save and close the editor; lines starting with # are\n\
         # comments. To leave it as it was, close without saving. To remove it, use\n\
         # `accord {} remove {}` instead.\n",
        kind.command, found.key
    );
    let initial = format!("{header}{}", snippet.text);
    let scratch = tempfile::Builder::new().prefix("accord-edit-").tempdir()?;
    let name = format!("{}-{}.toml", kind.table, found.key);
    let copy = scratch.path().join(&name);
    std::fs::write(&copy, &initial)?;
    let p = ctx.painter_stderr();
    let new_text = loop {
        editor::open(&copy)?;
        let edited = read_text(&copy)?;
        if edited == initial {
            ctx.status(&format!("no changes; the {} is as it was", kind.noun));
            return Ok(());
        }
        let (problems, new_text) = ws.check_edited::<O, R>(found, &snippet, &edited, ctx.today)?;
        for problem in &problems {
            let label = match problem.severity {
                Severity::Error => p.paint(Tone::Bad, "error"),
                Severity::Warning => p.paint(Tone::Warn, "warning"),
            };
            editor::say(&match problem.at {
                Some((line, col)) => format!("{name}:{line}:{col}: {label}: {}", problem.message),
                None => format!("{label}: {}", problem.message),
            });
        }
        if let Some(text) = new_text {
            break text;
        }
        if !editor::interactive() {
            return Err(hinted(
                format!(
                    "the edited {} is not valid, so `{rel}` was left unchanged",
                    kind.noun
                ),
                format!(
                    "run `accord edit {}` again and fix what is shown",
                    found.key
                ),
            ));
        }
        match editor::ask("(e)dit again or (a)bandon? [e]")?.as_deref() {
            Some("a" | "abandon") | None => {
                ctx.status(&format!("abandoned; `{rel}` is unchanged"));
                return Err(Exit(1).into());
            }
            _ => {}
        }
    };
    if !ws.replace_file::<O>(&found.owner, &snippet.original, &new_text)? {
        let kept = scratch.keep();
        return Err(hinted(
            format!("`{rel}` changed while you were editing, so your edit was not saved"),
            format!(
                "your edited copy is in {}; run `accord edit {}` again and copy your changes in",
                display_path(&kept.join(&name)),
                found.key
            ),
        ));
    }
    let (_, after) = ws.read_record::<O, R>(found)?;
    crate::cli::record::say_changes(
        ctx,
        &what,
        crate::report::record::change_lines(&before, &after),
    );
    Ok(())
}
