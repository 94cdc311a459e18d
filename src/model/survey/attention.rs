//! The survey items of `accord status`: a survey closing within a week with few
//! responses, a dimension in the concern band (only where enough people answered to show
//! it), and a survey that closed with no responses imported.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::date::{days_between, relative};
use crate::model::instrument::{Instrument, fmt_score};
use crate::model::survey::results::{self, Breakdown, Options};
use crate::model::survey::{State, Survey};
/// A survey closing within this many days is flagged when few have answered.
pub const CLOSING_DAYS: i64 = 7;
/// A response rate under this share is low.
pub const LOW_RATE: f64 = 0.5;
/// Concerns and missing responses are flagged for a quarter after a survey closes: long
/// enough to take them up at the next check-in.
pub const RECENT_DAYS: i64 = 90;

/// Which surveys are the latest of their kind: no later survey asks the same instrument
/// of the same partners and groups. Returns the ids of those that are.
pub fn latest<'a>(surveys: impl IntoIterator<Item = &'a Survey>) -> Vec<String> {
    let surveys: Vec<&Survey> = surveys.into_iter().collect();
    let same = |a: &Survey, b: &Survey| {
        let set = |v: &[String]| {
            let mut v = v.to_vec();
            v.sort();
            v
        };
        a.instrument == b.instrument
            && set(&a.partners) == set(&b.partners)
            && set(&a.groups) == set(&b.groups)
    };
    surveys
        .iter()
        .filter(|s| {
            !surveys
                .iter()
                .any(|o| o.id != s.id && same(s, o) && o.ended() > s.ended())
        })
        .map(|s| s.id.clone())
        .collect()
}

/// The items about one survey as of `today`. `inst` is its instrument, when the catalog
/// knows it; `latest` whether no later survey of its kind replaced it; `names` gives a
/// partner's name.
pub fn attention(
    s: &Survey,
    inst: Option<&Instrument>,
    opts: Options,
    latest: bool,
    names: &dyn Fn(&str) -> Option<String>,
) -> Vec<Attention> {
    let today = opts.as_of;
    let mut out = Vec::new();
    let name = |p: &str| names(p).unwrap_or_else(|| p.to_string());
    // An item about the whole survey is about all of its partners (named together, as a
    // goal's are), or the program; one about a partner's answers, that partner.
    let item = |urgency, kind, partner: Option<&str>, problem: String, fix: String| {
        let who = match partner {
            Some(p) => (Some(p.to_string()), Some(name(p))),
            None => Attention::shared_by(&s.partners, name),
        };
        Attention {
            subject: Some(s.id.clone()),
            ..Attention::new(urgency, kind, who, problem, fix)
        }
    };
    let n = s.responses_on(today).count();
    let import = format!("accord survey import {} FILE.csv", s.id);
    let state = s.state(today);
    if let (State::Open, Some(closes)) = (state, s.closes) {
        let left = days_between(today, closes);
        let rate = s.invited.filter(|i| *i > 0).map(|i| n as f64 / i as f64);
        let few = n < opts.floor.max(1);
        if (0..=CLOSING_DAYS).contains(&left) && (few || rate.is_some_and(|r| r < LOW_RATE)) {
            let so_far = match (s.invited, rate) {
                (Some(i), Some(r)) => format!(
                    "{n} of {i} invited have answered ({})",
                    crate::model::contribution::percent(r)
                ),
                _ => format!("{n} {} imported", plural(n, "response")),
            };
            let hidden = if few {
                format!(
                    "; results stay hidden under {} responses",
                    opts.floor.max(1)
                )
            } else {
                String::new()
            };
            out.push(
                item(
                    Urgency::Soon,
                    AttentionKind::SurveyClosing,
                    None,
                    format!(
                        "survey \"{}\" closes {closes} ({}): {so_far}{hidden}",
                        s.title,
                        relative(closes, today)
                    ),
                    format!("send a reminder, then {import}"),
                )
                .on(closes, today),
            );
        }
    }
    let recent = s
        .ended()
        .is_none_or(|e| days_between(e, today) <= RECENT_DAYS);
    if state == State::Closed
        && n == 0
        && let Some(closes) = s.closes
        && recent
    {
        out.push(
            item(
                Urgency::Overdue,
                AttentionKind::SurveyNoResponses,
                None,
                format!(
                    "survey \"{}\" closed {closes} ({}) and no responses were imported",
                    s.title,
                    relative(closes, today)
                ),
                import.clone(),
            )
            .on(closes, today),
        );
    }
    let Some(inst) = inst else { return out };
    if !latest || !recent || n == 0 {
        return out;
    }
    let r = results::results(s, inst, opts, names);
    let show = format!("accord survey show {}", s.id);
    let mut concern = |b: &Breakdown, partner: Option<&str>| {
        let low: Vec<String> = b
            .dimensions()
            .filter(|(_, m)| inst.is_concern(*m))
            .map(|(l, m)| format!("{} {}", l.title, fmt_score(m)))
            .collect();
        if low.is_empty() {
            return;
        }
        let who = if s.groups.is_empty() {
            String::new()
        } else {
            format!(" ({})", s.groups.join(", "))
        };
        let band = inst.concern_band().unwrap_or("concern");
        out.push(item(
            Urgency::Watch,
            AttentionKind::SurveyConcern,
            partner,
            format!(
                "in the {band} band in survey \"{}\": {}{who}",
                s.title,
                low.join(", ")
            ),
            show.clone(),
        ));
    };
    if r.overall.is_shown() {
        concern(&r.overall, None);
    }
    for b in r.by_partner.iter().filter(|b| b.is_shown()) {
        if b.name != results::NOT_GIVEN {
            concern(b, Some(b.name.as_str()));
        }
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::survey::Response;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    fn survey(closes: &str, invited: Option<u32>, answers: &[f64]) -> Survey {
        Survey {
            id: "teachers".into(),
            title: "Teachers".into(),
            instrument: "accord".into(),
            partners: vec!["acme".into()],
            groups: vec!["teachers".into()],
            opens: Some(d("2026-10-01")),
            closes: Some(d(closes)),
            invited,
            responses: answers
                .iter()
                .map(|v| Response {
                    id: String::new(),
                    batch: "b".into(),
                    imported: d("2026-11-02"),
                    partner: None,
                    group: None,
                    answers: [("communication".to_string(), *v)].into(),
                    comments: Default::default(),
                })
                .collect(),
            ..Survey::default()
        }
    }

    fn items(s: &Survey) -> Vec<(AttentionKind, String)> {
        let inst = Instrument::builtin("accord").unwrap();
        let opts = Options {
            floor: 5,
            divergence: 1.0,
            as_of: d("2026-11-23"),
        };
        attention(s, Some(&inst), opts, true, &|_| Some("Acme".into()))
            .into_iter()
            .map(|a| (a.kind, a.problem))
            .collect()
    }

    #[test]
    fn a_survey_closing_soon_with_few_answers() {
        let got = items(&survey("2026-11-28", Some(40), &[4.0; 6]));
        assert_eq!(
            got,
            [(
                AttentionKind::SurveyClosing,
                "survey \"Teachers\" closes 2026-11-28 (in 5 days): 6 of 40 invited have answered (15%)".to_string()
            )]
        );
        assert!(items(&survey("2026-12-28", Some(40), &[4.0; 6])).is_empty());
        assert!(items(&survey("2026-11-28", Some(10), &[4.0; 6])).is_empty());
    }

    #[test]
    fn a_concern_only_where_enough_answered() {
        let got = items(&survey("2026-11-01", None, &[2.0; 5]));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, AttentionKind::SurveyConcern);
        assert!(got[0].1.contains("Communication 2.0"), "{}", got[0].1);
        assert!(items(&survey("2026-11-01", None, &[2.0; 4])).is_empty());
    }

    #[test]
    fn a_closed_survey_without_responses() {
        let got = items(&survey("2026-11-01", Some(30), &[]));
        assert_eq!(
            got,
            [(
                AttentionKind::SurveyNoResponses,
                "survey \"Teachers\" closed 2026-11-01 (22 days ago) and no responses were imported".to_string()
            )]
        );
    }
}
