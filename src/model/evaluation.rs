//! Evaluations of a partnership's health, read against their instrument: each side's
//! latest score per dimension and its change, the partnership's score and band, the trend
//! across evaluations, the dimensions where the two sides diverge, and the status items
//! (evaluation due, concerns, divergences, falling scores). Pure: today and the settings
//! are passed in, and records dated after today are ignored.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::cadence::Cadence;
use crate::model::date::{days_between, relative};
use crate::model::instrument::{Instrument, fmt_number, fmt_score, mean, round1};
use crate::model::partner::{Partner, Side, Stage, Start};
use crate::model::records::Evaluation;
use crate::model::settings::Settings;
use crate::model::validate::{Problem, at};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// A fall this large in a side's score of a dimension, since its previous evaluation, is
/// flagged.
pub const FALL: f64 = 0.5;
/// Changes in the overall score smaller than this are "steady".
pub const STEADY: f64 = 0.1;
/// An evaluation coming due within this many days is listed as due soon.
pub const DUE_SOON_DAYS: i64 = 30;

/// One side's evaluations of one day (several raters are averaged per dimension).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Round {
    pub date: NaiveDate,
    pub side: Side,
    pub ids: Vec<String>,
    pub by: Vec<String>,
    pub scores: BTreeMap<String, f64>,
    pub partial: bool,
    pub overall: Option<f64>,
}

/// The rounds of one side on one instrument, oldest first, up to `today`.
pub fn rounds(
    evals: &[Evaluation],
    instrument: &Instrument,
    side: Side,
    today: NaiveDate,
) -> Vec<Round> {
    let mut mine: Vec<&Evaluation> = evals
        .iter()
        .filter(|e| e.side == side && e.instrument == instrument.name && e.date <= today)
        .collect();
    mine.sort_by_key(|e| e.date);
    let mut out: Vec<Round> = Vec::new();
    let mut i = 0;
    while i < mine.len() {
        let date = mine[i].date;
        let day: Vec<&Evaluation> = mine[i..]
            .iter()
            .take_while(|e| e.date == date)
            .copied()
            .collect();
        i += day.len();
        let answers: Vec<&BTreeMap<String, f64>> = day.iter().map(|e| &e.scores).collect();
        let scores: BTreeMap<String, f64> = instrument
            .dimensions
            .iter()
            .filter_map(|d| Some((d.key.clone(), instrument.dimension_score(&d.key, &answers)?)))
            .collect();
        let partial = !instrument.missing(&scores).is_empty();
        out.push(Round {
            date,
            side,
            ids: day.iter().map(|e| e.id.clone()).collect(),
            by: day.iter().filter_map(|e| e.by.clone()).collect(),
            overall: instrument.overall(&scores),
            scores,
            partial,
        });
    }
    out
}

/// Scores by dimension key.
type Scores = BTreeMap<String, f64>;

/// Each dimension's latest score over some rounds (a partial round keeps older scores).
fn latest_scores(rounds: &[Round]) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for r in rounds {
        out.extend(r.scores.iter().map(|(k, v)| (k.clone(), *v)));
    }
    out
}

/// One side's latest score of something, its change and band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub score: f64,
    /// Since the side's previous evaluation.
    pub change: Option<f64>,
    pub band: Option<String>,
}

/// A dimension (or a category's mean) as both sides last rated it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub key: String,
    pub title: String,
    /// The category of a dimension; `None` for a category line itself.
    pub category: Option<String>,
    pub is_category: bool,
    pub ours: Option<Scored>,
    pub partner: Option<Scored>,
    /// The partnership's score: the mean of the two sides' latest scores.
    pub score: Option<f64>,
    pub band: Option<String>,
    /// How far apart the sides' latest scores are.
    pub gap: Option<f64>,
    pub divergent: bool,
}

/// One side's evaluations in brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideSummary {
    pub side: Side,
    pub evaluations: usize,
    pub latest: NaiveDate,
    pub overall: Option<Scored>,
    /// rising, falling or steady since the previous evaluation.
    pub trend: Option<&'static str>,
}

/// A dimension that fell since the side's previous evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fall {
    pub key: String,
    pub title: String,
    pub side: Side,
    pub from: f64,
    pub to: f64,
}

/// Everything `eval show` says about one partner on one instrument.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub instrument: String,
    pub title: String,
    pub scale: String,
    pub as_of: NaiveDate,
    /// The latest evaluation's date and id.
    pub latest: NaiveDate,
    pub latest_id: String,
    pub sides: Vec<SideSummary>,
    /// Categories (with their means) and dimensions, in the instrument's order.
    pub lines: Vec<Line>,
    pub overall: Option<f64>,
    pub band: Option<String>,
    /// The overall score of each round, oldest first.
    pub trend: Vec<Round>,
    /// The gap between the sides that counts as a divergence.
    pub divergence: f64,
    pub divergences: Vec<String>,
    pub concerns: Vec<String>,
    pub falling: Vec<Fall>,
}

/// The instrument of the partner's most recent evaluation up to `today`.
pub fn latest_instrument(evals: &[Evaluation], today: NaiveDate) -> Option<&str> {
    evals
        .iter()
        .filter(|e| e.date <= today)
        .max_by_key(|e| e.date)
        .map(|e| e.instrument.as_str())
}

/// Summarize a partner's evaluations on `instrument` as of `today`; `None` when there
/// are none. `divergence` is the gap between the sides that counts as a divergence.
pub fn summarize(
    evals: &[Evaluation],
    instrument: &Instrument,
    today: NaiveDate,
    divergence: f64,
) -> Option<Summary> {
    let by_side: Vec<(Side, Vec<Round>)> = Side::ALL
        .iter()
        .map(|&s| (s, rounds(evals, instrument, s, today)))
        .collect();
    let mut trend: Vec<Round> = by_side.iter().flat_map(|(_, r)| r.clone()).collect();
    trend.sort_by_key(|r| r.date);
    let last = trend.last()?;
    let (latest, latest_id) = (last.date, last.ids.last().cloned().unwrap_or_default());
    let band = |s: f64| instrument.band(s).map(|b| b.name.clone());
    // Each side's current and previous latest scores per dimension.
    let state: BTreeMap<Side, (Scores, Scores)> = by_side
        .iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(s, r)| (*s, (latest_scores(r), latest_scores(&r[..r.len() - 1]))))
        .collect();
    let scored = |side: Side, value: &dyn Fn(&BTreeMap<String, f64>) -> Option<f64>| {
        let (now, before) = state.get(&side)?;
        let score = value(now)?;
        Some(Scored {
            score,
            change: value(before).map(|b| round1(score) - round1(b)),
            band: band(score),
        })
    };
    let line = |key: &str, title: &str, category: Option<&String>, is_category: bool| {
        let value = |m: &BTreeMap<String, f64>| {
            if is_category {
                instrument.category_score(key, m)
            } else {
                m.get(key).copied()
            }
        };
        let ours = scored(Side::Ours, &value);
        let partner = scored(Side::Partner, &value);
        let score = mean(ours.iter().chain(&partner).map(|s| s.score));
        let gap = match (&ours, &partner) {
            (Some(o), Some(p)) => Some((round1(o.score) - round1(p.score)).abs()),
            _ => None,
        };
        Line {
            key: key.to_string(),
            title: title.to_string(),
            category: category.cloned(),
            is_category,
            divergent: gap.is_some_and(|g| g >= divergence - 1e-9),
            ours,
            partner,
            band: score.and_then(band),
            score,
            gap,
        }
    };
    let mut lines = Vec::new();
    let mut combined = BTreeMap::new();
    let mut shown_categories = Vec::new();
    for d in &instrument.dimensions {
        if let Some(c) = &d.category
            && !shown_categories.contains(c)
            && let Some(cat) = instrument.categories.iter().find(|x| &x.key == c)
        {
            shown_categories.push(c.clone());
            lines.push(line(&cat.key, &cat.title, None, true));
        }
        let l = line(&d.key, &d.title, d.category.as_ref(), false);
        if let Some(s) = l.score {
            combined.insert(d.key.clone(), s);
        }
        lines.push(l);
    }
    let dims = || lines.iter().filter(|l| !l.is_category);
    let divergences = dims()
        .filter(|l| l.divergent)
        .map(|l| l.key.clone())
        .collect();
    let concerns = dims()
        .filter(|l| l.score.is_some_and(|s| instrument.is_concern(s)))
        .map(|l| l.key.clone())
        .collect();
    let mut falling = Vec::new();
    for l in dims() {
        for (side, s) in [(Side::Ours, &l.ours), (Side::Partner, &l.partner)] {
            if let Some(s) = s
                && let Some(c) = s.change
                && c <= -FALL + 1e-9
            {
                falling.push(Fall {
                    key: l.key.clone(),
                    title: l.title.clone(),
                    side,
                    from: round1(s.score) - c,
                    to: round1(s.score),
                });
            }
        }
    }
    let sides = by_side
        .iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(side, r)| {
            let overall = scored(*side, &|m| instrument.overall(m));
            let trend = overall.as_ref().and_then(|o| o.change).map(|c| {
                if c >= STEADY - 1e-9 {
                    "rising"
                } else if c <= -STEADY + 1e-9 {
                    "falling"
                } else {
                    "steady"
                }
            });
            SideSummary {
                side: *side,
                evaluations: r.iter().map(|x| x.ids.len()).sum(),
                latest: r[r.len() - 1].date,
                overall,
                trend,
            }
        })
        .collect();
    let overall = instrument.overall(&combined);
    Some(Summary {
        instrument: instrument.name.clone(),
        title: instrument.title.clone(),
        scale: instrument.range(),
        as_of: today,
        latest,
        latest_id,
        sides,
        band: overall.and_then(band),
        overall,
        lines,
        trend,
        divergence,
        divergences,
        concerns,
        falling,
    })
}

impl Summary {
    /// The line of a dimension.
    pub fn line(&self, key: &str) -> Option<&Line> {
        self.lines.iter().find(|l| !l.is_category && l.key == key)
    }

    pub fn side(&self, side: Side) -> Option<&SideSummary> {
        self.sides.iter().find(|s| s.side == side)
    }
}

/// Everything an active partner's evaluations raise for `status`: an evaluation due,
/// and on its latest instrument, dimensions in the concern band, divergences between the
/// sides and falling scores. `instrument` finds an instrument by name.
pub fn attention<'i>(
    p: &Partner,
    instrument: impl Fn(&str) -> Option<&'i Instrument>,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<Attention> {
    if p.stage != Stage::Active {
        return Vec::new();
    }
    let mut out: Vec<Attention> = due(p, settings.eval_cadence, today).into_iter().collect();
    let Some(inst) = latest_instrument(&p.evaluations, today).and_then(instrument) else {
        return out;
    };
    let Some(s) = summarize(&p.evaluations, inst, today, settings.divergence) else {
        return out;
    };
    let fix = format!("accord eval show {}", p.id);
    let item = |kind, problem: String| {
        Attention::partner(p, Urgency::Watch, kind, problem, fix.clone())
            .subject(&s.latest_id)
            .on(s.latest, today)
    };
    let title = |k: &String| s.line(k).map_or(k.clone(), |l| l.title.clone());
    if !s.concerns.is_empty() {
        let list: Vec<String> = s
            .concerns
            .iter()
            .filter_map(|k| s.line(k))
            .map(|l| format!("{} {}", l.title, fmt_score(l.score.unwrap_or_default())))
            .collect();
        let band = inst.concern_band().unwrap_or("concern");
        out.push(item(
            AttentionKind::EvaluationConcern,
            format!(
                "in the {band} band on {}: {}",
                s.instrument,
                list.join(", ")
            ),
        ));
    }
    if !s.divergences.is_empty() {
        let list: Vec<String> = s
            .divergences
            .iter()
            .filter_map(|k| s.line(k))
            .map(|l| {
                let (o, p) = (l.ours.as_ref(), l.partner.as_ref());
                format!(
                    "{} (ours {}, partner {})",
                    l.title,
                    o.map_or("-".into(), |x| fmt_score(x.score)),
                    p.map_or("-".into(), |x| fmt_score(x.score))
                )
            })
            .collect();
        out.push(item(
            AttentionKind::EvaluationDivergence,
            format!(
                "the two sides differ by {} or more on {}",
                fmt_number(s.divergence),
                list.join(", ")
            ),
        ));
    }
    if !s.falling.is_empty() {
        let list: Vec<String> = s
            .falling
            .iter()
            .map(|f| {
                format!(
                    "{} {} → {} ({})",
                    title(&f.key),
                    fmt_score(f.from),
                    fmt_score(f.to),
                    f.side
                )
            })
            .collect();
        out.push(item(
            AttentionKind::EvaluationFalling,
            format!(
                "scores fell since the previous evaluation: {}",
                list.join(", ")
            ),
        ));
    }
    out
}

/// When the partner's next evaluation is due: one `cadence` after its latest evaluation
/// (by either side), or, when it has none, after it became a partner or accord began
/// tracking it, whichever is later (`Partner::start`). `None` when neither date is known
/// or that date is after today.
pub fn next_due(p: &Partner, cadence: Cadence, today: NaiveDate) -> Option<NaiveDate> {
    last_evaluated(p, today)
        .or(p.start().map(Start::date).filter(|s| *s <= today))
        .map(|d| cadence.after(d))
}

/// The date of the partner's latest evaluation (by either side) up to `today`.
pub fn last_evaluated(p: &Partner, today: NaiveDate) -> Option<NaiveDate> {
    p.evaluations
        .iter()
        .filter(|e| e.date <= today)
        .map(|e| e.date)
        .max()
}

/// An active partner with no evaluation within the evaluation cadence.
pub fn due(p: &Partner, cadence: Cadence, today: NaiveDate) -> Option<Attention> {
    if p.stage != Stage::Active {
        return None;
    }
    let fix = format!("accord eval record {}", p.id);
    let last = last_evaluated(p, today);
    if last.is_none() && p.start().is_some_and(|s| s.date() > today) {
        // not begun, or not tracked, yet
        return None;
    }
    let Some(due) = next_due(p, cadence, today) else {
        return Some(Attention::partner(
            p,
            Urgency::Watch,
            AttentionKind::EvaluationDue,
            "never evaluated".to_string(),
            fix,
        ));
    };
    let left = days_between(today, due);
    if left > DUE_SOON_DAYS {
        return None;
    }
    let what = match last {
        Some(l) => format!("last evaluated {l} ({})", relative(l, today)),
        None => match p.start() {
            Some(Start::Added(added)) => format!(
                "none recorded since it was added to accord on {added} ({})",
                relative(added, today)
            ),
            _ => format!("never evaluated in {}", span_since(p, today)),
        },
    };
    let (urgency, problem) = if left < 0 {
        (
            Urgency::Overdue,
            format!("{cadence} evaluation overdue: {what}"),
        )
    } else {
        (
            Urgency::Soon,
            format!(
                "{cadence} evaluation due {due} ({}): {what}",
                relative(due, today)
            ),
        )
    };
    Some(Attention::partner(p, urgency, AttentionKind::EvaluationDue, problem, fix).on(due, today))
}

fn span_since(p: &Partner, today: NaiveDate) -> String {
    p.since.map_or("its time as a partner".to_string(), |s| {
        crate::model::date::span_words(days_between(s, today))
    })
}

/// Problems of a partner's evaluations read against their instruments. `instrument`
/// finds an instrument by name, or says why it cannot.
pub fn problems<'i>(
    evals: &[Evaluation],
    instrument: impl Fn(&str) -> Result<&'i Instrument, String>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, e) in evals.iter().enumerate() {
        if e.scores.is_empty() {
            out.push(Problem::error(
                at!["evaluation", i, "instrument"],
                "the evaluation has no scores",
            ));
        }
        let inst = match instrument(&e.instrument) {
            Ok(inst) => inst,
            Err(msg) => {
                out.push(Problem::error(at!["evaluation", i, "instrument"], msg));
                continue;
            }
        };
        for (key, value) in &e.scores {
            if let Err(msg) = inst.check_score(key, *value) {
                out.push(Problem::error(
                    at!["evaluation", i, "scores", key.as_str()],
                    msg,
                ));
            }
        }
        for key in e.comments.keys() {
            if inst.dimension(key).is_none() {
                out.push(Problem::error(
                    at!["evaluation", i, "comments", key.as_str()],
                    format!(
                        "a comment on `{key}`, which is not a dimension of `{}`; its keys are: {}",
                        inst.name,
                        inst.keys().join(", ")
                    ),
                ));
            }
        }
        let missing = inst.missing(&e.scores);
        if !e.partial && !missing.is_empty() && !e.scores.is_empty() {
            out.push(Problem::warning(
                at!["evaluation", i, "scores"],
                format!(
                    "no score for {}; add them, or mark the evaluation `partial = true`",
                    missing.join(", ")
                ),
            ));
        }
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

    fn eval(id: &str, date: &str, side: Side, scores: &[(&str, f64)]) -> Evaluation {
        Evaluation {
            id: id.into(),
            date: d(date),
            instrument: "accord".into(),
            side,
            by: None,
            scores: scores.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            comments: BTreeMap::new(),
            note: None,
            partial: false,
        }
    }

    fn full(id: &str, date: &str, side: Side, v: [f64; 7]) -> Evaluation {
        let keys = [
            "vision",
            "communication",
            "roles",
            "investment",
            "trust",
            "value",
            "flexibility",
        ];
        let pairs: Vec<(&str, f64)> = keys.into_iter().zip(v).collect();
        eval(id, date, side, &pairs)
    }

    fn accord() -> Instrument {
        Instrument::builtin("accord").unwrap()
    }

    fn partner(evals: Vec<Evaluation>) -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            since: Some(d("2020-01-01")),
            evaluations: evals,
            ..Partner::default()
        }
    }

    const TODAY: &str = "2026-11-23";

    #[test]
    fn latest_scores_changes_and_divergence() {
        let evals = vec![
            full(
                "o1",
                "2025-10-01",
                Side::Ours,
                [4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0],
            ),
            full(
                "p1",
                "2025-10-10",
                Side::Partner,
                [4.0, 4.0, 4.0, 3.0, 4.0, 4.0, 4.0],
            ),
            full(
                "o2",
                "2026-10-01",
                Side::Ours,
                [5.0, 3.0, 4.0, 4.5, 4.0, 2.0, 4.0],
            ),
            full(
                "p2",
                "2026-10-12",
                Side::Partner,
                [4.0, 3.5, 4.0, 3.5, 4.0, 3.0, 4.0],
            ),
            // after today: ignored
            full("p3", "2026-12-01", Side::Partner, [1.0; 7]),
        ];
        let s = summarize(&evals, &accord(), d(TODAY), 1.0).unwrap();
        assert_eq!((s.latest, s.latest_id.as_str()), (d("2026-10-12"), "p2"));
        let vision = s.line("vision").unwrap();
        assert_eq!(vision.ours.as_ref().unwrap().change, Some(1.0));
        assert_eq!(vision.partner.as_ref().unwrap().change, Some(0.0));
        assert_eq!(vision.score, Some(4.5));
        assert_eq!(vision.band.as_deref(), Some("strength"));
        assert_eq!(vision.gap, Some(1.0));
        assert!(vision.divergent, "a gap of exactly 1.0 counts");
        let inv = s.line("investment").unwrap();
        assert_eq!(inv.gap, Some(1.0));
        assert!(!s.line("communication").unwrap().divergent, "0.5 apart");
        assert_eq!(s.divergences, ["vision", "investment", "value"]);
        // value: (2 + 3) / 2 = 2.5, a concern
        assert_eq!(s.concerns, ["value"]);
        let falls: Vec<(&str, Side, f64, f64)> = s
            .falling
            .iter()
            .map(|f| (f.key.as_str(), f.side, f.from, f.to))
            .collect();
        assert_eq!(
            falls,
            [
                ("communication", Side::Ours, 4.0, 3.0),
                ("communication", Side::Partner, 4.0, 3.5),
                ("value", Side::Ours, 4.0, 2.0),
                ("value", Side::Partner, 4.0, 3.0),
            ]
        );
        let ours = s.side(Side::Ours).unwrap();
        assert_eq!(ours.evaluations, 2);
        let o = ours.overall.as_ref().unwrap();
        assert!((o.score - 26.5 / 7.0).abs() < 1e-9);
        assert_eq!(ours.trend, Some("falling"), "4.0 -> 3.8");
        assert_eq!(s.trend.len(), 4);
        // the divergence setting decides what counts
        let wide = summarize(&evals, &accord(), d(TODAY), 1.5).unwrap();
        assert!(wide.divergences.is_empty());
        let narrow = summarize(&evals, &accord(), d(TODAY), 0.5).unwrap();
        assert_eq!(
            narrow.divergences,
            ["vision", "communication", "investment", "value"]
        );
    }

    #[test]
    fn one_side_and_partial_rounds() {
        let evals = vec![full("o1", "2025-10-01", Side::Ours, [3.0; 7]), {
            let mut e = eval("o2", "2026-03-01", Side::Ours, &[("trust", 5.0)]);
            e.partial = true;
            e
        }];
        let s = summarize(&evals, &accord(), d(TODAY), 1.0).unwrap();
        assert!(s.side(Side::Partner).is_none());
        assert!(s.divergences.is_empty());
        let trust = s.line("trust").unwrap();
        assert_eq!((trust.score, trust.gap), (Some(5.0), None));
        let roles = s.line("roles").unwrap();
        assert_eq!(
            roles.ours.as_ref().unwrap().change,
            Some(0.0),
            "kept from before"
        );
        assert!(s.trend[1].partial);
        let overall = s.side(Side::Ours).unwrap().overall.clone().unwrap();
        assert!((overall.score - 23.0 / 7.0).abs() < 1e-9);
        assert_eq!(s.side(Side::Ours).unwrap().trend, Some("rising"));
        assert!(summarize(&[], &accord(), d(TODAY), 1.0).is_none());
    }

    #[test]
    fn same_day_ratings_of_one_side_are_averaged() {
        let evals = vec![
            full("a", "2026-10-01", Side::Ours, [4.0; 7]),
            full("b", "2026-10-01", Side::Ours, [3.0; 7]),
        ];
        let r = rounds(&evals, &accord(), Side::Ours, d(TODAY));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].ids, ["a", "b"]);
        assert_eq!(r[0].scores["vision"], 3.5);
    }

    #[test]
    fn categories_are_summarized_as_means() {
        let tv = Instrument::builtin("trust-value").unwrap();
        let mut e = eval(
            "t1",
            "2026-10-01",
            Side::Ours,
            &[
                ("openness", 4.0),
                ("reliability", 3.0),
                ("mission", 2.0),
                ("influence", 1.0),
                ("involvement", 1.0),
                ("resources", 2.0),
            ],
        );
        e.instrument = "trust-value".into();
        let s = summarize(&[e], &tv, d(TODAY), 1.0).unwrap();
        let keys: Vec<&str> = s.lines.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "trust",
                "openness",
                "reliability",
                "mission",
                "value",
                "influence",
                "involvement",
                "resources"
            ]
        );
        assert_eq!(s.lines[0].score, Some(3.0));
        assert_eq!(s.lines[0].band.as_deref(), Some("strength"));
        assert!(s.lines[4].is_category);
        assert_eq!(s.lines[4].band.as_deref(), Some("concern"), "1.3");
        assert!(
            !s.concerns.contains(&"value".to_string()),
            "only dimensions"
        );
    }

    #[test]
    fn evaluations_come_due_by_cadence() {
        let today = d(TODAY);
        let p = partner(vec![full("o1", "2025-12-20", Side::Ours, [4.0; 7])]);
        let a = due(&p, Cadence::Annual, today).unwrap();
        assert_eq!((a.urgency, a.date), (Urgency::Soon, Some(d("2026-12-20"))));
        let p = partner(vec![full("o1", "2025-11-22", Side::Ours, [4.0; 7])]);
        let a = due(&p, Cadence::Annual, today).unwrap();
        assert_eq!((a.urgency, a.days), (Urgency::Overdue, Some(1)));
        assert!(
            a.problem
                .starts_with("annual evaluation overdue: last evaluated 2025-11-22")
        );
        let p = partner(vec![full("o1", "2026-01-01", Side::Ours, [4.0; 7])]);
        assert!(due(&p, Cadence::Annual, today).is_none());
        assert!(due(&p, Cadence::Semiannual, today).is_some());
        // never evaluated: due a cadence after it became a partner
        let a = due(&partner(vec![]), Cadence::Annual, today).unwrap();
        assert!(
            a.problem.contains("never evaluated in 6 years"),
            "{}",
            a.problem
        );
        let mut newcomer = partner(vec![]);
        newcomer.since = Some(d("2026-06-01"));
        assert!(due(&newcomer, Cadence::Annual, today).is_none());
        newcomer.since = None;
        assert_eq!(
            due(&newcomer, Cadence::Annual, today).unwrap().urgency,
            Urgency::Watch
        );
        newcomer.stage = Stage::Paused;
        assert!(due(&newcomer, Cadence::Annual, today).is_none());
    }

    #[test]
    fn a_partner_entered_late_is_due_a_cadence_after_it_was_added() {
        let today = d("2026-11-23");
        let mut p = partner(vec![]);
        p.since = Some(d("2018-06-01"));
        p.added = Some(d("2026-11-23"));
        assert!(due(&p, Cadence::Annual, today).is_none());
        assert_eq!(next_due(&p, Cadence::Annual, today), Some(d("2027-11-23")));
        // a year on, it is overdue, counted from when it was added
        let later = d("2027-12-01");
        let a = due(&p, Cadence::Annual, later).unwrap();
        assert_eq!(
            a.problem,
            "annual evaluation overdue: none recorded since it was added to accord on 2026-11-23 (12 months ago)"
        );
        // on a date before it was added, nothing is expected yet
        assert!(due(&p, Cadence::Annual, d("2026-01-01")).is_none());
    }

    #[test]
    fn status_items_of_the_latest_instrument() {
        let evals = vec![
            full("o1", "2025-10-01", Side::Ours, [4.0; 7]),
            full(
                "o2",
                "2026-10-01",
                Side::Ours,
                [4.0, 2.0, 4.0, 4.0, 4.0, 4.0, 4.0],
            ),
            full(
                "p2",
                "2026-10-05",
                Side::Partner,
                [4.0, 2.5, 4.0, 2.0, 4.0, 4.0, 4.0],
            ),
        ];
        let p = partner(evals);
        let inst = accord();
        let items = attention(
            &p,
            |n| (n == "accord").then_some(&inst),
            &Settings::default(),
            d(TODAY),
        );
        let got: Vec<(AttentionKind, &str)> =
            items.iter().map(|a| (a.kind, a.problem.as_str())).collect();
        assert_eq!(
            got,
            [
                (
                    AttentionKind::EvaluationConcern,
                    "in the concern band on accord: Communication 2.3"
                ),
                (
                    AttentionKind::EvaluationDivergence,
                    "the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)"
                ),
                (
                    AttentionKind::EvaluationFalling,
                    "scores fell since the previous evaluation: Communication 4.0 → 2.0 (ours)"
                ),
            ]
        );
        assert!(items.iter().all(|a| a.subject.as_deref() == Some("p2")));
        // an unknown instrument raises nothing but what is due
        assert!(attention(&p, |_| None, &Settings::default(), d(TODAY)).is_empty());
    }

    #[test]
    fn records_are_checked_against_their_instrument() {
        let inst = accord();
        let mut bad = eval(
            "e1",
            "2026-12-01",
            Side::Ours,
            &[("vision", 6.0), ("vison", 4.0)],
        );
        bad.comments.insert("trst".into(), "x".into());
        let mut unknown = eval("e2", "2026-01-01", Side::Ours, &[("a", 1.0)]);
        unknown.instrument = "nope".into();
        let ok_partial = {
            let mut e = eval("e3", "2026-01-01", Side::Ours, &[("vision", 4.0)]);
            e.partial = true;
            e
        };
        let lookup = |n: &str| {
            if n == "accord" {
                Ok(&inst)
            } else {
                Err(format!("no instrument `{n}`"))
            }
        };
        let probs = problems(&[bad, unknown, ok_partial], lookup);
        let got: Vec<String> = probs
            .iter()
            .map(|p| format!("{:?} {:?}", p.severity, p.path))
            .collect();
        assert_eq!(
            got,
            [
                r#"Error [Key("evaluation"), Index(0), Key("scores"), Key("vision")]"#,
                r#"Error [Key("evaluation"), Index(0), Key("scores"), Key("vison")]"#,
                r#"Error [Key("evaluation"), Index(0), Key("comments"), Key("trst")]"#,
                r#"Warning [Key("evaluation"), Index(0), Key("scores")]"#,
                r#"Error [Key("evaluation"), Index(1), Key("instrument")]"#,
            ]
        );
    }
}
