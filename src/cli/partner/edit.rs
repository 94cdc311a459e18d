//! `accord partner edit`: edit a partner's file in `$VISUAL`/`$EDITOR`, on a copy that
//! replaces the original only once it is valid.

use crate::cli::editor;
use crate::context::Ctx;
use crate::error::{Exit, hinted};
use crate::model::partner::Partner;
use crate::model::validate::Severity;
use crate::report::Tone;
use crate::store::file::{display_path, read_text};
use crate::store::{Kind, check};
use clap::Args;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
}

pub fn run(ctx: &Ctx, args: EditArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let path = ws.path(Kind::Partner, &id);
    let rel = ws.rel(&path);
    let original = read_text(&path)?;
    let scratch = tempfile::Builder::new().prefix("accord-edit-").tempdir()?;
    let copy = scratch.path().join(format!("{id}.toml"));
    std::fs::write(&copy, &original)?;
    let p = ctx.painter_stderr();
    let edited = loop {
        editor::open(&copy)?;
        let edited = read_text(&copy)?;
        if edited == original {
            ctx.status(&format!("no changes; `{id}` is as it was"));
            return Ok(());
        }
        let diags = check::partner_text(ws, &rel, &edited, ctx.today)?;
        for d in &diags {
            let label = match d.severity {
                Severity::Error => p.paint(Tone::Bad, "error"),
                Severity::Warning => p.paint(Tone::Warn, "warning"),
            };
            let at = d
                .line
                .map_or(String::new(), |l| format!(":{l}:{}", d.column.unwrap_or(1)));
            editor::say(&format!("{}{at}: {label}: {}", d.file, d.message));
        }
        if !diags.iter().any(|d| d.severity == Severity::Error) {
            break edited;
        }
        if !editor::interactive() {
            return Err(hinted(
                format!("the edited file is not valid, so `{rel}` was left unchanged"),
                "run `accord partner edit` again and fix the lines shown",
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
    // Under the lock, only if the file is still as it was when the editor opened, and
    // through the one write path: the file's byte-order mark and line endings are kept,
    // and a hand edit saved while it is written is not overwritten.
    if !ws.replace_file::<Partner>(&id, &original, &edited)? {
        let kept = scratch.keep();
        return Err(hinted(
            format!("`{rel}` changed while you were editing it, so it was not replaced"),
            format!(
                "your edited copy is in {}; merge it by hand",
                display_path(&kept.join(format!("{id}.toml")))
            ),
        ));
    }
    ctx.status(&format!("saved `{rel}`"));
    Ok(())
}
