//! A survey's results: per dimension and per category, the number of answers, the mean
//! and how many gave each answer; for everyone, by group and by partner; where groups
//! differ; and the comments.
//!
//! Small numbers stay anonymous. A breakdown (a group, a partner) with fewer respondents
//! than the floor (`survey_min_responses`, 5 by default) is hidden, and so is a
//! dimension fewer than the floor answered. Hiding one small group is not enough when the
//! others and the total are shown, since the total minus the others gives the small
//! group away: so more breakdowns are hidden, smallest first, until the hidden ones hold
//! at least the floor together. Category and overall scores are means of the dimensions
//! shown, comments are shown only for groups shown, and a hidden breakdown carries no
//! number at all, not even its count, in any format.

use crate::model::instrument::{Instrument, round1};
use crate::model::survey::{Response, Survey};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why a part of the results is not shown.
pub fn fewer_than(floor: usize, what: &str) -> String {
    format!("fewer than {floor} {what}")
}

/// What a hidden breakdown says when it is hidden to protect a smaller one.
pub const SHIELD: &str = "hidden so that a smaller group cannot be worked out from the others";

/// Everything `survey show` says.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub survey: String,
    pub title: String,
    pub instrument: String,
    pub instrument_title: String,
    /// The answer scale in words.
    pub scale: String,
    /// The points of the scale, which the answer counts follow.
    pub points: Vec<f64>,
    pub labels: Vec<String>,
    pub partners: Vec<String>,
    pub groups: Vec<String>,
    pub opens: Option<NaiveDate>,
    pub closes: Option<NaiveDate>,
    pub state: super::State,
    pub as_of: NaiveDate,
    /// The fewest respondents a breakdown is shown with.
    pub min_responses: usize,
    /// How many responded (the count is not an answer, so it is always shown).
    pub responses: usize,
    pub invited: Option<u32>,
    /// `responses / invited`.
    pub rate: Option<f64>,
    /// Everyone.
    pub overall: Breakdown,
    /// By the respondents' group, when they are of more than one.
    pub by_group: Vec<Breakdown>,
    /// By the partner answered about, when there is more than one.
    pub by_partner: Vec<Breakdown>,
    /// Dimensions where two groups shown differ by `divergence` or more.
    pub differences: Vec<Difference>,
    pub divergence: f64,
    /// Free-text answers: of everyone, or of each group shown.
    pub comments: Vec<Comments>,
    /// Whether some comments are not shown, because their group is not.
    pub comments_withheld: bool,
}

/// The results of one set of respondents: everyone, a group, or a partner's.
#[derive(Debug, Clone, Serialize)]
pub struct Breakdown {
    /// `all`, `group` or `partner`.
    pub by: &'static str,
    /// The group's name or the partner's id (`all` for everyone); `not given` for those
    /// who did not say.
    pub name: String,
    /// How it is shown: the partner's name, the group's.
    pub label: String,
    /// Why it is hidden; then it has no numbers.
    pub hidden: Option<String>,
    pub responses: Option<usize>,
    pub overall: Option<f64>,
    pub band: Option<String>,
    /// Categories (with the mean of their dimensions shown) and dimensions, in the
    /// instrument's order; empty when hidden.
    pub lines: Vec<Line>,
}

/// One dimension, or a category, of a breakdown.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub key: String,
    pub title: String,
    pub category: Option<String>,
    pub is_category: bool,
    /// How many answered; none for a category or when hidden.
    pub answers: Option<usize>,
    pub mean: Option<f64>,
    pub band: Option<String>,
    /// How many gave each point of the scale; empty for a category or when hidden.
    pub counts: Vec<usize>,
    pub hidden: Option<String>,
}

impl Breakdown {
    pub fn is_shown(&self) -> bool {
        self.hidden.is_none()
    }

    /// The dimension lines shown, with their means.
    pub fn dimensions(&self) -> impl Iterator<Item = (&Line, f64)> {
        self.lines
            .iter()
            .filter(|l| !l.is_category)
            .filter_map(|l| Some((l, l.mean?)))
    }

    pub fn line(&self, key: &str) -> Option<&Line> {
        self.lines.iter().find(|l| !l.is_category && l.key == key)
    }

    /// Up to `n` strongest and `n` weakest dimensions shown (never the same one twice).
    pub fn extremes(&self, n: usize) -> (Vec<Scored>, Vec<Scored>) {
        let mut dims: Vec<(&Line, f64)> = self.dimensions().collect();
        dims.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.key.cmp(&b.0.key)));
        let k = n.min(dims.len() / 2).max(usize::from(dims.len() == 1));
        let scored = |(l, m): &(&Line, f64)| Scored {
            key: l.key.clone(),
            title: l.title.clone(),
            mean: *m,
            band: l.band.clone(),
        };
        let (top, bottom) = match (dims.first(), dims.last()) {
            (Some(t), Some(b)) => (t.1, b.1),
            _ => return (Vec::new(), Vec::new()),
        };
        // Dimensions that tie with the other end are neither strongest nor weakest.
        let strongest = dims
            .iter()
            .take(k)
            .filter(|d| d.1 > bottom + 1e-9 || dims.len() == 1)
            .map(scored)
            .collect();
        let weakest = dims
            .iter()
            .rev()
            .take(k)
            .filter(|d| d.1 < top - 1e-9)
            .map(scored)
            .collect();
        (strongest, weakest)
    }
}

/// A dimension and its mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    pub key: String,
    pub title: String,
    pub mean: f64,
    pub band: Option<String>,
}

/// A dimension two groups rate a point or more apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub key: String,
    pub title: String,
    pub high_group: String,
    pub high: f64,
    pub low_group: String,
    pub low: f64,
    pub gap: f64,
}

/// The comments of one set of respondents, by the question the form asked.
#[derive(Debug, Clone, Serialize)]
pub struct Comments {
    /// `all`, or the group's (or partner's) name.
    pub group: String,
    pub questions: Vec<(String, Vec<String>)>,
}

/// What the results are computed with.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The fewest respondents shown.
    pub floor: usize,
    /// The gap between two groups worth saying.
    pub divergence: f64,
    pub as_of: NaiveDate,
}

/// A set of respondents: the indexes of their responses in [`Answers`].
struct Set {
    by: &'static str,
    name: String,
    label: String,
    members: Vec<usize>,
}

/// The responses counted, with each one's answers by dimension in the instrument's order
/// (read once, so counting a dimension does not look its key up again and again).
struct Answers<'a> {
    all: Vec<&'a Response>,
    /// `grid[i][d]`: the answer of response `i` to dimension `d`.
    grid: Vec<Vec<Option<f64>>>,
}

impl Answers<'_> {
    /// How many of `members` answered dimension `d`.
    fn answered(&self, members: &[usize], d: usize) -> usize {
        members
            .iter()
            .filter(|&&i| self.grid[i][d].is_some())
            .count()
    }
}

/// Not given: the respondents who did not say their group or partner.
pub const NOT_GIVEN: &str = "not given";

/// The results of `s` on `inst`, with the responses imported by `opts.as_of`. `names`
/// gives a partner's name from its id.
pub fn results(
    s: &Survey,
    inst: &Instrument,
    opts: Options,
    names: &dyn Fn(&str) -> Option<String>,
) -> Results {
    let all: Vec<&Response> = s.responses_on(opts.as_of).collect();
    let grid = all
        .iter()
        .map(|r| {
            inst.dimensions
                .iter()
                .map(|d| r.answers.get(&d.key).copied())
                .collect()
        })
        .collect();
    let answers = Answers { all, grid };
    let all = &answers.all;
    let floor = opts.floor.max(1);
    let everyone = Set {
        by: "all",
        name: "all".into(),
        label: "Everyone".into(),
        members: (0..all.len()).collect(),
    };
    let groups = split(
        all,
        "group",
        |r| s.group_of(r).map(str::to_string),
        |g| g.to_string(),
    );
    let partners = split(
        all,
        "partner",
        |r| s.partner_of(r).map(str::to_string),
        |id| names(id).unwrap_or_else(|| id.to_string()),
    );
    let overall = breakdown(
        inst,
        &answers,
        &everyone,
        hidden_sets(&[&everyone], floor, all.len()).remove(0),
    );
    let by_group = shown_sets(inst, &answers, &groups, floor);
    let by_partner = shown_sets(inst, &answers, &partners, floor);
    // Dimensions: within each breakdown, the same rule per dimension.
    let overall = hide_lines(inst, &answers, vec![overall], &[&everyone], floor)
        .pop()
        .expect("one breakdown");
    let group_sets: Vec<&Set> = groups.iter().collect();
    let by_group = hide_lines(inst, &answers, by_group, &group_sets, floor);
    let partner_sets: Vec<&Set> = partners.iter().collect();
    let by_partner = hide_lines(inst, &answers, by_partner, &partner_sets, floor);
    let differences = differences(&by_group, opts.divergence);
    let comments = comments(
        &answers,
        [(&groups, &by_group), (&partners, &by_partner)],
        overall.is_shown(),
    );
    let written = all.iter().map(|r| r.comments.len()).sum::<usize>();
    let shown: usize = comments
        .iter()
        .flat_map(|c| c.questions.iter().map(|(_, t)| t.len()))
        .sum();
    Results {
        survey: s.id.clone(),
        title: s.title.clone(),
        instrument: inst.name.clone(),
        instrument_title: inst.title.clone(),
        scale: inst.scale_text(),
        points: inst.points(),
        labels: inst.scale.labels.clone(),
        partners: s.partners.clone(),
        groups: s.groups.clone(),
        opens: s.opens,
        closes: s.closes,
        state: s.state(opts.as_of),
        as_of: opts.as_of,
        min_responses: floor,
        responses: all.len(),
        invited: s.invited,
        rate: s
            .invited
            .filter(|n| *n > 0)
            .map(|n| all.len() as f64 / n as f64),
        overall,
        by_group,
        by_partner,
        differences,
        divergence: opts.divergence,
        comments,
        comments_withheld: shown < written,
    }
}

/// The responses split by `key`, in name order with "not given" last; empty unless there
/// are two sets or more.
fn split(
    all: &[&Response],
    by: &'static str,
    key: impl Fn(&Response) -> Option<String>,
    label: impl Fn(&str) -> String,
) -> Vec<Set> {
    let mut sets: BTreeMap<(bool, String), Vec<usize>> = BTreeMap::new();
    for (i, r) in all.iter().enumerate() {
        let k = key(r);
        sets.entry((k.is_none(), k.unwrap_or_else(|| NOT_GIVEN.to_string())))
            .or_default()
            .push(i);
    }
    if sets.len() < 2 {
        return Vec::new();
    }
    sets.into_iter()
        .map(|((missing, name), members)| Set {
            by,
            label: if missing {
                NOT_GIVEN.to_string()
            } else {
                label(&name)
            },
            name,
            members,
        })
        .collect()
}

/// Which sets of a breakdown are hidden, and why (see [`hide`]).
fn hidden_sets(sets: &[&Set], floor: usize, total: usize) -> Vec<Option<String>> {
    let sizes: Vec<usize> = sets.iter().map(|s| s.members.len()).collect();
    hide(&sizes, &vec![false; sizes.len()], floor, total, "responses")
}

/// The rule on counts, for the `sizes` of the parts of a whole of `total` (each of the
/// whole in one part), some of them hidden already (`preset`, which get an empty
/// reason): every part when the whole is under the floor; else the parts under the
/// floor, then the smallest others until what the shown parts leave of the whole (which
/// could be worked out from them) is none or holds the floor.
fn hide(
    sizes: &[usize],
    preset: &[bool],
    floor: usize,
    total: usize,
    what: &str,
) -> Vec<Option<String>> {
    if total < floor {
        return vec![Some(fewer_than(floor, what)); sizes.len()];
    }
    let mut hidden: Vec<Option<String>> = sizes
        .iter()
        .zip(preset)
        .map(|(&n, &p)| {
            if p {
                Some(String::new())
            } else {
                (n < floor).then(|| fewer_than(floor, what))
            }
        })
        .collect();
    loop {
        let shown: usize = sizes
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| h.is_none())
            .map(|(n, _)| n)
            .sum();
        let left = total.saturating_sub(shown);
        if left == 0 || left >= floor {
            break;
        }
        let next = sizes
            .iter()
            .enumerate()
            .filter(|(i, _)| hidden[*i].is_none())
            .min_by_key(|(i, n)| (**n, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = Some(SHIELD.to_string()),
            None => break,
        }
    }
    hidden
}

fn shown_sets(inst: &Instrument, answers: &Answers, sets: &[Set], floor: usize) -> Vec<Breakdown> {
    let refs: Vec<&Set> = sets.iter().collect();
    let hidden = hidden_sets(&refs, floor, answers.all.len());
    sets.iter()
        .zip(hidden)
        .map(|(s, h)| breakdown(inst, answers, s, h))
        .collect()
}

/// The numbers of one set (none when hidden), before any dimension is hidden.
fn breakdown(inst: &Instrument, answers: &Answers, s: &Set, hidden: Option<String>) -> Breakdown {
    let mut b = Breakdown {
        by: s.by,
        name: s.name.clone(),
        label: s.label.clone(),
        hidden,
        responses: None,
        overall: None,
        band: None,
        lines: Vec::new(),
    };
    if b.hidden.is_some() {
        return b;
    }
    b.responses = Some(s.members.len());
    let points = inst.points();
    for (j, d) in inst.dimensions.iter().enumerate() {
        let mut counts = vec![0; points.len()];
        let (mut sum, mut n) = (0.0, 0usize);
        for &i in &s.members {
            if let Some(v) = answers.grid[i][j] {
                sum += v;
                n += 1;
                if let Some(k) = points.iter().position(|p| (v - p).abs() < 1e-9) {
                    counts[k] += 1;
                }
            }
        }
        let m = (n > 0).then(|| sum / n as f64);
        b.lines.push(Line {
            key: d.key.clone(),
            title: d.title.clone(),
            category: d.category.clone(),
            is_category: false,
            answers: Some(n),
            band: m.and_then(|m| inst.band(m)).map(|x| x.name.clone()),
            mean: m.map(round2),
            counts,
            hidden: None,
        });
    }
    b
}

/// Two decimals, so means add up as printed at one.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Hide, in each breakdown shown, the dimensions too few answered, and more (smallest
/// first) so the answers hidden in a dimension hold the floor together; then add the
/// category lines and overall scores from what is shown.
fn hide_lines(
    inst: &Instrument,
    answers: &Answers,
    mut bs: Vec<Breakdown>,
    sets: &[&Set],
    floor: usize,
) -> Vec<Breakdown> {
    let everyone: Vec<usize> = (0..answers.all.len()).collect();
    for (j, d) in inst.dimensions.iter().enumerate() {
        let sizes: Vec<usize> = sets
            .iter()
            .map(|s| answers.answered(&s.members, j))
            .collect();
        let preset: Vec<bool> = bs.iter().map(|b| !b.is_shown()).collect();
        let total = answers.answered(&everyone, j);
        let hidden = hide(&sizes, &preset, floor, total, "answers");
        for (b, h) in bs.iter_mut().zip(hidden) {
            if let (true, Some(why)) = (b.is_shown(), h)
                && let Some(line) = b.lines.iter_mut().find(|l| l.key == d.key)
            {
                line.hidden = Some(why);
                line.answers = None;
                line.mean = None;
                line.band = None;
                line.counts = Vec::new();
            }
        }
    }
    for b in bs.iter_mut().filter(|b| b.is_shown()) {
        finish(inst, b);
    }
    bs
}

/// Category lines and the overall score of a breakdown, from its dimensions shown.
fn finish(inst: &Instrument, b: &mut Breakdown) {
    let shown: BTreeMap<String, f64> = b.dimensions().map(|(l, m)| (l.key.clone(), m)).collect();
    b.overall = inst.overall(&shown).map(round2);
    b.band = b.overall.and_then(|o| inst.band(o)).map(|x| x.name.clone());
    if inst.categories.is_empty() {
        return;
    }
    let mut lines = Vec::new();
    for c in &inst.categories {
        let m = inst.category_score(&c.key, &shown).map(round2);
        lines.push(Line {
            key: c.key.clone(),
            title: c.title.clone(),
            category: None,
            is_category: true,
            answers: None,
            mean: m,
            band: m.and_then(|m| inst.band(m)).map(|x| x.name.clone()),
            counts: Vec::new(),
            hidden: m
                .is_none()
                .then(|| "no dimension of it is shown".to_string()),
        });
        lines.extend(
            b.lines
                .iter()
                .filter(|l| l.category.as_deref() == Some(c.key.as_str()))
                .cloned(),
        );
    }
    lines.extend(
        b.lines
            .iter()
            .filter(|l| {
                l.category.is_none()
                    || !inst
                        .categories
                        .iter()
                        .any(|c| Some(&c.key) == l.category.as_ref())
            })
            .cloned(),
    );
    b.lines = lines;
}

/// Dimensions where the highest and lowest group shown differ by `divergence` or more.
fn differences(groups: &[Breakdown], divergence: f64) -> Vec<Difference> {
    let shown: Vec<&Breakdown> = groups.iter().filter(|g| g.is_shown()).collect();
    if shown.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (line, _) in shown[0].dimensions() {
        let means: Vec<(&Breakdown, f64)> = shown
            .iter()
            .filter_map(|g| Some((*g, g.line(&line.key)?.mean?)))
            .collect();
        let high = means.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        let low = means.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(h), Some(l)) = (high, low)
            && round1(h.1 - l.1) >= divergence - 1e-9
        {
            out.push(Difference {
                key: line.key.clone(),
                title: line.title.clone(),
                high_group: h.0.label.clone(),
                high: h.1,
                low_group: l.0.label.clone(),
                low: l.1,
                gap: round2(h.1 - l.1),
            });
        }
    }
    out
}

/// The comments to show: only those of respondents whose every breakdown is shown (their
/// group's and their partner's, where the results are broken down so), listed by group,
/// else by partner, else for everyone. Each comment is listed once, so the comments of
/// a hidden group cannot be found as a difference between two lists.
fn comments(answers: &Answers, sets: [(&[Set], &[Breakdown]); 2], overall: bool) -> Vec<Comments> {
    if !overall {
        return Vec::new();
    }
    // For each response and breakdown: `Some(None)` when the results are not broken down
    // so, `Some(Some(label))` when its set is shown, `None` when it is hidden.
    let place = |sets: &[Set], bs: &[Breakdown]| -> Vec<Option<Option<String>>> {
        if sets.is_empty() {
            return vec![Some(None); answers.all.len()];
        }
        let mut out = vec![None; answers.all.len()];
        for (s, b) in sets.iter().zip(bs) {
            if b.is_shown() {
                for &i in &s.members {
                    out[i] = Some(Some(b.label.clone()));
                }
            }
        }
        out
    };
    let [(groups, gb), (partners, pb)] = sets;
    let (by_group, by_partner) = (place(groups, gb), place(partners, pb));
    let mut by: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (i, r) in answers.all.iter().enumerate() {
        if r.comments.is_empty() {
            continue;
        }
        let (Some(group), Some(partner)) = (by_group[i].clone(), by_partner[i].clone()) else {
            continue;
        };
        let under = group.or(partner).unwrap_or_else(|| "all".to_string());
        let entry = by.entry(under).or_default();
        for (q, text) in &r.comments {
            entry.entry(q.clone()).or_default().push(text.clone());
        }
    }
    by.into_iter()
        .map(|(group, qs)| Comments {
            group,
            questions: qs
                .into_iter()
                .map(|(q, mut texts)| {
                    texts.sort();
                    (q, texts)
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::survey::Survey;

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    fn response(group: &str, vision: f64, comment: Option<&str>) -> Response {
        Response {
            id: String::new(),
            batch: "b".into(),
            imported: d("2026-11-02"),
            partner: None,
            group: Some(group.into()),
            answers: [("vision".to_string(), vision), ("trust".to_string(), 4.0)].into(),
            comments: comment
                .map(|c| [("Anything else?".to_string(), c.to_string())].into())
                .unwrap_or_default(),
        }
    }

    fn survey(groups: &[(&str, usize, f64)]) -> Survey {
        let mut s = Survey {
            id: "s".into(),
            title: "S".into(),
            instrument: "accord".into(),
            groups: groups.iter().map(|g| g.0.to_string()).collect(),
            ..Survey::default()
        };
        for (g, n, v) in groups {
            for i in 0..*n {
                let c = (i == 0).then(|| format!("from {g}"));
                s.responses.push(response(g, *v, c.as_deref()));
            }
        }
        s
    }

    fn run(s: &Survey, floor: usize) -> Results {
        let inst = Instrument::builtin("accord").unwrap();
        let opts = Options {
            floor,
            divergence: 1.0,
            as_of: d("2026-11-23"),
        };
        results(s, &inst, opts, &|_| None)
    }

    #[test]
    fn a_group_under_the_floor_is_hidden_and_so_is_the_next_smallest() {
        let r = run(
            &survey(&[
                ("students", 12, 4.0),
                ("teachers", 7, 2.0),
                ("partner-staff", 2, 5.0),
            ]),
            5,
        );
        assert_eq!(r.responses, 21);
        let state: Vec<(&str, Option<&str>, Option<usize>)> = r
            .by_group
            .iter()
            .map(|b| (b.name.as_str(), b.hidden.as_deref(), b.responses))
            .collect();
        assert_eq!(
            state,
            [
                ("partner-staff", Some("fewer than 5 responses"), None),
                ("students", None, Some(12)),
                ("teachers", Some(SHIELD), None),
            ]
        );
        let staff = &r.by_group[0];
        assert!(staff.lines.is_empty() && staff.overall.is_none());
        // The comments of the hidden groups are not shown, nor everyone's.
        let groups: Vec<&str> = r.comments.iter().map(|c| c.group.as_str()).collect();
        assert_eq!(groups, ["students"]);
        assert!(r.overall.is_shown());
    }

    #[test]
    fn everything_is_hidden_under_the_floor() {
        let r = run(&survey(&[("teachers", 4, 4.0)]), 5);
        assert_eq!(r.responses, 4);
        assert_eq!(r.overall.hidden.as_deref(), Some("fewer than 5 responses"));
        assert!(r.overall.lines.is_empty());
        assert!(r.comments.is_empty());
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("\"mean\""), "{json}");
    }

    #[test]
    fn groups_that_differ_by_a_point_are_named() {
        let r = run(
            &survey(&[("students", 6, 4.0), ("partner-staff", 5, 2.0)]),
            5,
        );
        assert_eq!(r.differences.len(), 1);
        let d = &r.differences[0];
        assert_eq!(
            (
                d.key.as_str(),
                d.high_group.as_str(),
                d.low_group.as_str(),
                d.gap
            ),
            ("vision", "students", "partner-staff", 2.0)
        );
        let vision = r.overall.line("vision").unwrap();
        assert_eq!(vision.counts, [0, 5, 0, 6, 0]);
        assert_eq!(vision.mean, Some(3.09));
    }

    #[test]
    fn a_dimension_few_answered_is_hidden() {
        let mut s = survey(&[("teachers", 6, 4.0)]);
        for r in s.responses.iter_mut().skip(3) {
            r.answers.remove("trust");
        }
        let r = run(&s, 5);
        let trust = r.overall.line("trust").unwrap();
        assert_eq!(trust.hidden.as_deref(), Some("fewer than 5 answers"));
        assert_eq!((trust.mean, trust.answers), (None, None));
        assert_eq!(r.overall.overall, Some(4.0));
    }
}
