//! Evaluations as rows and views: the rows of `eval list`, the `eval show` screen, the
//! tones and change marks the reports share, and the evaluation, contribution and win
//! sections of `partner show`.

use crate::model::evaluation::{self, Line, Scored, Summary};
use crate::model::instrument::{Instrument, Level, fmt_number, fmt_score, round1};
use crate::model::partner::{Partner, Side};
use crate::model::records::Evaluation;
use crate::model::settings::Settings;
use crate::report::contribution::{SidesView, render_sides};
use crate::report::list::Full;
use crate::report::table::section;
use crate::report::win::WinsView;
use crate::report::{Cell, Painter, Row, Tone, table};
use chrono::NaiveDate;
use serde::Serialize;

/// An evaluation of `eval list`: the record, with its partner and its overall score
/// on the instrument.
#[derive(Debug, Serialize)]
pub struct EvalRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub record: Full<'a, Evaluation>,
    pub overall: Option<f64>,
    pub band: Option<String>,
    /// Dimensions scored, out of the instrument's.
    pub scored: usize,
    pub dimensions: Option<usize>,
}

impl<'a> EvalRow<'a> {
    /// The row of `e`, scored on `inst` when the catalog knows it.
    pub fn new(p: &'a Partner, e: &'a Evaluation, inst: Option<&Instrument>) -> Self {
        let overall = inst.and_then(|i| i.overall(&e.scores));
        EvalRow {
            partner: &p.id,
            partner_name: &p.name,
            record: Full(e),
            band: inst
                .zip(overall)
                .and_then(|(i, o)| i.band(o))
                .map(|b| b.name.clone()),
            overall,
            scored: e.scores.len(),
            dimensions: inst.map(|i| i.dimensions.len()),
        }
    }
}

impl Row for EvalRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "date",
            "partner",
            "id",
            "instrument",
            "side",
            "by",
            "scored",
            "overall",
            "band",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let scored = match self.dimensions {
            Some(n) => format!("{}/{n}", self.scored),
            None => self.scored.to_string(),
        };
        let e = self.record.0;
        vec![
            Cell::new(e.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(&*e.id).tone(Tone::Dim),
            Cell::new(&*e.instrument),
            Cell::new(e.side.as_str()),
            table::opt(e.by.as_deref()),
            Cell::new(scored).right(),
            table::opt(self.overall.map(fmt_score)).right(),
            table::opt(self.band.as_deref()),
        ]
    }
}

/// What `eval show` prints: one partner's evaluations on one instrument.
#[derive(Debug, Serialize)]
pub struct ShowView<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub summary: &'a Summary,
    /// The latest comments and note of each side.
    pub comments: Vec<Comment>,
}

impl<'a> ShowView<'a> {
    /// `p`'s evaluations on `inst`, summed up in `summary`.
    pub fn new(p: &'a Partner, inst: &Instrument, summary: &'a Summary, today: NaiveDate) -> Self {
        ShowView {
            partner: &p.id,
            partner_name: &p.name,
            summary,
            comments: latest_comments(p, inst, today),
        }
    }
}

/// A comment on a dimension, or the note on a whole evaluation, as `eval show` lists it.
#[derive(Debug, Serialize)]
pub struct Comment {
    pub side: Side,
    pub date: NaiveDate,
    /// The dimension, or `None` for the note on the whole evaluation.
    pub key: Option<String>,
    pub text: String,
}

/// The comments and notes of each side's latest evaluation on `inst`.
fn latest_comments(p: &Partner, inst: &Instrument, today: NaiveDate) -> Vec<Comment> {
    let mut out = Vec::new();
    for side in Side::ALL {
        let latest = p
            .evaluations
            .iter()
            .filter(|e| e.side == *side && e.instrument == inst.name && e.date <= today)
            .max_by_key(|e| e.date);
        let Some(e) = latest else { continue };
        for d in &inst.dimensions {
            if let Some(text) = e.comments.get(&d.key) {
                out.push(Comment {
                    side: *side,
                    date: e.date,
                    key: Some(d.key.clone()),
                    text: text.clone(),
                });
            }
        }
        if let Some(n) = &e.note {
            out.push(Comment {
                side: *side,
                date: e.date,
                key: None,
                text: n.clone(),
            });
        }
    }
    out
}

/// The tone of a score's band.
pub fn tone(inst: &Instrument, score: f64) -> Tone {
    match inst.band(score).map(|b| inst.level(b)) {
        Some(Level::Top) => Tone::Good,
        Some(Level::Middle) => Tone::Warn,
        Some(Level::Bottom) => Tone::Bad,
        Some(Level::Only) | None => Tone::Plain,
    }
}

/// A change as printed: `+0.5`, `-1.0`, `=`; `-` when there is nothing to compare.
pub fn change_text(change: Option<f64>) -> String {
    match change.map(round1) {
        None => "-".to_string(),
        Some(c) if c.abs() < 1e-9 => "=".to_string(),
        Some(c) => format!("{c:+.1}"),
    }
}

fn score_cells(inst: &Instrument, s: Option<&Scored>) -> [Cell; 2] {
    match s {
        None => [
            table::opt(None::<&str>).right(),
            table::opt(None::<&str>).right(),
        ],
        Some(s) => {
            let change = Cell::new(change_text(s.change)).right();
            let change = match s.change {
                Some(c) if c <= -evaluation::FALL + 1e-9 => change.tone(Tone::Bad),
                _ => change,
            };
            [
                Cell::new(fmt_score(s.score))
                    .tone(tone(inst, s.score))
                    .right(),
                change,
            ]
        }
    }
}

fn line_cells(inst: &Instrument, l: &Line, title: String) -> Vec<Cell> {
    let [ours, ours_change] = score_cells(inst, l.ours.as_ref());
    let [partner, partner_change] = score_cells(inst, l.partner.as_ref());
    let title = if l.is_category {
        Cell::new(title).tone(Tone::Strong)
    } else {
        Cell::new(title)
    };
    let gap = match l.gap {
        None => table::opt(None::<&str>).right(),
        Some(g) if l.divergent => Cell::new(fmt_score(g)).tone(Tone::Bad).right(),
        Some(g) => Cell::new(fmt_score(g)).right(),
    };
    vec![
        title,
        ours,
        ours_change,
        partner,
        partner_change,
        match l.score {
            Some(s) => Cell::new(fmt_score(s)).tone(tone(inst, s)).right(),
            None => table::opt(None::<&str>).right(),
        },
        table::opt(l.band.as_deref()),
        gap,
    ]
}

/// `eval show` as terminal text: the score table, trend and flags, then the comments.
pub fn render_show(v: &ShowView, inst: &Instrument, p: &Painter) -> String {
    let s = v.summary;
    let mut out = format!(
        "{}  {}\n",
        p.paint(Tone::Strong, v.partner_name),
        p.paint(Tone::Dim, v.partner)
    );
    let sides: Vec<String> = s
        .sides
        .iter()
        .map(|x| {
            let n = x.evaluations;
            format!(
                "{}: {n} evaluation{}, latest {}",
                x.side,
                if n == 1 { "" } else { "s" },
                x.latest
            )
        })
        .collect();
    out.push_str(&format!(
        "{} ({}, {}) · {}\n\n",
        s.instrument,
        s.title,
        s.scale,
        sides.join(" · ")
    ));
    let headers = [
        "dimension",
        "ours",
        "change",
        "partner",
        "change",
        "score",
        "band",
        "gap",
    ];
    let has_categories = s.lines.iter().any(|l| l.is_category);
    let mut rows: Vec<Vec<Cell>> = s
        .lines
        .iter()
        .map(|l| {
            let indent = if has_categories && !l.is_category {
                "  "
            } else {
                ""
            };
            line_cells(inst, l, format!("{indent}{}", l.title))
        })
        .collect();
    let overall = Line {
        key: "overall".into(),
        title: "Overall".into(),
        category: None,
        is_category: true,
        ours: s.side(Side::Ours).and_then(|x| x.overall.clone()),
        partner: s.side(Side::Partner).and_then(|x| x.overall.clone()),
        score: s.overall,
        band: s.band.clone(),
        gap: None,
        divergent: false,
    };
    rows.push(line_cells(inst, &overall, "Overall".into()));
    out.push_str(&table::render(&headers, rows, p));

    let mut notes: Vec<(&str, String)> = Vec::new();
    for side in &s.sides {
        let points: Vec<String> = s
            .trend
            .iter()
            .filter(|r| r.side == side.side)
            .map(|r| {
                let partial = if r.partial { " partial" } else { "" };
                format!(
                    "{} ({}{partial})",
                    r.overall.map_or("-".into(), fmt_score),
                    r.date
                )
            })
            .collect();
        let word = side.trend.map_or(String::new(), |t| format!(", {t}"));
        notes.push((
            "trend",
            format!("{} {}{word}", side.side, points.join(" → ")),
        ));
    }
    let title = |k: &String| s.line(k).map_or(k.clone(), |l| l.title.clone());
    for k in &s.divergences {
        if let Some(l) = s.line(k) {
            let (o, pa) = (
                l.ours.as_ref().map(|x| x.score),
                l.partner.as_ref().map(|x| x.score),
            );
            notes.push((
                "divergence",
                p.paint(
                    Tone::Bad,
                    &format!(
                        "{}: ours {}, partner {}",
                        l.title,
                        o.map_or("-".into(), fmt_score),
                        pa.map_or("-".into(), fmt_score)
                    ),
                ),
            ));
        }
    }
    for k in &s.concerns {
        let score = s.line(k).and_then(|l| l.score).unwrap_or_default();
        notes.push((
            "concern",
            p.paint(Tone::Bad, &format!("{} {}", title(k), fmt_score(score))),
        ));
    }
    for f in &s.falling {
        notes.push((
            "falling",
            format!(
                "{} {} → {} ({})",
                f.title,
                fmt_score(f.from),
                fmt_score(f.to),
                f.side
            ),
        ));
    }
    out.push('\n');
    out.push_str(&table::fields(&notes, p));
    if !s.divergences.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            p.paint(
                Tone::Dim,
                &format!(
                    "(a divergence: the sides' latest scores {} or more apart; `divergence` in accord.toml)",
                    fmt_number(s.divergence)
                )
            )
        ));
    }
    if !v.comments.is_empty() {
        section(&mut out, p, "Comments");
        for c in &v.comments {
            let about = c.key.as_ref().map_or("note".to_string(), &title);
            out.push_str(&format!(
                "  {} {}: {}\n",
                p.paint(Tone::Dim, &format!("{} {}", c.date, c.side)),
                about,
                c.text
            ));
        }
    }
    out
}

/// The evaluation, contributions and wins of one partner, for `partner show`.
#[derive(Debug, Default, Serialize)]
pub struct PartnerRecords {
    pub evaluation: Option<EvalBrief>,
    pub contributions: Option<SidesView>,
    pub wins: WinsView,
}

/// The latest evaluation in brief.
#[derive(Debug, Serialize)]
pub struct EvalBrief {
    pub instrument: String,
    pub latest: NaiveDate,
    pub overall: Option<f64>,
    pub band: Option<String>,
    pub ours: Option<f64>,
    pub partner: Option<f64>,
    pub concerns: Vec<String>,
    pub divergences: Vec<String>,
    pub falling: Vec<String>,
    pub next_due: Option<NaiveDate>,
}

impl PartnerRecords {
    /// The records of `p`; `inst` is the instrument of its latest evaluation, when the
    /// catalog knows it.
    pub fn new(
        p: &Partner,
        inst: Option<&Instrument>,
        settings: &Settings,
        today: NaiveDate,
    ) -> Self {
        let evaluation = inst
            .and_then(|i| evaluation::summarize(&p.evaluations, i, today, settings.divergence))
            .map(|s| {
                let titles = |keys: &[String]| -> Vec<String> {
                    keys.iter()
                        .filter_map(|k| s.line(k))
                        .map(|l| l.title.clone())
                        .collect()
                };
                let side = |x: Side| s.side(x).and_then(|y| y.overall.as_ref()).map(|o| o.score);
                EvalBrief {
                    concerns: titles(&s.concerns),
                    divergences: titles(&s.divergences),
                    falling: s
                        .falling
                        .iter()
                        .map(|f| format!("{} ({})", f.title, f.side))
                        .collect(),
                    ours: side(Side::Ours),
                    partner: side(Side::Partner),
                    instrument: s.instrument,
                    latest: s.latest,
                    overall: s.overall,
                    band: s.band,
                    next_due: evaluation::next_due(p, settings.eval_cadence, today),
                }
            });
        PartnerRecords {
            evaluation,
            contributions: SidesView::new(p, settings, today),
            wins: WinsView::new(p, today),
        }
    }

    /// The sections as terminal text, appended to `out`.
    pub fn render(&self, out: &mut String, p: &Painter, id: &str) {
        section(out, p, "Evaluation");
        match &self.evaluation {
            None => out.push_str(&format!(
                "  {}\n",
                p.paint(Tone::Dim, &format!("none yet (`accord eval record {id}`)"))
            )),
            Some(e) => {
                let score = e.overall.map_or("-".into(), fmt_score);
                let band = e.band.as_deref().map_or(String::new(), |b| format!(" {b}"));
                let sides: Vec<String> = [("ours", e.ours), ("partner", e.partner)]
                    .iter()
                    .filter_map(|(n, s)| s.map(|s| format!("{n} {}", fmt_score(s))))
                    .collect();
                out.push_str(&format!(
                    "  {}, latest {}: {score}{band} ({})\n",
                    e.instrument,
                    e.latest,
                    sides.join(", ")
                ));
                for (label, list) in [
                    ("concern", &e.concerns),
                    ("the sides differ on", &e.divergences),
                    ("falling", &e.falling),
                ] {
                    if !list.is_empty() {
                        let text = format!("! {label}: {}", list.join(", "));
                        out.push_str(&format!("  {}\n", p.paint(Tone::Warn, &text)));
                    }
                }
                if let Some(d) = e.next_due {
                    out.push_str(&format!(
                        "  {}\n",
                        p.paint(Tone::Dim, &format!("next due {d}"))
                    ));
                }
            }
        }
        render_sides(self.contributions.as_ref(), out, p, id);
        self.wins.render(out, p, id);
    }
}
