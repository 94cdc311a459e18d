//! `accord survey set`, `accord survey undo-import` and `accord survey remove`: mistakes
//! are cheap. Each changes (or deletes) the survey's one file under the workspace lock.

use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::survey::{Survey, fewer_invited_than_answered};
use crate::report::record::changed;
use crate::store::{Kind, edit, write};
use clap::Args;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The survey's id (or a unique prefix)
    pub survey: String,
    /// A new title
    #[arg(long)]
    pub title: Option<String>,
    /// When the survey opens
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub opens: Option<DateSpec>,
    /// When the survey closes (a later date keeps it open longer)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub closes: Option<DateSpec>,
    /// How many people were asked, for the response rate
    #[arg(long, value_name = "N")]
    pub invited: Option<u32>,
    /// A note about the survey (an empty note removes it)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn set(ctx: &Ctx, args: SetArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Survey, &args.survey)?;
    let title = args.title.map(|t| t.trim().to_string());
    if let Some(t) = &title {
        crate::model::text::check_name("the survey field `title`", "the survey's title", t)
            .map_err(usage)?;
    }
    if args.invited == Some(0) {
        return Err(usage(
            "--invited is how many people were asked; it must be 1 or more",
        ));
    }
    let opens = args.opens.map(|d| d.resolve(ctx.today));
    let closes = args.closes.map(|d| d.resolve(ctx.today));
    if title.is_none()
        && opens.is_none()
        && closes.is_none()
        && args.invited.is_none()
        && args.note.is_none()
    {
        return Err(usage(
            "say what to change: --title, --opens, --closes, --invited or --note",
        ));
    }
    let mut said: Vec<(String, String)> = Vec::new();
    let mut note = |field: &str, before: String, after: String| {
        if before != after {
            said.push((field.to_string(), format!("{before} → {after}")));
        }
    };
    let date = |d: Option<chrono::NaiveDate>| d.map_or("none".to_string(), |d| d.to_string());
    let quoted = |t: Option<&str>| t.map_or("none".to_string(), |t| format!("{t:?}"));
    ws.update::<Survey, _>(&id, |s, e| {
        let (o, c) = (opens.or(s.opens), closes.or(s.closes));
        if let (Some(o), Some(c)) = (o, c)
            && c < o
        {
            return Err(usage(format!(
                "the survey would close ({c}) before it opens ({o})"
            )));
        }
        if let Some(n) = args.invited
            && let Some(why) = fewer_invited_than_answered(n, s.responses.len())
        {
            return Err(usage(format!("--invited {n}: {why}")));
        }
        let root = e.root();
        if let Some(t) = &title {
            edit::set_str(root, "title", t);
            note("title", quoted(Some(&s.title)), quoted(Some(t)));
        }
        if let Some(d) = opens {
            edit::set_date(root, "opens", d);
            note("opens", date(s.opens), date(Some(d)));
        }
        if let Some(d) = closes {
            edit::set_date(root, "closes", d);
            note("closes", date(s.closes), date(Some(d)));
        }
        if let Some(n) = args.invited {
            edit::set(root, "invited", toml_edit::Value::from(i64::from(n)));
            let was = s.invited.map_or("none".to_string(), |i| i.to_string());
            note("invited", was, n.to_string());
        }
        if let Some(n) = &args.note {
            let n = n.trim();
            edit::set_opt_str(root, "notes", (!n.is_empty()).then_some(n));
            note(
                "notes",
                quoted(s.notes.as_deref()),
                quoted((!n.is_empty()).then_some(n)),
            );
        }
        Ok(())
    })?;
    ctx.status(&changed(&format!("survey `{id}`"), &said));
    Ok(())
}

#[derive(Debug, Args)]
pub struct UndoImportArgs {
    /// The survey's id (or a unique prefix)
    pub survey: String,
    /// The import to take back, as `survey show` lists it [default: the latest]
    #[arg(long, value_name = "ID")]
    pub batch: Option<String>,
}

pub fn undo_import(ctx: &Ctx, args: UndoImportArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Survey, &args.survey)?;
    let (batch, removed) = ws.update::<Survey, _>(&id, |s, e| {
        let batches = s.batches();
        let batch = match &args.batch {
            Some(b) => batches.iter().find(|x| x.id == b.trim()).ok_or_else(|| {
                let known: Vec<String> = batches
                    .iter()
                    .map(|x| format!("{} ({} on {})", x.id, x.responses, x.imported))
                    .collect();
                hinted(
                    format!("survey `{id}` has no import `{b}`"),
                    if known.is_empty() {
                        "it has no responses yet".to_string()
                    } else {
                        format!("its imports are: {}", known.join(", "))
                    },
                )
            })?,
            None => batches
                .iter()
                .max_by_key(|x| x.imported)
                .ok_or_else(|| anyhow::anyhow!("survey `{id}` has no responses to take back"))?,
        }
        .clone();
        let removed = edit::remove_where(&mut e.doc, "response", |t| {
            t.get("batch").and_then(|v| v.as_str()) == Some(batch.id.as_str())
        });
        Ok((batch, removed))
    })?;
    ctx.status(&format!(
        "took back the import {} of {} into `{id}`: removed {removed} response{}",
        batch.id,
        batch.imported,
        if removed == 1 { "" } else { "s" }
    ));
    Ok(())
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The survey's exact id
    pub survey: String,
    /// Delete it, with its responses
    #[arg(long)]
    pub yes: bool,
}

pub fn remove(ctx: &Ctx, args: RemoveArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    crate::model::id::validate_slug(&args.survey)?;
    // Deleting takes the exact id: a prefix is too easy to get wrong here.
    let id = ws.resolve(Kind::Survey, &args.survey)?;
    if id != args.survey {
        return Err(hinted(
            format!("no survey `{}`", args.survey),
            format!("give the exact id to delete; did you mean `{id}`?"),
        ));
    }
    let lock = ws.lock()?;
    let survey = ws.load::<Survey>(&id)?;
    if !args.yes {
        let n = survey.responses.len();
        return Err(hinted(
            format!(
                "this would delete survey `{id}` ({}) and its {n} response{}",
                survey.title,
                if n == 1 { "" } else { "s" }
            ),
            format!("run `accord survey remove {id} --yes` to delete it"),
        ));
    }
    let path = ws.path(Kind::Survey, &id);
    write::remove_file(&path)?;
    drop(lock);
    ctx.status(&format!("removed survey `{id}` ({})", ws.rel(&path)));
    Ok(())
}
