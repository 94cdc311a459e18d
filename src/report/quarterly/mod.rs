//! `accord report quarterly`: the numbers of one quarter, each with its change against
//! the previous one, computed as of the quarter's last day (or today, for the quarter
//! under way) so that a past quarter's report never changes.
//!
//! A partner's stage on a past date is read from its file by the rule `status` shares
//! (`Partner::as_of`): a partner whose `since` is later did not exist yet, and one
//! `ended` later was still at the stage it ended from (active, unless `ended_from` says
//! otherwise). Active partners, new and ended, are counted by `Partner::active_on`.
//!
//! The command reads the partner files one at a time into a [`Fold`], which keeps the
//! report's rows and sums, never a partner; [`view`] renders the finished report.

use crate::model::action;
use crate::model::attention::{Attention, More, SHOWN};
use crate::model::contact::{self, DueState};
use crate::model::contribution::{self, Balance};
use crate::model::evaluation;
use crate::model::goal::{self, Goal, GoalStatus};
use crate::model::instrument::{Instrument, round1};
use crate::model::partner::{Chosen, Partner, Side, Stage};
use crate::model::period::{Period, Span, SpanKind};
use crate::model::quarter::Quarter;
use crate::model::records::ContributionKind;
use crate::model::settings::Settings;
use crate::model::survey::Survey;
use crate::model::tape::Tape;
use crate::model::top::Top;
use crate::report::Instruments;
use crate::report::rowlist::RowList;
use crate::report::status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub mod stakeholders;
pub mod view;

/// The whole report; `--format json` prints it as it is. A quarter's report names its
/// quarters (`quarter`, `previous_quarter`); a year's or any other period's names its
/// periods (`period`, `previous_period`).
#[derive(Debug, Serialize)]
pub struct Quarterly {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// `quarter`, `year` or `period`.
    #[serde(skip)]
    pub kind: SpanKind,
    /// "Jul-Sep 2026".
    #[serde(skip)]
    pub months: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The day the numbers are as of: the period's last day, or today while it runs.
    pub as_of: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_quarter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_period: Option<String>,
    pub program: Option<String>,
    pub currency: String,
    pub hour_value: Option<f64>,
    /// The partners and types the report was narrowed to, if any.
    pub filter: Vec<String>,
    /// Files left out because a merge left conflict markers in them: the report is
    /// missing what they hold until they are settled.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
    pub headline: Headline,
    pub previous: Headline,
    pub partners: RowList<PartnerRow>,
    pub goals: Vec<GoalRow>,
    pub health: Vec<Health>,
    pub contributions: RowList<ContributionRow>,
    pub agreements: RowList<AgreementRow>,
    /// The most urgent items (every item with `--all`), as of the period's last day:
    /// what `accord status` says on that day, collected by the same `status::Collect`.
    pub attention: Vec<Attention>,
    /// The items left out of `attention`, counted by kind.
    pub attention_more: Vec<More>,
    pub wins: RowList<WinRow>,
    /// The surveys that closed in the quarter, in brief ("What stakeholders say").
    pub stakeholders: Vec<crate::report::survey::brief::Brief>,
    /// The fewest respondents a survey's breakdown is shown with.
    pub survey_min_responses: usize,
    /// The headline numbers quarter by quarter: the quarters the period covers and those
    /// before it, up to eight, oldest first (for trend charts and a year's trend).
    pub trend: Vec<TrendRow>,
}

impl Quarterly {
    /// The period's name: `FY2027-Q1`, `FY2027`, `2026-03-01 to 2026-08-31`.
    pub fn name(&self) -> &str {
        self.quarter
            .as_deref()
            .or(self.period.as_deref())
            .unwrap_or("")
    }

    /// The name of the period it is compared with.
    pub fn previous_name(&self) -> &str {
        self.previous_quarter
            .as_deref()
            .or(self.previous_period.as_deref())
            .unwrap_or("")
    }

    /// "quarter", "year" or "period", for sentences.
    pub fn word(&self) -> &'static str {
        match self.kind {
            SpanKind::Quarter => "quarter",
            SpanKind::Year => "year",
            SpanKind::Range => "period",
        }
    }

    /// Whether every row the report kept could be read back as it was rendered.
    pub fn check(&self) -> anyhow::Result<()> {
        self.partners.check()?;
        self.contributions.check()?;
        self.agreements.check()?;
        self.wins.check()
    }
}

/// One quarter's headline numbers, in a trend.
#[derive(Debug, Clone, Serialize)]
pub struct TrendRow {
    pub quarter: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Whether the quarter is part of the report's period (else it is before it).
    pub in_period: bool,
    pub headline: Headline,
}

/// The headline numbers of a quarter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Headline {
    /// Partners active on the quarter's last day (`Partner::active_on`).
    pub active_partners: usize,
    /// Partners that began in the quarter as active partners (`Partner::began_active`).
    pub new_partners: usize,
    /// Active partners that ended in the quarter (`Partner::ended_active`): with
    /// `new_partners`, the change in `active_partners` since the previous quarter.
    pub ended_partners: usize,
    pub checkins: usize,
    /// Partners expected to meet during the quarter, and those of them that met.
    pub expected_to_meet: usize,
    pub met: usize,
    /// `met / expected_to_meet`, from 0 to 1.
    pub coverage: Option<f64>,
    pub actions_opened: usize,
    pub actions_closed: usize,
    /// Open past their due date on the last day.
    pub actions_overdue: usize,
    /// Of the items due in the quarter, the share each side did on time.
    pub reliability_ours: action::Reliability,
    pub reliability_partner: action::Reliability,
    /// Contributions dated in the quarter, in money (hours at `hour_value`).
    pub contributions_total: f64,
    pub contributions_ours: f64,
    pub contributions_partner: f64,
    /// Hours left out of the totals because no `hour_value` is set.
    pub unvalued_hours: f64,
    pub wins: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartnerRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub stage: Stage,
    pub last_contact: Option<NaiveDate>,
    pub checkins: usize,
    /// Whether the partner counts toward check-in coverage: expected to meet during the
    /// quarter by `contact::expected_during`, the rule the headline counts by (over a
    /// longer period, in at least one of its quarters). The check-ins chart shows these.
    pub expected_to_meet: bool,
    /// `current`, `soon` or `overdue` on the last day; none when not expected to meet.
    pub cadence_state: Option<DueState>,
    pub next_due: Option<NaiveDate>,
    pub open_actions: usize,
    pub overdue_actions: usize,
    /// The latest overall health score (on the partner's latest instrument), its
    /// instrument, band, and change since the previous quarter's end.
    pub health: Option<f64>,
    pub health_instrument: Option<String>,
    pub health_band: Option<String>,
    pub health_change: Option<f64>,
    /// Contributions in the quarter, valued.
    pub contributions: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalRow {
    pub id: String,
    pub title: String,
    pub partners: Vec<String>,
    /// The partners' names, as the report shows them (ids of partners not read).
    pub partner_names: Vec<String>,
    pub unit: String,
    pub baseline: Option<f64>,
    /// The latest measurement on the quarter's last day.
    pub value: Option<f64>,
    pub value_date: Option<NaiveDate>,
    pub target: f64,
    pub due: Option<NaiveDate>,
    pub progress: Option<f64>,
    pub status: GoalStatus,
    /// The change in the latest value over the quarter.
    pub change: Option<f64>,
}

/// Partnership health on one instrument: the mean of each dimension over the partners
/// last evaluated on it.
#[derive(Debug, Clone, Serialize)]
pub struct Health {
    pub instrument: String,
    pub title: String,
    pub scale_max: f64,
    pub partners: usize,
    pub dimensions: Vec<DimensionRow>,
    /// The keys of the lowest-scoring dimensions, weakest first.
    pub weakest: Vec<String>,
    /// Where the two sides of a partnership differ, the widest gaps first (the first 25
    /// without `--all`).
    pub divergences: Vec<Divergence>,
    /// How many were left out of `divergences`.
    pub divergences_more: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionRow {
    pub key: String,
    pub title: String,
    pub mean: f64,
    pub band: Option<String>,
    /// The mean on the previous quarter's last day.
    pub previous: Option<f64>,
    pub partners: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Divergence {
    pub partner: String,
    pub partner_name: String,
    pub dimension: String,
    pub title: String,
    pub ours: f64,
    pub theirs: f64,
}

/// What one side of one partnership put in of one kind during the quarter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContributionRow {
    pub partner: String,
    pub partner_name: String,
    pub kind: ContributionKind,
    pub side: Side,
    /// Money, or hours for the hour kinds.
    pub amount: f64,
    /// In money; none for hours without an `hour_value`.
    pub value: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgreementRow {
    pub partner: String,
    pub partner_name: String,
    pub kind: Option<String>,
    pub ends: NaiveDate,
    /// `ending` next quarter, or `ended` without renewal.
    pub state: &'static str,
}

/// An [`AgreementRow`] as it is read back.
#[derive(Deserialize)]
struct AgreementRead {
    partner: String,
    partner_name: String,
    kind: Option<String>,
    ends: NaiveDate,
    state: String,
}

impl<'de> Deserialize<'de> for AgreementRow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let a = AgreementRead::deserialize(d)?;
        Ok(AgreementRow {
            partner: a.partner,
            partner_name: a.partner_name,
            kind: a.kind,
            ends: a.ends,
            state: if a.state == "ended" {
                "ended"
            } else {
                "ending"
            },
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WinRow {
    pub date: NaiveDate,
    pub partner: String,
    pub partner_name: String,
    pub text: String,
    pub tags: Vec<String>,
}

/// The report of one quarter, folded one partner at a time: give it every partner (in
/// the order the report lists them), then every goal ([`Fold::goal`], which names the
/// goals' partners from those given), then `finish` it. It keeps the rows
/// and sums the report shows, never a partner: the long lists (a row per partner, per
/// contribution, per agreement, per win) encoded on tapes ([`Fold::tapes`]; in memory
/// unless the command gives others), the rest as values.
pub struct Fold<'a> {
    settings: &'a Settings,
    instruments: &'a Instruments<'a>,
    span: Span,
    /// The day the numbers are as of, and the previous quarter's.
    as_of: NaiveDate,
    prev_end: NaiveDate,
    /// The names of the partners given that did not exist yet on the last day; the
    /// others' are those `attention` keeps.
    later: BTreeMap<String, String>,
    headline: Tally,
    previous: Tally,
    partners: RowList<PartnerRow>,
    /// What `accord status` says on the day the numbers are as of: every partner, goal
    /// and survey given to it, by the same collector.
    attention: status::Collect<'a>,
    /// How many items of the attention list and of each instrument's divergences are
    /// kept (`None`: all).
    limit: Option<usize>,
    /// The instruments partners were last evaluated on, as of the quarter's last day.
    used: BTreeSet<String>,
    health: BTreeMap<String, HealthTally>,
    /// Per instrument, the dimension sums on the previous quarter's last day.
    earlier: BTreeMap<String, Sums>,
    contributions: RowList<ContributionRow>,
    /// The agreements and wins, and what orders them with where each is on its tape.
    agreements: RowList<AgreementRow>,
    agreement_order: Vec<(NaiveDate, (u64, u32))>,
    wins: RowList<WinRow>,
    win_order: Vec<((NaiveDate, String), (u64, u32))>,
    /// Each quarter of the trend, the day it is counted as of, and its sums.
    trend: Vec<(Quarter, NaiveDate, Tally)>,
    /// The rows of the goals open during the period, in the order they were added.
    goals: Vec<GoalRow>,
    /// The partners the report is narrowed to.
    chosen: Chosen,
}

impl<'a> Fold<'a> {
    /// The report of a quarter (or any span) as of its last day (or `today`, if
    /// earlier).
    pub fn new(
        settings: &'a Settings,
        instruments: &'a Instruments<'a>,
        span: impl Into<Span>,
        today: NaiveDate,
    ) -> Self {
        let span: Span = span.into();
        // The quarters of the trend: up to eight to the period's end, every quarter of
        // the period and of the one before it, none that has not begun.
        let mut quarters = span.recent_quarters(8);
        quarters.extend(span.quarters());
        quarters
            .extend(Span::range(span.previous.start, span.previous.end, span.fy_start).quarters());
        quarters.sort();
        quarters.dedup();
        quarters.retain(|q| q.start() <= today);
        let trend = quarters
            .into_iter()
            .map(|q| (q, q.end().min(today), Tally::default()))
            .collect();
        let as_of = span.this.end.min(today);
        Fold {
            settings,
            instruments,
            as_of,
            // A later period's previous one may still be under way: count it as of today.
            prev_end: span.previous.end.min(today),
            span,
            trend,
            goals: Vec::new(),
            chosen: Chosen::default(),
            later: BTreeMap::new(),
            headline: Tally::default(),
            previous: Tally::default(),
            partners: RowList::default(),
            attention: status::Collect::new(settings, instruments, as_of).limit(Some(SHOWN)),
            limit: Some(SHOWN),
            used: BTreeSet::new(),
            health: BTreeMap::new(),
            earlier: BTreeMap::new(),
            contributions: RowList::default(),
            agreements: RowList::default(),
            agreement_order: Vec::new(),
            wins: RowList::default(),
            win_order: Vec::new(),
        }
    }

    /// Keep the report's long lists (partners, contributions, agreements, wins) on the
    /// tapes `tape` makes rather than in memory. Before any partner is added.
    pub fn tapes(mut self, tape: impl Fn() -> Box<dyn Tape>) -> Self {
        self.partners = RowList::on(tape());
        self.contributions = RowList::on(tape());
        self.agreements = RowList::on(tape());
        self.wins = RowList::on(tape());
        self
    }

    /// Keep `limit` items of the attention list and of each instrument's divergences,
    /// and count the rest; `None` keeps every one. Before any partner is added.
    pub fn limit(mut self, limit: Option<usize>) -> Self {
        self.attention = self.attention.limit(limit);
        self.limit = limit;
        self
    }

    /// The day the report's numbers are as of: the period's last day, or today while it
    /// runs. The attention section is what `status` says on this day.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// Whether partner `id` was given.
    /// Narrow the report to the partners `chosen` takes, and to the goals and surveys
    /// about them.
    pub fn chosen(mut self, chosen: Chosen) -> Self {
        self.chosen = chosen;
        self
    }

    /// Whether a goal or survey naming `partners` belongs in the report: every one does,
    /// unless the report is narrowed; then one naming a partner it was given.
    pub fn about(&self, partners: &[String]) -> bool {
        !self.chosen.narrowed() || partners.iter().any(|id| self.has_partner(id))
    }

    pub fn has_partner(&self, id: &str) -> bool {
        self.name(id).is_some()
    }

    /// The name of partner `id`, when it was given.
    fn name(&self, id: &str) -> Option<&str> {
        (self.later.get(id).map(String::as_str)).or_else(|| self.attention.name(id))
    }

    /// Add one partner, as it stood on each period's last day.
    pub fn partner(&mut self, p: &Partner) {
        if !self.chosen.takes(p) {
            return;
        }
        let settings = self.settings;
        let span = &self.span;
        let q = &span.this;
        let (end, prev_end) = (self.as_of, self.prev_end);
        // Over more than a quarter, coverage counts each quarter of the period (see
        // `by_quarter`): a partner counts when it was expected to meet in one of them.
        let mut expected_in_a_quarter = false;
        for (quarter, as_of, tally) in &mut self.trend {
            if let Some(then) = p.as_of(*as_of) {
                let period = quarter_period(*quarter);
                let expected = tally.add(&then, settings, &period, *as_of);
                expected_in_a_quarter |= expected && within(&period, q);
            }
        }
        let before = p.as_of(prev_end);
        let earlier = before.as_deref().and_then(|b| self.summary(b, prev_end));
        if let Some(b) = &before {
            self.previous.add(b, settings, &span.previous, prev_end);
        }
        if let Some((instrument, s)) = &earlier {
            add_sums(self.earlier.entry(instrument.name.clone()).or_default(), s);
        }
        let Some(now) = p.as_of(end) else {
            self.later.insert(p.id.clone(), p.name.clone());
            return;
        };
        let summary = self.summary(&now, end);
        let expected = self.headline.add(&now, settings, q, end);
        if shown(&now, q) {
            let mut row = partner_row(&now, &summary, &earlier, settings, q, end);
            row.expected_to_meet = match span.kind {
                SpanKind::Quarter => expected,
                _ => expected_in_a_quarter,
            };
            self.partners.push(&row);
        }
        self.attention.partner(p);
        if let Some(name) = evaluation::latest_instrument(&now.evaluations, end) {
            self.used.insert(name.to_string());
        }
        if let Some((instrument, s)) = summary {
            let limit = self.limit;
            let tally = (self.health.entry(instrument.name.clone()))
                .or_insert_with(|| HealthTally::new(limit));
            tally.add(&now, s);
        }
        for c in contributions(&now, settings, q, end) {
            self.contributions.push(&c);
        }
        if let Some(a) = agreement(&now, span.ahead, end)
            && let Some(place) = self.agreements.push(&a)
        {
            self.agreement_order.push((a.ends, place));
        }
        for w in wins(&now, q, end) {
            if let Some(place) = self.wins.push(&w) {
                self.win_order.push(((w.date, w.partner), place));
            }
        }
    }

    /// A partner's evaluations on the instrument it was last evaluated on by `date`.
    fn summary(
        &self,
        p: &Partner,
        date: NaiveDate,
    ) -> Option<(&'a Instrument, evaluation::Summary)> {
        let name = evaluation::latest_instrument(&p.evaluations, date)?;
        let instrument = (self.instruments)(name)?;
        let s = evaluation::summarize(&p.evaluations, instrument, date, self.settings.divergence)?;
        Some((instrument, s))
    }

    /// Add one goal, once every partner is added: its row, when it was open during the
    /// period, and its items for the attention section (as `status` takes every goal).
    pub fn goal(&mut self, g: &Goal) {
        if !self.about(&g.partners) {
            return;
        }
        let open = g.start.is_none_or(|s| s <= self.as_of)
            && (g.closed.is_none_or(|c| c >= self.span.this.start) || g.outcome.is_none());
        if open {
            let mut row = goal_row(g, self.settings.goal_tolerance, self.as_of, self.prev_end);
            row.partner_names = (g.partners.iter())
                .map(|id| self.name(id).map_or_else(|| id.clone(), str::to_string))
                .collect();
            self.goals.push(row);
        }
        self.attention.goal(g);
    }

    /// The report. The attention section takes every survey as `status` does
    /// (`surveys`: those `status` would read on the day the report is as of).
    pub fn finish(self, surveys: &[Survey]) -> Quarterly {
        let Fold {
            settings,
            instruments,
            span,
            as_of,
            mut attention,
            mut agreements,
            mut agreement_order,
            mut wins,
            mut win_order,
            trend,
            goals: goal_rows,
            ..
        } = self;
        attention.surveys(surveys);
        let attention = attention.finish();
        // stable sorts: rows alike stay in the order they were given in
        agreement_order.sort_by_key(|(ends, _)| *ends);
        agreements.reorder(agreement_order.into_iter().map(|(_, at)| at).collect());
        win_order.sort_by(|(a, _), (b, _)| a.cmp(b));
        wins.reorder(win_order.into_iter().map(|(_, at)| at).collect());
        let trend: Vec<TrendRow> = trend
            .into_iter()
            .map(|(q, _, tally)| TrendRow {
                quarter: q.to_string(),
                start: q.start(),
                end: q.end(),
                in_period: within(&quarter_period(q), &span.this),
                headline: tally.finish(),
            })
            .collect();
        let (mut headline, mut previous) = (self.headline.finish(), self.previous.finish());
        if span.kind != SpanKind::Quarter {
            // Over more than a quarter, coverage is counted by quarter: each partner
            // expected to meet in a quarter, and whether it met then.
            by_quarter(&mut headline, &trend, &span.this);
            by_quarter(&mut previous, &trend, &span.previous);
        }
        let quarterly = span.kind == SpanKind::Quarter;
        let name = |p: &Period| Some(p.name.clone());
        Quarterly {
            quarter: name(&span.this).filter(|_| quarterly),
            period: name(&span.this).filter(|_| !quarterly),
            kind: span.kind,
            months: span.months.clone(),
            start: span.this.start,
            end: span.this.end,
            as_of,
            previous_quarter: name(&span.previous).filter(|_| quarterly),
            previous_period: name(&span.previous).filter(|_| !quarterly),
            program: settings.name.clone(),
            currency: settings.currency.clone(),
            hour_value: settings.hour_value,
            filter: self.chosen.words(),
            left_out: Vec::new(),
            headline,
            previous,
            partners: self.partners,
            goals: goal_rows,
            health: health(self.used, self.health, &self.earlier, instruments, settings),
            contributions: self.contributions,
            agreements,
            attention: attention.items,
            attention_more: attention.more,
            wins,
            stakeholders: Vec::new(),
            survey_min_responses: settings.survey_min_responses,
            trend,
        }
    }
}

/// A quarter as a period.
fn quarter_period(q: Quarter) -> Period {
    Period {
        name: q.to_string(),
        start: q.start(),
        end: q.end(),
    }
}

/// Whether a quarter is a whole quarter of a period.
fn within(quarter: &Period, period: &Period) -> bool {
    period.start <= quarter.start && quarter.end <= period.end
}

/// Coverage over a period of several quarters: the partners expected to meet in each of
/// its quarters, and of them those that met in it.
fn by_quarter(h: &mut Headline, trend: &[TrendRow], period: &Period) {
    let quarters = trend
        .iter()
        .filter(|t| period.start <= t.start && t.end <= period.end);
    let (expected, met) = quarters.fold((0, 0), |(e, m), t| {
        (e + t.headline.expected_to_meet, m + t.headline.met)
    });
    h.expected_to_meet = expected;
    h.met = met;
    h.coverage = (expected > 0).then(|| met as f64 / expected as f64);
}

fn wins<'p>(p: &'p Partner, q: &Period, as_of: NaiveDate) -> impl Iterator<Item = WinRow> + 'p {
    let q = q.clone();
    p.wins
        .iter()
        .filter(move |w| q.contains(w.date) && w.date <= as_of)
        .map(|w| WinRow {
            date: w.date,
            partner: p.id.clone(),
            partner_name: p.name.clone(),
            text: w.text.clone(),
            tags: w.tags.clone(),
        })
}

/// Whether a partner belongs in the partners table of a period: everyone but
/// prospects (a prospect dropped included), and partners that ended before the period
/// began.
fn shown(p: &Partner, period: &Period) -> bool {
    match p.stage {
        _ if prospect(p) => false,
        Stage::Ended => p.ended.is_none_or(|e| e >= period.start),
        _ => true,
    }
}

/// A prospect, or one that ended as a prospect (`Partner::stage_before_end`): never a
/// partnership, so left out of the partners table and its numbers.
fn prospect(p: &Partner) -> bool {
    match p.stage {
        Stage::Prospect => true,
        Stage::Ended => p.stage_before_end() == Stage::Prospect,
        _ => false,
    }
}

/// The headline numbers of a quarter, summed one partner at a time.
#[derive(Default)]
struct Tally {
    h: Headline,
    balance: Balance,
    /// Actions due in the quarter that came due, and of them done on time, per side.
    ours: (usize, usize),
    theirs: (usize, usize),
}

impl Tally {
    /// Add a partner as it stood on `as_of`; returns whether it was expected to meet
    /// during the quarter (`contact::expected_during`), and so counts toward coverage.
    fn add(&mut self, p: &Partner, settings: &Settings, q: &Period, as_of: NaiveDate) -> bool {
        let in_q = |d: NaiveDate| q.contains(d) && d <= as_of;
        let h = &mut self.h;
        // One rule for "active" (`Partner::active_on`), so that the active partners are
        // the previous quarter's plus the new less the ended.
        h.active_partners += usize::from(p.active_on(as_of));
        h.new_partners += usize::from(p.began_active(q.start, as_of));
        h.ended_partners += usize::from(p.ended_active(q.start, as_of));
        let held = p.checkins.iter().filter(|c| in_q(c.date)).count();
        // Prospects are not in the partners table, so their check-ins are not counted.
        if !prospect(p) {
            h.checkins += held;
        }
        let expected = contact::expected_during(p, q.start, as_of);
        if expected {
            h.expected_to_meet += 1;
            h.met += usize::from(held > 0);
        }
        for a in &p.actions {
            h.actions_opened += usize::from(a.created.is_some_and(in_q));
            h.actions_closed += usize::from(a.done.is_some_and(in_q));
            h.actions_overdue += usize::from(action::days_overdue(a, as_of).is_some());
        }
        let due_in_q = || p.actions.iter().filter(|a| a.due.is_some_and(in_q));
        for (side, sum) in [
            (Side::Ours, &mut self.ours),
            (Side::Partner, &mut self.theirs),
        ] {
            let r = action::reliability(due_in_q(), side, as_of);
            sum.0 += r.came_due;
            sum.1 += r.on_time;
        }
        let b = Balance::of(
            p.contributions.iter().filter(|c| in_q(c.date)),
            settings.hour_value,
        );
        self.balance.ours += b.ours;
        self.balance.partner += b.partner;
        self.balance.unvalued_hours += b.unvalued_hours;
        h.wins += p.wins.iter().filter(|w| in_q(w.date)).count();
        expected
    }

    fn finish(self) -> Headline {
        let Tally {
            mut h,
            balance,
            ours,
            theirs,
        } = self;
        let reliability = |(came_due, on_time): (usize, usize)| action::Reliability {
            came_due,
            on_time,
            share: (came_due > 0).then(|| on_time as f64 / came_due as f64),
        };
        h.coverage = (h.expected_to_meet > 0).then(|| h.met as f64 / h.expected_to_meet as f64);
        h.reliability_ours = reliability(ours);
        h.reliability_partner = reliability(theirs);
        h.contributions_total = contribution::cents(balance.total());
        h.contributions_ours = contribution::cents(balance.ours);
        h.contributions_partner = contribution::cents(balance.partner);
        h.unvalued_hours = balance.unvalued_hours;
        h
    }
}

/// A partner's latest overall score from its summary: (score, instrument, band).
fn overall(
    summary: &Option<(&Instrument, evaluation::Summary)>,
) -> Option<(f64, String, Option<String>)> {
    let (instrument, s) = summary.as_ref()?;
    Some((s.overall?, instrument.name.clone(), s.band.clone()))
}

fn partner_row(
    p: &Partner,
    summary: &Option<(&Instrument, evaluation::Summary)>,
    earlier: &Option<(&Instrument, evaluation::Summary)>,
    settings: &Settings,
    q: &Period,
    as_of: NaiveDate,
) -> PartnerRow {
    let due = contact::due(p, settings.cadence, as_of);
    let open = p
        .actions
        .iter()
        .filter(|a| action::exists(a, as_of) && action::is_open(a, as_of));
    let health = overall(summary);
    let earlier = overall(earlier);
    let change = match (&health, &earlier) {
        (Some((now, i, _)), Some((then, j, _))) if i == j => Some(round1(now - then)),
        _ => None,
    };
    let in_q = |d: NaiveDate| q.contains(d) && d <= as_of;
    PartnerRow {
        id: p.id.clone(),
        name: p.name.clone(),
        kind: p.kind.clone(),
        stage: p.stage,
        last_contact: contact::last_contact(p, as_of).map(|c| c.date),
        checkins: p.checkins.iter().filter(|c| in_q(c.date)).count(),
        expected_to_meet: false,
        cadence_state: due.map(|d| d.state),
        next_due: due.map(|d| d.next_due),
        open_actions: open.clone().count(),
        overdue_actions: open
            .filter(|a| action::days_overdue(a, as_of).is_some())
            .count(),
        health_instrument: health.as_ref().map(|h| h.1.clone()),
        health_band: health.as_ref().and_then(|h| h.2.clone()),
        health: health.map(|h| round1(h.0)),
        health_change: change,
        contributions: contribution::cents(
            Balance::of(
                p.contributions.iter().filter(|c| in_q(c.date)),
                settings.hour_value,
            )
            .total(),
        ),
    }
}

fn goal_row(g: &Goal, tolerance: f64, as_of: NaiveDate, prev_end: NaiveDate) -> GoalRow {
    let a = goal::assess(g, tolerance, as_of);
    let then = g.series(prev_end).last().map(|m| m.value);
    let latest = a.latest;
    GoalRow {
        id: g.id.clone(),
        title: g.title.clone(),
        partners: g.partners.clone(),
        partner_names: Vec::new(),
        unit: g.unit.clone(),
        baseline: g.baseline,
        value: latest.map(|l| l.value),
        value_date: latest.map(|l| l.date),
        target: g.target,
        due: g.due,
        progress: a.progress,
        status: a.status,
        change: match (latest, then) {
            (Some(l), Some(t)) => Some(((l.value - t) * 1e6).round() / 1e6),
            _ => None,
        },
    }
}

/// Per dimension key, the sum of the partnership scores and how many partners.
type Sums = BTreeMap<String, (f64, usize)>;

fn add_sums(sums: &mut Sums, s: &evaluation::Summary) {
    for line in s.lines.iter().filter(|l| !l.is_category) {
        if let Some(score) = line.score {
            let e = sums.entry(line.key.clone()).or_default();
            e.0 += score;
            e.1 += 1;
        }
    }
}

/// Health on one instrument so far: the dimension sums over the partners last
/// evaluated on it, how many partners, and where their sides diverge (the widest gaps,
/// and how many others).
struct HealthTally {
    sums: Sums,
    partners: usize,
    divergences: Top<Divergence>,
    more: usize,
}

impl HealthTally {
    fn new(limit: Option<usize>) -> Self {
        HealthTally {
            sums: Sums::default(),
            partners: 0,
            divergences: Top::new(limit, widest),
            more: 0,
        }
    }

    fn add(&mut self, p: &Partner, s: evaluation::Summary) {
        add_sums(&mut self.sums, &s);
        self.partners += 1;
        let divergent = s
            .lines
            .into_iter()
            .filter(|l| l.divergent && !l.is_category);
        let found = divergent.filter_map(|l| {
            Some(Divergence {
                partner: p.id.clone(),
                partner_name: p.name.clone(),
                ours: l.ours.as_ref()?.score,
                theirs: l.partner.as_ref()?.score,
                dimension: l.key,
                title: l.title,
            })
        });
        for d in found {
            let more = &mut self.more;
            self.divergences.push(d, |_, _| *more += 1);
        }
    }

    /// The sums, and the divergences kept, widest first, with how many were left out.
    fn finish(self) -> (Sums, (Vec<Divergence>, usize)) {
        let mut more = self.more;
        let kept = self.divergences.finish(|_, _| more += 1);
        (self.sums, (kept, more))
    }
}

/// The wider gap between the sides first; then by partner, in the order found.
fn widest(a: &Divergence, b: &Divergence) -> std::cmp::Ordering {
    let gap = |d: &Divergence| (d.ours - d.theirs).abs();
    gap(b)
        .total_cmp(&gap(a))
        .then_with(|| a.partner_name.cmp(&b.partner_name))
}

fn health(
    used: BTreeSet<String>,
    mut tallies: BTreeMap<String, HealthTally>,
    earlier: &BTreeMap<String, Sums>,
    instruments: &Instruments<'_>,
    settings: &Settings,
) -> Vec<Health> {
    let mut used: Vec<String> = used.into_iter().collect();
    // The workspace's default instrument first.
    used.sort_by_key(|n| *n != settings.instrument);
    let mut out = Vec::new();
    for name in used {
        let Some(instrument) = instruments(&name) else {
            continue;
        };
        let tally = tallies
            .remove(&name)
            .unwrap_or_else(|| HealthTally::new(None));
        let partners = tally.partners;
        let (sums, (divergences, divergences_more)) = tally.finish();
        let sums = &sums;
        let earlier = earlier.get(&name);
        let mean = |m: &Sums, key: &str| m.get(key).map(|(s, n)| round1(s / *n as f64));
        let dimensions: Vec<DimensionRow> = instrument
            .dimensions
            .iter()
            .filter_map(|d| {
                let m = mean(sums, &d.key)?;
                Some(DimensionRow {
                    key: d.key.clone(),
                    title: d.title.clone(),
                    mean: m,
                    band: instrument.band(m).map(|b| b.name.clone()),
                    previous: earlier.and_then(|e| mean(e, &d.key)),
                    partners: sums[&d.key].1,
                })
            })
            .collect();
        let mut order: Vec<&DimensionRow> = dimensions.iter().collect();
        order.sort_by(|a, b| a.mean.total_cmp(&b.mean));
        let weakest = order.iter().take(3).map(|d| d.key.clone()).collect();
        out.push(Health {
            instrument: instrument.name.clone(),
            title: instrument.title.clone(),
            scale_max: instrument.scale.max,
            partners,
            dimensions,
            weakest,
            divergences,
            divergences_more,
        });
    }
    out
}

/// What each side of one partnership put in during the quarter, one row per kind.
fn contributions(
    p: &Partner,
    settings: &Settings,
    q: &Period,
    as_of: NaiveDate,
) -> Vec<ContributionRow> {
    let mut sums: BTreeMap<(ContributionKind, Side), (f64, Option<f64>)> = BTreeMap::new();
    for c in p
        .contributions
        .iter()
        .filter(|c| q.contains(c.date) && c.date <= as_of)
    {
        let e = sums.entry((c.kind, c.side)).or_insert((0.0, Some(0.0)));
        e.0 += c.amount;
        e.1 = match (e.1, contribution::value(c, settings.hour_value)) {
            (Some(a), Some(b)) => Some(contribution::cents(a + b)),
            _ => None,
        };
    }
    sums.into_iter()
        .map(|((kind, side), (amount, value))| ContributionRow {
            partner: p.id.clone(),
            partner_name: p.name.clone(),
            kind,
            side,
            amount,
            value,
        })
        .collect()
}

/// The partner's agreement, if it ends by `ahead` (the end of the quarter after the
/// period) or ended.
fn agreement(p: &Partner, ahead: NaiveDate, as_of: NaiveDate) -> Option<AgreementRow> {
    if p.stage == Stage::Ended || p.stage == Stage::Prospect {
        return None;
    }
    let a = p.agreement.as_ref()?;
    let ends = a.ends?;
    let state = if ends < as_of {
        "ended"
    } else if ends <= ahead {
        "ending"
    } else {
        return None;
    };
    Some(AgreementRow {
        partner: p.id.clone(),
        partner_name: p.name.clone(),
        kind: a.kind.clone(),
        ends,
        state,
    })
}

#[cfg(test)]
mod tests {
    //! A small workspace whose numbers were worked out by hand, reported for 2026-Q3
    //! (July-September 2026, calendar fiscal year) on 2026-11-23, so as of 2026-09-30.

    use super::*;
    use crate::model::attention::AttentionKind;

    fn partner(id: &str, toml: &str) -> Partner {
        let mut p: Partner = toml::from_str(toml).expect("fixture partner");
        p.id = id.to_string();
        p
    }

    const ALL_THREE: &str = "vision = 3, communication = 3, roles = 3, investment = 3, trust = 3, value = 3, flexibility = 3";

    fn fixture() -> (Vec<Partner>, Vec<Goal>) {
        let alpha = partner(
            "alpha",
            &format!(
                r#"
name = "Alpha Health"
type = "health"
stage = "active"
since = 2025-01-01
cadence = "monthly"
agreement = {{ kind = "MOU", signed = 2025-01-01, ends = 2026-11-15 }}

[[checkin]]
id = "c0000001"
date = 2026-05-10
kind = "meeting"
[[checkin]]
id = "c0000002"
date = 2026-07-15
kind = "meeting"
[[checkin]]
id = "c0000003"
date = 2026-08-20
kind = "call"
[[checkin]]
id = "c0000004"
date = 2026-10-05
kind = "meeting"

[[action]]
id = "a0000001"
text = "on time"
side = "ours"
created = 2026-07-15
due = 2026-08-01
done = 2026-07-30
[[action]]
id = "a0000002"
text = "late"
side = "partner"
created = 2026-07-15
due = 2026-09-01
[[action]]
id = "a0000003"
text = "done after the quarter"
side = "ours"
created = 2026-08-20
due = 2026-10-15
done = 2026-10-10

[[contribution]]
id = "m0000001"
date = 2026-07-01
kind = "funding"
amount = 1000
side = "partner"
[[contribution]]
id = "m0000002"
date = 2026-08-01
kind = "staff-hours"
amount = 10
side = "ours"
[[contribution]]
id = "m0000003"
date = 2026-10-01
kind = "funding"
amount = 5000
side = "partner"

[[win]]
id = "w0000001"
date = 2026-09-01
text = "W1"
[[win]]
id = "w0000002"
date = 2026-10-02
text = "later"

[[evaluation]]
id = "e0000001"
date = 2026-06-01
instrument = "accord"
side = "ours"
scores = {{ vision = 4, communication = 4, roles = 4, investment = 4, trust = 4, value = 4, flexibility = 4 }}
[[evaluation]]
id = "e0000002"
date = 2026-08-01
instrument = "accord"
side = "ours"
scores = {{ {ALL_THREE} }}
[[evaluation]]
id = "e0000003"
date = 2026-08-01
instrument = "accord"
side = "partner"
scores = {{ vision = 3, communication = 5, roles = 3, investment = 3, trust = 3, value = 3, flexibility = 3 }}
"#
            ),
        );
        let beta = partner(
            "beta",
            r#"name = "Beta Works"
type = "corporate"
since = 2026-08-01
"#,
        );
        let gamma = partner(
            "gamma",
            r#"name = "Gamma Museum"
type = "cultural"
stage = "ended"
since = 2020-01-01
ended = 2026-10-20
end_reason = "merged"
agreement = { kind = "MOU", ends = 2026-06-30 }
"#,
        );
        let delta = partner(
            "delta",
            "name = \"Delta Prospect\"\nstage = \"prospect\"\nsince = 2026-01-01\n",
        );
        let eps = partner("eps", "name = \"Eps Later\"\nsince = 2027-01-01\n");
        let mut goal: Goal = toml::from_str(
            r#"title = "Raise it"
metric = "m"
unit = "x"
baseline = 10
target = 20
start = 2026-01-01
due = 2026-12-31
partners = ["alpha"]
[[measurement]]
id = "g0000001"
date = 2026-06-15
value = 12
[[measurement]]
id = "g0000002"
date = 2026-09-15
value = 15
[[measurement]]
id = "g0000003"
date = 2026-10-15
value = 19
"#,
        )
        .expect("fixture goal");
        goal.id = "raise".into();
        (vec![alpha, beta, gamma, delta, eps], vec![goal])
    }

    fn report() -> Quarterly {
        let (partners, goals) = fixture();
        report_of(&partners, &goals, None)
    }

    /// The 2026-Q3 report of `partners`, keeping `limit` items of each long list.
    fn report_of(partners: &[Partner], goals: &[Goal], limit: Option<usize>) -> Quarterly {
        report_with(partners, goals, &[], limit)
    }

    /// The 2026-Q3 report of `partners`, `goals` and `surveys`.
    fn report_with(
        partners: &[Partner],
        goals: &[Goal],
        surveys: &[Survey],
        limit: Option<usize>,
    ) -> Quarterly {
        let q = Quarter::of(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(), 1);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let builtins = Instrument::builtins();
        let find = |name: &str| builtins.iter().find(|i| i.name == name);
        let settings = Settings::default();
        let mut fold = Fold::new(&settings, &find, q, today).limit(limit);
        for p in partners {
            fold.partner(p);
        }
        for g in goals {
            fold.goal(g);
        }
        fold.finish(surveys)
    }

    #[test]
    fn the_attention_section_is_status_on_the_last_day_surveys_included() {
        let (partners, goals) = fixture();
        let last_day = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        // A survey of alpha closing three days after the quarter, with no answers yet.
        let survey = Survey {
            id: "teachers".into(),
            title: "Teachers".into(),
            instrument: "accord".into(),
            partners: vec!["alpha".into()],
            opens: NaiveDate::from_ymd_opt(2026, 9, 1),
            closes: NaiveDate::from_ymd_opt(2026, 10, 3),
            invited: Some(40),
            ..Survey::default()
        };
        let surveys = [survey];
        let r = report_with(&partners, &goals, &surveys, None);
        assert!(
            r.attention
                .iter()
                .any(|i| i.kind == AttentionKind::SurveyClosing),
            "{:#?}",
            r.attention
        );
        let builtins = Instrument::builtins();
        let find = |name: &str| builtins.iter().find(|i| i.name == name);
        let settings = Settings::default();
        let mut status = status::Collect::new(&settings, &find, last_day);
        for p in &partners {
            status.partner(p);
        }
        for g in &goals {
            status.goal(g);
        }
        status.surveys(&surveys);
        assert_eq!(r.attention, status.finish().items);
    }

    #[test]
    fn long_lists_keep_the_most_urgent_and_the_widest_gaps_and_count_the_rest() {
        let (mut partners, goals) = fixture();
        // A second partner whose sides differ more on communication (1 against 5).
        let mut wider = partners[0].clone();
        (wider.id, wider.name) = ("aardvark".into(), "Aardvark Works".into());
        for e in &mut wider.evaluations {
            if e.id == "e0000002" {
                e.scores.insert("communication".into(), 1.0);
            }
        }
        partners.push(wider);
        let all = report_of(&partners, &goals, None);
        let short = report_of(&partners, &goals, Some(1));
        assert!(all.attention.len() > 1 && all.attention_more.is_empty());
        assert_eq!(short.attention, all.attention[..1]);
        let left: usize = short.attention_more.iter().map(|m| m.count).sum();
        assert_eq!(left, all.attention.len() - 1);
        let gaps = |r: &Quarterly| -> Vec<(String, f64, f64)> {
            (r.health[0].divergences.iter())
                .map(|d| (d.partner.clone(), d.ours, d.theirs))
                .collect()
        };
        let widest = ("aardvark".to_string(), 1.0, 5.0);
        assert_eq!(gaps(&all), [widest.clone(), ("alpha".into(), 3.0, 5.0)]);
        assert_eq!(gaps(&short), [widest]);
        assert_eq!(
            (
                all.health[0].divergences_more,
                short.health[0].divergences_more
            ),
            (0, 1)
        );
    }

    #[test]
    fn a_past_quarter_is_reported_as_of_its_last_day() {
        let r = report();
        assert_eq!((r.name(), r.previous_name()), ("2026-Q3", "2026-Q2"));
        assert_eq!(r.as_of, NaiveDate::from_ymd_opt(2026, 9, 30).unwrap());
    }

    #[test]
    fn headline_numbers_match_the_hand_count() {
        let h = report().headline;
        // alpha, beta (new), and gamma (ended only in October); not the prospect.
        assert_eq!(
            (h.active_partners, h.new_partners, h.ended_partners),
            (3, 1, 0)
        );
        // alpha's July and August check-ins; October's is after the quarter.
        assert_eq!(h.checkins, 2);
        // alpha and gamma were expected to meet (beta began mid-quarter); alpha met.
        assert_eq!((h.expected_to_meet, h.met, h.coverage), (2, 1, Some(0.5)));
        assert_eq!(
            (h.actions_opened, h.actions_closed, h.actions_overdue),
            (3, 1, 1)
        );
        assert_eq!(
            (h.reliability_ours.came_due, h.reliability_ours.on_time),
            (1, 1)
        );
        assert_eq!(
            (
                h.reliability_partner.came_due,
                h.reliability_partner.on_time
            ),
            (1, 0)
        );
        // $1,000 of funding; the 10 staff hours are not valued without an hour value.
        assert_eq!(
            (
                h.contributions_total,
                h.contributions_partner,
                h.contributions_ours
            ),
            (1000.0, 1000.0, 0.0)
        );
        assert_eq!(h.unvalued_hours, 10.0);
        assert_eq!(h.wins, 1);
    }

    #[test]
    fn the_previous_quarter_is_counted_the_same_way() {
        let p = report().previous;
        // beta did not exist yet on 2026-06-30.
        assert_eq!(p.active_partners, 2);
        assert_eq!((p.checkins, p.expected_to_meet, p.met), (1, 2, 1));
        assert_eq!(p.wins, 0);
    }

    #[test]
    fn partner_rows_leave_out_prospects_and_later_records() {
        let r = report();
        let partners = r.partners.to_vec();
        let ids: Vec<&str> = partners.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["alpha", "beta", "gamma"]);
        let a = &partners[0];
        assert_eq!(a.last_contact, NaiveDate::from_ymd_opt(2026, 8, 20));
        assert_eq!(a.checkins, 2);
        // monthly from 2026-08-20: due 2026-09-20, so overdue on 2026-09-30.
        assert_eq!(a.cadence_state, Some(DueState::Overdue));
        assert_eq!((a.open_actions, a.overdue_actions), (2, 1));
        assert_eq!(a.contributions, 1000.0);
        assert_eq!(a.health_instrument.as_deref(), Some("accord"));
        // all 4s in June; all 3s (and one 4 as the mean of 3 and 5) in August.
        assert!(
            a.health_change.is_some_and(|c| c < -0.5),
            "{:?}",
            a.health_change
        );
        assert_eq!(
            partners[2].stage,
            Stage::Active,
            "gamma ended only after the quarter"
        );
    }

    #[test]
    fn the_partners_expected_to_meet_are_those_coverage_counts() {
        let r = report();
        let partners = r.partners.to_vec();
        let expected: Vec<&str> = (partners.iter())
            .filter(|p| p.expected_to_meet)
            .map(|p| p.id.as_str())
            .collect();
        // beta began mid-quarter: in the table, with a cadence, but not expected yet.
        assert_eq!(expected, ["alpha", "gamma"]);
        let beta = partners.iter().find(|p| p.id == "beta").unwrap();
        assert!(beta.cadence_state.is_some() && !beta.expected_to_meet);
        assert_eq!(expected.len(), r.headline.expected_to_meet);
        let met = (partners.iter())
            .filter(|p| p.expected_to_meet && p.checkins > 0)
            .count();
        assert_eq!(met, r.headline.met);
    }

    #[test]
    fn goals_name_every_partner_given_even_one_not_begun_yet() {
        let (partners, mut goals) = fixture();
        goals[0].partners = vec!["alpha".into(), "eps".into(), "nobody".into()];
        let r = report_of(&partners, &goals, None);
        assert_eq!(
            r.goals[0].partner_names,
            ["Alpha Health", "Eps Later", "nobody"]
        );
        let q = Quarter::of(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(), 1);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let builtins = Instrument::builtins();
        let find = |name: &str| builtins.iter().find(|i| i.name == name);
        let settings = Settings::default();
        let mut fold = Fold::new(&settings, &find, q, today);
        for p in &partners {
            fold.partner(p);
        }
        assert!(
            ["alpha", "delta", "eps"]
                .iter()
                .all(|id| fold.has_partner(id))
        );
        assert!(!fold.has_partner("nobody"));
    }

    #[test]
    fn goals_are_valued_at_the_quarter_end() {
        let g = &report().goals[0];
        assert_eq!(
            (g.value, g.change, g.progress),
            (Some(15.0), Some(3.0), Some(50.0))
        );
        // 272 of 364 days gone: 74.7% expected, on track from 64.7%, at risk from 49.7%.
        assert_eq!(g.status, GoalStatus::AtRisk);
    }

    #[test]
    fn health_means_divergences_and_their_change() {
        let r = report();
        assert_eq!(r.health.len(), 1);
        let h = &r.health[0];
        assert_eq!((h.instrument.as_str(), h.partners), ("accord", 1));
        let dim = |k: &str| h.dimensions.iter().find(|d| d.key == k).unwrap();
        assert_eq!(
            (dim("vision").mean, dim("vision").previous),
            (3.0, Some(4.0))
        );
        assert_eq!(dim("communication").mean, 4.0);
        assert_eq!(h.weakest.len(), 3);
        assert!(!h.weakest.contains(&"communication".to_string()));
        assert_eq!(h.divergences.len(), 1);
        let d = &h.divergences[0];
        assert_eq!(
            (d.partner.as_str(), d.dimension.as_str(), d.ours, d.theirs),
            ("alpha", "communication", 3.0, 5.0)
        );
    }

    #[test]
    fn agreements_wins_contributions_and_attention() {
        let r = report();
        let agreements: Vec<(String, &str)> =
            r.agreements.iter().map(|a| (a.partner, a.state)).collect();
        assert_eq!(
            agreements,
            [("gamma".into(), "ended"), ("alpha".into(), "ending")]
        );
        let wins: Vec<String> = r.wins.iter().map(|w| w.text).collect();
        assert_eq!(wins, ["W1"]);
        let c: Vec<(ContributionKind, f64, Option<f64>)> = r
            .contributions
            .iter()
            .map(|c| (c.kind, c.amount, c.value))
            .collect();
        assert_eq!(
            c,
            [
                (ContributionKind::Funding, 1000.0, Some(1000.0)),
                (ContributionKind::StaffHours, 10.0, None)
            ]
        );
        assert!(r.attention.iter().any(
            |i| i.kind == AttentionKind::ActionOverdue && i.partner.as_deref() == Some("alpha")
        ));
        assert!(
            r.attention
                .iter()
                .all(|i| i.partner.as_deref() != Some("eps"))
        );
    }

    #[test]
    fn a_partner_as_of_a_date() {
        let (partners, _) = fixture();
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert!(
            partners[1].as_of(day(7, 31)).is_none(),
            "beta began in August"
        );
        let gamma = partners[2].as_of(day(9, 30)).unwrap();
        assert_eq!((gamma.stage, gamma.ended), (Stage::Active, None));
        assert_eq!(partners[2].as_of(day(10, 20)).unwrap().stage, Stage::Ended);
    }
}
