//! `accord report quarterly`: the numbers of one quarter, each with its change against
//! the previous one, computed as of the quarter's last day (or today, for the quarter
//! under way) so that a past quarter's report never changes.
//!
//! A partner's stage on a past date is read from its file: a partner whose `since` is
//! later did not exist yet, and one `ended` later was still active then.

use crate::model::action;
use crate::model::attention::Attention;
use crate::model::contact::{self, DueState};
use crate::model::contribution::{self, Balance};
use crate::model::evaluation;
use crate::model::goal::{self, Goal, GoalStatus};
use crate::model::instrument::{Instrument, round1};
use crate::model::partner::{Partner, Side, Stage};
use crate::model::quarter::Quarter;
use crate::model::records::ContributionKind;
use crate::model::settings::Settings;
use crate::report::status;
use crate::store::instruments::Catalog;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole report; `--format json` prints it as it is.
#[derive(Debug, Clone, Serialize)]
pub struct Quarterly {
    pub quarter: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The day the numbers are as of: the quarter's last day, or today while it runs.
    pub as_of: NaiveDate,
    pub previous_quarter: String,
    pub program: Option<String>,
    pub currency: String,
    pub hour_value: Option<f64>,
    /// The partners and types the report was narrowed to, if any.
    pub filter: Vec<String>,
    pub headline: Headline,
    pub previous: Headline,
    pub partners: Vec<PartnerRow>,
    pub goals: Vec<GoalRow>,
    pub health: Vec<Health>,
    pub contributions: Vec<ContributionRow>,
    pub agreements: Vec<AgreementRow>,
    pub attention: Vec<Attention>,
    pub wins: Vec<WinRow>,
}

/// The headline numbers of a quarter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Headline {
    /// Partners active on the quarter's last day.
    pub active_partners: usize,
    /// Partners whose partnership began in the quarter.
    pub new_partners: usize,
    /// Partners ended in the quarter.
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

#[derive(Debug, Clone, Serialize)]
pub struct PartnerRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub stage: Stage,
    pub last_contact: Option<NaiveDate>,
    pub checkins: usize,
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
    pub divergences: Vec<Divergence>,
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
#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct WinRow {
    pub date: NaiveDate,
    pub partner: String,
    pub partner_name: String,
    pub text: String,
    pub tags: Vec<String>,
}

/// The partner as it stood on `date`: `None` before it became a partner; still active
/// if it ended later.
pub fn as_of(p: &Partner, date: NaiveDate) -> Option<Partner> {
    if p.since.is_some_and(|s| s > date) {
        return None;
    }
    let mut p = p.clone();
    if p.ended.is_some_and(|e| e > date) {
        p.stage = Stage::Active;
        p.ended = None;
        p.end_reason = None;
    }
    Some(p)
}

/// Build the report of `quarter` as of its last day (or `today`, if earlier).
pub fn build(
    partners: &[Partner],
    goals: &[Goal],
    catalog: &Catalog,
    settings: &Settings,
    quarter: Quarter,
    today: NaiveDate,
) -> Quarterly {
    let as_of_date = quarter.end().min(today);
    let prev = quarter.previous();
    let prev_end = prev.end();
    let now: Vec<Partner> = partners
        .iter()
        .filter_map(|p| as_of(p, as_of_date))
        .collect();
    let before: Vec<Partner> = partners.iter().filter_map(|p| as_of(p, prev_end)).collect();
    let names: BTreeMap<&str, &str> = partners
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();

    let partner_rows = now
        .iter()
        .filter(|p| shown(p, quarter))
        .map(|p| {
            let earlier = before.iter().find(|b| b.id == p.id);
            partner_row(p, earlier, catalog, settings, quarter, as_of_date, prev_end)
        })
        .collect();

    let mut attention: Vec<Attention> = now
        .iter()
        .flat_map(|p| status::partner_items(p, settings, catalog, as_of_date))
        .collect();
    let goals: Vec<&Goal> = goals
        .iter()
        .filter(|g| g.start.is_none_or(|s| s <= as_of_date))
        .filter(|g| g.closed.is_none_or(|c| c >= quarter.start()) || g.outcome.is_none())
        .collect();
    for g in &goals {
        let name = |id: &str| names.get(id).map(|n| n.to_string());
        attention.extend(goal::attention(
            g,
            settings.goal_tolerance,
            as_of_date,
            name,
        ));
    }
    let attention = status::finish(attention, as_of_date).items;

    Quarterly {
        quarter: quarter.to_string(),
        start: quarter.start(),
        end: quarter.end(),
        as_of: as_of_date,
        previous_quarter: prev.to_string(),
        program: settings.name.clone(),
        currency: settings.currency.clone(),
        hour_value: settings.hour_value,
        filter: Vec::new(),
        headline: headline(&now, settings, quarter, as_of_date),
        previous: headline(&before, settings, prev, prev_end),
        partners: partner_rows,
        goals: goals
            .iter()
            .map(|g| goal_row(g, settings.goal_tolerance, as_of_date, prev_end))
            .collect(),
        health: health(&now, &before, catalog, settings, as_of_date, prev_end),
        contributions: contributions(&now, settings, quarter, as_of_date),
        agreements: agreements(&now, quarter, as_of_date),
        attention,
        wins: wins(&now, quarter, as_of_date),
    }
}

fn wins(partners: &[Partner], q: Quarter, as_of: NaiveDate) -> Vec<WinRow> {
    let mut out: Vec<WinRow> = partners
        .iter()
        .flat_map(|p| {
            p.wins
                .iter()
                .filter(|w| q.contains(w.date) && w.date <= as_of)
                .map(|w| WinRow {
                    date: w.date,
                    partner: p.id.clone(),
                    partner_name: p.name.clone(),
                    text: w.text.clone(),
                    tags: w.tags.clone(),
                })
        })
        .collect();
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.partner.cmp(&b.partner)));
    out
}

/// Whether a partner belongs in the partners table of `quarter`: everyone but
/// prospects, and partners that ended before the quarter began.
fn shown(p: &Partner, quarter: Quarter) -> bool {
    match p.stage {
        Stage::Prospect => false,
        Stage::Ended => p.ended.is_none_or(|e| e >= quarter.start()),
        _ => true,
    }
}

/// Whether a partner was expected to meet during the quarter: expected to meet on its
/// last day, and a partner since before it began.
fn expected(p: &Partner, quarter: Quarter) -> bool {
    contact::expected_to_meet(p) && p.since.is_none_or(|s| s < quarter.start())
}

fn headline(partners: &[Partner], settings: &Settings, q: Quarter, as_of: NaiveDate) -> Headline {
    let in_q = |d: NaiveDate| q.contains(d) && d <= as_of;
    let mut h = Headline::default();
    let mut balance = Balance::default();
    let mut due_in_q: Vec<&crate::model::records::Action> = Vec::new();
    for p in partners {
        h.active_partners += usize::from(p.stage == Stage::Active);
        h.new_partners += usize::from(p.since.is_some_and(in_q) && p.stage != Stage::Prospect);
        h.ended_partners += usize::from(p.ended.is_some_and(in_q));
        let held = p.checkins.iter().filter(|c| in_q(c.date)).count();
        h.checkins += held;
        if expected(p, q) {
            h.expected_to_meet += 1;
            h.met += usize::from(held > 0);
        }
        for a in &p.actions {
            h.actions_opened += usize::from(a.created.is_some_and(in_q));
            h.actions_closed += usize::from(a.done.is_some_and(in_q));
            h.actions_overdue += usize::from(action::days_overdue(a, as_of).is_some());
            if a.due.is_some_and(in_q) {
                due_in_q.push(a);
            }
        }
        let b = Balance::of(
            p.contributions.iter().filter(|c| in_q(c.date)),
            settings.hour_value,
        );
        balance.ours += b.ours;
        balance.partner += b.partner;
        balance.unvalued_hours += b.unvalued_hours;
        h.wins += p.wins.iter().filter(|w| in_q(w.date)).count();
    }
    h.coverage = (h.expected_to_meet > 0).then(|| h.met as f64 / h.expected_to_meet as f64);
    h.reliability_ours = action::reliability(due_in_q.iter().copied(), Side::Ours, as_of);
    h.reliability_partner = action::reliability(due_in_q.iter().copied(), Side::Partner, as_of);
    h.contributions_total = balance.total();
    h.contributions_ours = balance.ours;
    h.contributions_partner = balance.partner;
    h.unvalued_hours = balance.unvalued_hours;
    h
}

/// A partner's latest overall score as of `date`: (score, instrument, band).
fn overall(
    p: &Partner,
    catalog: &Catalog,
    settings: &Settings,
    date: NaiveDate,
) -> Option<(f64, String, Option<String>)> {
    let name = evaluation::latest_instrument(&p.evaluations, date)?;
    let instrument = catalog.find(name)?;
    let s = evaluation::summarize(&p.evaluations, instrument, date, settings.divergence)?;
    Some((s.overall?, instrument.name.clone(), s.band))
}

fn partner_row(
    p: &Partner,
    before: Option<&Partner>,
    catalog: &Catalog,
    settings: &Settings,
    q: Quarter,
    as_of: NaiveDate,
    prev_end: NaiveDate,
) -> PartnerRow {
    let due = contact::due(p, settings.cadence, as_of);
    let open = p.actions.iter().filter(|a| action::is_open(a, as_of));
    let health = overall(p, catalog, settings, as_of);
    let earlier = before.and_then(|b| overall(b, catalog, settings, prev_end));
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
        cadence_state: due.map(|d| d.state),
        next_due: due.map(|d| d.next_due),
        open_actions: open.clone().count(),
        overdue_actions: open
            .filter(|a| action::days_overdue(a, as_of).is_some())
            .count(),
        health_instrument: health.as_ref().map(|h| h.1.clone()),
        health_band: health.as_ref().and_then(|h| h.2.clone()),
        health: health.map(|h| h.0),
        health_change: change,
        contributions: Balance::of(
            p.contributions.iter().filter(|c| in_q(c.date)),
            settings.hour_value,
        )
        .total(),
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

/// Dimension sums on `date` over the partners whose latest evaluation is on
/// `instrument`, and those partners' summaries.
fn dimension_sums(
    partners: &[Partner],
    instrument: &Instrument,
    settings: &Settings,
    date: NaiveDate,
) -> (Sums, Vec<(String, evaluation::Summary)>) {
    let mut sums = Sums::new();
    let mut summaries = Vec::new();
    for p in partners {
        if evaluation::latest_instrument(&p.evaluations, date) != Some(instrument.name.as_str()) {
            continue;
        }
        let Some(s) = evaluation::summarize(&p.evaluations, instrument, date, settings.divergence)
        else {
            continue;
        };
        for line in s.lines.iter().filter(|l| !l.is_category) {
            if let Some(score) = line.score {
                let e = sums.entry(line.key.clone()).or_default();
                e.0 += score;
                e.1 += 1;
            }
        }
        summaries.push((p.id.clone(), s));
    }
    (sums, summaries)
}

fn health(
    now: &[Partner],
    before: &[Partner],
    catalog: &Catalog,
    settings: &Settings,
    as_of: NaiveDate,
    prev_end: NaiveDate,
) -> Vec<Health> {
    let mut used: Vec<&str> = now
        .iter()
        .filter_map(|p| evaluation::latest_instrument(&p.evaluations, as_of))
        .collect();
    used.sort();
    used.dedup();
    // The workspace's default instrument first.
    used.sort_by_key(|n| *n != settings.instrument);
    let mut out = Vec::new();
    for name in used {
        let Some(instrument) = catalog.find(name) else {
            continue;
        };
        let (sums, summaries) = dimension_sums(now, instrument, settings, as_of);
        let (earlier, _) = dimension_sums(before, instrument, settings, prev_end);
        let mean = |m: &Sums, key: &str| m.get(key).map(|(s, n)| round1(s / *n as f64));
        let dimensions: Vec<DimensionRow> = instrument
            .dimensions
            .iter()
            .filter_map(|d| {
                let m = mean(&sums, &d.key)?;
                Some(DimensionRow {
                    key: d.key.clone(),
                    title: d.title.clone(),
                    mean: m,
                    band: instrument.band(m).map(|b| b.name.clone()),
                    previous: mean(&earlier, &d.key),
                    partners: sums[&d.key].1,
                })
            })
            .collect();
        let mut order: Vec<&DimensionRow> = dimensions.iter().collect();
        order.sort_by(|a, b| a.mean.total_cmp(&b.mean));
        let weakest = order.iter().take(3).map(|d| d.key.clone()).collect();
        let divergences = summaries
            .iter()
            .flat_map(|(id, s)| {
                s.lines
                    .iter()
                    .filter(|l| l.divergent && !l.is_category)
                    .filter_map(move |l| {
                        Some(Divergence {
                            partner: id.clone(),
                            partner_name: now.iter().find(|p| &p.id == id)?.name.clone(),
                            dimension: l.key.clone(),
                            title: l.title.clone(),
                            ours: l.ours.as_ref()?.score,
                            theirs: l.partner.as_ref()?.score,
                        })
                    })
            })
            .collect();
        out.push(Health {
            instrument: instrument.name.clone(),
            title: instrument.title.clone(),
            scale_max: instrument.scale.max,
            partners: summaries.len(),
            dimensions,
            weakest,
            divergences,
        });
    }
    out
}

fn contributions(
    partners: &[Partner],
    settings: &Settings,
    q: Quarter,
    as_of: NaiveDate,
) -> Vec<ContributionRow> {
    let mut out = Vec::new();
    for p in partners {
        let mut sums: BTreeMap<(ContributionKind, Side), (f64, Option<f64>)> = BTreeMap::new();
        for c in p
            .contributions
            .iter()
            .filter(|c| q.contains(c.date) && c.date <= as_of)
        {
            let e = sums.entry((c.kind, c.side)).or_insert((0.0, Some(0.0)));
            e.0 += c.amount;
            e.1 = match (e.1, contribution::value(c, settings.hour_value)) {
                (Some(a), Some(b)) => Some(a + b),
                _ => None,
            };
        }
        out.extend(
            sums.into_iter()
                .map(|((kind, side), (amount, value))| ContributionRow {
                    partner: p.id.clone(),
                    partner_name: p.name.clone(),
                    kind,
                    side,
                    amount,
                    value,
                }),
        );
    }
    out
}

fn agreements(partners: &[Partner], q: Quarter, as_of: NaiveDate) -> Vec<AgreementRow> {
    let next = q.next();
    let mut out: Vec<AgreementRow> = partners
        .iter()
        .filter(|p| p.stage != Stage::Ended && p.stage != Stage::Prospect)
        .filter_map(|p| {
            let a = p.agreement.as_ref()?;
            let ends = a.ends?;
            let state = if ends < as_of {
                "ended"
            } else if ends <= next.end() {
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
        })
        .collect();
    out.sort_by_key(|a| a.ends);
    out
}
