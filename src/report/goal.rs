//! Goals as rows and views: the `goal list` rows, the `goal show` screen, and the goals
//! part of `partner show`. Takes goals and settings as values, never the workspace.

use crate::model::goal::{
    Assessment, Direction, Goal, GoalStatus, Measurement, Outcome, assess, number, percent,
    with_unit,
};
use crate::report::list::Full;
use crate::report::table::{self, bar, opt, section};
use crate::report::{Cell, Painter, Row, Tone};
use chrono::NaiveDate;
use serde::Serialize;

/// The color of a status.
pub fn status_tone(s: GoalStatus) -> Tone {
    match s {
        GoalStatus::Met | GoalStatus::OnTrack => Tone::Good,
        GoalStatus::Overdue | GoalStatus::OffTrack => Tone::Bad,
        GoalStatus::Missed | GoalStatus::Dropped => Tone::Dim,
        GoalStatus::AtRisk | GoalStatus::Stale | GoalStatus::NoData | GoalStatus::NoBaseline => {
            Tone::Warn
        }
    }
}

/// Who a goal belongs to: its partners' ids, or `program` for a program-wide goal.
pub fn owners(partners: &[String]) -> String {
    if partners.is_empty() {
        "program".to_string()
    } else {
        partners.join(", ")
    }
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
pub fn sort(rows: &mut [GoalRow]) {
    rows.sort_by(|a, b| {
        (a.closed, a.status, a.title.to_lowercase()).cmp(&(
            b.closed,
            b.status,
            b.title.to_lowercase(),
        ))
    });
}

/// Every goal of partner `id` among `goals`, open ones first.
pub fn partner_goals(goals: &[Goal], id: &str, tolerance: f64, today: NaiveDate) -> Vec<GoalRow> {
    let mut rows: Vec<GoalRow> = goals
        .iter()
        .filter(|g| g.partners.iter().any(|p| p == id))
        .map(|g| GoalRow::new(g, tolerance, today))
        .collect();
    sort(&mut rows);
    rows
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

/// Everything `goal show` says about a goal.
#[derive(Debug, Serialize)]
pub struct GoalView<'a> {
    id: &'a str,
    title: &'a str,
    metric: &'a str,
    unit: &'a str,
    direction: Direction,
    baseline: Option<f64>,
    target: f64,
    /// For maintain goals: how far from the target still counts as met.
    band: Option<f64>,
    start: Option<NaiveDate>,
    due: Option<NaiveDate>,
    partners: Vec<PartnerRef>,
    owner: Option<&'a str>,
    notes: Option<&'a str>,
    outcome: Option<Outcome>,
    closed: Option<NaiveDate>,
    close_note: Option<&'a str>,
    by: Option<&'a str>,
    /// Measurements up to today, oldest first.
    measurements: Vec<MeasurementView<'a>>,
    #[serde(flatten)]
    assessment: Assessment,
    /// The series as a sparkline.
    trend: String,
}

/// A partner a goal belongs to, with its name when the partner exists.
#[derive(Debug, Serialize)]
pub struct PartnerRef {
    pub id: String,
    pub name: Option<String>,
}

/// A measurement on `goal show`: the record, and its change since the one before.
#[derive(Debug, Serialize)]
struct MeasurementView<'a> {
    #[serde(flatten)]
    record: Full<'a, Measurement>,
    /// Change since the measurement before.
    change: Option<f64>,
}

/// Blocks from lowest to highest.
const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/// Most measurements a sparkline shows (the latest ones).
const SPARK_WIDTH: usize = 48;

/// A sparkline of `values`, scaled between the lowest and highest of them and of `marks`
/// (the baseline and target), so the line shows how far the series has come.
pub fn sparkline(values: &[f64], marks: &[f64]) -> String {
    let values = &values[values.len().saturating_sub(SPARK_WIDTH)..];
    let all = values.iter().chain(marks);
    let lo = all.clone().copied().fold(f64::INFINITY, f64::min);
    let hi = all.copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| {
            if hi - lo <= f64::EPSILON {
                SPARKS[3]
            } else {
                let i = ((v - lo) / (hi - lo) * 7.0).round() as usize;
                SPARKS[i.min(7)]
            }
        })
        .collect()
}

/// A change with its sign: `+0.5`, `-1.2`, `0`.
fn signed(d: f64) -> String {
    let n = number(d);
    if n.starts_with('-') || n == "0" {
        n
    } else {
        format!("+{n}")
    }
}

impl<'a> GoalView<'a> {
    /// The view of `g` as of `today`; `name_of` gives a partner's name, or none when
    /// there is no such partner.
    pub fn new(
        g: &'a Goal,
        name_of: impl Fn(&str) -> Option<String>,
        tolerance: f64,
        today: NaiveDate,
    ) -> Self {
        let series = g.series(today);
        let measurements = series
            .iter()
            .enumerate()
            .map(|(i, m)| MeasurementView {
                record: Full(*m),
                change: i.checked_sub(1).map(|j| m.value - series[j].value),
            })
            .collect();
        let values: Vec<f64> = series.iter().map(|m| m.value).collect();
        let marks: Vec<f64> = g.baseline.into_iter().chain([g.target]).collect();
        let direction = g.direction();
        GoalView {
            id: &g.id,
            title: &g.title,
            metric: &g.metric,
            unit: &g.unit,
            direction,
            baseline: g.baseline,
            target: g.target,
            band: (direction == Direction::Maintain).then(|| g.band()),
            start: g.start,
            due: g.due,
            partners: g
                .partners
                .iter()
                .map(|id| PartnerRef {
                    id: id.clone(),
                    name: name_of(id),
                })
                .collect(),
            owner: g.owner.as_deref(),
            notes: g.notes.as_deref(),
            outcome: g.outcome,
            closed: g.closed,
            close_note: g.close_note.as_deref(),
            by: g.by.as_deref(),
            measurements,
            assessment: assess(g, tolerance, today),
            trend: sparkline(&values, &marks),
        }
    }

    /// The view as terminal text.
    pub fn render(&self, g: &Goal, p: &Painter) -> String {
        let v = |x: f64| g.value(x);
        let mut out = format!(
            "{}  {}\n",
            p.paint(Tone::Strong, self.title),
            p.paint(Tone::Dim, self.id)
        );
        let whose = if self.partners.is_empty() {
            "program-wide".to_string()
        } else {
            let names: Vec<String> = self
                .partners
                .iter()
                .map(|r| match &r.name {
                    Some(n) => format!("{n} ({})", r.id),
                    None => format!("{} (no such partner)", r.id),
                })
                .collect();
            format!("with {}", names.join(", "))
        };
        let metric = if self.unit.is_empty() {
            self.metric.to_string()
        } else {
            format!("{} ({})", self.metric, self.unit)
        };
        out.push_str(&format!("{whose} · {} · {metric}\n\n", self.direction));
        let mut fields = Vec::new();
        fields.push((
            "baseline",
            self.baseline.map_or_else(|| p.paint(Tone::Warn, "none"), v),
        ));
        let mut target = v(self.target);
        if let Some(band) = self.band {
            target.push_str(&format!(" ± {}", number(band)));
        }
        if let Some(due) = self.due {
            target.push_str(&format!(" by {due}"));
        }
        fields.push(("target", target));
        if let Some(s) = self.start {
            fields.push(("start", s.to_string()));
        }
        if let Some(o) = self.owner {
            fields.push(("owner", o.to_string()));
        }
        if let Some(o) = self.outcome {
            let when = self.closed.map_or(String::new(), |c| format!(" on {c}"));
            let note = self.close_note.map_or(String::new(), |n| format!(": {n}"));
            fields.push(("closed", format!("{o}{when}{note}")));
        }
        out.push_str(&table::fields(&fields, p));

        section(&mut out, p, "Measurements");
        if self.measurements.is_empty() {
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none yet")));
        }
        let w_value = self
            .measurements
            .iter()
            .map(|m| v(m.record.0.value).chars().count())
            .max()
            .unwrap_or(0);
        let w_change = self
            .measurements
            .iter()
            .map(|m| m.change.map_or(0, |c| signed(c).chars().count()))
            .max()
            .unwrap_or(0);
        let mut last_source = None;
        for view in &self.measurements {
            let m = view.record.0;
            let change = view.change.map_or(String::new(), signed);
            // A source is named where it changes, not on every line.
            let source = m.source.as_deref().filter(|s| last_source != Some(*s));
            last_source = m.source.as_deref().or(last_source);
            let about: Vec<&str> = [m.note.as_deref(), source].into_iter().flatten().collect();
            let line = format!(
                "  {}  {:>w_value$}  {change:>w_change$}  {}",
                m.date,
                v(m.value),
                p.paint(Tone::Dim, &about.join(" · "))
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
        if self.measurements.len() > 1 {
            let first = self.measurements[0].record.0;
            let last = self.measurements[self.measurements.len() - 1].record.0;
            out.push_str(&format!(
                "\n  {}  {} → {} since {}\n",
                self.trend,
                v(first.value),
                v(last.value),
                first.date
            ));
        }

        section(&mut out, p, "Status");
        let a = &self.assessment;
        out.push_str(&format!(
            "  {}: {}\n",
            p.paint(status_tone(a.status), a.status.as_str()),
            a.reason
        ));
        let mut fields = Vec::new();
        if let Some(pr) = a.progress {
            fields.push(("progress", bar(pr)));
        }
        if self.outcome.is_none()
            && let Some(e) = a.expected_value
        {
            fields.push(("expected today", g.rounded(e)));
        }
        if !fields.is_empty() {
            out.push_str(&table::fields(&fields, p));
        }

        if let Some(n) = self.notes {
            section(&mut out, p, "Notes");
            for line in n.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_span_the_baseline_and_target() {
        assert_eq!(sparkline(&[18.0, 15.0, 12.0], &[18.0, 12.0]), "█▅▁");
        assert_eq!(sparkline(&[0.0, 50.0], &[0.0, 100.0]), "▁▅");
        assert_eq!(sparkline(&[5.0, 5.0], &[5.0]), "▄▄");
        assert_eq!(sparkline(&[], &[1.0]), "");
        assert_eq!(signed(0.5), "+0.5");
        assert_eq!(signed(-1.25), "-1.25");
        assert_eq!(signed(0.0), "0");
    }

    #[test]
    fn bars() {
        assert_eq!(bar(52.0), "█████░░░░░ 52%");
        assert_eq!(bar(99.6), "█████████░ 99%");
        assert_eq!(bar(100.0), "██████████ 100%");
        assert_eq!(bar(130.0), "██████████ 130%");
        assert_eq!(bar(-12.0), "░░░░░░░░░░ -12%");
    }
}
