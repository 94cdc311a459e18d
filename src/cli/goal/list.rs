//! `accord goal list`, and the goals shown on `partner show`.

use crate::cli::goal::{bar, owners, status_tone};
use crate::cli::word;
use crate::context::Ctx;
use crate::model::goal::{Direction, Goal, GoalStatus, assess, number, percent, with_unit};
use crate::report::{Cell, ListFormat, Painter, Row, Tone, list, table::opt};
use crate::store::{Kind, Workspace};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only goals of this partner
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// Only goals with this status
    #[arg(long, value_parser = word::<GoalStatus>())]
    pub status: Option<GoalStatus>,
    /// Include closed goals
    #[arg(short, long)]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// One goal in a list, with its status as of today.
#[derive(Debug, Serialize)]
pub struct GoalRow {
    pub id: String,
    pub title: String,
    pub metric: String,
    pub unit: String,
    pub direction: Direction,
    /// Partner ids; empty for a program-wide goal.
    pub partners: Vec<String>,
    pub baseline: Option<f64>,
    pub latest: Option<f64>,
    pub latest_date: Option<NaiveDate>,
    pub target: f64,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    /// Percent of the way from baseline to target.
    pub progress: Option<f64>,
    /// Percent of the time from start to due gone.
    pub expected: Option<f64>,
    pub status: GoalStatus,
    pub reason: String,
    pub closed: bool,
}

impl GoalRow {
    pub fn new(g: &Goal, tolerance: f64, today: NaiveDate) -> Self {
        let a = assess(g, tolerance, today);
        GoalRow {
            id: g.id.clone(),
            title: g.title.clone(),
            metric: g.metric.clone(),
            unit: g.unit.clone(),
            direction: g.direction(),
            partners: g.partners.clone(),
            baseline: g.baseline,
            latest: a.latest.map(|p| p.value),
            latest_date: a.latest.map(|p| p.date),
            target: g.target,
            start: g.start,
            due: g.due,
            progress: a.progress,
            expected: a.expected,
            status: a.status,
            reason: a.reason,
            closed: g.outcome_on(today).is_some(),
        }
    }

    /// A value for a table cell: with its unit when the unit is a symbol (`14.2%`), as a
    /// bare number when it is a word, to keep the columns narrow.
    fn value(&self, v: f64) -> String {
        if self.unit.starts_with(char::is_alphanumeric) {
            number(v)
        } else {
            with_unit(v, &self.unit)
        }
    }

    /// The progress bar, or `-` where progress does not apply.
    fn progress_cell(&self) -> Cell {
        opt(self.progress.map(bar))
    }
}

impl Row for GoalRow {
    fn headers() -> &'static [&'static str] {
        &[
            "title", "id", "partners", "baseline", "latest", "target", "due", "progress", "status",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let latest = match (self.latest, self.latest_date) {
            (Some(v), Some(d)) => Cell::new(format!("{} ({d})", self.value(v))),
            _ => opt(None::<String>),
        };
        vec![
            Cell::new(&*self.title).tone(Tone::Strong),
            Cell::new(&*self.id),
            Cell::new(owners(&self.partners)),
            opt(self.baseline.map(|b| self.value(b))).right(),
            latest,
            Cell::new(self.value(self.target)).right(),
            opt(self.due),
            self.progress_cell(),
            Cell::new(if self.closed {
                format!("closed ({})", self.status)
            } else {
                self.status.to_string()
            })
            .tone(status_tone(self.status)),
        ]
    }

    fn csv(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .cells(&Painter::plain())
            .into_iter()
            .map(|c| if c.missing { String::new() } else { c.text })
            .collect();
        cells[7] = self.progress.map(percent).unwrap_or_default();
        cells
    }
}

/// Worst status first, then by title.
fn sort(rows: &mut [GoalRow]) {
    rows.sort_by(|a, b| {
        (a.closed, a.status, a.title.to_lowercase()).cmp(&(
            b.closed,
            b.status,
            b.title.to_lowercase(),
        ))
    });
}

/// Every goal of partner `id`, open ones first.
pub fn partner_goals(ws: &Workspace, id: &str, today: NaiveDate) -> anyhow::Result<Vec<GoalRow>> {
    let mut rows: Vec<GoalRow> = ws
        .goals()?
        .iter()
        .filter(|g| g.partners.iter().any(|p| p == id))
        .map(|g| GoalRow::new(g, ws.settings.goal_tolerance, today))
        .collect();
    sort(&mut rows);
    Ok(rows)
}

/// The open goals of a partner as lines of `partner show`, and how to see closed ones.
pub fn render_partner_goals(out: &mut String, p: &Painter, partner: &str, rows: &[GoalRow]) {
    let open: Vec<&GoalRow> = rows.iter().filter(|r| !r.closed).collect();
    if open.is_empty() {
        out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none open")));
    }
    let w_title = open
        .iter()
        .map(|r| r.title.chars().count())
        .max()
        .unwrap_or(0);
    let w_id = open.iter().map(|r| r.id.chars().count()).max().unwrap_or(0);
    let w_bar = open
        .iter()
        .map(|r| r.progress_cell().text.chars().count())
        .max()
        .unwrap_or(0);
    for r in open {
        let progress = r.progress_cell().text;
        out.push_str(&format!(
            "  {}  {}  {progress:<w_bar$}  {}\n",
            p.paint(Tone::Plain, &format!("{:<w_title$}", r.title)),
            p.paint(Tone::Dim, &format!("{:<w_id$}", r.id)),
            p.paint(status_tone(r.status), r.status.as_str())
        ));
    }
    let closed = rows.iter().filter(|r| r.closed).count();
    if closed > 0 {
        let s = if closed == 1 { "" } else { "s" };
        out.push_str(&format!(
            "  {}\n",
            p.paint(
                Tone::Dim,
                &format!("{closed} closed goal{s}: `accord goal list --partner {partner} --all`")
            )
        ));
    }
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let partner = args
        .partner
        .as_deref()
        .map(|p| ws.resolve(Kind::Partner, p))
        .transpose()?;
    let goals = ws.goals()?;
    let show_closed = args.all || args.status.is_some_and(GoalStatus::is_outcome);
    let mut rows = Vec::new();
    let mut hidden_closed = 0;
    for g in &goals {
        if partner.as_ref().is_some_and(|p| !g.partners.contains(p)) {
            continue;
        }
        let row = GoalRow::new(g, ws.settings.goal_tolerance, ctx.today);
        if args.status.is_some_and(|s| s != row.status) {
            continue;
        }
        if row.closed && !show_closed {
            hidden_closed += 1;
            continue;
        }
        rows.push(row);
    }
    sort(&mut rows);
    let empty = if goals.is_empty() {
        "no goals yet; add one with `accord goal add TITLE --metric NAME --unit UNIT --baseline N --target N --due DATE`"
    } else {
        "no goals match"
    };
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)?;
    if hidden_closed > 0 && args.format == ListFormat::Table {
        let s = if hidden_closed == 1 { "" } else { "s" };
        ctx.status(&format!(
            "{hidden_closed} closed goal{s} not shown; --all includes them"
        ));
    }
    Ok(())
}
