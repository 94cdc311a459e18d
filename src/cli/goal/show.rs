//! `accord goal show`: one goal on one screen, with its measurements, trend and status.

use crate::cli::goal::{bar, status_tone};
use crate::context::Ctx;
use crate::model::goal::{Assessment, Direction, Goal, Outcome, assess, number};
use crate::report::{Painter, ShowFormat, Tone, list, table};
use crate::store::{Kind, Workspace};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The goal's id (or a unique prefix of it)
    pub goal: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

/// Everything `goal show` says about a goal.
#[derive(Debug, Serialize)]
struct GoalView<'a> {
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

#[derive(Debug, Serialize)]
struct PartnerRef {
    id: String,
    name: Option<String>,
}

#[derive(Debug, Serialize)]
struct MeasurementView<'a> {
    id: &'a str,
    date: NaiveDate,
    value: f64,
    /// Change since the measurement before.
    change: Option<f64>,
    note: Option<&'a str>,
    source: Option<&'a str>,
    by: Option<&'a str>,
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
    fn new(ws: &Workspace, g: &'a Goal, today: NaiveDate) -> Self {
        let series = g.series(today);
        let measurements = series
            .iter()
            .enumerate()
            .map(|(i, m)| MeasurementView {
                id: &m.id,
                date: m.date,
                value: m.value,
                change: i.checked_sub(1).map(|j| m.value - series[j].value),
                note: m.note.as_deref(),
                source: m.source.as_deref(),
                by: m.by.as_deref(),
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
                    name: ws.load_partner(id).ok().map(|p| p.name),
                })
                .collect(),
            owner: g.owner.as_deref(),
            notes: g.notes.as_deref(),
            outcome: g.outcome,
            closed: g.closed,
            close_note: g.close_note.as_deref(),
            by: g.by.as_deref(),
            measurements,
            assessment: assess(g, ws.settings.goal_tolerance, today),
            trend: sparkline(&values, &marks),
        }
    }

    fn render(&self, g: &Goal, p: &Painter) -> String {
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
            .map(|m| v(m.value).chars().count())
            .max()
            .unwrap_or(0);
        let w_change = self
            .measurements
            .iter()
            .map(|m| m.change.map_or(0, |c| signed(c).chars().count()))
            .max()
            .unwrap_or(0);
        let mut last_source = None;
        for m in &self.measurements {
            let change = m.change.map_or(String::new(), signed);
            // A source is named where it changes, not on every line.
            let source = m.source.filter(|s| last_source != Some(*s));
            last_source = m.source.or(last_source);
            let about: Vec<&str> = [m.note, source].into_iter().flatten().collect();
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
            let first = &self.measurements[0];
            let last = &self.measurements[self.measurements.len() - 1];
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

/// Start a section of the show screen.
use crate::report::table::section;

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let goal = ws.load_goal(&id)?;
    let view = GoalView::new(ws, &goal, ctx.today);
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&goal, &ctx.painter)),
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
}
