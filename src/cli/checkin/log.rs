//! `accord checkin log`: record a check-in, from flags or from what is written in the
//! editor, with the action items agreed at it.

use crate::cli::action::add::{Syntax, build, push_new};
use crate::cli::{clean_list, date_or_today, editor, word};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::action::ActionSpec;
use crate::model::date::{DateSpec, relative};
use crate::model::partner::Partner;
use crate::model::records::{Action, Checkin, CheckinKind, Topic};
use crate::model::registry;
use crate::model::words;
use crate::model::{aftermath, contact};
use crate::report::action::understood;
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// When it took place; not in the future (plan the next one with --next) [default:
    /// today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What kind of contact it was
    #[arg(long, value_parser = word::<CheckinKind>(), default_value = "meeting")]
    pub kind: CheckinKind,
    /// Who took part (can be repeated)
    #[arg(long = "attendee", value_name = "NAME")]
    pub attendees: Vec<String>,
    /// One line saying what happened (without it and --notes, on a terminal, your editor
    /// opens)
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Longer notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// What it covered (can be repeated)
    #[arg(long = "topic", value_name = "TOPIC", value_parser = word::<Topic>())]
    pub topics: Vec<Topic>,
    /// How it went, from 1 (poorly) to 5 (very well)
    #[arg(long, value_name = "1-5", value_parser = crate::model::records::parse_rating)]
    pub rating: Option<u8>,
    /// An action item agreed, as "TEXT @OWNER due:DATE side:ours|partner"; owner, due
    /// date and side are optional, and the side follows the owner's role (can be
    /// repeated)
    #[arg(long = "action", value_name = "ITEM")]
    pub actions: Vec<ActionSpec>,
    /// When the next check-in is planned
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub next: Option<DateSpec>,
}

/// What the person wrote: a summary, notes, and action items.
#[derive(Debug, Default, PartialEq)]
struct Written {
    summary: Option<String>,
    notes: Option<String>,
    actions: Vec<ActionSpec>,
}

/// The text the editor opens on.
fn template(p: &Partner, date: NaiveDate, kind: CheckinKind) -> String {
    format!(
        "\n\
# Check-in with {} on {date} ({kind}).\n\
#\n\
# Write a one-line summary on the first line, then any notes below it.\n\
# Add action items on lines of their own, such as:\n\
#   action: Send the fall roster @Dana due:2026-12-15 side:partner\n\
# Lines starting with # are ignored. With no summary, nothing is logged.\n",
        p.name
    )
}

/// Read what was written in the editor: `#` lines are comments, `action:` lines action
/// items, the first other line the summary and the rest the notes.
fn parse_written(text: &str) -> Result<Written, String> {
    let mut out = Written::default();
    let mut body: Vec<&str> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            continue;
        }
        let lower = trimmed.to_ascii_lowercase();
        if lower.starts_with("action:") {
            out.actions.push(trimmed["action:".len()..].parse()?);
        } else {
            body.push(line.trim_end());
        }
    }
    let mut lines = body.into_iter().skip_while(|l| l.trim().is_empty());
    out.summary = lines
        .next()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let notes = lines.collect::<Vec<_>>().join("\n");
    let notes = notes.trim_matches('\n').trim_end();
    out.notes = (!notes.trim().is_empty()).then(|| notes.to_string());
    Ok(out)
}

/// Open the editor on the template and read what was written. On a problem, the text
/// is kept and its place named, so nothing typed is lost.
fn from_editor(p: &Partner, date: NaiveDate, kind: CheckinKind) -> anyhow::Result<Written> {
    let scratch = tempfile::Builder::new()
        .prefix("accord-checkin-")
        .tempdir()?;
    let path = scratch.path().join("checkin.txt");
    std::fs::write(&path, template(p, date, kind))?;
    editor::open(&path)?;
    let text = crate::store::file::read_text(&path)?;
    match parse_written(&text) {
        Ok(w) if w.summary.is_some() => Ok(w),
        Ok(_) => Err(anyhow::anyhow!(
            "no summary was written, so no check-in was logged"
        )),
        Err(e) => {
            let kept = scratch.keep().join("checkin.txt");
            Err(hinted(
                e,
                format!(
                    "what you wrote is kept in {}",
                    crate::store::file::display_path(&kept)
                ),
            ))
        }
    }
}

fn trimmed(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let partner = ws.load_partner(&id)?;
    let date = date_or_today(ctx, args.date);
    if let Err(refused) = registry::check_date::<Checkin>("date", date, ctx.today) {
        return Err(hinted(
            refused,
            format!(
                "to plan a meeting, give its date with --next when you log the last one, e.g. `accord checkin log {id} --next {date} ...`"
            ),
        ));
    }
    let next = args.next.map(|n| n.resolve(ctx.today));
    if let Some(n) = next.filter(|&n| n < date) {
        return Err(usage(format!(
            "the next check-in ({n}) would be before this one ({date})"
        )));
    }
    let mut written = Written {
        summary: trimmed(args.summary),
        notes: trimmed(args.notes),
        actions: args.actions,
    };
    if written.summary.is_none() {
        if written.notes.is_some() || !editor::interactive() {
            return Err(hinted(
                "a check-in needs a summary",
                "add --summary \"what happened\" (on a terminal, leaving out --summary and --notes opens your editor)",
            ));
        }
        let typed = from_editor(&partner, date, args.kind)?;
        written.summary = typed.summary;
        written.notes = typed.notes;
        written.actions.extend(typed.actions);
    }
    let me = ctx.user();
    let mut doubts: Vec<String> = Vec::new();
    let mut items: Vec<Action> = Vec::new();
    for spec in &written.actions {
        let spec = spec.naming(&partner).map_err(usage)?;
        let due = spec.due.map(|d| d.resolve(ctx.today));
        let (item, owner_doubts) = build(
            &partner,
            &spec.text,
            spec.owner.as_deref(),
            spec.side,
            due,
            date,
            &me,
            Syntax::Spec,
        )?;
        let text = &item.text;
        doubts.extend(
            spec.doubts()
                .into_iter()
                .chain(owner_doubts)
                .map(|d| format!("action item \"{text}\": {d}")),
        );
        items.push(item);
    }
    let mut topics = args.topics;
    topics.sort();
    topics.dedup();
    let mut checkin = Checkin {
        id: String::new(),
        date,
        kind: args.kind,
        attendees: clean_list(&args.attendees),
        summary: written.summary,
        notes: written.notes,
        topics,
        rating: args.rating,
        next,
        by: Some(ctx.user()),
    };
    let (after, late) = ws.update::<Partner, _>(&id, |p, e| {
        let late = aftermath::dated_after_end("check-in", date, p);
        checkin.id = ctx.new_record_id(p, &[]);
        edit::push_record(&mut e.doc, p, &checkin, ctx.today)?;
        let mut p = p.clone();
        p.checkins.push(checkin.clone());
        for a in &mut items {
            a.checkin = Some(checkin.id.clone());
        }
        push_new(ctx, &p, &mut e.doc, &mut items)?;
        Ok((contact::due(&p, ws.settings.cadence, ctx.today), late))
    })?;
    doubts.extend(late);
    ctx.status(&format!(
        "logged {} with `{id}` on {date} as `{}`",
        words::a(checkin.kind.as_str()),
        checkin.id
    ));
    for a in &items {
        ctx.status(&format!("  action item {}", understood(a)));
    }
    for d in &doubts {
        ctx.warn(d);
    }
    if let Some(due) = after {
        ctx.status(&format!(
            "next check-in due {} ({})",
            due.next_due,
            relative(due.next_due, ctx.today)
        ));
        // A plan later than the cadence does not put the next check-in off (the rule
        // in `model::contact`): say so, rather than leave it to `status`.
        if let Some(planned) = next.filter(|&n| n > due.next_due) {
            ctx.warn(&format!(
                "the meeting planned for {planned} is after the {} cadence's due date, which stays {}; to meet less often, `accord partner set {id} --cadence ...`",
                due.cadence, due.next_due
            ));
        }
    }
    if !doubts.is_empty() {
        ctx.status("if that is not what you meant, `accord undo` takes the check-in back");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_reads_back_as_nothing() {
        let p = Partner {
            name: "Acme".into(),
            ..Partner::default()
        };
        let t = template(
            &p,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            CheckinKind::Call,
        );
        assert!(
            t.contains("# Check-in with Acme on 2026-11-23 (call)."),
            "{t}"
        );
        assert_eq!(parse_written(&t), Ok(Written::default()));
    }

    #[test]
    fn summary_notes_and_action_lines() {
        let text = "\n\nReviewed the fall data  \n\nAttendance is up 3 points.\n  Mentors need badges.\n\nAction: Order badges @Luis due:2026-12-01\n# a comment\n\n";
        let w = parse_written(text).unwrap();
        assert_eq!(w.summary.as_deref(), Some("Reviewed the fall data"));
        assert_eq!(
            w.notes.as_deref(),
            Some("Attendance is up 3 points.\n  Mentors need badges.")
        );
        assert_eq!(w.actions.len(), 1);
        assert_eq!(w.actions[0].text, "Order badges");
        assert_eq!(w.actions[0].owner.as_deref(), Some("Luis"));
        let err = parse_written("Met\naction: @dana").unwrap_err();
        assert!(err.contains("has no text"), "{err}");
    }
}
