//! `accord report partner ID`: one partner's story across every quarter: profile,
//! agreement, roles, goals with their series, check-ins, action items and reliability,
//! evaluations over time per side, contributions and wins; as a document and as tidy
//! CSV tables.

use crate::model::action::{self, Reliability};
use crate::model::contact::{self, Due};
use crate::model::contribution::{Balance, cents, money, percent, recorded};
use crate::model::date::relative;
use crate::model::evaluation::{self, Round};
use crate::model::goal::{self, Goal, Point, with_unit};
use crate::model::instrument::{fmt_score, round1};
use crate::model::partner::{Partner, Side};
use crate::model::quarter::Quarter;
use crate::model::settings::Settings;
use crate::report::Instruments;
use crate::report::doc::{Block, Doc, DocCell, Section, bars};
use crate::report::evaluation as eval;
use crate::report::goal as goal_cli;
use crate::report::list::{self, opt};
use crate::report::sections::Part;
use crate::report::style::Tone;
use crate::report::survey::brief::{self, Brief};
use chrono::NaiveDate;
use clap::ValueEnum;
use serde::Serialize;

/// The story's sections, in its order: what `--section` and `--omit` take, and the
/// tables `--format csv` prints (one per section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PartnerSection {
    /// Type, stage, agreement, next check-in
    Profile,
    /// Who does what on each side
    Roles,
    /// Quarter by quarter (the CSV default)
    Quarters,
    /// The goals it shares
    Goals,
    /// Every check-in
    Checkins,
    /// Every action item, with each side's reliability
    Actions,
    /// Each side's evaluation rounds
    Evaluations,
    /// The surveys about it, in brief
    Surveys,
    /// What each side put in
    Contributions,
    /// The wins
    Wins,
}

impl Part for PartnerSection {
    const ALL: &'static [PartnerSection] = &[
        PartnerSection::Profile,
        PartnerSection::Roles,
        PartnerSection::Quarters,
        PartnerSection::Goals,
        PartnerSection::Checkins,
        PartnerSection::Actions,
        PartnerSection::Evaluations,
        PartnerSection::Surveys,
        PartnerSection::Contributions,
        PartnerSection::Wins,
    ];

    fn name(self) -> &'static str {
        match self {
            PartnerSection::Profile => "profile",
            PartnerSection::Roles => "roles",
            PartnerSection::Quarters => "quarters",
            PartnerSection::Goals => "goals",
            PartnerSection::Checkins => "checkins",
            PartnerSection::Actions => "actions",
            PartnerSection::Evaluations => "evaluations",
            PartnerSection::Surveys => "surveys",
            PartnerSection::Contributions => "contributions",
            PartnerSection::Wins => "wins",
        }
    }

    /// The JSON document keeps the partner's own fields (its profile) whatever is
    /// chosen; the other sections are its records and what is computed from them.
    fn json(self) -> &'static [&'static str] {
        match self {
            PartnerSection::Profile => &["/checkin_due"],
            PartnerSection::Roles => &["/partner/role"],
            PartnerSection::Quarters => &["/quarters"],
            PartnerSection::Goals => &["/goals"],
            PartnerSection::Checkins => &["/partner/checkin"],
            PartnerSection::Actions => &[
                "/partner/action",
                "/reliability_ours",
                "/reliability_partner",
            ],
            PartnerSection::Evaluations => &["/partner/evaluation", "/evaluations"],
            PartnerSection::Surveys => &["/surveys"],
            PartnerSection::Contributions => &["/partner/contribution", "/contributions"],
            PartnerSection::Wins => &["/partner/win"],
        }
    }
}

/// The story as one JSON document: the partner's file as it is, plus what is computed.
#[derive(Debug, Serialize)]
pub struct Story<'a> {
    as_of: NaiveDate,
    partner: &'a Partner,
    id: &'a str,
    checkin_due: Option<Due>,
    reliability_ours: Reliability,
    reliability_partner: Reliability,
    contributions: Balance,
    goals: Vec<GoalStory>,
    /// Each side's evaluation rounds per instrument, oldest first.
    evaluations: Vec<Round>,
    quarters: Vec<QuarterLine>,
    /// The surveys about the partner in brief, latest first.
    surveys: Vec<Brief>,
}

impl Story<'_> {
    /// The story with the partner's surveys in brief, latest first.
    pub fn with_surveys(mut self, surveys: Vec<Brief>) -> Self {
        self.surveys = surveys;
        self
    }
}

#[derive(Debug, Serialize)]
pub struct GoalStory {
    id: String,
    title: String,
    unit: String,
    baseline: Option<f64>,
    target: f64,
    due: Option<NaiveDate>,
    status: goal::GoalStatus,
    reason: String,
    progress: Option<f64>,
    series: Vec<Point>,
}

/// One quarter of the partnership in numbers.
#[derive(Debug, Serialize)]
pub struct QuarterLine {
    quarter: String,
    checkins: usize,
    actions_opened: usize,
    actions_closed: usize,
    contributions_ours: f64,
    contributions_partner: f64,
    wins: usize,
}

/// One partner's story as of `today`, with the goals it shares (`id` is the partner's
/// id as resolved).
pub fn story<'a>(
    p: &'a Partner,
    id: &'a str,
    goals: &[Goal],
    settings: &Settings,
    instruments: &Instruments<'_>,
    today: NaiveDate,
) -> Story<'a> {
    Story {
        as_of: today,
        partner: p,
        id,
        checkin_due: contact::due(p, settings.cadence, today),
        reliability_ours: action::reliability(&p.actions, Side::Ours, today),
        reliability_partner: action::reliability(&p.actions, Side::Partner, today),
        contributions: Balance::of(
            p.contributions.iter().filter(|c| c.date <= today),
            settings.hour_value,
        ),
        goals: goals
            .iter()
            .map(|g| {
                let a = goal::assess(g, settings.goal_tolerance, today);
                GoalStory {
                    id: g.id.clone(),
                    title: g.title.clone(),
                    unit: g.unit.clone(),
                    baseline: g.baseline,
                    target: g.target,
                    due: g.due,
                    status: a.status,
                    reason: a.reason,
                    progress: a.progress,
                    series: g
                        .series(today)
                        .iter()
                        .map(|m| Point {
                            date: m.date,
                            value: m.value,
                        })
                        .collect(),
                }
            })
            .collect(),
        evaluations: rounds(p, instruments, today),
        quarters: quarters(p, settings, today),
        surveys: Vec::new(),
    }
}

fn rounds(p: &Partner, instruments: &Instruments<'_>, today: NaiveDate) -> Vec<Round> {
    let mut names: Vec<&str> = p
        .evaluations
        .iter()
        .map(|e| e.instrument.as_str())
        .collect();
    names.sort();
    names.dedup();
    let mut out: Vec<Round> = names
        .into_iter()
        .filter_map(instruments)
        .flat_map(|i| {
            Side::ALL
                .iter()
                .flat_map(|&s| evaluation::rounds(&p.evaluations, i, s, today))
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_by_key(|r| r.date);
    out
}

/// Every quarter from the partner's first record to today's.
fn quarters(p: &Partner, settings: &Settings, today: NaiveDate) -> Vec<QuarterLine> {
    let dates = p
        .checkins
        .iter()
        .map(|c| c.date)
        .chain(p.actions.iter().filter_map(|a| a.created))
        .chain(p.contributions.iter().map(|c| c.date))
        .chain(p.wins.iter().map(|w| w.date))
        .chain(p.evaluations.iter().map(|e| e.date))
        .filter(|d| *d <= today);
    let Some(first) = dates.min() else {
        return Vec::new();
    };
    let fy = settings.fiscal_year_start;
    let mut q = Quarter::of(first, fy);
    let last = Quarter::of(today, fy);
    let mut out = Vec::new();
    loop {
        let within = |d: NaiveDate| q.contains(d) && d <= today;
        let b = Balance::of(
            p.contributions.iter().filter(|c| within(c.date)),
            settings.hour_value,
        );
        out.push(QuarterLine {
            quarter: q.to_string(),
            checkins: p.checkins.iter().filter(|c| within(c.date)).count(),
            actions_opened: p
                .actions
                .iter()
                .filter(|a| a.created.is_some_and(within))
                .count(),
            actions_closed: p
                .actions
                .iter()
                .filter(|a| a.done.is_some_and(within))
                .count(),
            contributions_ours: cents(b.ours),
            contributions_partner: cents(b.partner),
            wins: p.wins.iter().filter(|w| within(w.date)).count(),
        });
        if q == last {
            break;
        }
        q = q.next();
    }
    out
}

pub fn document(s: &Story, settings: &Settings, instruments: &Instruments<'_>) -> Doc<'static> {
    let p = s.partner;
    let today = s.as_of;
    let cur = |v: f64| money(v, &settings.currency);
    let mut profile = vec![
        ("Type", p.kind.clone()),
        ("Stage", p.stage.to_string()),
        (
            "Partner since",
            p.since.map_or("-".into(), |d| d.to_string()),
        ),
        ("Cadence", p.cadence.unwrap_or(settings.cadence).describe()),
    ];
    if !p.focus.is_empty() {
        profile.push(("Focus", p.focus.join(", ")));
    }
    if !p.tags.is_empty() {
        profile.push(("Tags", p.tags.join(", ")));
    }
    if let Some(w) = &p.website {
        profile.push(("Website", w.clone()));
    }
    if let Some(a) = &p.agreement {
        let ends = a.ends.map_or(String::new(), |e| {
            let word = if e < today { "ended" } else { "ends" };
            format!(", {word} {e} ({})", relative(e, today))
        });
        let signed = a.signed.map_or(String::new(), |d| format!(", signed {d}"));
        profile.push((
            "Agreement",
            format!("{}{signed}{ends}", a.kind.as_deref().unwrap_or("agreement")),
        ));
    }
    if let Some(d) = &s.checkin_due {
        profile.push((
            "Next check-in",
            format!("{} ({})", d.next_due, relative(d.next_due, today)),
        ));
    }
    if let (Some(e), Some(r)) = (p.ended, &p.end_reason) {
        profile.push(("Ended", format!("{e}: {r}")));
    }
    let fields = profile
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let mut sections = vec![Section::new("Profile").block(Block::Fields { fields })];

    let roles = p
        .roles
        .iter()
        .map(|r| {
            vec![
                DocCell::new(r.side.as_str()),
                DocCell::new(r.title.as_str()),
                DocCell::new(r.person.as_str()),
                DocCell::new(r.resp.join("; ")),
            ]
        })
        .collect::<Vec<_>>();
    sections.push(if roles.is_empty() {
        Section::new("Roles").block(Block::text("none named"))
    } else {
        Section::new("Roles").block(Block::table(
            &["Side", "Role", "Person", "Responsibilities"],
            roles,
        ))
    });

    let by_quarter = s
        .quarters
        .iter()
        .map(|q| {
            vec![
                DocCell::new(q.quarter.as_str()),
                DocCell::num(q.checkins.to_string()),
                DocCell::num(q.actions_opened.to_string()),
                DocCell::num(q.actions_closed.to_string()),
                DocCell::num(cur(q.contributions_partner)),
                DocCell::num(cur(q.contributions_ours)),
                DocCell::num(q.wins.to_string()),
            ]
        })
        .collect::<Vec<_>>();
    sections.push(if by_quarter.is_empty() {
        Section::new("Quarter by quarter").block(Block::text("nothing recorded yet"))
    } else {
        Section::new("Quarter by quarter").block(Block::table(
            &[
                "Quarter",
                "Check-ins",
                "Actions opened",
                "Closed",
                "Partner gave",
                "We gave",
                "Wins",
            ],
            by_quarter,
        ))
    });

    let mut goals = Section::new("Goals");
    if s.goals.is_empty() {
        goals = goals.block(Block::text("none"));
    }
    for g in &s.goals {
        let tone = goal_cli::status_tone(g.status);
        goals = goals.block(Block::table(
            &["Goal", "Baseline", "Target", "Due", "Progress", "Status"],
            vec![vec![
                DocCell::new(g.title.as_str()),
                DocCell::num(g.baseline.map_or("-".into(), |b| with_unit(b, &g.unit))),
                DocCell::num(with_unit(g.target, &g.unit)),
                DocCell::opt(g.due.map(|d| d.to_string())),
                DocCell {
                    tone,
                    ..DocCell::bar(g.progress)
                },
                DocCell::new(g.status.as_str()).tone(tone),
            ]],
        ));
        if !g.series.is_empty() {
            let max = g
                .series
                .iter()
                .map(|m| m.value.abs())
                .fold(g.target.abs(), f64::max);
            goals = goals.block(Block::Bars {
                title: g.reason.clone(),
                bars: bars(
                    g.series
                        .iter()
                        .map(|m| {
                            (
                                m.date.to_string(),
                                m.value.abs(),
                                with_unit(m.value, &g.unit),
                                Tone::Plain,
                            )
                        })
                        .collect(),
                    Some(max),
                ),
            });
        }
    }
    sections.push(goals);

    let mut checkins: Vec<_> = p.checkins.iter().filter(|c| c.date <= today).collect();
    checkins.sort_by_key(|c| std::cmp::Reverse(c.date));
    sections.push(if checkins.is_empty() {
        Section::new("Check-ins").block(Block::text("none yet"))
    } else {
        Section::new("Check-ins").block(Block::table(
            &["Date", "Kind", "Summary", "Rating"],
            checkins
                .iter()
                .map(|c| {
                    vec![
                        DocCell::new(c.date.to_string()),
                        DocCell::new(c.kind.as_str()),
                        DocCell::opt(c.summary.clone()),
                        DocCell::opt(c.rating.map(|r| format!("{r}/5"))),
                    ]
                })
                .collect(),
        ))
    });

    let actions = p
        .actions
        .iter()
        .filter(|a| action::exists(a, today))
        .map(|a| {
            let (state, tone) = match (
                a.done.filter(|d| *d <= today),
                action::days_overdue(a, today),
            ) {
                (Some(d), _) => (format!("done {d}"), Tone::Good),
                (None, Some(_)) => (
                    format!(
                        "overdue since {}",
                        a.due.map_or(String::new(), |d| d.to_string())
                    ),
                    Tone::Bad,
                ),
                (None, None) => ("open".to_string(), Tone::Plain),
            };
            vec![
                DocCell::new(a.text.as_str()),
                DocCell::opt(a.owner.clone()),
                DocCell::opt(a.side.map(|s| s.to_string())),
                DocCell::opt(a.due.map(|d| d.to_string())),
                DocCell::new(state).tone(tone),
            ]
        })
        .collect::<Vec<_>>();
    let mut act = Section::new("Action items").note(Some(format!(
        "reliability: ours {} · partner {}",
        s.reliability_ours.describe(),
        s.reliability_partner.describe()
    )));
    act = if actions.is_empty() {
        act.block(Block::text("none yet"))
    } else {
        act.block(Block::table(
            &["Action item", "Owner", "Side", "Due", "State"],
            actions,
        ))
    };
    sections.push(act);

    let evals = s
        .evaluations
        .iter()
        .map(|r| {
            let inst = p
                .evaluations
                .iter()
                .find(|e| r.ids.contains(&e.id))
                .and_then(|e| instruments(&e.instrument));
            let name = inst.map_or("-".to_string(), |i| i.name.clone());
            let overall = match (r.overall, inst) {
                (Some(o), Some(i)) => DocCell::num(fmt_score(o)).tone(eval::tone(i, o)),
                _ => DocCell::opt(None),
            };
            let band = match (r.overall, inst) {
                (Some(o), Some(i)) => DocCell::opt(i.band(o).map(|b| b.name.clone())),
                _ => DocCell::opt(None),
            };
            vec![
                DocCell::new(r.date.to_string()),
                DocCell::new(name),
                DocCell::new(r.side.as_str()),
                overall,
                band,
                DocCell::new(if r.partial { "partial" } else { "" }),
            ]
        })
        .collect::<Vec<_>>();
    sections.push(if evals.is_empty() {
        Section::new("Evaluations").block(Block::text("none yet"))
    } else {
        Section::new("Evaluations").block(Block::table(
            &["Date", "Instrument", "Side", "Overall", "Band", ""],
            evals,
        ))
    });

    sections.push(brief::section_of(
        &s.surveys,
        brief::floor_note(settings.survey_min_responses),
        "no surveys about this partner yet",
    ));

    let mut contribs: Vec<_> = p.contributions.iter().filter(|c| c.date <= today).collect();
    contribs.sort_by_key(|c| c.date);
    let b = &s.contributions;
    let note = (b.total() > 0.0).then(|| {
        format!(
            "in all: partner {} ({}) · ours {} ({}){}",
            cur(b.partner),
            percent(b.partner / b.total()),
            cur(b.ours),
            percent(b.ours / b.total()),
            settings.hour_value.filter(|_| b.valued_hours > 0.0).map_or(
                String::new(),
                |r| format!(" · hours valued at {} an hour", cur(r))
            )
        )
    });
    let mut cs = Section::new("Contributions").note(note);
    cs = if contribs.is_empty() {
        cs.block(Block::text("none yet"))
    } else {
        cs.block(Block::table(
            &["Date", "Kind", "Side", "Amount", "Note"],
            contribs
                .iter()
                .map(|c| {
                    vec![
                        DocCell::new(c.date.to_string()),
                        DocCell::new(c.kind.as_str()),
                        DocCell::new(c.side.as_str()),
                        DocCell::num(recorded(c.kind, c.amount, &settings.currency)),
                        DocCell::opt(c.note.clone()),
                    ]
                })
                .collect(),
        ))
    };
    sections.push(cs);

    let mut wins: Vec<_> = p.wins.iter().filter(|w| w.date <= today).collect();
    wins.sort_by_key(|w| w.date);
    sections.push(if wins.is_empty() {
        Section::new("Wins").block(Block::text("none yet"))
    } else {
        Section::new("Wins").block(Block::table(
            &["Date", "Win"],
            wins.iter()
                .map(|w| {
                    vec![
                        DocCell::new(w.date.to_string()),
                        DocCell::new(w.text.as_str()),
                    ]
                })
                .collect(),
        ))
    });

    Doc {
        title: p.name.clone(),
        subtitle: format!("partnership report · {} · as of {today}", s.id),
        sections,
    }
}

pub fn csv(s: &Story, table: PartnerSection, settings: &Settings) -> anyhow::Result<String> {
    let p = s.partner;
    let id = s.id.to_string();
    let n = crate::model::goal::number;
    match table {
        PartnerSection::Profile => {
            let mut rows = vec![
                ("name", p.name.clone()),
                ("type", p.kind.clone()),
                ("stage", p.stage.to_string()),
                ("since", opt(p.since)),
                ("cadence", p.cadence.unwrap_or(settings.cadence).to_string()),
                ("focus", p.focus.join("; ")),
                ("tags", p.tags.join("; ")),
                ("website", opt(p.website.as_ref())),
            ];
            if let Some(a) = &p.agreement {
                rows.push(("agreement", opt(a.kind.as_ref())));
                rows.push(("agreement_signed", opt(a.signed)));
                rows.push(("agreement_ends", opt(a.ends)));
            }
            rows.push(("next_checkin", opt(s.checkin_due.map(|d| d.next_due))));
            if let Some(e) = p.ended {
                rows.push(("ended", e.to_string()));
                rows.push(("end_reason", opt(p.end_reason.as_ref())));
            }
            list::csv(
                &["partner", "field", "value"],
                rows.into_iter()
                    .map(|(f, v)| vec![id.clone(), f.to_string(), v]),
            )
        }
        PartnerSection::Roles => list::csv(
            &["partner", "side", "title", "person", "email", "resp"],
            p.roles.iter().map(|r| {
                vec![
                    id.clone(),
                    r.side.to_string(),
                    r.title.clone(),
                    r.person.clone(),
                    opt(r.email.as_ref()),
                    r.resp.join("; "),
                ]
            }),
        ),
        PartnerSection::Goals => list::csv(
            &[
                "partner", "goal", "title", "unit", "baseline", "latest", "target", "due",
                "progress", "status",
            ],
            s.goals.iter().map(|g| {
                vec![
                    id.clone(),
                    g.id.clone(),
                    g.title.clone(),
                    g.unit.clone(),
                    opt(g.baseline.map(n)),
                    opt(g.series.last().map(|m| n(m.value))),
                    n(g.target),
                    opt(g.due),
                    opt(g.progress.map(|x| n((x * 10.0).round() / 10.0))),
                    g.status.to_string(),
                ]
            }),
        ),
        PartnerSection::Quarters => list::csv(
            &[
                "partner",
                "quarter",
                "checkins",
                "actions_opened",
                "actions_closed",
                "contributions_partner",
                "contributions_ours",
                "wins",
            ],
            s.quarters.iter().map(|q| {
                vec![
                    id.clone(),
                    q.quarter.clone(),
                    q.checkins.to_string(),
                    q.actions_opened.to_string(),
                    q.actions_closed.to_string(),
                    n(q.contributions_partner),
                    n(q.contributions_ours),
                    q.wins.to_string(),
                ]
            }),
        ),
        PartnerSection::Checkins => list::csv(
            &["partner", "id", "date", "kind", "summary", "rating"],
            p.checkins.iter().filter(|c| c.date <= s.as_of).map(|c| {
                vec![
                    id.clone(),
                    c.id.clone(),
                    c.date.to_string(),
                    c.kind.to_string(),
                    opt(c.summary.as_ref()),
                    opt(c.rating),
                ]
            }),
        ),
        PartnerSection::Actions => list::csv(
            &["partner", "id", "text", "owner", "side", "due", "done"],
            p.actions
                .iter()
                .filter(|a| action::exists(a, s.as_of))
                .map(|a| {
                    vec![
                        id.clone(),
                        a.id.clone(),
                        a.text.clone(),
                        opt(a.owner.as_ref()),
                        opt(a.side),
                        opt(a.due),
                        opt(a.done),
                    ]
                }),
        ),
        PartnerSection::Evaluations => list::csv(
            &["partner", "date", "side", "overall", "partial"],
            s.evaluations.iter().map(|r| {
                vec![
                    id.clone(),
                    r.date.to_string(),
                    r.side.to_string(),
                    // at the one decimal scores are shown and banded at
                    opt(r.overall.map(round1)),
                    r.partial.to_string(),
                ]
            }),
        ),
        PartnerSection::Surveys => {
            let mut headers = vec!["partner"];
            headers.extend(brief::CSV_HEADERS);
            list::csv(&headers, brief::csv_rows(&s.surveys, &id).into_iter())
        }
        PartnerSection::Contributions => list::csv(
            &[
                "partner", "id", "date", "kind", "side", "amount", "value", "note",
            ],
            p.contributions
                .iter()
                .filter(|c| c.date <= s.as_of)
                .map(|c| {
                    vec![
                        id.clone(),
                        c.id.clone(),
                        c.date.to_string(),
                        c.kind.to_string(),
                        c.side.to_string(),
                        n(c.amount),
                        opt(crate::model::contribution::value(c, settings.hour_value).map(n)),
                        opt(c.note.as_ref()),
                    ]
                }),
        ),
        PartnerSection::Wins => list::csv(
            &["partner", "id", "date", "text", "tags"],
            p.wins.iter().filter(|w| w.date <= s.as_of).map(|w| {
                vec![
                    id.clone(),
                    w.id.clone(),
                    w.date.to_string(),
                    w.text.clone(),
                    w.tags.join("; "),
                ]
            }),
        ),
    }
}
