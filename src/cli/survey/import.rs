//! `accord survey import`: a form's responses from its CSV export, all or nothing.

use crate::cli::import::{parse_map, read_input};
use crate::cli::survey::load;
use crate::context::Ctx;
use crate::model::survey::form::Use;
use crate::report::survey::responses_text;
use crate::report::{Cell, Painter, table};
use crate::store::import::read_csv;
use crate::store::survey::{self, Imported, Options};
use clap::Args;
use std::path::PathBuf;

const IMPORT_HELP: &str = "\
Read the file as the form tool exports it: one row per respondent, one column per question.
Columns are matched to questions by their wording (as `accord survey questions` prints it),
a question's title or its key, ignoring case and punctuation; a grid question's `Title [Row]`
columns by the row. Answers may be the scale's labels (\"Strongly agree\") or its points (5);
\"N/A\" and empty cells are no answer.

Columns that say who answered or when (a timestamp, an email address, a name, an IP address,
a response id) are dropped and never stored; the import names them. A column for the partner
(\"Which partner are you answering about?\") or the group (\"Which of these describes you
best?\") is read as such; other free-text columns are kept as comments, with any email
address or phone number in them removed.

Every row is checked before anything is written: an unknown answer, a column that looks like
a question but matches none, or a row with no answers is listed by row and column, and
nothing is imported. Importing the same file again, or a later download of the same form,
adds only the responses not imported before.";

#[derive(Debug, Args)]
#[command(after_long_help = IMPORT_HELP)]
pub struct ImportArgs {
    /// The survey's id (or a unique prefix)
    pub survey: String,
    /// The form's responses as CSV, its first row naming the columns (`-` reads standard
    /// input)
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Show what each column is and how many responses would be added, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Read the column COLUMN as the question KEY, as `partner`, `group` or `comment`, or
    /// leave it out with COLUMN=- (can be repeated)
    #[arg(long = "map", value_name = "COLUMN=KEY", value_parser = parse_map)]
    pub map: Vec<(String, String)>,
}

pub fn run(ctx: &Ctx, args: ImportArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = load(ws, &args.survey)?.id;
    let (source, bytes) = read_input(&args.file)?;
    let table = read_csv(&bytes).map_err(|e| anyhow::anyhow!("cannot read `{source}`: {e}"))?;
    let new_id = |taken: &dyn Fn(&str) -> bool| ctx.new_id_avoiding(taken);
    let opts = Options {
        map: &args.map,
        dry_run: args.dry_run,
        today: ctx.today,
        new_id: &new_id,
    };
    let done = survey::import(ws, &id, &table, &source, &opts)?;
    if args.dry_run {
        ctx.emit(&columns(&done, &ctx.painter))?;
    }
    let dropped: Vec<&str> = done
        .columns
        .iter()
        .filter(|c| c.used == Use::Identifying)
        .map(|c| c.header.as_str())
        .collect();
    if !dropped.is_empty() {
        ctx.status(&format!(
            "dropped, never stored: `{}` (they say who answered or when)",
            dropped.join("`, `")
        ));
    }
    let comments: Vec<&str> = done
        .columns
        .iter()
        .filter(|c| c.used == Use::Comment)
        .map(|c| c.header.as_str())
        .collect();
    if !comments.is_empty() {
        ctx.status(&format!("kept as comments: `{}`", comments.join("`, `")));
    }
    let has = |u: Use| done.columns.iter().any(|c| c.used == u);
    if done.survey.partners.len() > 1 && !has(Use::Partner) {
        ctx.warn(&format!(
            "the survey is about {} partners but no column says which one each person answered about, so its results cannot be shown by partner (--map \"COLUMN=partner\" names the column)",
            done.survey.partners.len()
        ));
    }
    if done.survey.groups.len() > 1 && !has(Use::Group) {
        ctx.warn(
            "the survey asks several groups but no column says each person's group, so its results cannot be shown by group (--map \"COLUMN=group\" names the column)",
        );
    }
    if !done.unasked.is_empty() {
        ctx.warn(&format!(
            "no column answers {}: {}",
            if done.unasked.len() == 1 {
                "this question"
            } else {
                "these questions"
            },
            done.unasked.join(", ")
        ));
    }
    ctx.status(&summary(&done, &source, &id, args.dry_run, ctx.today));
    Ok(())
}

/// What each column is used for, as a table (the dry run's output).
fn columns(done: &Imported, p: &Painter) -> String {
    let rows = done
        .columns
        .iter()
        .map(|c| {
            let (what, tone) = match &c.used {
                Use::Question(k) => (format!("question `{k}`"), crate::report::Tone::Plain),
                Use::Partner => ("the partner".into(), crate::report::Tone::Plain),
                Use::Group => ("the group".into(), crate::report::Tone::Plain),
                Use::Comment => ("comments".into(), crate::report::Tone::Plain),
                Use::Identifying => (
                    "dropped: says who answered or when".into(),
                    crate::report::Tone::Warn,
                ),
                Use::Left => ("left out".into(), crate::report::Tone::Dim),
            };
            vec![Cell::new(c.header.as_str()), Cell::new(what).tone(tone)]
        })
        .collect();
    table::render(&["column", "read as"], rows, p)
}

/// "imported `form.csv` into `teachers`: added 23 responses; 23 of 40 invited (58%)".
fn summary(
    done: &Imported,
    source: &str,
    id: &str,
    dry_run: bool,
    today: chrono::NaiveDate,
) -> String {
    let before: usize = done.before.iter().map(|(_, n)| n).sum();
    let when: Vec<String> = done.before.iter().map(|(d, _)| d.to_string()).collect();
    let seen = if before == 0 {
        String::new()
    } else {
        format!(
            "{before} {} imported before (on {})",
            if before == 1 { "row was" } else { "rows were" },
            when.join(", ")
        )
    };
    if done.added == 0 {
        return format!("nothing to add from `{source}`: {seen}; nothing was written");
    }
    let noun = if done.added == 1 {
        "response"
    } else {
        "responses"
    };
    let n = done.survey.responses_on(today).count();
    let rate = done
        .survey
        .invited
        .filter(|i| *i > 0)
        .map(|i| n as f64 / i as f64);
    let total = responses_text(n, done.survey.invited, rate);
    let seen = if seen.is_empty() {
        String::new()
    } else {
        format!("; {seen}")
    };
    if dry_run {
        format!(
            "dry run of `{source}`: would add {} {noun} to `{id}`{seen}; nothing was written",
            done.added
        )
    } else {
        format!(
            "imported `{source}` into `{id}`: added {} {noun}{seen}; {total} in all",
            done.added
        )
    }
}
