//! The quarterly report's views: the report as a document (for the terminal, Markdown
//! and HTML) and as tidy CSV tables, one per section.

use super::{Headline, PartnerRow, Quarterly, TrendRow};
use crate::model::action;
use crate::model::attention::Urgency;
use crate::model::contact::DueState;
use crate::model::contribution::{money, percent};
use crate::model::date::relative;
use crate::model::goal::{number, with_unit};
use crate::model::instrument::fmt_score;
use crate::model::period::SpanKind;
use crate::model::words;
use crate::report::Instruments;
use crate::report::doc::{Block, Doc, DocCell, Rows, Section, Stat, bar, bars, spark, top};
use crate::report::evaluation as eval;
use crate::report::goal as goal_cli;
use crate::report::list::{self, opt};
use crate::report::sections::Part;
use crate::report::status_filter;
use crate::report::style::Tone;
use clap::ValueEnum;
use std::collections::BTreeMap;
use std::io::Write;

/// The report's sections, in its order: what `--section` and `--omit` take, and the
/// tables `--format csv` prints (one per section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum QuarterSection {
    /// The headline numbers against the previous quarter
    Headline,
    /// A row per partner (the CSV default)
    #[default]
    Partners,
    /// Goals at the period's end
    Goals,
    /// Partnership health by dimension
    Health,
    /// The surveys that closed in the quarter
    Stakeholders,
    /// Contributions by kind and side
    Contributions,
    /// Agreements ending next quarter or lapsed
    Agreements,
    /// What `accord status` said on the last day
    Attention,
    /// The wins
    Wins,
}

impl Part for QuarterSection {
    const ALL: &'static [QuarterSection] = &[
        QuarterSection::Headline,
        QuarterSection::Partners,
        QuarterSection::Goals,
        QuarterSection::Health,
        QuarterSection::Stakeholders,
        QuarterSection::Contributions,
        QuarterSection::Agreements,
        QuarterSection::Attention,
        QuarterSection::Wins,
    ];

    fn name(self) -> &'static str {
        match self {
            QuarterSection::Headline => "headline",
            QuarterSection::Partners => "partners",
            QuarterSection::Goals => "goals",
            QuarterSection::Health => "health",
            QuarterSection::Contributions => "contributions",
            QuarterSection::Stakeholders => "stakeholders",
            QuarterSection::Agreements => "agreements",
            QuarterSection::Attention => "attention",
            QuarterSection::Wins => "wins",
        }
    }

    fn json(self) -> &'static [&'static str] {
        match self {
            QuarterSection::Headline => &["/headline", "/previous"],
            QuarterSection::Partners => &["/partners"],
            QuarterSection::Goals => &["/goals"],
            QuarterSection::Health => &["/health"],
            QuarterSection::Contributions => &["/contributions"],
            QuarterSection::Stakeholders => &["/stakeholders"],
            QuarterSection::Agreements => &["/agreements"],
            QuarterSection::Attention => &["/attention", "/attention_more"],
            QuarterSection::Wins => &["/wins"],
        }
    }
}

/// The sections of a year's report (or any period's): a quarterly report's, with the
/// quarter-by-quarter trend after the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum YearSection {
    /// The headline numbers against the previous year
    Headline,
    /// The headline numbers quarter by quarter
    Trend,
    /// A row per partner (the CSV default)
    #[default]
    Partners,
    /// Goals at the period's end
    Goals,
    /// Partnership health by dimension
    Health,
    /// The surveys that closed in the period
    Stakeholders,
    /// Contributions by kind and side
    Contributions,
    /// Agreements ending in the quarter after, or lapsed
    Agreements,
    /// What `accord status` said on the last day
    Attention,
    /// The wins
    Wins,
}

impl YearSection {
    /// The quarterly report's section of the same name (none for the trend).
    fn quarterly(self) -> Option<QuarterSection> {
        Some(match self {
            YearSection::Headline => QuarterSection::Headline,
            YearSection::Trend => return None,
            YearSection::Partners => QuarterSection::Partners,
            YearSection::Goals => QuarterSection::Goals,
            YearSection::Health => QuarterSection::Health,
            YearSection::Stakeholders => QuarterSection::Stakeholders,
            YearSection::Contributions => QuarterSection::Contributions,
            YearSection::Agreements => QuarterSection::Agreements,
            YearSection::Attention => QuarterSection::Attention,
            YearSection::Wins => QuarterSection::Wins,
        })
    }
}

impl Part for YearSection {
    const ALL: &'static [YearSection] = &[
        YearSection::Headline,
        YearSection::Trend,
        YearSection::Partners,
        YearSection::Goals,
        YearSection::Health,
        YearSection::Stakeholders,
        YearSection::Contributions,
        YearSection::Agreements,
        YearSection::Attention,
        YearSection::Wins,
    ];

    fn name(self) -> &'static str {
        self.quarterly().map_or("trend", QuarterSection::name)
    }

    fn json(self) -> &'static [&'static str] {
        self.quarterly().map_or(&["/trend"], QuarterSection::json)
    }
}

/// A change as words against the previous quarter, and its tone: `+3 vs 2026-Q2`.
/// `better` says which way is good (`None`: neither).
fn change(
    now: f64,
    then: f64,
    text: impl Fn(f64) -> String,
    better: Option<bool>,
    prev: &str,
) -> (Option<String>, Tone) {
    let d = now - then;
    if d.abs() < 1e-9 {
        return (Some(format!("same as {prev}")), Tone::Dim);
    }
    let sign = if d > 0.0 { "+" } else { "-" };
    let tone = match better {
        Some(up) if (d > 0.0) == up => Tone::Good,
        Some(_) => Tone::Bad,
        None => Tone::Plain,
    };
    (Some(format!("{sign}{} vs {prev}", text(d.abs()))), tone)
}

fn count(n: f64) -> String {
    number(n)
}

fn stat(
    label: &str,
    value: String,
    (change, tone): (Option<String>, Tone),
    detail: Option<String>,
) -> Stat {
    Stat {
        label: label.to_string(),
        value,
        change,
        tone,
        detail,
        trend: None,
    }
}

fn headline_stats(r: &Quarterly) -> Vec<Stat> {
    let (h, p, prev) = (&r.headline, &r.previous, r.previous_name());
    let cur = |v: f64| money(v, &r.currency);
    let n = |f: fn(&Headline) -> usize| (f(h) as f64, f(p) as f64);
    let counted =
        |label: &str, f: fn(&Headline) -> usize, better: Option<bool>, detail: Option<String>| {
            let (a, b) = n(f);
            stat(label, count(a), change(a, b, count, better, prev), detail)
        };
    let moves = [(h.new_partners, "new"), (h.ended_partners, "ended")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| format!("{n} {w}"))
        .collect::<Vec<_>>();
    let coverage = match (h.coverage, p.coverage) {
        (Some(c), then) => stat(
            "Check-in coverage",
            percent(c),
            then.map_or((None, Tone::Plain), |t| {
                change(
                    c * 100.0,
                    t * 100.0,
                    |d| format!("{} pts", number(d.round())),
                    Some(true),
                    prev,
                )
            }),
            Some(match r.kind {
                SpanKind::Quarter => format!(
                    "{} of the {} expected to meet held a check-in",
                    h.met,
                    words::count(h.expected_to_meet, "partner", "partners")
                ),
                _ => format!(
                    "{} of the {} expected to meet held a check-in",
                    h.met,
                    words::count(h.expected_to_meet, "partner-quarter", "partner-quarters")
                ),
            }),
        ),
        (None, _) => stat(
            "Check-in coverage",
            "-".into(),
            (None, Tone::Plain),
            Some("no partner was expected to meet".into()),
        ),
    };
    let reliability = |label: &str, now: &crate::model::action::Reliability| {
        stat(
            label,
            now.share.map_or("-".to_string(), percent),
            (None, Tone::Plain),
            Some(if now.came_due == 0 {
                "no items came due".to_string()
            } else {
                format!("{} of {} due on time", now.on_time, now.came_due)
            }),
        )
    };
    let side_split = if h.contributions_total > 0.0 {
        Some(format!(
            "partners {} ({}) · ours {} ({})",
            cur(h.contributions_partner),
            percent(h.contributions_partner / h.contributions_total),
            cur(h.contributions_ours),
            percent(h.contributions_ours / h.contributions_total),
        ))
    } else {
        None
    };
    let mut stats = vec![
        counted(
            "Active partners",
            |h| h.active_partners,
            Some(true),
            (!moves.is_empty()).then(|| moves.join(", ")),
        ),
        counted("Check-ins held", |h| h.checkins, Some(true), None),
        coverage,
        counted("Action items opened", |h| h.actions_opened, None, None),
        counted(
            "Action items closed",
            |h| h.actions_closed,
            Some(true),
            None,
        ),
        counted(
            "Action items overdue",
            |h| h.actions_overdue,
            Some(false),
            Some(format!("on {}", r.as_of)),
        ),
        reliability("Reliability, our side", &h.reliability_ours),
        reliability("Reliability, partners", &h.reliability_partner),
        stat(
            "Contributions",
            cur(h.contributions_total),
            change(
                h.contributions_total,
                p.contributions_total,
                cur,
                Some(true),
                prev,
            ),
            side_split,
        ),
        counted("Wins", |h| h.wins, Some(true), None),
    ];
    // Each figure over the last quarters, in the order of the stats above.
    type Figure = fn(&Headline) -> Option<f64>;
    let figures: [(Figure, bool); 10] = [
        (|h| Some(h.active_partners as f64), false),
        (|h| Some(h.checkins as f64), false),
        (|h| h.coverage, true),
        (|h| Some(h.actions_opened as f64), false),
        (|h| Some(h.actions_closed as f64), false),
        (|h| Some(h.actions_overdue as f64), false),
        (|h| h.reliability_ours.share, true),
        (|h| h.reliability_partner.share, true),
        (|h| Some(h.contributions_total), false),
        (|h| Some(h.wins as f64), false),
    ];
    let rows = spark_rows(r);
    for (s, (figure, share)) in stats.iter_mut().zip(figures) {
        let points: Vec<(String, f64, String)> = rows
            .iter()
            .filter_map(|t| {
                let v = figure(&t.headline)?;
                let text = if share {
                    percent(v)
                } else if s.label == "Contributions" {
                    cur(v)
                } else {
                    count(v)
                };
                Some((t.quarter.clone(), v, text))
            })
            .collect();
        s.trend = spark(&points);
    }
    stats
}

/// The quarters the headline's trend lines show: the last four to eight up to the
/// period's end, leaving out the first ones while nothing was recorded in them.
fn spark_rows(r: &Quarterly) -> Vec<&TrendRow> {
    let upto: Vec<&TrendRow> = r.trend.iter().filter(|t| t.start <= r.end).collect();
    let mut rows: Vec<&TrendRow> = upto[upto.len().saturating_sub(8)..].to_vec();
    let empty = |t: &TrendRow| {
        let h = &t.headline;
        h.active_partners == 0 && h.checkins == 0 && h.contributions_total == 0.0 && h.wins == 0
    };
    while rows.len() > 4 && empty(rows[0]) {
        rows.remove(0);
    }
    rows
}

fn hours_note(r: &Quarterly) -> Option<String> {
    match r.hour_value {
        Some(rate) => Some(format!(
            "hours valued at {} an hour",
            money(rate, &r.currency)
        )),
        None if r.headline.unvalued_hours > 0.0 => Some(format!(
            "{} hours not valued: set hour_value in accord.toml to count them",
            number(r.headline.unvalued_hours)
        )),
        None => None,
    }
}

fn due_cell(
    state: Option<DueState>,
    next: Option<chrono::NaiveDate>,
    as_of: chrono::NaiveDate,
) -> DocCell {
    match (state, next) {
        (Some(DueState::Overdue), Some(n)) => DocCell::new(format!(
            "overdue {}",
            relative(n, as_of).trim_end_matches(" ago")
        ))
        .tone(Tone::Bad),
        (Some(DueState::Soon), Some(n)) => {
            DocCell::new(format!("due {}", relative(n, as_of))).tone(Tone::Warn)
        }
        (Some(DueState::Current), _) => DocCell::new("current").tone(Tone::Good),
        _ => DocCell::opt(None),
    }
}

/// A partner's row of the partners table.
fn partner_cells(p: &PartnerRow, r: &Quarterly, instruments: &Instruments<'_>) -> Vec<DocCell> {
    let health = match (&p.health, &p.health_instrument) {
        (Some(h), Some(i)) => {
            let tone = instruments(i).map_or(Tone::Plain, |inst| eval::tone(inst, *h));
            DocCell::num(fmt_score(*h)).tone(tone)
        }
        _ => DocCell::opt(None),
    };
    vec![
        DocCell::new(p.name.as_str()),
        DocCell::new(p.stage.as_str()),
        DocCell::opt(p.last_contact.map(|d| d.to_string())),
        DocCell::num(p.checkins.to_string()),
        due_cell(p.cadence_state, p.next_due, r.as_of),
        DocCell::num(p.open_actions.to_string()),
        DocCell::num(p.overdue_actions.to_string()).tone(if p.overdue_actions > 0 {
            Tone::Bad
        } else {
            Tone::Plain
        }),
        health,
        DocCell::num(eval::change_text(p.health_change)),
        DocCell::num(money(p.contributions, &r.currency)),
    ]
}

fn partners_section<'a, 'i: 'a>(r: &'a Quarterly, instruments: &'a Instruments<'i>) -> Section<'a> {
    let mut s = Section::new("Partners");
    if r.partners.is_empty() {
        return s.block(Block::text(format!("no partners in this {}", r.word())));
    }
    s = s.block(Block::rows(
        &[
            "Partner",
            "Stage",
            "Last contact",
            "Check-ins",
            "Cadence",
            "Open",
            "Overdue",
            "Health",
            "Change",
            "Contributions",
        ],
        Rows::made(move || {
            r.partners
                .iter()
                .map(move |p| partner_cells(&p, r, instruments))
        }),
    ));
    // Check-ins of the partners expected to meet, one bar each, made as they are shown:
    // the partners the headline's coverage counts.
    let expected = move || r.partners.iter().filter(|p| p.expected_to_meet);
    if expected().next().is_some() {
        let most = top(expected().map(|p| p.checkins as f64));
        s = s.block(Block::Bars {
            title: format!("Check-ins this {}, partners expected to meet", r.word()),
            bars: Rows::made(move || {
                expected().map(move |p| {
                    let tone = if p.checkins > 0 {
                        Tone::Good
                    } else {
                        Tone::Bad
                    };
                    let text = match p.checkins {
                        0 => "none".to_string(),
                        1 => "1 check-in".to_string(),
                        n => format!("{n} check-ins"),
                    };
                    bar(p.name.clone(), p.checkins as f64, text, tone, most)
                })
            }),
        });
    }
    s
}

fn goals_section<'a>(r: &Quarterly) -> Section<'a> {
    let s = Section::new("Goals");
    if r.goals.is_empty() {
        return s.block(Block::text("no goals"));
    }
    let rows: Vec<Vec<DocCell>> = r
        .goals
        .iter()
        .map(|g| {
            let tone = goal_cli::status_tone(g.status);
            vec![
                DocCell::new(g.title.as_str()),
                DocCell::new(goal_cli::owners(&g.partner_names)),
                DocCell::num(g.baseline.map_or("-".into(), |b| with_unit(b, &g.unit))),
                DocCell::num(g.value.map_or("-".into(), |v| with_unit(v, &g.unit))),
                DocCell::num(with_unit(g.target, &g.unit)),
                DocCell {
                    tone,
                    ..DocCell::bar(g.progress)
                },
                DocCell::new(g.status.as_str()).tone(tone),
                DocCell::num(g.change.map_or("-".into(), |c| {
                    if c.abs() < 1e-9 {
                        "=".into()
                    } else {
                        format!(
                            "{}{}",
                            if c > 0.0 { "+" } else { "-" },
                            with_unit(c.abs(), &g.unit)
                        )
                    }
                })),
            ]
        })
        .collect();
    let at_end = match r.kind {
        SpanKind::Quarter => "Quarter end",
        SpanKind::Year => "Year end",
        SpanKind::Range => "Period end",
    };
    s.block(Block::table(
        &[
            "Goal", "Partners", "Baseline", at_end, "Target", "Progress", "Status", "Change",
        ],
        rows,
    ))
}

fn health_section<'a>(r: &Quarterly, instruments: &Instruments<'_>) -> Section<'a> {
    let mut s = Section::new("Partnership health");
    if r.health.is_empty() {
        return s.block(Block::text("no evaluations yet"));
    }
    for h in &r.health {
        let inst = instruments(&h.instrument);
        let tone = |score: f64| inst.map_or(Tone::Plain, |i| eval::tone(i, score));
        let items = h
            .dimensions
            .iter()
            .map(|d| {
                let band = d
                    .band
                    .as_deref()
                    .map(|b| format!(" {b}"))
                    .unwrap_or_default();
                let change = d
                    .previous
                    .map(|p| format!(" ({})", eval::change_text(Some(d.mean - p))))
                    .unwrap_or_default();
                (
                    d.title.clone(),
                    d.mean,
                    format!("{}{band}{change}", fmt_score(d.mean)),
                    tone(d.mean),
                )
            })
            .collect();
        let noun = if h.partners == 1 {
            "partner"
        } else {
            "partners"
        };
        s = s.block(Block::Bars {
            title: format!(
                "{} ({}), mean of {} {noun}",
                h.title, h.instrument, h.partners
            ),
            bars: bars(items, Some(h.scale_max)),
        });
        let weakest: Vec<String> = h
            .weakest
            .iter()
            .filter_map(|k| h.dimensions.iter().find(|d| &d.key == k))
            .map(|d| format!("{} {}", d.title, fmt_score(d.mean)))
            .collect();
        if !weakest.is_empty() {
            s = s.block(Block::text(format!("Weakest: {}", weakest.join(", "))));
        }
        if !h.divergences.is_empty() {
            let rows: Vec<Vec<DocCell>> = h
                .divergences
                .iter()
                .map(|d| {
                    vec![
                        DocCell::new(d.partner_name.as_str()),
                        DocCell::new(d.title.as_str()),
                        DocCell::num(fmt_score(d.ours)),
                        DocCell::num(fmt_score(d.theirs)),
                        DocCell::num(fmt_score((d.ours - d.theirs).abs())).tone(Tone::Warn),
                    ]
                })
                .collect();
            s = s.block(Block::table(
                &[
                    "Where the sides differ",
                    "Dimension",
                    "Ours",
                    "Partner",
                    "Gap",
                ],
                rows,
            ));
        }
        if h.divergences_more > 0 {
            s = s.block(Block::text(format!(
                "and {} more where the sides differ (--all lists every one)",
                h.divergences_more
            )));
        }
    }
    s
}

fn contributions_section<'a>(r: &Quarterly) -> Section<'a> {
    let s = Section::new("Contributions").note(hours_note(r));
    let mut by: BTreeMap<(String, &str), f64> = BTreeMap::new();
    for c in r.contributions.iter() {
        if let Some(v) = c.value {
            let side = match c.side {
                crate::model::partner::Side::Ours => "ours",
                crate::model::partner::Side::Partner => "partners",
            };
            *by.entry((c.kind.as_str().to_string(), side)).or_default() += v;
        }
    }
    if by.is_empty() {
        return s.block(Block::text(format!("none this {}", r.word())));
    }
    let mut items: Vec<(String, f64, String, Tone)> = by
        .into_iter()
        .map(|((kind, side), v)| {
            (
                format!("{kind} · {side}"),
                v,
                money(v, &r.currency),
                if side == "ours" {
                    Tone::Dim
                } else {
                    Tone::Plain
                },
            )
        })
        .collect();
    items.sort_by(|a, b| b.1.total_cmp(&a.1));
    s.block(Block::Bars {
        title: "By kind and side".into(),
        bars: bars(items, None),
    })
}

fn agreements_section(r: &Quarterly) -> Section<'_> {
    let s = Section::new("Agreements");
    if r.agreements.is_empty() {
        return s.block(Block::text("none ending next quarter, none lapsed"));
    }
    let rows = Rows::made(move || {
        r.agreements.iter().map(move |a| {
            let (state, tone) = match a.state {
                "ended" => (
                    format!("ended {}, not renewed", relative(a.ends, r.as_of)),
                    Tone::Bad,
                ),
                _ => (format!("ends {}", relative(a.ends, r.as_of)), Tone::Warn),
            };
            vec![
                DocCell::new(a.partner_name.as_str()),
                DocCell::opt(a.kind.clone()),
                DocCell::new(a.ends.to_string()),
                DocCell::new(state).tone(tone),
            ]
        })
    });
    s.block(Block::rows(
        &["Partner", "Agreement", "Ends", "State"],
        rows,
    ))
}

fn attention_section(r: &Quarterly) -> Section<'_> {
    let s = Section::new(format!("Attention on {}", r.as_of));
    if r.attention.is_empty() && r.attention_more.is_empty() {
        return s.block(Block::text("nothing needed attention"));
    }
    let rows = Rows::made(move || {
        r.attention.iter().map(|i| {
            let tone = match i.urgency {
                Urgency::Overdue => Tone::Bad,
                Urgency::Soon => Tone::Warn,
                Urgency::Watch => Tone::Plain,
            };
            vec![
                DocCell::new(i.urgency.as_str()).tone(tone),
                DocCell::new(i.partner_name.as_deref().unwrap_or("program")),
                DocCell::new(i.problem.as_str()),
            ]
        })
    });
    let s = s.block(Block::rows(&["", "Partner", "Problem"], rows));
    if r.attention_more.is_empty() {
        return s;
    }
    let more = left_out(r);
    let kinds: Vec<String> = (r.attention_more.iter())
        .map(|m| status_filter::count_words(m.kind, m.count))
        .collect();
    s.block(Block::text(format!(
        "and {more} more (--all lists every item): {}",
        kinds.join(", ")
    )))
}

/// How many attention items the report leaves out.
fn left_out(r: &Quarterly) -> usize {
    r.attention_more.iter().map(|m| m.count).sum()
}

/// What a CSV table of the attention list, which has no room to say it is not the whole
/// list, should say beside it; `None` when it is.
pub fn csv_left_out(r: &Quarterly) -> Option<String> {
    let more = left_out(r);
    (more > 0).then(|| {
        format!(
            "the table has the {} most urgent items; {more} more are left out (--all lists every item)",
            r.attention.len()
        )
    })
}

fn wins_section(r: &Quarterly) -> Section<'_> {
    let s = Section::new("Wins");
    if r.wins.is_empty() {
        return s.block(Block::text(format!("none logged this {}", r.word())));
    }
    let rows = Rows::made(move || {
        r.wins.iter().map(|w| {
            vec![
                DocCell::new(w.date.to_string()),
                DocCell::new(w.partner_name.as_str()),
                DocCell::new(w.text.as_str()),
            ]
        })
    });
    s.block(Block::rows(&["Date", "Partner", "Win"], rows))
}

/// The headline numbers quarter by quarter, for the quarters of the period.
fn trend_section<'a>(r: &Quarterly) -> Section<'a> {
    let s = Section::new("Quarter by quarter").note(hours_note(r));
    let rows: Vec<Vec<DocCell>> = r
        .trend
        .iter()
        .filter(|t| t.in_period)
        .map(|t| {
            let h = &t.headline;
            let share = |x: Option<f64>| DocCell::num(x.map_or("-".into(), percent));
            vec![
                DocCell::new(t.quarter.as_str()),
                DocCell::num(h.active_partners.to_string()),
                DocCell::num(h.checkins.to_string()),
                share(h.coverage),
                DocCell::num(h.actions_opened.to_string()),
                DocCell::num(h.actions_closed.to_string()),
                DocCell::num(h.actions_overdue.to_string()),
                share(h.reliability_ours.share),
                share(h.reliability_partner.share),
                DocCell::num(money(h.contributions_total, &r.currency)),
                DocCell::num(h.wins.to_string()),
            ]
        })
        .collect();
    if rows.is_empty() {
        return s.block(Block::text("no quarter of it has begun"));
    }
    s.block(Block::table(
        &[
            "Quarter",
            "Active",
            "Check-ins",
            "Coverage",
            "Opened",
            "Closed",
            "Overdue",
            "Ours on time",
            "Partners on time",
            "Contributions",
            "Wins",
        ],
        rows,
    ))
}

/// Write one table of a year's (or any period's) report, for a spreadsheet.
pub fn write_year_csv(
    r: &Quarterly,
    section: YearSection,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if let Some(q) = section.quarterly() {
        return write_csv(r, q, out);
    }
    let share = |x: Option<f64>| opt(x.map(|s| number((s * 1000.0).round() / 10.0)));
    csv_to(
        out,
        &[
            "quarter",
            "start",
            "end",
            "active_partners",
            "checkins",
            "expected_to_meet",
            "met",
            "coverage_percent",
            "actions_opened",
            "actions_closed",
            "actions_overdue",
            "reliability_ours_percent",
            "reliability_partner_percent",
            "contributions_total",
            "contributions_ours",
            "contributions_partner",
            "wins",
        ],
        r.trend.iter().filter(|t| t.in_period).map(|t| {
            let h = &t.headline;
            vec![
                t.quarter.clone(),
                t.start.to_string(),
                t.end.to_string(),
                h.active_partners.to_string(),
                h.checkins.to_string(),
                h.expected_to_meet.to_string(),
                h.met.to_string(),
                share(h.coverage),
                h.actions_opened.to_string(),
                h.actions_closed.to_string(),
                h.actions_overdue.to_string(),
                share(h.reliability_ours.share),
                share(h.reliability_partner.share),
                number(h.contributions_total),
                number(h.contributions_ours),
                number(h.contributions_partner),
                h.wins.to_string(),
            ]
        }),
    )
}

/// The report as a document, section by section; a year's (or any period's) has its
/// quarter-by-quarter trend after the headline.
pub fn document<'a, 'i: 'a>(r: &'a Quarterly, instruments: &'a Instruments<'i>) -> Doc<'a> {
    let program = r.program.as_deref().unwrap_or("Partnerships");
    let mut subtitle = format!("{} ({}) · as of {}", r.name(), r.months, r.as_of);
    if r.as_of < r.start {
        // A period to come: its numbers are today's, and nothing in it has happened.
        subtitle.push_str(&format!(" · not begun: it starts {}", r.start));
    }
    if !r.filter.is_empty() {
        subtitle.push_str(&format!(" · only {}", r.filter.join(", ")));
    }
    if !r.left_out.is_empty() {
        subtitle.push_str(&format!(
            " · left out until its merge conflict is settled: {}",
            r.left_out.join(", ")
        ));
    }
    Doc {
        title: match r.kind {
            SpanKind::Quarter => format!("{program}: quarterly report"),
            SpanKind::Year => format!("{program}: annual report"),
            SpanKind::Range => format!("{program}: report"),
        },
        subtitle,
        sections: vec![
            Section::new("Headline")
                .note(hours_note(r))
                .block(Block::Stats {
                    stats: headline_stats(r),
                }),
        ]
        .into_iter()
        .chain((r.kind != SpanKind::Quarter).then(|| trend_section(r)))
        .chain([
            partners_section(r, instruments),
            goals_section(r),
            health_section(r, instruments),
            super::stakeholders::section(&r.stakeholders, r.survey_min_responses),
            contributions_section(r),
            agreements_section(r),
            attention_section(r),
            wins_section(r),
        ])
        .collect(),
    }
}

/// CSV from a header and records, written record by record, every cell made safe for
/// spreadsheets (as `list::csv` writes it).
fn csv_to(
    out: &mut dyn Write,
    headers: &[&str],
    records: impl Iterator<Item = Vec<String>>,
) -> anyhow::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(headers)?;
    for r in records {
        w.write_record(r.iter().map(|c| list::spreadsheet_safe(c).into_owned()))?;
    }
    w.flush()?;
    Ok(())
}

/// Write one tidy table of the report, for a spreadsheet.
pub fn write_csv(
    r: &Quarterly,
    section: QuarterSection,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let q = r.name().to_string();
    let previous_column = format!("previous_{}", r.word());
    // the first column names the period: `quarter`, `year` or `period`
    let period = |rest: &[&'static str]| -> Vec<&'static str> {
        std::iter::once(r.word())
            .chain(rest.iter().copied())
            .collect()
    };
    match section {
        QuarterSection::Headline => {
            let reliability = |x: &action::Reliability| opt(x.share.map(|s| number(s * 100.0)));
            let lines = |h: &Headline| {
                let n = |v: usize| v.to_string();
                vec![
                    ("active_partners", n(h.active_partners)),
                    ("new_partners", n(h.new_partners)),
                    ("ended_partners", n(h.ended_partners)),
                    ("checkins", n(h.checkins)),
                    ("expected_to_meet", n(h.expected_to_meet)),
                    ("met", n(h.met)),
                    (
                        "coverage_percent",
                        opt(h.coverage.map(|c| number((c * 1000.0).round() / 10.0))),
                    ),
                    ("actions_opened", n(h.actions_opened)),
                    ("actions_closed", n(h.actions_closed)),
                    ("actions_overdue", n(h.actions_overdue)),
                    ("reliability_ours_percent", reliability(&h.reliability_ours)),
                    (
                        "reliability_partner_percent",
                        reliability(&h.reliability_partner),
                    ),
                    ("contributions_total", number(h.contributions_total)),
                    ("contributions_ours", number(h.contributions_ours)),
                    ("contributions_partner", number(h.contributions_partner)),
                    ("unvalued_hours", number(h.unvalued_hours)),
                    ("wins", n(h.wins)),
                ]
            };
            let (now, then) = (lines(&r.headline), lines(&r.previous));
            csv_to(
                out,
                &[r.word(), "measure", "value", &previous_column, "previous"],
                now.into_iter()
                    .zip(then)
                    .map(|((measure, value), (_, previous))| {
                        vec![
                            q.clone(),
                            measure.to_string(),
                            value,
                            r.previous_name().to_string(),
                            previous,
                        ]
                    }),
            )
        }
        QuarterSection::Agreements => csv_to(
            out,
            &period(&["partner", "name", "agreement", "ends", "state"]),
            r.agreements.iter().map(|a| {
                vec![
                    q.clone(),
                    a.partner.clone(),
                    a.partner_name.clone(),
                    opt(a.kind.as_ref()),
                    a.ends.to_string(),
                    a.state.to_string(),
                ]
            }),
        ),
        QuarterSection::Attention => csv_to(
            out,
            &[
                "as_of", "urgency", "kind", "partner", "name", "side", "problem", "date", "fix",
            ],
            r.attention.iter().map(|i| {
                vec![
                    r.as_of.to_string(),
                    i.urgency.to_string(),
                    i.kind.to_string(),
                    opt(i.partner.as_ref()),
                    opt(i.partner_name.as_ref()),
                    opt(i.side),
                    i.problem.clone(),
                    opt(i.date),
                    i.fix.clone(),
                ]
            }),
        ),
        QuarterSection::Wins => csv_to(
            out,
            &period(&["date", "partner", "name", "win", "tags"]),
            r.wins.iter().map(|w| {
                vec![
                    q.clone(),
                    w.date.to_string(),
                    w.partner.clone(),
                    w.partner_name.clone(),
                    w.text.clone(),
                    w.tags.join("; "),
                ]
            }),
        ),
        QuarterSection::Partners => csv_to(
            out,
            &period(&[
                "partner",
                "name",
                "type",
                "stage",
                "last_contact",
                "checkins",
                "cadence_state",
                "next_due",
                "open_actions",
                "overdue_actions",
                "health",
                "health_instrument",
                "health_band",
                "health_change",
                "contributions",
            ]),
            r.partners.iter().map(|p| {
                vec![
                    q.clone(),
                    p.id.clone(),
                    p.name.clone(),
                    p.kind.clone(),
                    p.stage.to_string(),
                    opt(p.last_contact),
                    p.checkins.to_string(),
                    opt(p.cadence_state),
                    opt(p.next_due),
                    p.open_actions.to_string(),
                    p.overdue_actions.to_string(),
                    opt(p.health),
                    opt(p.health_instrument.as_ref()),
                    opt(p.health_band.as_ref()),
                    opt(p.health_change.map(number)),
                    number(p.contributions),
                ]
            }),
        ),
        QuarterSection::Goals => csv_to(
            out,
            &period(&[
                "goal",
                "title",
                "partners",
                "partner_names",
                "unit",
                "baseline",
                "value",
                "value_date",
                "target",
                "due",
                "progress",
                "status",
                "change",
            ]),
            r.goals.iter().map(|g| {
                vec![
                    q.clone(),
                    g.id.clone(),
                    g.title.clone(),
                    g.partners.join("; "),
                    g.partner_names.join("; "),
                    g.unit.clone(),
                    opt(g.baseline.map(number)),
                    opt(g.value.map(number)),
                    opt(g.value_date),
                    number(g.target),
                    opt(g.due),
                    opt(g.progress.map(|p| number((p * 10.0).round() / 10.0))),
                    g.status.to_string(),
                    opt(g.change.map(number)),
                ]
            }),
        ),
        QuarterSection::Health => csv_to(
            out,
            &period(&[
                "instrument",
                "dimension",
                "title",
                "mean",
                "band",
                "previous",
                "partners",
            ]),
            r.health.iter().flat_map(|h| {
                let q = q.clone();
                h.dimensions.iter().map(move |d| {
                    vec![
                        q.clone(),
                        h.instrument.clone(),
                        d.key.clone(),
                        d.title.clone(),
                        d.mean.to_string(),
                        opt(d.band.as_ref()),
                        opt(d.previous),
                        d.partners.to_string(),
                    ]
                })
            }),
        ),
        QuarterSection::Stakeholders => {
            out.write_all(super::stakeholders::csv(&r.stakeholders, &q)?.as_bytes())?;
            Ok(())
        }
        QuarterSection::Contributions => csv_to(
            out,
            &period(&["partner", "name", "kind", "side", "amount", "value"]),
            r.contributions.iter().map(|c| {
                vec![
                    q.clone(),
                    c.partner.clone(),
                    c.partner_name.clone(),
                    c.kind.to_string(),
                    c.side.to_string(),
                    number(c.amount),
                    opt(c.value.map(number)),
                ]
            }),
        ),
    }
}
