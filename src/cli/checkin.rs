//! `accord checkin log|list|show`: meetings, calls, visits and other contacts with a
//! partner, with the action items agreed at them; and the check-in parts of `partner
//! list` and `partner show` (last contact, next due, latest check-ins, open items).

use crate::cli::PeriodArgs;
use crate::cli::action::{self as action_cli, ActionRow};
use crate::cli::partner::{clean_list, section};
use crate::cli::{date_or_today, editor, word};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::action::{self, ActionSpec, Reliability};
use crate::model::cadence::Cadence;
use crate::model::contact::{self, DueState};
use crate::model::date::{DateSpec, relative};
use crate::model::partner::{Partner, Side};
use crate::model::records::{Action, Checkin, CheckinKind, Topic};
use crate::model::registry;
use crate::report::table::{self, opt};
use crate::report::{Cell, ListFormat, Painter, Row, ShowFormat, Tone, list};
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum CheckinCommand {
    /// Record a meeting, call, visit or other contact with a partner
    Log(LogArgs),
    /// List check-ins, latest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one check-in with its notes and action items
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The partner's id (or a unique prefix of it)
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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's check-ins
    pub partner: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Only check-ins of this kind
    #[arg(long, value_parser = word::<CheckinKind>())]
    pub kind: Option<CheckinKind>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The check-in's id (or a unique prefix of it)
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, cmd: CheckinCommand) -> anyhow::Result<()> {
    match cmd {
        CheckinCommand::Log(args) => log(ctx, args),
        CheckinCommand::List(args) => list_checkins(ctx, args),
        CheckinCommand::Show(args) => show(ctx, args),
    }
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

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
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
    let mut items: Vec<Action> = written
        .actions
        .iter()
        .map(|spec| {
            let due = spec.due.map(|d| d.resolve(ctx.today));
            action_cli::build(
                &partner,
                &spec.text,
                spec.owner.as_deref(),
                spec.side,
                due,
                date,
            )
        })
        .collect::<anyhow::Result<_>>()?;
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
    let after = ws.update::<Partner, _>(&id, |p, e| {
        checkin.id = ctx.new_record_id(p, &[]);
        edit::push(&mut e.doc, "checkin", edit::to_table(&checkin)?)?;
        let mut p = p.clone();
        p.checkins.push(checkin.clone());
        for a in &mut items {
            a.checkin = Some(checkin.id.clone());
        }
        action_cli::push_new(ctx, &p, &mut e.doc, &mut items)?;
        Ok(contact::due(&p, ws.settings.cadence, ctx.today))
    })?;
    ctx.status(&format!(
        "logged a {} with `{id}` on {date} as `{}`",
        checkin.kind, checkin.id
    ));
    for a in &items {
        ctx.status(&format!("  action item {}", action_cli::describe(a)));
    }
    if let Some(due) = after {
        ctx.status(&format!(
            "next check-in due {} ({})",
            due.next_due,
            relative(due.next_due, ctx.today)
        ));
    }
    Ok(())
}

/// One check-in in a list.
#[derive(Debug, Serialize)]
pub struct CheckinRow {
    pub id: String,
    pub partner: String,
    pub partner_name: String,
    pub date: NaiveDate,
    pub kind: CheckinKind,
    pub summary: Option<String>,
    pub notes: Option<String>,
    pub attendees: Vec<String>,
    pub topics: Vec<Topic>,
    pub rating: Option<u8>,
    pub next: Option<NaiveDate>,
    pub by: Option<String>,
    /// How many action items were agreed at it.
    pub actions: usize,
}

impl CheckinRow {
    pub fn new(p: &Partner, c: &Checkin) -> Self {
        CheckinRow {
            id: c.id.clone(),
            partner: p.id.clone(),
            partner_name: p.name.clone(),
            date: c.date,
            kind: c.kind,
            summary: c.summary.clone(),
            notes: c.notes.clone(),
            attendees: c.attendees.clone(),
            topics: c.topics.clone(),
            rating: c.rating,
            next: c.next,
            by: c.by.clone(),
            actions: p
                .actions
                .iter()
                .filter(|a| a.checkin.as_deref() == Some(c.id.as_str()))
                .count(),
        }
    }

    fn summary_text(&self) -> &str {
        self.summary
            .as_deref()
            .or(self.notes.as_deref().and_then(|n| n.lines().next()))
            .unwrap_or("")
    }
}

impl Row for CheckinRow {
    fn headers() -> &'static [&'static str] {
        &["id", "date", "partner", "kind", "actions", "summary"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        vec![
            Cell::new(&*self.id),
            Cell::new(self.date.to_string()),
            Cell::new(&*self.partner).tone(Tone::Strong),
            Cell::new(self.kind.as_str()),
            Cell::new(self.actions.to_string()).right(),
            Cell::new(self.summary_text()),
        ]
    }
}

fn list_checkins(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let only = match &args.partner {
        Some(typed) => Some(ws.resolve(Kind::Partner, typed)?),
        None => None,
    };
    let (since, until) = args.period.bounds(ctx.today, ws.settings.fiscal_year_start);
    let mut rows = Vec::new();
    let mut any = false;
    for p in ws.partners()? {
        let p = p?;
        if only.as_ref().is_some_and(|id| *id != p.id) {
            continue;
        }
        any |= !p.checkins.is_empty();
        rows.extend(
            p.checkins
                .iter()
                .filter(|c| since.is_none_or(|s| c.date >= s))
                .filter(|c| until.is_none_or(|u| c.date <= u))
                .filter(|c| args.kind.is_none_or(|k| c.kind == k))
                .map(|c| CheckinRow::new(&p, c)),
        );
    }
    rows.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.partner.cmp(&b.partner))
            .then_with(|| a.id.cmp(&b.id))
    });
    let empty = if any {
        "no check-ins match"
    } else {
        "no check-ins yet; log one with `accord checkin log PARTNER --summary TEXT`"
    };
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)
}

/// One check-in with the action items agreed at it.
#[derive(Debug, Serialize)]
struct CheckinView {
    #[serde(flatten)]
    checkin: CheckinRow,
    action_items: Vec<ActionRow>,
}

impl CheckinView {
    fn render(&self, p: &Painter) -> String {
        let c = &self.checkin;
        let kind = c.kind.as_str();
        let mut out = format!(
            "{}{} with {} on {}  {}\n",
            kind[..1].to_uppercase(),
            &kind[1..],
            p.paint(Tone::Strong, &c.partner_name),
            c.date,
            p.paint(Tone::Dim, &c.id)
        );
        if let Some(s) = &c.summary {
            out.push_str(&format!("{s}\n"));
        }
        let mut fields = Vec::new();
        if !c.attendees.is_empty() {
            fields.push(("attendees", c.attendees.join(", ")));
        }
        if !c.topics.is_empty() {
            let topics: Vec<&str> = c.topics.iter().map(|t| t.as_str()).collect();
            fields.push(("topics", topics.join(", ")));
        }
        if let Some(r) = c.rating {
            fields.push(("rating", format!("{r} of 5")));
        }
        if let Some(n) = c.next {
            fields.push(("next", n.to_string()));
        }
        if let Some(by) = &c.by {
            fields.push(("logged by", by.clone()));
        }
        if !fields.is_empty() {
            out.push('\n');
            out.push_str(&table::fields(&fields, p));
        }
        if let Some(notes) = &c.notes {
            section(&mut out, p, "Notes");
            for line in notes.lines() {
                let indent = if line.is_empty() { "" } else { "  " };
                out.push_str(&format!("{indent}{line}\n"));
            }
        }
        if !self.action_items.is_empty() {
            section(&mut out, p, "Action items");
            for a in &self.action_items {
                out.push_str(&a.line(p));
            }
        }
        out
    }
}

fn show(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let (pid, rid) = ws.find_record("check-in", &args.id, |p| {
        p.checkins.iter().map(|c| c.id.clone()).collect()
    })?;
    let p = ws.load_partner(&pid)?;
    let c = p
        .checkins
        .iter()
        .find(|c| c.id == rid)
        .ok_or_else(|| anyhow::anyhow!("check-in `{rid}` is gone from `{pid}`"))?;
    let view = CheckinView {
        checkin: CheckinRow::new(&p, c),
        action_items: p
            .actions
            .iter()
            .filter(|a| a.checkin.as_deref() == Some(rid.as_str()))
            .map(|a| ActionRow::new(&p, a, ctx.today))
            .collect(),
    };
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&ctx.painter)),
    }
}

/// Last contact and next due, for `partner list` and `partner show`.
#[derive(Debug, Serialize)]
pub struct ContactSummary {
    pub last_contact: Option<NaiveDate>,
    /// None for partners not expected to meet.
    pub next_due: Option<NaiveDate>,
    /// Days until the next check-in is due (negative once overdue).
    pub next_due_days_left: Option<i64>,
    pub checkin_state: Option<DueState>,
}

impl ContactSummary {
    pub fn new(p: &Partner, default: Cadence, today: NaiveDate) -> Self {
        let due = contact::due(p, default, today);
        ContactSummary {
            last_contact: contact::last_contact(p, today).map(|c| c.date),
            next_due: due.map(|d| d.next_due),
            next_due_days_left: due.map(|d| -d.days),
            checkin_state: due.map(|d| d.state),
        }
    }

    fn tone(&self) -> Tone {
        match self.checkin_state {
            Some(DueState::Overdue) => Tone::Bad,
            Some(DueState::Soon) => Tone::Warn,
            _ => Tone::Plain,
        }
    }

    /// The LAST CONTACT and NEXT DUE cells.
    pub fn cells(&self) -> [Cell; 2] {
        [opt(self.last_contact), opt(self.next_due).tone(self.tone())]
    }
}

/// Check-ins shown on `partner show`.
const LATEST: usize = 3;

/// Both sides' reliability.
#[derive(Debug, Serialize)]
pub struct BySide {
    pub ours: Reliability,
    pub partner: Reliability,
}

/// The check-in part of `partner show`: contact, latest check-ins, open action items
/// and each side's reliability.
#[derive(Debug, Serialize)]
pub struct PartnerCheckins {
    #[serde(flatten)]
    pub contact: ContactSummary,
    pub checkin_count: usize,
    pub latest_checkins: Vec<CheckinRow>,
    pub open_actions: Vec<ActionRow>,
    pub reliability: BySide,
    #[serde(skip)]
    expected: bool,
    #[serde(skip)]
    actions: usize,
}

impl PartnerCheckins {
    pub fn new(p: &Partner, default: Cadence, today: NaiveDate) -> Self {
        let mut past: Vec<&Checkin> = p.checkins.iter().filter(|c| c.date <= today).collect();
        past.sort_by_key(|c| std::cmp::Reverse(c.date));
        let mut open_actions: Vec<ActionRow> = p
            .actions
            .iter()
            .filter(|a| action::exists(a, today) && action::is_open(a, today))
            .map(|a| ActionRow::new(p, a, today))
            .collect();
        action_cli::sort(&mut open_actions);
        PartnerCheckins {
            contact: ContactSummary::new(p, default, today),
            checkin_count: past.len(),
            latest_checkins: past
                .iter()
                .take(LATEST)
                .map(|c| CheckinRow::new(p, c))
                .collect(),
            open_actions,
            reliability: BySide {
                ours: action::reliability(&p.actions, Side::Ours, today),
                partner: action::reliability(&p.actions, Side::Partner, today),
            },
            expected: contact::expected_to_meet(p),
            actions: p.actions.len(),
        }
    }

    /// The "Check-ins" and "Action items" sections.
    pub fn render(&self, p: &Painter, partner: &str, stage: &str, today: NaiveDate) -> String {
        let mut out = String::new();
        section(&mut out, p, "Check-ins");
        let mut head = Vec::new();
        if let Some(last) = self.contact.last_contact {
            head.push(format!("last contact {last} ({})", relative(last, today)));
        } else {
            head.push("no check-ins yet".to_string());
        }
        match self.contact.next_due {
            Some(due) => {
                let verb = if self.contact.checkin_state == Some(DueState::Overdue) {
                    "overdue since"
                } else {
                    "next due"
                };
                head.push(p.paint(
                    self.contact.tone(),
                    &format!("{verb} {due} ({})", relative(due, today)),
                ));
            }
            None if !self.expected => head.push(format!("not expected to meet while {stage}")),
            None => {}
        }
        out.push_str(&format!("  {}\n", head.join(" · ")));
        for c in &self.latest_checkins {
            out.push_str(&format!(
                "  {}  {:<7}  {}  {}\n",
                c.date,
                c.kind.as_str(),
                c.summary_text(),
                p.paint(Tone::Dim, &c.id)
            ));
        }
        if self.checkin_count > self.latest_checkins.len() {
            out.push_str(&format!(
                "  {}\n",
                p.paint(
                    Tone::Dim,
                    &format!(
                        "{} in all: `accord checkin list {partner}`",
                        self.checkin_count
                    )
                )
            ));
        }
        if self.actions == 0 {
            return out;
        }
        section(&mut out, p, "Action items");
        if self.open_actions.is_empty() {
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none open")));
        }
        for a in &self.open_actions {
            out.push_str(&a.line(p));
        }
        out.push_str(&format!(
            "  {}  ours: {} · partner: {}\n",
            p.paint(Tone::Dim, "reliability"),
            self.reliability.ours.describe(),
            self.reliability.partner.describe()
        ));
        out
    }
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
