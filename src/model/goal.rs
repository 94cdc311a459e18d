//! A measurable goal: a metric with a baseline, a target and dates, measured over time.
//! One goal is one file, `goals/<id>.toml`. A goal with no partners is program-wide.
//!
//! The status rules live here ([`assess`]), the same for every command and report, and
//! so do the goal items of `accord status` ([`attention`]). Rendering (bars, charts)
//! is not done here.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::cadence::Cadence;
use crate::model::date::{self, days_between, relative};
use crate::model::registry::{
    Field, Finding, Future, Identity, InFile, Keeps, KindDef, Level, Owner, Owns, Record, Sheet,
    Ty, Visit,
};
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

word_enum! {
    /// Which way a goal's metric should move.
    pub enum Direction {
        Increase = "increase",
        Decrease = "decrease",
        Maintain = "maintain",
    }
}

word_enum! {
    /// How a closed goal ended.
    pub enum Outcome {
        Met = "met",
        Missed = "missed",
        Dropped = "dropped",
    }
}

/// A goal, as stored in its file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Goal {
    /// The file's stem; not stored inside the file.
    #[serde(skip)]
    pub id: String,
    pub title: String,
    pub metric: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    pub target: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// For `maintain` goals: how far from the target still counts as met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, rename = "measurement", skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

/// One dated value of a goal's metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

// The registry's description of a goal's measurements (see `model::registry`).

impl Owns for Goal {
    const OWNER: Owner = Owner::Goal;
    fn each_kind<V: Visit<Self>>(v: &mut V) {
        v.visit::<Measurement>();
    }
}

impl Keeps<Measurement> for Goal {
    fn records(&self) -> &Vec<Measurement> {
        &self.measurements
    }
    fn records_mut(&mut self) -> &mut Vec<Measurement> {
        &mut self.measurements
    }
}

impl Record for Measurement {
    const DEF: &'static KindDef = &KindDef {
        table: "measurement",
        noun: "measurement",
        command: "goal measurement",
        owner: Owner::Goal,
        sheet: Sheet::Measurements,
        identity: Identity::Id,
        date: Some("date"),
        not_after_today: &[("date", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("date", Ty::Date),
            Field::required("value", Ty::Number),
            Field::new("note", Ty::Notes),
            Field::new("source", Ty::Text),
            Field::new("by", Ty::Text),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        (field == "date").then_some(self.date)
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "measurement{} of `{owner}` on {}: {}",
            crate::model::records::id_part(&self.id),
            self.date,
            self.value
        )
    }
    fn rules(&self, file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        if !self.value.is_finite() {
            out.push(Finding::new(
                "value",
                Level::Error,
                "value must be a number",
            ));
        }
        if let Some(first) = file.earlier.iter().position(|m| m.date == self.date) {
            out.push(Finding::new(
                "date",
                Level::Error,
                format!(
                    "a second measurement on {} (measurement {} has the same date); keep one",
                    self.date,
                    first + 1
                ),
            ));
        }
        out
    }
}

impl Goal {
    /// The direction written in the file, or the one implied by baseline and target.
    pub fn direction(&self) -> Direction {
        self.direction.unwrap_or(match self.baseline {
            Some(b) if self.target < b => Direction::Decrease,
            Some(b) if self.target == b => Direction::Maintain,
            _ => Direction::Increase,
        })
    }

    /// Whether the goal belongs to the whole program rather than to named partners.
    pub fn is_program_wide(&self) -> bool {
        self.partners.is_empty()
    }

    pub fn is_closed(&self) -> bool {
        self.outcome.is_some()
    }

    /// The outcome of a goal closed on or before `today` (a goal closed later was still
    /// open then).
    pub fn outcome_on(&self, today: NaiveDate) -> Option<Outcome> {
        self.outcome
            .filter(|_| self.closed.is_none_or(|c| c <= today))
    }

    /// The measurements taken on or before `today`, oldest first (file order on a tie);
    /// a value that is not a number is left out (`accord check` reports it).
    pub fn series(&self, today: NaiveDate) -> Vec<&Measurement> {
        let mut out: Vec<&Measurement> = self
            .measurements
            .iter()
            .filter(|m| m.date <= today && m.value.is_finite())
            .collect();
        out.sort_by_key(|m| m.date);
        out
    }

    /// How far from the target a `maintain` goal may be and still be met: its own
    /// `tolerance`, else [`DEFAULT_BAND`] of the target.
    pub fn band(&self) -> f64 {
        self.tolerance
            .unwrap_or(self.target.abs() * DEFAULT_BAND / 100.0)
    }

    /// Whether `value` reaches the target (for `maintain`: lies within the band).
    pub fn reaches(&self, value: f64) -> bool {
        match self.direction() {
            Direction::Increase => value >= self.target - EPSILON,
            Direction::Decrease => value <= self.target + EPSILON,
            Direction::Maintain => (value - self.target).abs() <= self.band() + EPSILON,
        }
    }

    /// A value of this goal's metric with its unit: `14.2%`, `3120 hours`.
    pub fn value(&self, v: f64) -> String {
        with_unit(v, &self.unit)
    }

    /// A computed value (such as the expected value) rounded to the decimals the goal's
    /// own numbers are written with: `13.9%` for a goal measured in tenths.
    pub fn rounded(&self, v: f64) -> String {
        let decimals = [self.baseline, Some(self.target)]
            .into_iter()
            .flatten()
            .chain(self.measurements.iter().map(|m| m.value))
            .map(|x| number(x).split_once('.').map_or(0, |(_, f)| f.len()))
            .max()
            .unwrap_or(0) as i32;
        let scale = 10f64.powi(decimals);
        self.value((v * scale).round() / scale)
    }
}

/// Why a goal's definition does not hold together, as `goal add` and `goal set` refuse it.
/// (`accord check` is more lenient with files written by hand; see `model::validate`.)
#[derive(Debug, Clone, PartialEq)]
pub enum Misdefined {
    /// The written direction points away from the target: a goal to increase whose
    /// target is not above its baseline, or one to decrease whose target is not below.
    /// `implied` is the direction baseline and target imply.
    Direction {
        written: Direction,
        implied: Direction,
        baseline: String,
        target: String,
    },
    NegativeTolerance,
    /// A tolerance on a goal that does not maintain a value.
    ToleranceWithout(Direction),
    DueBeforeStart {
        start: NaiveDate,
        due: NaiveDate,
    },
}

impl std::fmt::Display for Misdefined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Misdefined::Direction {
                written,
                baseline,
                target,
                ..
            } => write!(
                f,
                "a goal to {written} needs a target {} its baseline ({baseline}), not {target}",
                if *written == Direction::Increase {
                    "above"
                } else {
                    "below"
                }
            ),
            Misdefined::NegativeTolerance => f.write_str("the tolerance cannot be negative"),
            Misdefined::ToleranceWithout(dir) => write!(
                f,
                "a tolerance is the band of a goal to maintain a value, and this goal's direction is {dir}"
            ),
            Misdefined::DueBeforeStart { start, due } => {
                write!(
                    f,
                    "the goal would be due ({due}) before it starts ({start})"
                )
            }
        }
    }
}

impl Goal {
    /// Check that direction, baseline, target, tolerance and dates agree.
    pub fn check_definition(&self) -> Result<(), Misdefined> {
        let dir = self.direction();
        if let (Some(b), Some(written)) = (self.baseline, self.direction) {
            let wrong = match written {
                Direction::Increase => self.target <= b,
                Direction::Decrease => self.target >= b,
                Direction::Maintain => false,
            };
            if wrong {
                let implied = Goal {
                    direction: None,
                    ..self.clone()
                }
                .direction();
                return Err(Misdefined::Direction {
                    written,
                    implied,
                    baseline: self.value(b),
                    target: self.value(self.target),
                });
            }
        }
        if let Some(t) = self.tolerance {
            if t < 0.0 {
                return Err(Misdefined::NegativeTolerance);
            }
            if dir != Direction::Maintain {
                return Err(Misdefined::ToleranceWithout(dir));
            }
        }
        if let (Some(start), Some(due)) = (self.start, self.due)
            && due < start
        {
            return Err(Misdefined::DueBeforeStart { start, due });
        }
        Ok(())
    }
}

/// Percentage points a goal may fall below the on-track line and still be `at-risk`
/// rather than `off-track`.
pub const AT_RISK_BAND: f64 = 15.0;

/// A `maintain` goal without its own `tolerance` is met within this percentage of its
/// target (2% of 95 is 1.9).
pub const DEFAULT_BAND: f64 = 2.0;

/// Slack for comparing computed numbers, so a value exactly on a line is on it.
const EPSILON: f64 = 1e-9;

word_enum! {
    /// Where a goal stands as of a date, from worst to best; closed goals have their
    /// outcome. See [`assess`] for the rules.
    pub enum GoalStatus {
        Overdue = "overdue",
        OffTrack = "off-track",
        AtRisk = "at-risk",
        Stale = "stale",
        NoData = "no-data",
        NoBaseline = "no-baseline",
        OnTrack = "on-track",
        Met = "met",
        Missed = "missed",
        Dropped = "dropped",
    }
}

impl GoalStatus {
    /// Whether the status is a closed goal's outcome (`met` counts as open).
    pub fn is_outcome(self) -> bool {
        matches!(self, GoalStatus::Missed | GoalStatus::Dropped)
    }
}

impl From<Outcome> for GoalStatus {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Met => GoalStatus::Met,
            Outcome::Missed => GoalStatus::Missed,
            Outcome::Dropped => GoalStatus::Dropped,
        }
    }
}

/// A goal's standing as of a date: its status, why, and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub status: GoalStatus,
    /// Why, in words.
    pub reason: String,
    /// The latest measurement on or before the date.
    pub latest: Option<Point>,
    /// How far the latest value has come from the baseline toward the target, in
    /// percent (below 0 when it moved the wrong way). None for `maintain` goals and
    /// without a baseline.
    pub progress: Option<f64>,
    /// The share of the time from start to due that has passed, in percent; 0 without
    /// a due date.
    pub expected: Option<f64>,
    /// The lowest progress still on track: `expected` minus the tolerance.
    pub on_track_from: Option<f64>,
    /// The value an even pace from baseline to target would have reached by the date
    /// (for `maintain` goals, the target).
    pub expected_value: Option<f64>,
}

/// What to say when a goal is closed as `outcome` but its assessment `a` on the day it
/// closed says otherwise: met without a measurement or short of the target, or missed
/// though the latest value reaches it.
pub fn closing_disagreement(outcome: Outcome, a: &Assessment, unit: &str) -> Option<String> {
    let reached = a.status == GoalStatus::Met;
    let latest = |l: Point| {
        format!(
            "the latest value is {} on {}",
            with_unit(l.value, unit),
            l.date
        )
    };
    match (outcome, a.latest) {
        (Outcome::Met, None) => Some("closed as met, but the goal has no measurement".into()),
        (Outcome::Met, Some(l)) if !reached => Some(format!(
            "closed as met, but {}, short of the target",
            latest(l)
        )),
        (Outcome::Missed, Some(l)) if reached => Some(format!(
            "closed as missed, but {}, which reaches the target",
            latest(l)
        )),
        _ => None,
    }
}

/// A dated value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub date: NaiveDate,
    pub value: f64,
}

/// The share of the time from `start` to `due` that has passed by `today`, in percent.
pub fn time_share(start: NaiveDate, due: NaiveDate, today: NaiveDate) -> f64 {
    if today <= start {
        0.0
    } else if today >= due {
        100.0
    } else {
        100.0 * days_between(start, today) as f64 / days_between(start, due) as f64
    }
}

/// The status of goal `g` as of `today`, with `tolerance` percentage points of slack
/// (`goal_tolerance`). Measurements after `today` are ignored. In order:
///
/// 1. a goal closed by `today` has its outcome;
/// 2. `met` when the latest value reaches the target (`maintain`: within the band);
/// 3. `overdue` when the due date has passed;
/// 4. `no-data` without a measurement; `stale` when the latest is older than a quarter;
/// 5. `no-baseline` when progress has nothing to start from;
/// 6. `maintain` goals outside their band: `at-risk` within twice the band, else
///    `off-track`;
/// 7. otherwise progress against the share of time gone (0 without a due date):
///    `on-track` from `expected - tolerance`, `at-risk` within a further 15 points,
///    `off-track` below.
pub fn assess(g: &Goal, tolerance: f64, today: NaiveDate) -> Assessment {
    let series = g.series(today);
    let latest = series.last().map(|m| Point {
        date: m.date,
        value: m.value,
    });
    let dir = g.direction();
    let start = g.start.or(series.first().map(|m| m.date));
    let expected = match (start, g.due) {
        (Some(s), Some(d)) => Some(time_share(s, d, today)),
        (_, None) if dir != Direction::Maintain => Some(0.0),
        _ => None,
    };
    let progress = match (dir, g.baseline, latest) {
        (Direction::Maintain, _, _) => None,
        (_, Some(b), Some(l)) if g.target != b => {
            Some(100.0 * (l.value - b) / (g.target - b)).filter(|p| p.is_finite())
        }
        (_, Some(_), Some(_)) => Some(0.0),
        _ => None,
    };
    let expected_value = match (dir, g.baseline, expected) {
        (Direction::Maintain, _, _) => Some(g.target),
        (_, Some(b), Some(e)) if g.due.is_some() => Some(b + (g.target - b) * e / 100.0),
        _ => None,
    };
    let mut a = Assessment {
        status: GoalStatus::OnTrack,
        reason: String::new(),
        latest,
        progress,
        expected,
        on_track_from: None,
        expected_value,
    };
    let v = |x: f64| g.value(x);
    let latest_words = |l: Point| format!("the latest value, {} on {},", v(l.value), l.date);
    let (status, reason) = if let Some(outcome) = g.outcome_on(today) {
        let when = g.closed.map_or(String::new(), |c| format!(" on {c}"));
        let note = g
            .close_note
            .as_ref()
            .map_or(String::new(), |n| format!(": {n}"));
        (outcome.into(), format!("closed as {outcome}{when}{note}"))
    } else if let Some(l) = latest.filter(|l| g.reaches(l.value)) {
        let how = match dir {
            Direction::Maintain => format!(
                "is within the band of {} ± {}",
                v(g.target),
                number(g.band())
            ),
            _ => format!("reaches the target of {}", v(g.target)),
        };
        (GoalStatus::Met, format!("{} {how}", latest_words(l)))
    } else if let Some(due) = g.due.filter(|&d| d < today) {
        let short = match latest {
            Some(l) => format!(
                "{} falls short of the target of {}",
                latest_words(l),
                v(g.target)
            ),
            None => "it was never measured".to_string(),
        };
        (
            GoalStatus::Overdue,
            format!("it was due {due} ({}); {short}", relative(due, today)),
        )
    } else if let Some(l) = latest {
        let stale_before = Cadence::Quarterly.before(today);
        if l.date < stale_before {
            (
                GoalStatus::Stale,
                format!(
                    "the latest measurement, {} on {} ({}), is more than a quarter old",
                    v(l.value),
                    l.date,
                    relative(l.date, today)
                ),
            )
        } else {
            pace(g, dir, l, &mut a, tolerance)
        }
    } else {
        let since = match g.start {
            Some(s) if s <= today => format!(" since it started {s} ({})", relative(s, today)),
            Some(s) => format!("; it starts {s}"),
            None => String::new(),
        };
        (GoalStatus::NoData, format!("no measurement yet{since}"))
    };
    a.status = status;
    a.reason = reason;
    a
}

/// The status of an open goal with a recent measurement that does not reach the target.
fn pace(
    g: &Goal,
    dir: Direction,
    l: Point,
    a: &mut Assessment,
    tolerance: f64,
) -> (GoalStatus, String) {
    let v = |x: f64| g.value(x);
    if dir == Direction::Maintain {
        let band = g.band();
        let off = (l.value - g.target).abs();
        let status = if off <= 2.0 * band + EPSILON {
            GoalStatus::AtRisk
        } else {
            GoalStatus::OffTrack
        };
        return (
            status,
            format!(
                "the latest value, {} on {}, is {} from the target of {}, outside the band of ± {}",
                v(l.value),
                l.date,
                number(off),
                v(g.target),
                number(band)
            ),
        );
    }
    let (Some(b), Some(progress), Some(expected)) = (g.baseline, a.progress, a.expected) else {
        return (
            GoalStatus::NoBaseline,
            format!(
                "there is no baseline to measure progress from; the latest value is {} on {}",
                v(l.value),
                l.date
            ),
        );
    };
    let line = expected - tolerance;
    a.on_track_from = Some(line);
    let status = if progress + EPSILON >= line {
        GoalStatus::OnTrack
    } else if progress + EPSILON >= line - AT_RISK_BAND {
        GoalStatus::AtRisk
    } else {
        GoalStatus::OffTrack
    };
    let way = format!(
        "{} of the way from {} to {}",
        percent(progress),
        v(b),
        v(g.target)
    );
    let reason = match g.due {
        Some(due) => format!(
            "{way}, with {} of the time to {due} gone (on track from {})",
            percent(expected),
            percent(line)
        ),
        None => format!(
            "{way}; with no due date it is on track while it holds its ground (from {})",
            percent(line)
        ),
    };
    (status, reason)
}

/// A percentage, cut to whole points (so nothing short of 100% reads as 100%): `52%`.
pub fn percent(p: f64) -> String {
    let whole = if (p - p.round()).abs() < 1e-6 {
        p.round()
    } else {
        p.trunc()
    };
    format!("{:.0}%", whole + 0.0)
}

/// A number as people write it: at most two decimals, no trailing zeros (`12`, `14.25`).
pub fn number(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A number with its unit: `14.2%` (symbols stick), `3120 hours`, or the bare number.
pub fn with_unit(v: f64, unit: &str) -> String {
    let unit = unit.trim();
    match unit.chars().next() {
        None => number(v),
        Some(c) if !c.is_alphanumeric() => format!("{}{unit}", number(v)),
        Some(_) => format!("{} {unit}", number(v)),
    }
}

/// Read a number typed on the command line: `42`, `-3`, `12.5`; refuses units, blanks,
/// and `nan` or `inf`.
pub fn parse_number(typed: &str) -> Result<f64, String> {
    crate::model::number::number(typed)
}

/// The items `accord status` lists for goal `g` as of `today`: overdue, off track, at
/// risk, stale, not measured for a quarter since it started, and no baseline. `names`
/// gives a partner's name from its id. Closed and not-yet-started goals have none.
pub fn attention(
    g: &Goal,
    tolerance: f64,
    today: NaiveDate,
    names: impl Fn(&str) -> Option<String>,
) -> Vec<Attention> {
    if g.outcome_on(today).is_some() || g.start.is_some_and(|s| s > today) {
        return Vec::new();
    }
    let a = assess(g, tolerance, today);
    let name = format!("goal \"{}\"", g.title);
    let id = &g.id;
    let track = format!("accord goal track {id} VALUE");
    let item = |urgency, kind, problem: String, fix: String| {
        let who = Attention::shared_by(&g.partners, |p| names(p).unwrap_or_else(|| p.to_string()));
        Attention {
            subject: Some(id.clone()),
            ..Attention::new(urgency, kind, who, problem, fix)
        }
    };
    let behind = |word: &str| match (a.progress, a.expected) {
        (Some(p), Some(e)) if g.due.is_some() => format!(
            "{name} is {word}: {} of the way with {} of the time gone",
            percent(p),
            percent(e)
        ),
        (Some(p), _) => format!("{name} is {word}: {} of the way", percent(p)),
        _ => format!("{name} is {word}: {}", a.reason),
    };
    let due = |i: Attention| match g.due {
        Some(d) => i.on(d, today),
        None => i,
    };
    let mut out = Vec::new();
    match a.status {
        GoalStatus::Overdue => {
            let d = g.due.unwrap_or(today);
            let short = match a.latest {
                Some(l) => format!("{}, target {}", g.value(l.value), g.value(g.target)),
                None => "never measured".to_string(),
            };
            out.push(due(item(
                Urgency::Overdue,
                AttentionKind::GoalOverdue,
                format!(
                    "{name} was due {d} ({}) and is not met ({short})",
                    relative(d, today)
                ),
                format!("accord goal close {id} --met|--missed"),
            )));
        }
        GoalStatus::OffTrack => out.push(due(item(
            Urgency::Watch,
            AttentionKind::GoalOffTrack,
            behind("off track"),
            format!("accord goal show {id}"),
        ))),
        GoalStatus::AtRisk => out.push(due(item(
            Urgency::Watch,
            AttentionKind::GoalAtRisk,
            behind("at risk"),
            format!("accord goal show {id}"),
        ))),
        GoalStatus::Stale => {
            if let Some(l) = a.latest {
                out.push(
                    item(
                        Urgency::Watch,
                        AttentionKind::GoalStale,
                        format!(
                            "{name} was last measured {} ({})",
                            l.date,
                            relative(l.date, today)
                        ),
                        track.clone(),
                    )
                    .on(l.date, today),
                );
            }
        }
        GoalStatus::NoData => {
            if let Some(s) = g.start.filter(|&s| s < Cadence::Quarterly.before(today)) {
                out.push(
                    item(
                        Urgency::Watch,
                        AttentionKind::GoalNoData,
                        format!(
                            "{name} has no measurement since it started {s} ({})",
                            relative(s, today)
                        ),
                        track.clone(),
                    )
                    .on(s, today),
                );
            }
        }
        _ => {}
    }
    if g.baseline.is_none() && g.direction() != Direction::Maintain {
        out.push(item(
            Urgency::Watch,
            AttentionKind::GoalNoBaseline,
            format!("{name} has no baseline, so its progress cannot be measured"),
            format!("accord goal set {id} --baseline N"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn m(date: &str, value: f64) -> Measurement {
        Measurement {
            id: format!("m{date}"),
            date: d(date),
            value,
            note: None,
            source: None,
            by: None,
        }
    }

    /// 0 -> 100 over the 100 days from 2026-01-01 to 2026-04-11.
    fn goal(values: &[(&str, f64)]) -> Goal {
        Goal {
            id: "reach".into(),
            title: "Reach".into(),
            metric: "students".into(),
            baseline: Some(0.0),
            target: 100.0,
            start: Some(d("2026-01-01")),
            due: Some(d("2026-04-11")),
            measurements: values.iter().map(|(dt, v)| m(dt, *v)).collect(),
            ..Goal::default()
        }
    }

    #[test]
    fn definitions_that_do_not_hold_together_are_refused() {
        let ok = goal(&[]);
        assert_eq!(ok.check_definition(), Ok(()));
        let backwards = Goal {
            direction: Some(Direction::Decrease),
            ..goal(&[])
        };
        let err = backwards.check_definition().unwrap_err();
        assert!(matches!(
            err,
            Misdefined::Direction {
                implied: Direction::Increase,
                ..
            }
        ));
        assert_eq!(
            err.to_string(),
            "a goal to decrease needs a target below its baseline (0), not 100"
        );
        let band = Goal {
            tolerance: Some(1.0),
            ..goal(&[])
        };
        assert_eq!(
            band.check_definition(),
            Err(Misdefined::ToleranceWithout(Direction::Increase))
        );
        let negative = Goal {
            tolerance: Some(-1.0),
            ..goal(&[])
        };
        assert_eq!(
            negative.check_definition(),
            Err(Misdefined::NegativeTolerance)
        );
        let early = Goal {
            due: Some(d("2025-12-31")),
            ..goal(&[])
        };
        assert!(matches!(
            early.check_definition(),
            Err(Misdefined::DueBeforeStart { .. })
        ));
    }

    #[test]
    fn closing_against_the_measurements_is_pointed_out() {
        let today = d(DAY_60);
        let short = assess(&goal(&[("2026-02-01", 40.0)]), 10.0, today);
        assert_eq!(
            closing_disagreement(Outcome::Met, &short, "%").as_deref(),
            Some("closed as met, but the latest value is 40% on 2026-02-01, short of the target")
        );
        assert_eq!(closing_disagreement(Outcome::Missed, &short, "%"), None);
        assert_eq!(closing_disagreement(Outcome::Dropped, &short, "%"), None);
        let none = assess(&goal(&[]), 10.0, today);
        assert_eq!(
            closing_disagreement(Outcome::Met, &none, "").as_deref(),
            Some("closed as met, but the goal has no measurement")
        );
        let reached = assess(&goal(&[("2026-02-01", 100.0)]), 10.0, today);
        assert!(
            closing_disagreement(Outcome::Missed, &reached, "")
                .is_some_and(|w| w.ends_with("which reaches the target"))
        );
        assert_eq!(closing_disagreement(Outcome::Met, &reached, ""), None);
    }

    /// 60 days in: 60% of the time gone, so on track from 50% with 10 points' tolerance.
    const DAY_60: &str = "2026-03-02";

    fn status(g: &Goal, today: &str) -> GoalStatus {
        assess(g, 10.0, d(today)).status
    }

    #[test]
    fn progress_against_time_at_the_tolerance_lines() {
        let at = |v: f64| status(&goal(&[("2026-03-01", v)]), DAY_60);
        assert_eq!(at(60.0), GoalStatus::OnTrack);
        assert_eq!(
            at(50.0),
            GoalStatus::OnTrack,
            "exactly on the tolerance line"
        );
        assert_eq!(at(49.99), GoalStatus::AtRisk);
        assert_eq!(at(35.0), GoalStatus::AtRisk, "exactly 15 points further");
        assert_eq!(at(34.99), GoalStatus::OffTrack);
        assert_eq!(at(-5.0), GoalStatus::OffTrack, "moved the wrong way");
        let a = assess(&goal(&[("2026-03-01", 35.0)]), 10.0, d(DAY_60));
        assert_eq!(
            (a.progress, a.expected, a.on_track_from, a.expected_value),
            (Some(35.0), Some(60.0), Some(50.0), Some(60.0))
        );
        assert_eq!(
            a.reason,
            "35% of the way from 0 to 100, with 60% of the time to 2026-04-11 gone (on track from 50%)"
        );
        // the workspace's tolerance moves the line
        let g = goal(&[("2026-03-01", 45.0)]);
        assert_eq!(assess(&g, 15.0, d(DAY_60)).status, GoalStatus::OnTrack);
        assert_eq!(assess(&g, 0.0, d(DAY_60)).status, GoalStatus::AtRisk);
    }

    #[test]
    fn exactly_on_target_is_met_whichever_way() {
        assert_eq!(
            status(&goal(&[("2026-03-01", 100.0)]), DAY_60),
            GoalStatus::Met
        );
        assert_eq!(
            status(&goal(&[("2026-03-01", 99.99)]), DAY_60),
            GoalStatus::OnTrack
        );
        let mut down = goal(&[("2026-03-01", 12.0)]);
        (down.baseline, down.target) = (Some(18.0), 12.0);
        assert_eq!(down.direction(), Direction::Decrease);
        assert_eq!(status(&down, DAY_60), GoalStatus::Met);
        down.measurements = vec![m("2026-03-01", 11.5)];
        let a = assess(&down, 10.0, d(DAY_60));
        assert_eq!(a.status, GoalStatus::Met);
        assert_eq!(
            a.reason,
            "the latest value, 11.5 on 2026-03-01, reaches the target of 12"
        );
    }

    #[test]
    fn a_value_that_is_not_a_number_never_shows_as_progress() {
        let g = goal(&[("2026-02-01", 40.0), ("2026-03-01", f64::NAN)]);
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(a.latest.map(|l| l.value), Some(40.0));
        assert!(a.progress.is_some_and(f64::is_finite), "{:?}", a.progress);
        assert!(!a.reason.contains("NaN"), "{}", a.reason);
        let mut broken = goal(&[("2026-03-01", 40.0)]);
        broken.target = f64::NAN;
        assert_eq!(assess(&broken, 10.0, d(DAY_60)).progress, None);
    }

    #[test]
    fn decreasing_goals_work_the_same_way_round() {
        // chronic absence from 18% to 12%: 15% is half way
        let mut g = goal(&[("2026-03-01", 15.0)]);
        (g.baseline, g.target, g.unit) = (Some(18.0), 12.0, "%".into());
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!((a.status, a.progress), (GoalStatus::OnTrack, Some(50.0)));
        assert_eq!(a.expected_value, Some(14.4));
        assert!(
            a.reason.starts_with("50% of the way from 18% to 12%"),
            "{}",
            a.reason
        );
        // 15.6% is 40% of the way; with 20 points' tolerance that is exactly the line
        g.measurements = vec![m("2026-03-01", 15.6)];
        assert_eq!(assess(&g, 20.0, d(DAY_60)).status, GoalStatus::OnTrack);
        g.measurements = vec![m("2026-03-01", 15.61)];
        assert_eq!(assess(&g, 20.0, d(DAY_60)).status, GoalStatus::AtRisk);
        // going up is going the wrong way
        g.measurements = vec![m("2026-03-01", 19.0)];
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(a.status, GoalStatus::OffTrack);
        assert!(a.progress.unwrap() < 0.0);
    }

    #[test]
    fn maintain_goals_keep_to_their_band() {
        let mut g = goal(&[]);
        (g.direction, g.baseline, g.target, g.tolerance) =
            (Some(Direction::Maintain), Some(95.0), 95.0, Some(1.0));
        let at = |g: &mut Goal, v: f64| {
            g.measurements = vec![m("2026-03-01", v)];
            status(g, DAY_60)
        };
        assert_eq!(at(&mut g, 95.0), GoalStatus::Met);
        assert_eq!(at(&mut g, 96.0), GoalStatus::Met, "on the band's edge");
        assert_eq!(at(&mut g, 94.0), GoalStatus::Met, "on the band's edge");
        assert_eq!(at(&mut g, 93.99), GoalStatus::AtRisk);
        assert_eq!(
            at(&mut g, 97.0),
            GoalStatus::AtRisk,
            "within twice the band"
        );
        assert_eq!(at(&mut g, 92.9), GoalStatus::OffTrack);
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!((a.progress, a.expected_value), (None, Some(95.0)));
        assert_eq!(
            a.reason,
            "the latest value, 92.9 on 2026-03-01, is 2.1 from the target of 95, outside the band of ± 1"
        );
        // without its own tolerance, the band is 2% of the target
        g.tolerance = None;
        assert_eq!(g.band(), 1.9);
        assert_eq!(at(&mut g, 93.1), GoalStatus::Met);
        assert_eq!(at(&mut g, 93.0), GoalStatus::AtRisk);
        // a baseline equal to the target means maintain when no direction is written
        g.direction = None;
        assert_eq!(g.direction(), Direction::Maintain);
    }

    #[test]
    fn without_dates() {
        // no start: time starts at the first measurement
        let mut g = goal(&[("2026-01-11", 5.0), ("2026-03-01", 40.0)]);
        g.start = None;
        g.due = Some(d("2026-04-21"));
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!((a.status, a.expected), (GoalStatus::OnTrack, Some(50.0)));
        // no due date: no pace to keep, so on track while it does not lose ground
        g.due = None;
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(
            (a.status, a.expected, a.on_track_from, a.expected_value),
            (GoalStatus::OnTrack, Some(0.0), Some(-10.0), None)
        );
        assert!(a.reason.contains("with no due date"), "{}", a.reason);
        g.measurements.push(m("2026-03-02", -10.0));
        assert_eq!(status(&g, DAY_60), GoalStatus::OnTrack, "on the line");
        g.measurements.push(m("2026-03-02", -10.01));
        assert_eq!(status(&g, DAY_60), GoalStatus::AtRisk);
        g.measurements.push(m("2026-03-02", -26.0));
        assert_eq!(status(&g, DAY_60), GoalStatus::OffTrack);
        // neither date and no measurement
        let mut g = goal(&[]);
        (g.start, g.due) = (None, None);
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(
            (a.status, a.reason.as_str()),
            (GoalStatus::NoData, "no measurement yet")
        );
    }

    #[test]
    fn no_data_no_baseline_and_stale() {
        let a = assess(&goal(&[]), 10.0, d(DAY_60));
        assert_eq!(a.status, GoalStatus::NoData);
        assert_eq!(
            a.reason,
            "no measurement yet since it started 2026-01-01 (1 month ago)"
        );
        let mut g = goal(&[("2026-03-01", 55.0)]);
        g.baseline = None;
        assert_eq!(status(&g, DAY_60), GoalStatus::NoBaseline);
        g.measurements = vec![m("2026-03-01", 100.0)];
        assert_eq!(status(&g, DAY_60), GoalStatus::Met, "met needs no baseline");
        // stale: older than three calendar months
        let mut g = goal(&[("2026-03-01", 60.0)]);
        g.due = Some(d("2027-01-01"));
        assert_eq!(
            status(&g, "2026-06-01"),
            GoalStatus::OnTrack,
            "exactly 3 months"
        );
        let a = assess(&g, 10.0, d("2026-06-02"));
        assert_eq!(a.status, GoalStatus::Stale);
        assert_eq!(
            a.reason,
            "the latest measurement, 60 on 2026-03-01 (3 months ago), is more than a quarter old"
        );
    }

    #[test]
    fn overdue_once_past_due_and_not_met() {
        let g = goal(&[("2026-04-01", 90.0)]);
        assert_eq!(
            status(&g, "2026-04-11"),
            GoalStatus::OnTrack,
            "on the due date"
        );
        let late = goal(&[("2026-04-01", 89.0)]);
        assert_eq!(status(&late, "2026-04-11"), GoalStatus::AtRisk);
        let a = assess(&g, 10.0, d("2026-04-12"));
        assert_eq!(a.status, GoalStatus::Overdue);
        assert_eq!(
            a.reason,
            "it was due 2026-04-11 (yesterday); the latest value, 90 on 2026-04-01, falls short of the target of 100"
        );
        // overdue wins over stale and no data
        assert_eq!(status(&g, "2026-12-01"), GoalStatus::Overdue);
        assert_eq!(status(&goal(&[]), "2026-12-01"), GoalStatus::Overdue);
        // met stays met after the due date
        assert_eq!(
            status(&goal(&[("2026-04-01", 101.0)]), "2026-12-01"),
            GoalStatus::Met
        );
    }

    #[test]
    fn closed_goals_have_their_outcome_from_the_day_they_closed() {
        let mut g = goal(&[("2026-02-01", 20.0)]);
        (g.outcome, g.closed, g.close_note) = (
            Some(Outcome::Dropped),
            Some(d("2026-03-01")),
            Some("funding ended".into()),
        );
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(a.status, GoalStatus::Dropped);
        assert_eq!(a.reason, "closed as dropped on 2026-03-01: funding ended");
        assert_eq!(status(&g, "2026-02-28"), GoalStatus::OffTrack);
        g.outcome = Some(Outcome::Met);
        assert_eq!(status(&g, DAY_60), GoalStatus::Met);
    }

    #[test]
    fn measurements_after_today_are_ignored() {
        let g = goal(&[("2026-02-01", 55.0), ("2026-05-01", 100.0)]);
        let a = assess(&g, 10.0, d(DAY_60));
        assert_eq!(a.status, GoalStatus::OnTrack);
        assert_eq!(a.latest.map(|p| p.value), Some(55.0));
        assert_eq!(status(&g, "2026-05-01"), GoalStatus::Met);
    }

    #[test]
    fn numbers_read_and_written() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(14.25), "14.25");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-0.001), "0");
        assert_eq!(with_unit(14.2, "%"), "14.2%");
        assert_eq!(with_unit(3120.0, "hours"), "3120 hours");
        assert_eq!(with_unit(7.0, ""), "7");
        let mut g = goal(&[("2026-01-05", 17.25)]);
        assert_eq!(g.rounded(13.918), "13.92");
        g.measurements.clear();
        assert_eq!(g.rounded(7.48), "7");
        g.unit = "%".into();
        g.baseline = Some(93.6);
        assert_eq!(g.rounded(94.04), "94%");
        assert_eq!(percent(-0.4), "0%");
        assert_eq!(percent(-150.0), "-150%");
        assert_eq!(percent(-149.5), "-149%");
        assert_eq!(percent(39.99999999999998), "40%");
        assert_eq!(percent(99.9), "99%");
        assert_eq!(parse_number(" -3.5 "), Ok(-3.5));
        assert_eq!(parse_number("1,200"), Ok(1200.0));
        for bad in ["", "abc", "nan", "inf"] {
            assert!(
                parse_number(bad).unwrap_err().contains("not a number"),
                "{bad}"
            );
        }
    }

    #[test]
    fn status_items_for_goals() {
        let names = |id: &str| (id == "acme").then(|| "Acme Corp".to_string());
        let today = d(DAY_60);
        let mut g = goal(&[("2026-03-01", 30.0)]);
        g.partners = vec!["acme".into(), "zeta".into()];
        let items = attention(&g, 10.0, today, names);
        assert_eq!(items.len(), 1);
        let i = &items[0];
        assert_eq!(
            (
                i.urgency,
                i.kind,
                i.partner.as_deref(),
                i.partner_name.as_deref()
            ),
            (
                Urgency::Watch,
                AttentionKind::GoalOffTrack,
                Some("acme"),
                Some("Acme Corp, zeta")
            )
        );
        assert_eq!(
            i.problem,
            "goal \"Reach\" is off track: 30% of the way with 60% of the time gone"
        );
        assert_eq!((i.subject.as_deref(), i.days), (Some("reach"), Some(-40)));
        // overdue, with the command that closes it
        let items = attention(&g, 10.0, d("2026-04-20"), names);
        assert_eq!(items[0].kind, AttentionKind::GoalOverdue);
        assert_eq!(items[0].urgency, Urgency::Overdue);
        assert_eq!(items[0].fix, "accord goal close reach --met|--missed");
        // stale, and no baseline as a second item
        let mut g = goal(&[("2026-01-05", 30.0)]);
        (g.baseline, g.due) = (None, None);
        let kinds: Vec<_> = attention(&g, 10.0, d("2026-06-01"), names)
            .iter()
            .map(|i| i.kind)
            .collect();
        assert_eq!(
            kinds,
            [AttentionKind::GoalStale, AttentionKind::GoalNoBaseline]
        );
        // no data: only once a quarter has passed since the start
        let g = goal(&[]);
        assert!(attention(&g, 10.0, d("2026-04-01"), names).is_empty());
        let items = attention(&g, 10.0, d("2026-04-02"), names);
        assert_eq!(items[0].kind, AttentionKind::GoalNoData);
        assert_eq!(items[0].fix, "accord goal track reach VALUE");
        assert_eq!(items[0].partner_name, None, "program-wide");
        // on track, met, closed and not yet started goals need nothing
        for g in [
            goal(&[("2026-03-01", 60.0)]),
            goal(&[("2026-03-01", 100.0)]),
            Goal {
                outcome: Some(Outcome::Missed),
                ..goal(&[("2026-03-01", 10.0)])
            },
            Goal {
                start: Some(d("2026-05-01")),
                ..goal(&[])
            },
        ] {
            assert!(attention(&g, 10.0, today, names).is_empty(), "{g:?}");
        }
    }
}
