//! A survey in brief, for the places that show surveys beside other things: the
//! "Surveys" part of `partner show`, and the "What stakeholders say" sections of
//! `report partner` and `report quarterly`. A brief is cut from the survey's results, so
//! it hides what they hide.

use crate::model::contribution::percent;
use crate::model::instrument::{Instrument, fmt_score};
use crate::model::survey::Survey;
use crate::model::survey::results::{self, Breakdown, Difference, Options, Results, Scored};
use crate::report::doc::{Block, DocCell, Section};
use crate::report::style::{Painter, Tone};
use crate::report::table::section;
use chrono::NaiveDate;
use serde::Serialize;

/// How many strongest and weakest dimensions a brief names.
const EXTREMES: usize = 2;

/// One survey's results in brief, for everyone or for one partner.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    pub survey: String,
    pub title: String,
    pub instrument: String,
    pub groups: Vec<String>,
    /// The partners' ids; empty for a program-wide survey.
    pub partners: Vec<String>,
    /// Their names.
    pub partner_names: Vec<String>,
    pub opens: Option<NaiveDate>,
    pub closes: Option<NaiveDate>,
    pub state: &'static str,
    /// Everyone who answered the survey.
    pub responses: usize,
    pub invited: Option<u32>,
    pub rate: Option<f64>,
    /// For one partner of a survey of several: that partner's id.
    pub partner: Option<String>,
    /// How many answered about that partner (none when hidden).
    pub partner_responses: Option<usize>,
    /// Why the results are not shown; then there are no numbers.
    pub hidden: Option<String>,
    pub overall: Option<f64>,
    pub band: Option<String>,
    pub strongest: Vec<Scored>,
    pub weakest: Vec<Scored>,
    /// Where the groups asked differ (for the whole survey).
    pub differences: Vec<Difference>,
}

impl Brief {
    /// The brief of `s`, for everyone, or for partner `partner` when the survey covers
    /// others too. `None` when the survey has no responses about that partner.
    pub fn new(
        s: &Survey,
        inst: &Instrument,
        opts: Options,
        partner: Option<&str>,
        names: &dyn Fn(&str) -> Option<String>,
    ) -> Option<Brief> {
        let r = results::results(s, inst, opts, names);
        let own = partner.filter(|_| s.partners.len() > 1);
        let cell: &Breakdown = match own {
            None => &r.overall,
            Some(p) => match r.by_partner.iter().find(|b| b.name == p) {
                Some(b) => b,
                // Every response is about this partner, or none is.
                None if r.responses > 0
                    && s.responses_on(opts.as_of)
                        .all(|x| s.partner_of(x) == Some(p)) =>
                {
                    &r.overall
                }
                None => return None,
            },
        };
        Some(Brief::of(s, &r, cell, own, names))
    }

    fn of(
        s: &Survey,
        r: &Results,
        cell: &Breakdown,
        partner: Option<&str>,
        names: &dyn Fn(&str) -> Option<String>,
    ) -> Brief {
        let (strongest, weakest) = cell.extremes(EXTREMES);
        Brief {
            survey: s.id.clone(),
            title: s.title.clone(),
            instrument: s.instrument.clone(),
            groups: s.groups.clone(),
            partners: s.partners.clone(),
            partner_names: s
                .partners
                .iter()
                .map(|p| names(p).unwrap_or_else(|| p.clone()))
                .collect(),
            opens: s.opens,
            closes: s.closes,
            state: r.state.as_str(),
            responses: r.responses,
            invited: r.invited,
            rate: r.rate,
            partner: partner.map(str::to_string),
            partner_responses: partner.and(cell.responses),
            hidden: cell
                .hidden
                .clone()
                .or_else(|| (r.responses == 0).then(|| "no responses imported yet".to_string())),
            overall: cell.overall,
            band: cell.band.clone(),
            strongest,
            weakest,
            differences: if partner.is_none() {
                r.differences.clone()
            } else {
                Vec::new()
            },
        }
    }

    /// "23 responses of 40 invited (58%)".
    pub fn responses_text(&self) -> String {
        let n = self.responses;
        let word = if n == 1 { "response" } else { "responses" };
        let mut out = match (self.invited, self.rate) {
            (Some(i), Some(r)) => format!("{n} {word} of {i} invited ({})", percent(r)),
            _ => format!("{n} {word}"),
        };
        if let Some(k) = self.partner_responses {
            out.push_str(&format!(", {k} about this partner"));
        }
        out
    }

    /// "Value to students 4.5, Trust and respect 4.2".
    pub fn list(scored: &[Scored]) -> String {
        scored
            .iter()
            .map(|s| format!("{} {}", s.title, fmt_score(s.mean)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "teachers 4.1, partner-staff 2.9 on Communication".
    pub fn difference_text(d: &Difference) -> String {
        format!(
            "{}: {} {}, {} {}",
            d.title,
            d.high_group,
            fmt_score(d.high),
            d.low_group,
            fmt_score(d.low)
        )
    }

    /// Who was asked and when, in a few words: "teachers, closed 2026-10-31".
    pub fn when(&self) -> String {
        let mut parts = Vec::new();
        if !self.groups.is_empty() {
            parts.push(self.groups.join(", "));
        }
        match (self.state, self.closes) {
            ("closed", Some(c)) => parts.push(format!("closed {c}")),
            (_, Some(c)) => parts.push(format!("{}, closes {c}", self.state)),
            (state, None) => parts.push(state.to_string()),
        }
        parts.join(", ")
    }
}

/// The surveys part of `partner show`: the latest survey about the partner, and how many
/// came before it.
#[derive(Debug, Default, Serialize)]
pub struct PartnerSurveys {
    /// The partner's surveys, latest first.
    pub surveys: Vec<Brief>,
}

impl PartnerSurveys {
    /// The section as terminal text, appended to `out` (nothing without surveys).
    pub fn render(&self, out: &mut String, p: &Painter) {
        let Some(b) = self.surveys.first() else {
            return;
        };
        section(out, p, "Surveys");
        out.push_str(&format!("  {} ({})\n", b.title, b.when()));
        match &b.hidden {
            Some(why) => {
                let whose = if b.partner.is_some() {
                    " for this partner"
                } else {
                    ""
                };
                out.push_str(&format!(
                    "  {}; {}\n",
                    b.responses_text(),
                    p.paint(Tone::Dim, &format!("results not shown{whose}: {why}"))
                ));
            }
            None => {
                let score = b.overall.map_or("-".into(), fmt_score);
                let band = b.band.as_deref().map_or(String::new(), |x| format!(" {x}"));
                out.push_str(&format!(
                    "  {}: overall {score}{band}\n",
                    b.responses_text()
                ));
                if !b.strongest.is_empty() {
                    out.push_str(&format!(
                        "  {}\n",
                        p.paint(
                            Tone::Dim,
                            &format!(
                                "strongest: {} · weakest: {}",
                                Brief::list(&b.strongest),
                                Brief::list(&b.weakest)
                            )
                        )
                    ));
                }
                for d in &b.differences {
                    let text = format!("! the groups differ on {}", Brief::difference_text(d));
                    out.push_str(&format!("  {}\n", p.paint(Tone::Warn, &text)));
                }
            }
        }
        let earlier = self.surveys.len() - 1;
        let more = match earlier {
            0 => String::new(),
            1 => " · 1 earlier survey".to_string(),
            n => format!(" · {n} earlier surveys"),
        };
        out.push_str(&format!(
            "  {}\n",
            p.paint(
                Tone::Dim,
                &format!("`accord survey show {}`{more}", b.survey)
            )
        ));
    }
}

/// The note under a stakeholders section: how small a group is hidden.
pub fn floor_note(floor: usize) -> Option<String> {
    Some(format!(
        "results of fewer than {} respondents are not shown, so no one can be recognised",
        floor.max(1)
    ))
}

/// "What stakeholders say": a table of surveys in brief, then where groups differ. `empty`
/// is said when there are none.
pub fn section_of(briefs: &[Brief], note: Option<String>, empty: &str) -> Section<'static> {
    let s = Section::new("What stakeholders say").note(note);
    if briefs.is_empty() {
        return s.block(Block::text(empty));
    }
    let rows = briefs
        .iter()
        .map(|b| {
            let who = if b.partner_names.is_empty() {
                "program".to_string()
            } else {
                b.partner_names.join(", ")
            };
            let (overall, strongest, weakest) = match &b.hidden {
                Some(why) => (
                    DocCell::new(why.as_str()).tone(Tone::Dim),
                    DocCell::opt(None),
                    DocCell::opt(None),
                ),
                None => (
                    DocCell::num(match (&b.overall, &b.band) {
                        (Some(o), Some(band)) => format!("{} {band}", fmt_score(*o)),
                        (Some(o), None) => fmt_score(*o),
                        _ => "-".to_string(),
                    }),
                    DocCell::new(Brief::list(&b.strongest)),
                    DocCell::new(Brief::list(&b.weakest)),
                ),
            };
            vec![
                DocCell::new(b.title.as_str()),
                DocCell::new(format!("{} · {}", who, b.when())),
                DocCell::new(b.responses_text()),
                overall,
                strongest,
                weakest,
            ]
        })
        .collect();
    let mut s = s.block(Block::table(
        &[
            "Survey",
            "Asked",
            "Responses",
            "Overall",
            "Strongest",
            "Weakest",
        ],
        rows,
    ));
    let diffs: Vec<Vec<DocCell>> = briefs
        .iter()
        .flat_map(|b| {
            b.differences.iter().map(move |d| {
                vec![
                    DocCell::new(b.title.as_str()),
                    DocCell::new(d.title.as_str()),
                    DocCell::new(format!("{} {}", d.high_group, fmt_score(d.high))),
                    DocCell::new(format!("{} {}", d.low_group, fmt_score(d.low))),
                    DocCell::num(fmt_score(d.gap)).tone(Tone::Warn),
                ]
            })
        })
        .collect();
    if !diffs.is_empty() {
        s = s.block(Block::table(
            &["Where groups differ", "Question", "Higher", "Lower", "Gap"],
            diffs,
        ));
    }
    s
}

/// The briefs as tidy CSV rows: one per survey, with its strongest and weakest
/// dimensions and group differences joined in cells.
pub fn csv_rows(briefs: &[Brief], first: &str) -> Vec<Vec<String>> {
    use crate::report::list::opt;
    briefs
        .iter()
        .map(|b| {
            vec![
                first.to_string(),
                b.survey.clone(),
                b.title.clone(),
                b.partners.join("; "),
                b.groups.join("; "),
                opt(b.closes),
                b.responses.to_string(),
                opt(b.invited),
                opt(b.rate.map(|r| (r * 1000.0).round() / 1000.0)),
                opt(b.overall),
                opt(b.band.as_ref()),
                Brief::list(&b.strongest),
                Brief::list(&b.weakest),
                b.differences
                    .iter()
                    .map(Brief::difference_text)
                    .collect::<Vec<_>>()
                    .join("; "),
                b.hidden.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// The CSV headers of [`csv_rows`], after the first column's.
pub const CSV_HEADERS: &[&str] = &[
    "survey",
    "title",
    "partners",
    "groups",
    "closes",
    "responses",
    "invited",
    "rate",
    "overall",
    "band",
    "strongest",
    "weakest",
    "differences",
    "hidden",
];
