//! Surveys as rows and views: the rows of `survey list`, the `survey show` results as a
//! document (terminal and Markdown) and as a tidy CSV table, and the survey parts of
//! `partner show` and the reports ([`brief`]). The paper and online form is in
//! [`questions`].
//!
//! Every view starts from `model::survey::results`, which has already hidden what is
//! too small to show; a hidden breakdown reaches these views with no numbers in it.

pub mod brief;
pub mod questions;

use crate::model::contribution::percent;
use crate::model::instrument::{Instrument, fmt_number, fmt_score};
use crate::model::survey::results::{Breakdown, Line, Results};
use crate::model::survey::{Survey, point_text};
use crate::report::doc::{Block, Doc, DocCell, Section};
use crate::report::evaluation as eval;
use crate::report::list::{self, opt};
use crate::report::{Cell, Painter, Row, Tone, table};
use chrono::NaiveDate;
use serde::Serialize;

/// A survey of `survey list`.
#[derive(Debug, Serialize)]
pub struct SurveyRow {
    pub id: String,
    pub title: String,
    pub instrument: String,
    pub partners: Vec<String>,
    /// The partners' names, or `program` for a program-wide survey.
    #[serde(skip)]
    pub about: String,
    pub groups: Vec<String>,
    pub opens: Option<NaiveDate>,
    pub closes: Option<NaiveDate>,
    pub state: &'static str,
    pub responses: usize,
    pub invited: Option<u32>,
    pub rate: Option<f64>,
}

impl SurveyRow {
    /// The row of `s` as of `today`; `names` gives a partner's name.
    pub fn new(s: &Survey, today: NaiveDate, names: &dyn Fn(&str) -> Option<String>) -> Self {
        let n = s.responses_on(today).count();
        let about = if s.partners.is_empty() {
            "program".to_string()
        } else {
            s.partners
                .iter()
                .map(|p| names(p).unwrap_or_else(|| p.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        SurveyRow {
            id: s.id.clone(),
            title: s.title.clone(),
            instrument: s.instrument.clone(),
            partners: s.partners.clone(),
            about,
            groups: s.groups.clone(),
            opens: s.opens,
            closes: s.closes,
            state: s.state(today).as_str(),
            responses: n,
            invited: s.invited,
            rate: s.invited.filter(|i| *i > 0).map(|i| n as f64 / i as f64),
        }
    }
}

/// "23 of 40 (58%)", or "23".
pub fn responses_text(n: usize, invited: Option<u32>, rate: Option<f64>) -> String {
    match (invited, rate) {
        (Some(i), Some(r)) => format!("{n} of {i} ({})", percent(r)),
        _ => n.to_string(),
    }
}

impl Row for SurveyRow {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "about",
            "groups",
            "instrument",
            "closes",
            "state",
            "responses",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let state = Cell::new(self.state).tone(match self.state {
            "open" => Tone::Good,
            "upcoming" => Tone::Dim,
            _ => Tone::Plain,
        });
        vec![
            Cell::new(&*self.id).tone(Tone::Strong),
            Cell::new(&*self.title),
            Cell::new(&*self.about),
            table::opt((!self.groups.is_empty()).then(|| self.groups.join(", "))),
            Cell::new(&*self.instrument),
            table::opt(self.closes),
            state,
            Cell::new(responses_text(self.responses, self.invited, self.rate)).right(),
        ]
    }

    fn csv(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.title.clone(),
            self.partners.join("; "),
            self.groups.join("; "),
            self.instrument.clone(),
            opt(self.closes),
            self.state.to_string(),
            self.responses.to_string(),
        ]
    }
}

/// How many gave each answer, as one small bar per answer: `▁▃█▅▂`, a `·` for none.
pub fn spark(counts: &[usize]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = counts.iter().copied().max().unwrap_or(0);
    counts
        .iter()
        .map(|&c| {
            if c == 0 || max == 0 {
                '·'
            } else {
                let i = (c * 8).div_ceil(max).clamp(1, 8) - 1;
                BARS[i]
            }
        })
        .collect()
}

/// The tone of a mean on the survey's instrument.
fn tone(inst: &Instrument, mean: Option<f64>) -> Tone {
    mean.map_or(Tone::Dim, |m| eval::tone(inst, m))
}

/// The subtitle: instrument, who was asked, about whom, when, as of.
fn subtitle(r: &Results, about: &str) -> String {
    let mut parts = vec![format!(
        "{} ({}, {})",
        r.instrument_title,
        r.instrument,
        scale_range(r)
    )];
    if !r.groups.is_empty() {
        parts.push(r.groups.join(", "));
    }
    parts.push(about.to_string());
    let when = match (r.opens, r.closes) {
        (Some(o), Some(c)) => format!("{o} to {c}"),
        (None, Some(c)) => format!("closes {c}"),
        (Some(o), None) => format!("from {o}"),
        (None, None) => String::new(),
    };
    if when.is_empty() {
        parts.push(r.state.as_str().to_string());
    } else {
        parts.push(format!("{when} ({})", r.state.as_str()));
    }
    parts.push(format!("as of {}", r.as_of));
    parts.join(" · ")
}

fn scale_range(r: &Results) -> String {
    match (r.points.first(), r.points.last()) {
        (Some(a), Some(b)) => format!("{}-{}", point_text(*a), point_text(*b)),
        _ => "scale".to_string(),
    }
}

/// The table of one breakdown: each question with its answers, mean, band and spread.
fn lines_table(inst: &Instrument, b: &Breakdown, r: &Results) -> Block<'static> {
    let has_categories = b.lines.iter().any(|l| l.is_category);
    let mut rows: Vec<Vec<DocCell>> = b
        .lines
        .iter()
        .map(|l| line_row(inst, l, has_categories))
        .collect();
    rows.push(vec![
        DocCell::new("Overall").tone(Tone::Strong),
        DocCell::num(""),
        DocCell::num(b.overall.map_or("-".into(), fmt_score)).tone(tone(inst, b.overall)),
        DocCell::opt(b.band.clone()),
        DocCell::new(""),
    ]);
    let spread = format!("Answers {}", scale_range(r).replace('-', " to "));
    Block::table(&["Question", "Answered", "Mean", "Band", &spread], rows)
}

fn line_row(inst: &Instrument, l: &Line, indent: bool) -> Vec<DocCell> {
    let title = if indent && !l.is_category {
        format!("  {}", l.title)
    } else {
        l.title.clone()
    };
    let title = if l.is_category {
        DocCell::new(title).tone(Tone::Strong)
    } else {
        DocCell::new(title)
    };
    if let Some(why) = &l.hidden {
        return vec![
            title,
            DocCell::num("-").tone(Tone::Dim),
            DocCell::num("-").tone(Tone::Dim),
            DocCell::new(why.as_str()).tone(Tone::Dim),
            DocCell::new(""),
        ];
    }
    vec![
        title,
        DocCell::num(l.answers.map_or(String::new(), |n| n.to_string())),
        DocCell::num(l.mean.map_or("-".into(), fmt_score)).tone(tone(inst, l.mean)),
        DocCell::opt(l.band.clone()),
        DocCell::new(if l.is_category {
            String::new()
        } else {
            spark(&l.counts)
        }),
    ]
}

/// A comparison of the breakdowns of one kind (groups, partners): each dimension's mean
/// in each one shown, and a line for each one hidden.
fn comparison(inst: &Instrument, title: &str, bs: &[Breakdown]) -> Vec<Block<'static>> {
    let shown: Vec<&Breakdown> = bs.iter().filter(|b| b.is_shown()).collect();
    let mut blocks = Vec::new();
    if !shown.is_empty() {
        let mut headers: Vec<String> = vec!["Question".into()];
        headers.extend(
            shown
                .iter()
                .map(|b| format!("{} ({})", b.label, b.responses.unwrap_or_default())),
        );
        let keys: Vec<&Line> = shown[0].lines.iter().collect();
        let mut rows: Vec<Vec<DocCell>> = keys
            .iter()
            .map(|l| {
                let mut row = vec![if l.is_category {
                    DocCell::new(l.title.as_str()).tone(Tone::Strong)
                } else {
                    DocCell::new(l.title.as_str())
                }];
                row.extend(shown.iter().map(|b| {
                    let line = b
                        .lines
                        .iter()
                        .find(|x| x.key == l.key && x.is_category == l.is_category);
                    let m = line.and_then(|x| x.mean);
                    DocCell::num(m.map_or("-".into(), fmt_score)).tone(tone(inst, m))
                }));
                row
            })
            .collect();
        let mut overall = vec![DocCell::new("Overall").tone(Tone::Strong)];
        overall.extend(shown.iter().map(|b| {
            DocCell::num(b.overall.map_or("-".into(), fmt_score)).tone(tone(inst, b.overall))
        }));
        rows.push(overall);
        let heads: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut heads = heads;
        heads[0] = title;
        blocks.push(Block::table(&heads, rows));
    }
    let hidden: Vec<(String, String)> = bs
        .iter()
        .filter_map(|b| Some((b.label.clone(), b.hidden.clone()?)))
        .collect();
    if !hidden.is_empty() {
        blocks.push(Block::Fields { fields: hidden });
    }
    blocks
}

/// `survey show` as a document: the responses, everyone's results, by group, by
/// partner, where groups differ, and the comments. `about` names the partners (or the
/// program); `batches` are the imports: day, responses and id.
pub fn document(
    r: &Results,
    inst: &Instrument,
    about: &str,
    batches: &[(NaiveDate, usize, String)],
) -> Doc<'static> {
    let mut sections = Vec::new();
    let mut fields = vec![(
        "responses".to_string(),
        match (r.invited, r.rate) {
            (Some(i), Some(rate)) => format!("{} of {i} invited ({})", r.responses, percent(rate)),
            _ => r.responses.to_string(),
        },
    )];
    if !batches.is_empty() {
        let list: Vec<String> = batches
            .iter()
            .map(|(d, n, id)| format!("{n} on {d} ({id})"))
            .collect();
        fields.push(("imported".to_string(), list.join(", ")));
    }
    fields.push(("answers".to_string(), r.scale.clone()));
    fields.push((
        "shown".to_string(),
        format!(
            "only groups of {} or more people (survey_min_responses), so no one can be recognised",
            r.min_responses
        ),
    ));
    sections.push(Section::new("Responses").block(Block::Fields { fields }));
    let mut everyone = Section::new(format!(
        "Everyone{}",
        r.overall
            .responses
            .map_or(String::new(), |n| format!(" ({n} responses)"))
    ));
    everyone = match &r.overall.hidden {
        Some(why) => everyone.block(Block::text(format!("{why}: the results are not shown"))),
        None if r.responses == 0 => everyone.block(Block::text(format!(
            "no responses yet (`accord survey import {} FILE.csv`)",
            r.survey
        ))),
        None => everyone
            .note(Some(format!(
                "the bars show how many gave each answer, from {} on the left; · is none",
                r.labels
                    .first()
                    .cloned()
                    .unwrap_or_else(|| r.points.first().map_or(String::new(), |p| fmt_number(*p)))
            )))
            .block(lines_table(inst, &r.overall, r)),
    };
    sections.push(everyone);
    if r.overall.is_shown() && !r.by_group.is_empty() {
        let mut s = Section::new("By group");
        for b in comparison(inst, "Question", &r.by_group) {
            s = s.block(b);
        }
        if !r.differences.is_empty() {
            let rows = r
                .differences
                .iter()
                .map(|d| {
                    vec![
                        DocCell::new(d.title.as_str()),
                        DocCell::new(format!("{} {}", d.high_group, fmt_score(d.high))),
                        DocCell::new(format!("{} {}", d.low_group, fmt_score(d.low))),
                        DocCell::num(fmt_score(d.gap)).tone(Tone::Warn),
                    ]
                })
                .collect();
            s = s.block(Block::table(
                &["Where groups differ", "Higher", "Lower", "Gap"],
                rows,
            ));
        }
        sections.push(s);
    }
    if r.overall.is_shown() && !r.by_partner.is_empty() {
        let mut s = Section::new("By partner");
        for b in comparison(inst, "Question", &r.by_partner) {
            s = s.block(b);
        }
        sections.push(s);
    }
    if !r.comments.is_empty() {
        let mut s = Section::new("Comments").note(r.comments_withheld.then(|| {
            format!(
                "those of groups of fewer than {} people, or of a group hidden to protect one, are left out",
                r.min_responses
            )
        }));
        for c in &r.comments {
            for (q, texts) in &c.questions {
                let head = if c.group == "all" {
                    q.clone()
                } else {
                    format!("{} · {q}", c.group)
                };
                let rows = texts
                    .iter()
                    .map(|t| vec![DocCell::new(t.replace(['\n', '\r'], " "))])
                    .collect();
                s = s.block(Block::table(&[head.as_str()], rows));
            }
        }
        sections.push(s);
    }
    if r.comments.is_empty() && r.comments_withheld {
        sections.push(Section::new("Comments").block(Block::text(format!(
            "not shown: they come from groups of fewer than {} people, or from a group hidden to protect one",
            r.min_responses
        ))));
    }
    Doc {
        title: r.title.clone(),
        subtitle: subtitle(r, about),
        sections,
    }
}

/// The results as one tidy table: a row per dimension and category of each breakdown
/// shown, and one row for each breakdown hidden, with no numbers.
pub fn csv(r: &Results) -> anyhow::Result<String> {
    let mut headers: Vec<String> = [
        "survey",
        "by",
        "name",
        "label",
        "responses",
        "kind",
        "key",
        "title",
        "answers",
        "mean",
        "band",
    ]
    .map(String::from)
    .to_vec();
    headers.extend(
        r.points
            .iter()
            .map(|p| format!("answered_{}", point_text(*p))),
    );
    headers.push("hidden".into());
    let heads: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let npoints = r.points.len();
    let all = std::iter::once(&r.overall)
        .chain(&r.by_group)
        .chain(&r.by_partner);
    for b in all {
        let head = |row: &mut Vec<String>| {
            row.extend([
                r.survey.clone(),
                b.by.to_string(),
                b.name.clone(),
                b.label.clone(),
                opt(b.responses),
            ]);
        };
        if let Some(why) = &b.hidden {
            let mut row = Vec::new();
            head(&mut row);
            row.extend(std::iter::repeat_n(String::new(), 6 + npoints));
            row.push(why.clone());
            rows.push(row);
            continue;
        }
        for l in &b.lines {
            let mut row = Vec::new();
            head(&mut row);
            row.extend([
                if l.is_category {
                    "category"
                } else {
                    "dimension"
                }
                .to_string(),
                l.key.clone(),
                l.title.clone(),
                opt(l.answers),
                opt(l.mean),
                opt(l.band.as_ref()),
            ]);
            if l.counts.len() == npoints {
                row.extend(l.counts.iter().map(usize::to_string));
            } else {
                row.extend(std::iter::repeat_n(String::new(), npoints));
            }
            row.push(l.hidden.clone().unwrap_or_default());
            rows.push(row);
        }
        let mut row = Vec::new();
        head(&mut row);
        row.extend([
            "overall".to_string(),
            String::new(),
            "Overall".to_string(),
            String::new(),
            opt(b.overall),
            opt(b.band.as_ref()),
        ]);
        row.extend(std::iter::repeat_n(String::new(), npoints));
        row.push(String::new());
        rows.push(row);
    }
    list::csv(&heads, rows.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_bar_per_answer() {
        assert_eq!(spark(&[0, 1, 4, 8, 2]), "·▁▄█▂");
        assert_eq!(spark(&[0, 0, 0]), "···");
    }
}
