//! A survey: one round of asking many people (teachers, students, families, partner
//! staff, community members) the questions of an instrument, and their answers. One
//! survey is one file, `surveys/<id>.toml`; its responses are a kind of record in the
//! registry (`[[response]]`), so `check`, ids, `export` and JSON follow from the
//! declaration below.
//!
//! Respondents stay anonymous: a response keeps the answers, the free-text comments, and
//! the partner and group the respondent chose, never who they are or when they answered
//! (see [`form`] for the columns that are dropped). Results are computed in [`results`],
//! which hides every breakdown smaller than the workspace's `survey_min_responses`.
//!
//! Pure: today and the settings are passed in.

pub mod attention;
pub mod form;
pub mod results;

use crate::model::date;
use crate::model::instrument::{Instrument, fmt_number};
use crate::model::registry::{
    Field, Finding, Future, Identity, InFile, Keeps, KindDef, Level, Owner, Owns, Record, Sheet,
    Ty, Visit,
};
use crate::model::validate::{Problem, at};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The groups a survey usually asks; any other word works too.
pub const GROUPS: &[&str] = &[
    "students",
    "families",
    "teachers",
    "partner-staff",
    "community",
];

/// How a form offers each usual group, and other answers that mean it, as a respondent
/// would pick them (`|` between).
const GROUP_WORDS: &[(&str, &str, &str)] = &[
    ("students", "Student", "pupil"),
    (
        "families",
        "Parent or family member",
        "parent|parents|parent or guardian|guardian|family|family member|caregiver",
    ),
    ("teachers", "Teacher", "educator|school staff"),
    (
        "partner-staff",
        "Partner staff",
        "partner|staff of a partner|partner employee",
    ),
    (
        "community",
        "Community member",
        "neighbor|neighbour|resident|community",
    ),
];

/// A group as a form offers it: "Parent or family member" for `families`.
pub fn group_choice(group: &str) -> String {
    match GROUP_WORDS.iter().find(|(g, _, _)| *g == group) {
        Some((_, choice, _)) => choice.to_string(),
        None => {
            let text = group.replace('-', " ");
            let mut chars = text.chars();
            chars
                .next()
                .map_or(String::new(), |f| f.to_uppercase().chain(chars).collect())
        }
    }
}

/// Fewer responses than this in any breakdown, and it is not shown
/// (`survey_min_responses` in `accord.toml`).
pub const MIN_RESPONSES: usize = 5;

/// A survey, as stored in its file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Survey {
    /// The file's stem; not stored inside the file.
    #[serde(skip)]
    pub id: String,
    pub title: String,
    /// The instrument whose questions are asked.
    pub instrument: String,
    /// The partners it is about; none means program-wide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// The groups of people asked (students, families, teachers...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub opens: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub closes: Option<NaiveDate>,
    /// How many people were asked, for the response rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, rename = "response", skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Response>,
}

/// One person's answers. Nothing in it says who the person is or when they answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: String,
    /// The import it came in with: the responses of one file read at one time.
    pub batch: String,
    /// The day it was imported.
    #[serde(deserialize_with = "date::de")]
    pub imported: NaiveDate,
    /// The partner the respondent answered about, when the survey covers several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// The respondent's group, when the form asked for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The answer to each question, by dimension key, as a point of the scale.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, f64>,
    /// Free-text answers, by the question the form asked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
}

// The registry's description of a survey's responses (see `model::registry`).

impl Owns for Survey {
    const OWNER: Owner = Owner::Survey;
    fn each_kind<V: Visit<Self>>(v: &mut V) {
        v.visit::<Response>();
    }
}

impl Keeps<Response> for Survey {
    fn records(&self) -> &Vec<Response> {
        &self.responses
    }
    fn records_mut(&mut self) -> &mut Vec<Response> {
        &mut self.responses
    }
}

impl Record for Response {
    const DEF: &'static KindDef = &KindDef {
        table: "response",
        noun: "survey response",
        command: "survey",
        owner: Owner::Survey,
        sheet: Sheet::Responses,
        identity: Identity::Id,
        date: Some("imported"),
        not_after_today: &[("imported", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("batch", Ty::Text),
            Field::required("imported", Ty::Date),
            Field::new("partner", Ty::Text),
            Field::new("group", Ty::Text),
            Field::new("answers", Ty::Map),
            Field::new("comments", Ty::Map),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        (field == "imported").then_some(self.imported)
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "survey response{} to `{owner}` imported {} ({} answers)",
            crate::model::records::id_part(&self.id),
            self.imported,
            self.answers.len()
        )
    }
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        for (key, v) in &self.answers {
            if !v.is_finite() {
                out.push(Finding {
                    path: vec![
                        crate::model::problem::Seg::Key("answers".into()),
                        crate::model::problem::Seg::Key(key.clone()),
                    ],
                    level: Level::Error,
                    message: format!("the answer to `{key}` must be a number"),
                });
            }
        }
        if self.batch.trim().is_empty() {
            out.push(Finding::new(
                "batch",
                Level::Error,
                "a response needs the `batch` it was imported with",
            ));
        }
        out
    }
}

/// Where a survey stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Not open yet.
    Upcoming,
    Open,
    Closed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Upcoming => "upcoming",
            State::Open => "open",
            State::Closed => "closed",
        }
    }
}

impl Survey {
    /// Whether the survey is about the whole program rather than named partners.
    pub fn is_program_wide(&self) -> bool {
        self.partners.is_empty()
    }

    /// Whether it is open, closed or still to open on `today`.
    pub fn state(&self, today: NaiveDate) -> State {
        if self.opens.is_some_and(|o| o > today) {
            State::Upcoming
        } else if self.closes.is_some_and(|c| c < today) {
            State::Closed
        } else {
            State::Open
        }
    }

    /// The responses imported on or before `today`.
    pub fn responses_on(&self, today: NaiveDate) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(move |r| r.imported <= today)
    }

    /// The day that places the survey's results in time: its closing date, else the day
    /// its last responses came in.
    pub fn ended(&self) -> Option<NaiveDate> {
        self.closes
            .or_else(|| self.responses.iter().map(|r| r.imported).max())
    }

    /// The group a response counts in: its own, else the survey's only group.
    pub fn group_of<'a>(&'a self, r: &'a Response) -> Option<&'a str> {
        r.group.as_deref().or(match self.groups.as_slice() {
            [only] => Some(only.as_str()),
            _ => None,
        })
    }

    /// The partner a response is about: its own, else the survey's only partner.
    pub fn partner_of<'a>(&'a self, r: &'a Response) -> Option<&'a str> {
        r.partner.as_deref().or(match self.partners.as_slice() {
            [only] => Some(only.as_str()),
            _ => None,
        })
    }

    /// Whether the survey is about partner `id`.
    pub fn covers(&self, id: &str) -> bool {
        self.partners.iter().any(|p| p == id)
    }

    /// The imports so far: each batch with its day and how many responses it added, in
    /// the order they came.
    pub fn batches(&self) -> Vec<Batch> {
        let mut out: Vec<Batch> = Vec::new();
        for r in &self.responses {
            match out.iter_mut().find(|b| b.id == r.batch) {
                Some(b) => b.responses += 1,
                None => out.push(Batch {
                    id: r.batch.clone(),
                    imported: r.imported,
                    responses: 1,
                }),
            }
        }
        out
    }
}

/// One import of responses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Batch {
    pub id: String,
    pub imported: NaiveDate,
    pub responses: usize,
}

/// A group's name as a survey keeps it: lowercase words joined by hyphens
/// ("Partner staff" is `partner-staff`).
pub fn group_name(typed: &str) -> String {
    crate::model::id::slugify(typed)
}

/// The survey's group that `typed` names: the same words, the same but for a final `s`
/// ("Teacher" is `teachers`), or the words a form offers for it ("Parent or guardian"
/// is `families`).
pub fn match_group<'a>(groups: &'a [String], typed: &str) -> Option<&'a str> {
    let want = group_name(typed);
    let stem = |s: &str| s.trim_end_matches('s').to_string();
    let said = |g: &str| {
        GROUP_WORDS
            .iter()
            .filter(|(name, _, _)| *name == g)
            .flat_map(|(_, choice, other)| std::iter::once(*choice).chain(other.split('|')))
            .any(|w| group_name(w) == want)
    };
    groups
        .iter()
        .find(|g| **g == want)
        .or_else(|| groups.iter().find(|g| stem(g) == stem(&want)))
        .or_else(|| {
            groups
                .iter()
                .find(|g| group_choice(g) == typed.trim() || said(g))
        })
        .map(String::as_str)
}

/// What tells one response from another when a file is imported again: everything it
/// keeps but its id, batch and day.
pub fn content_key(r: &Response) -> String {
    serde_json::to_string(&(&r.partner, &r.group, &r.answers, &r.comments)).unwrap_or_default()
}

/// Which of `rows` were imported before. A batch counts as imported before when every one
/// of its responses is among the rows (a form export downloaded again holds every earlier
/// response, plus the new ones); a row matched that way is not imported again. Two people
/// who gave the same answers are two rows, and two responses, so matching counts them.
/// Returns, for each row, the batch it was found in.
pub fn already_imported<'a>(existing: &'a [Response], rows: &[Response]) -> Vec<Option<&'a str>> {
    let mut found: Vec<Option<&str>> = vec![None; rows.len()];
    let keys: Vec<String> = rows.iter().map(content_key).collect();
    let mut free: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate().rev() {
        free.entry(k.as_str()).or_default().push(i);
    }
    let mut batches: Vec<&str> = Vec::new();
    for r in existing {
        if !batches.contains(&r.batch.as_str()) {
            batches.push(&r.batch);
        }
    }
    for batch in batches {
        let mut taken: Vec<(String, usize)> = Vec::new();
        let mut whole = true;
        for r in existing.iter().filter(|r| r.batch == batch) {
            let key = content_key(r);
            match free.get_mut(key.as_str()).and_then(Vec::pop) {
                Some(i) => taken.push((key, i)),
                None => {
                    whole = false;
                    break;
                }
            }
        }
        if whole {
            for (_, i) in taken {
                found[i] = Some(batch);
            }
        } else {
            // Put the rows back for the next batch.
            for (key, i) in taken.into_iter().rev() {
                if let Some(v) = free.get_mut(key.as_str()) {
                    v.push(i);
                }
            }
        }
    }
    found
}

/// Problems with a survey beyond its types, with paths into its file: its dates, its
/// instrument (`instrument` is `Err` with the reason when it cannot be used), and each
/// response's answers, partner and group. `partners` says whether a partner id exists.
pub fn problems(
    s: &Survey,
    instrument: Result<&Instrument, String>,
    partners: &dyn Fn(&str) -> bool,
) -> Vec<Problem> {
    let mut out = Vec::new();
    if s.title.trim().is_empty() {
        out.push(Problem::error(at!["title"], "the survey has no title"));
    }
    if let Some(long) = crate::model::text::too_long(&s.title) {
        out.push(Problem::warning(
            at!["title"],
            format!("the survey's title {long}"),
        ));
    }
    if let (Some(o), Some(c)) = (s.opens, s.closes)
        && c < o
    {
        out.push(Problem::error(
            at!["closes"],
            format!("the survey closes ({c}) before it opens ({o})"),
        ));
    }
    if s.invited == Some(0) {
        out.push(Problem::error(
            at!["invited"],
            "`invited` is how many people were asked; it must be 1 or more",
        ));
    }
    for (i, p) in s.partners.iter().enumerate() {
        if !partners(p) {
            out.push(Problem::error(
                at!["partners", i],
                format!("no partner `{p}` in this workspace"),
            ));
        }
    }
    let inst = match instrument {
        Ok(i) => Some(i),
        Err(msg) => {
            out.push(Problem::error(at!["instrument"], msg));
            None
        }
    };
    if let Some(why) = s
        .invited
        .and_then(|n| fewer_invited_than_answered(n, s.responses.len()))
    {
        out.push(Problem::warning(at!["invited"], why));
    }
    for (i, r) in s.responses.iter().enumerate() {
        if let Some(inst) = inst {
            for (key, v) in &r.answers {
                let msg = if inst.dimension(key).is_none() {
                    Some(format!(
                        "`{key}` is not a question of the `{}` instrument; its keys are: {}",
                        inst.name,
                        inst.keys().join(", ")
                    ))
                } else {
                    inst.check_value(*v)
                        .err()
                        .map(|e| format!("the answer to `{key}` {e}"))
                };
                if let Some(msg) = msg {
                    out.push(Problem::error(
                        at!["response", i, "answers", key.as_str()],
                        msg,
                    ));
                }
            }
        }
        if let Some(p) = &r.partner
            && !s.partners.is_empty()
            && !s.covers(p)
        {
            out.push(Problem::error(
                at!["response", i, "partner"],
                format!(
                    "`{p}` is not a partner of this survey; its partners are: {}",
                    s.partners.join(", ")
                ),
            ));
        }
        if let Some(g) = &r.group
            && !s.groups.is_empty()
            && !s.groups.contains(g)
        {
            out.push(Problem::error(
                at!["response", i, "group"],
                format!(
                    "`{g}` is not a group of this survey; its groups are: {}",
                    s.groups.join(", ")
                ),
            ));
        }
        if r.answers.is_empty() {
            out.push(Problem::warning(
                at!["response", i],
                "a response with no answers",
            ));
        }
    }
    out
}

/// A point of the scale as written: `4`.
pub fn point_text(p: f64) -> String {
    fmt_number(p)
}

/// What is wrong when fewer people were invited than answered (`invited` of 0 says
/// nothing): the response rate would pass 100%.
pub fn fewer_invited_than_answered(invited: u32, responses: usize) -> Option<String> {
    (invited > 0 && responses > invited as usize)
        .then(|| format!("{responses} responses, but only {invited} people were invited"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        date::parse_iso(s).unwrap()
    }

    fn response(batch: &str, answers: &[(&str, f64)]) -> Response {
        Response {
            id: String::new(),
            batch: batch.into(),
            imported: d("2026-11-02"),
            partner: None,
            group: None,
            answers: answers.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            comments: BTreeMap::new(),
        }
    }

    #[test]
    fn a_batch_found_whole_is_not_imported_again() {
        let existing = vec![
            response("b1", &[("vision", 4.0)]),
            response("b1", &[("vision", 4.0)]),
            response("b1", &[("vision", 2.0)]),
        ];
        // The same file again: every row was imported before.
        let again = existing.clone();
        assert_eq!(already_imported(&existing, &again), vec![Some("b1"); 3]);
        // The export downloaded later, with a new response who answered like two others.
        let mut grown = existing.clone();
        grown.insert(1, response("new", &[("vision", 4.0)]));
        let found = already_imported(&existing, &grown);
        assert_eq!(found.iter().filter(|f| f.is_some()).count(), 3);
        assert_eq!(found.iter().filter(|f| f.is_none()).count(), 1);
        // Another file that shares one response with the batch, but not all of it.
        let other = vec![response("x", &[("vision", 4.0)])];
        assert_eq!(already_imported(&existing, &other), vec![None]);
    }

    #[test]
    fn groups_match_without_case_spaces_or_a_plural() {
        let groups = vec!["teachers".to_string(), "partner-staff".to_string()];
        assert_eq!(match_group(&groups, "Teacher"), Some("teachers"));
        assert_eq!(match_group(&groups, "Partner staff"), Some("partner-staff"));
        assert_eq!(match_group(&groups, "Students"), None);
        let groups = vec!["families".to_string(), "community".to_string()];
        assert_eq!(match_group(&groups, "Parent or guardian"), Some("families"));
        assert_eq!(match_group(&groups, "Community member"), Some("community"));
    }

    #[test]
    fn a_survey_is_upcoming_open_or_closed() {
        let s = Survey {
            opens: Some(d("2026-11-01")),
            closes: Some(d("2026-11-30")),
            ..Survey::default()
        };
        assert_eq!(s.state(d("2026-10-31")), State::Upcoming);
        assert_eq!(s.state(d("2026-11-30")), State::Open);
        assert_eq!(s.state(d("2026-12-01")), State::Closed);
    }
}
