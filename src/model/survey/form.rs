//! Reading an online form's responses as the form tool exports them (Google Forms,
//! Microsoft Forms, Qualtrics, SurveyMonkey, a spreadsheet typed from paper forms): one
//! row per respondent, one column per question.
//!
//! Each column is, in this order:
//! - what `--map COLUMN=TARGET` says (a dimension key, `partner`, `group`, `comment`, or
//!   `-` to leave it out);
//! - identifying or form metadata (a timestamp, an email address, a name, an IP address,
//!   a response id...): dropped, never stored;
//! - a question of the instrument, matched by its wording, its title or its key (a grid
//!   question's `Title [Row]` header by the row), ignoring case, spaces and punctuation;
//! - the partner or the group the respondent chose;
//! - free text, kept as comments under the column's header. A column whose cells are all
//!   answers on the scale but that matches no question is an error (a reworded question),
//!   and so is a column of email addresses under an unexpected header (it is dropped).
//!
//! Answers may be a label of the scale ("Strongly agree"), a point ("4"), or both ("4 -
//! Agree"); "N/A", "Don't know" and empty cells are no answer. Email addresses and phone
//! numbers written inside comments are removed. Pure: nothing here reads a file.

use crate::model::import::{RowError, normalize};
use crate::model::instrument::{Instrument, fmt_number};
use crate::model::survey::{Response, Survey, group_name, match_group};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The question a form asks for the partner, when a survey covers several.
pub const PARTNER_QUESTION: &str = "Which partner are you answering about?";
/// The question a form asks for the respondent's group, when a survey asks several.
pub const GROUP_QUESTION: &str = "Which of these describes you best?";
/// The free-text question at the end of every form.
pub const COMMENT_QUESTION: &str = "Is there anything else you would like to tell us?";

/// What a column is used for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "use", content = "key", rename_all = "kebab-case")]
pub enum Use {
    /// The answers to the question of this dimension key.
    Question(String),
    Partner,
    Group,
    /// Free text, kept as comments.
    Comment,
    /// Who answered, or when: dropped, never stored.
    Identifying,
    /// Left out with `--map COLUMN=-`, or empty.
    Left,
}

/// One column of the file and what it is used for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    pub header: String,
    #[serde(flatten)]
    pub used: Use,
}

/// A form export read: what each column is, the responses of the rows that read, and
/// every problem, by row and column.
#[derive(Debug, Default)]
pub struct Reading {
    pub columns: Vec<Column>,
    /// Each row's number (the header is row 1) and its response, without id or batch.
    pub responses: Vec<(usize, Response)>,
    pub errors: Vec<RowError>,
    /// Questions of the instrument no column answers.
    pub unasked: Vec<String>,
}

impl Reading {
    /// The headers of the columns used as `u`.
    pub fn headers(&self, u: impl Fn(&Use) -> bool) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|c| u(&c.used))
            .map(|c| c.header.as_str())
            .collect()
    }
}

/// Headers (as compared, see `normalize`) of columns that say who answered or when.
const IDENTIFYING: &[&str] = &[
    "timestamp",
    "time",
    "date",
    "submitted",
    "submittedat",
    "submittedon",
    "submissiontime",
    "submissiondate",
    "datesubmitted",
    "starttime",
    "endtime",
    "completiontime",
    "lastmodifiedtime",
    "startdate",
    "enddate",
    "recordeddate",
    "name",
    "fullname",
    "firstname",
    "lastname",
    "surname",
    "respondent",
    "respondentname",
    "respondentid",
    "responseid",
    "id",
    "ip",
    "username",
    "user",
    "studentid",
    "employeeid",
    "staffid",
    "status",
    "progress",
    "durationinseconds",
    "duration",
    "finished",
    "externalreference",
    "externaldatareference",
    "locationlatitude",
    "locationlongitude",
    "distributionchannel",
    "userlanguage",
    "collectorid",
    "customdata",
    "signature",
    "address",
];

/// Header words that make a column identifying wherever they appear in it.
const IDENTIFYING_PARTS: &[&str] = &[
    "email",
    "ipaddress",
    "timestamp",
    "phone",
    "recipient",
    "yourname",
    "fullname",
    "firstname",
    "lastname",
];

const PARTNER_HEADERS: &[&str] = &[
    "partner",
    "partnername",
    "partnerorganization",
    "partnerorganisation",
    "organization",
    "organisation",
    "whichpartner",
    "partnership",
    "whichpartnership",
];

const GROUP_HEADERS: &[&str] = &[
    "group",
    "respondentgroup",
    "role",
    "yourrole",
    "iama",
    "iam",
    "youarea",
    "whoareyou",
    "respondenttype",
    "whichbestdescribesyou",
    "whichdescribesyoubest",
];

const COMMENT_HEADERS: &[&str] = &[
    "comment",
    "comments",
    "othercomments",
    "anyothercomments",
    "additionalcomments",
    "anythingelse",
    "suggestions",
    "feedback",
];

/// Cells that are no answer.
const NO_ANSWER: &[&str] = &[
    "na",
    "notapplicable",
    "dontknow",
    "donotknow",
    "idontknow",
    "notsure",
    "prefernottosay",
    "prefernottoanswer",
    "noanswer",
    "skip",
    "skipped",
];

/// Whether a header says who answered or when.
pub fn identifying(header: &str) -> bool {
    let h = normalize(header);
    IDENTIFYING.contains(&h.as_str()) || IDENTIFYING_PARTS.iter().any(|p| h.contains(p))
}

/// A header without a question number in front: `3. Do both sides...`, `Q3 Do...`.
fn unnumbered(header: &str) -> &str {
    let t = header.trim();
    let rest = t
        .strip_prefix(['Q', 'q'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(t);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return t;
    }
    let after = &rest[digits..];
    match after.chars().next() {
        Some('.' | ')' | ':' | ' ' | '-') => after[1..].trim_start(),
        _ => t,
    }
}

/// The dimension a header asks about: its question, title or key, whole or as the row of
/// a grid question (`Rate each [Communication]`), with or without a number in front.
pub fn question_for(inst: &Instrument, header: &str) -> Option<String> {
    let matches = |text: &str| {
        let h = normalize(unnumbered(text));
        inst.dimensions.iter().find(|d| {
            !h.is_empty()
                && (normalize(&d.question) == h
                    || normalize(&d.title) == h
                    || normalize(&d.key) == h)
        })
    };
    if let Some(d) = matches(header) {
        return Some(d.key.clone());
    }
    let inner = header
        .trim()
        .strip_suffix(']')
        .and_then(|s| s.rsplit_once('['))
        .map(|(_, item)| item);
    inner.and_then(matches).map(|d| d.key.clone())
}

/// The closest question to a header that matches none, for a hint.
fn closest_question<'a>(inst: &'a Instrument, header: &str) -> Option<&'a str> {
    let h = normalize(unnumbered(header));
    inst.dimensions
        .iter()
        .map(|d| (strsim::jaro_winkler(&h, &normalize(&d.question)), d))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, d)| d.key.as_str())
}

/// Read one answer: a label, a point, both, or no answer (`Ok(None)`).
pub fn answer(inst: &Instrument, cell: &str) -> Result<Option<f64>, String> {
    let text = cell.trim();
    let norm = normalize(text);
    if norm.is_empty() {
        return Ok(None);
    }
    let points = inst.points();
    let labels = &inst.scale.labels;
    let by_label = |t: &str| {
        let n = normalize(t);
        labels
            .iter()
            .position(|l| normalize(l) == n)
            .and_then(|i| points.get(i).copied())
    };
    if let Some(p) = by_label(text) {
        return Ok(Some(p));
    }
    // After the labels: a scale may have "not sure" as one of its answers.
    if NO_ANSWER.contains(&norm.as_str()) {
        return Ok(None);
    }
    let on_scale = |v: f64| {
        if points.is_empty() {
            inst.check_value(v).is_ok()
        } else {
            points.contains(&v)
        }
    };
    if let Ok(v) = text.parse::<f64>()
        && on_scale(v)
    {
        return Ok(Some(v));
    }
    // "4 - Agree", "4 (Agree)", "Agree (4)".
    let lead: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    let lead = match text[lead.len()..].chars().next() {
        Some(' ' | '-' | '–' | '(' | ':' | '=') => lead,
        _ => String::new(),
    };
    let trail = text
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .map(|(_, n)| n.trim().to_string());
    for n in [Some(lead), trail].into_iter().flatten() {
        if let Ok(v) = n.parse::<f64>()
            && !n.is_empty()
            && on_scale(v)
        {
            return Ok(Some(v));
        }
    }
    let choices: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| match labels.get(i) {
            Some(l) => format!("{l} ({})", fmt_number(*p)),
            None => fmt_number(*p),
        })
        .collect();
    let choices = if choices.is_empty() {
        format!(
            "a number from {} to {}",
            fmt_number(inst.scale.min),
            fmt_number(inst.scale.max)
        )
    } else {
        choices.join(", ")
    };
    Err(format!(
        "`{text}` is not an answer on the `{}` scale; the answers are: {choices}",
        inst.name
    ))
}

/// Whether a cell reads as an answer on the scale (not as free text).
fn looks_like_answer(inst: &Instrument, cell: &str) -> bool {
    matches!(answer(inst, cell), Ok(Some(_)))
}

/// Whether a cell is an email address.
fn is_email(cell: &str) -> bool {
    let t = cell.trim();
    !t.contains(char::is_whitespace)
        && t.split_once('@')
            .is_some_and(|(u, h)| !u.is_empty() && h.contains('.') && !h.starts_with('.'))
}

/// Text from a form as it may be shown: no control characters (a line break stays, a tab
/// is a space) and no bidirectional overrides, which could disguise what a terminal
/// shows.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Comment text with email addresses and phone numbers taken out, so a respondent who
/// signs a comment is not named by it (and with no control characters, see [`plain`]).
pub fn scrub(text: &str) -> String {
    let text = &plain(text);
    let mut out: Vec<String> = Vec::new();
    for word in text.split(' ') {
        let core = word.trim_matches(|c: char| "()[]<>,;:.!?\"'".contains(c));
        if is_email(core) && !core.is_empty() {
            out.push(word.replace(core, "[email removed]"));
        } else {
            out.push(word.to_string());
        }
    }
    scrub_phones(&out.join(" "))
}

/// Runs of 7 or more digits (with spaces, dots, dashes or brackets between) become
/// `[phone removed]`.
fn scrub_phones(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() || (chars[i] == '+' || chars[i] == '(');
        if starts {
            let mut j = i;
            let mut digits = 0;
            let mut last_digit = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || " .-()+".contains(chars[j])) {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    last_digit = j;
                }
                j += 1;
            }
            if digits >= 7 {
                out.push_str("[phone removed]");
                i = last_digit + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// What one `--map` target means.
fn mapped(inst: &Instrument, target: &str) -> Result<Use, String> {
    let t = normalize(target);
    match t.as_str() {
        "" => Err("an empty target".into()),
        "partner" => Ok(Use::Partner),
        "group" => Ok(Use::Group),
        "comment" | "comments" => Ok(Use::Comment),
        _ if target.trim() == "-" => Ok(Use::Left),
        _ => inst
            .dimensions
            .iter()
            .find(|d| normalize(&d.key) == t)
            .map(|d| Use::Question(d.key.clone()))
            .ok_or_else(|| {
                format!(
                    "`{target}` is not a question of `{}` nor `partner`, `group`, `comment` or `-`; its keys are: {}",
                    inst.name,
                    inst.keys().join(", ")
                )
            }),
    }
}

/// What the reading of a file is told.
pub struct Input<'a> {
    pub survey: &'a Survey,
    pub instrument: &'a Instrument,
    /// The survey's partners: id and name.
    pub partners: &'a [(String, String)],
    /// `--map COLUMN=TARGET` pairs.
    pub map: &'a [(String, String)],
    pub today: NaiveDate,
}

/// Read a form export: decide what each column is, then read every row.
pub fn read(input: &Input, headers: &[String], rows: &[(usize, Vec<String>)]) -> Reading {
    let inst = input.instrument;
    let mut reading = Reading::default();
    let header_error = |column: &str, message: String| RowError {
        row: 1,
        column: Some(column.to_string()),
        message,
    };
    // --map first.
    let mut forced: Vec<Option<Use>> = vec![None; headers.len()];
    for (column, target) in input.map {
        let Some(i) = headers
            .iter()
            .position(|h| normalize(h) == normalize(column) || h.trim() == column.trim())
        else {
            reading.errors.push(RowError {
                row: 1,
                column: None,
                message: format!(
                    "--map names the column `{column}`, which the file does not have; its columns are: {}",
                    headers.join(", ")
                ),
            });
            continue;
        };
        match mapped(inst, target) {
            Ok(u) => forced[i] = Some(u),
            Err(e) => reading
                .errors
                .push(header_error(&headers[i], format!("--map: {e}"))),
        }
    }
    let cells = |col: usize| {
        rows.iter()
            .map(move |(_, r)| r.get(col).map_or("", |c| c.trim()))
    };
    for (col, header) in headers.iter().enumerate() {
        let h = normalize(header);
        let used = if let Some(u) = forced[col].clone() {
            u
        } else if h.is_empty() && cells(col).all(str::is_empty) {
            Use::Left
        } else if identifying(header) {
            Use::Identifying
        } else if let Some(key) = question_for(inst, header) {
            Use::Question(key)
        } else if !input.partners.is_empty()
            && (PARTNER_HEADERS.contains(&h.as_str()) || h == normalize(PARTNER_QUESTION))
        {
            Use::Partner
        } else if GROUP_HEADERS.contains(&h.as_str()) || h == normalize(GROUP_QUESTION) {
            Use::Group
        } else if COMMENT_HEADERS.contains(&h.as_str()) || h == normalize(COMMENT_QUESTION) {
            Use::Comment
        } else {
            let filled: Vec<&str> = cells(col).filter(|c| !c.is_empty()).collect();
            if filled.is_empty() {
                Use::Left
            } else if filled.iter().filter(|c| is_email(c)).count() * 2 >= filled.len() {
                Use::Identifying
            } else if filled.iter().all(|c| looks_like_answer(inst, c)) {
                let hint = match closest_question(inst, header) {
                    Some(k) => format!("if it is `{k}`, say so with --map \"{header}={k}\""),
                    None => format!(
                        "--map \"{header}=KEY\" says which question it is (keys: {}), --map \"{header}=-\" leaves it out",
                        inst.keys().join(", ")
                    ),
                };
                reading.errors.push(header_error(
                    header,
                    format!(
                        "its answers are on the scale but it matches no question of the `{}` instrument; {hint}",
                        inst.name
                    ),
                ));
                Use::Left
            } else {
                Use::Comment
            }
        };
        reading.columns.push(Column {
            header: header.clone(),
            used,
        });
    }
    // A question answered by two columns.
    for d in &inst.dimensions {
        let cols = reading.headers(|u| *u == Use::Question(d.key.clone()));
        if cols.len() > 1 {
            reading.errors.push(header_error(
                cols[1],
                format!(
                    "columns `{}` all answer `{}`; keep one, or leave one out with --map \"{}=-\"",
                    cols.join("`, `"),
                    d.key,
                    cols[1]
                ),
            ));
        }
    }
    for (what, u) in [("partner", Use::Partner), ("group", Use::Group)] {
        let cols = reading.headers(|x| *x == u);
        if cols.len() > 1 {
            reading.errors.push(header_error(
                cols[1],
                format!(
                    "columns `{}` all name the {what}; leave one out with --map \"{}=-\"",
                    cols.join("`, `"),
                    cols[1]
                ),
            ));
        }
    }
    reading.unasked = inst
        .dimensions
        .iter()
        .filter(|d| {
            reading
                .headers(|u| *u == Use::Question(d.key.clone()))
                .is_empty()
        })
        .map(|d| d.key.clone())
        .collect();
    if reading.unasked.len() == inst.dimensions.len() {
        reading.errors.push(RowError {
            row: 1,
            column: None,
            message: format!(
                "no column matches a question of the `{}` instrument; `accord survey questions {}` shows the wording the columns should have",
                inst.name, input.survey.id
            ),
        });
    }
    if input.survey.partners.len() > 1 && reading.headers(|u| *u == Use::Partner).is_empty() {
        // Not an error: the responses count for the survey as a whole.
    }
    if !reading.errors.is_empty() {
        return reading;
    }
    for (number, cells) in rows {
        read_row(input, &mut reading, *number, cells);
    }
    reading
}

/// Read one row into a response, or its problems into `reading.errors`.
fn read_row(input: &Input, reading: &mut Reading, number: usize, cells: &[String]) {
    let survey = input.survey;
    let mut r = Response {
        id: String::new(),
        batch: String::new(),
        imported: input.today,
        partner: None,
        group: None,
        answers: BTreeMap::new(),
        comments: BTreeMap::new(),
    };
    let mut errors = Vec::new();
    let error = |column: &str, message: String| RowError {
        row: number,
        column: Some(column.to_string()),
        message,
    };
    for (col, c) in reading.columns.iter().enumerate() {
        let cell = cells.get(col).map_or("", |s| s.trim());
        match &c.used {
            Use::Question(key) => match answer(input.instrument, cell) {
                Ok(Some(v)) => {
                    r.answers.insert(key.clone(), v);
                }
                Ok(None) => {}
                Err(e) => errors.push(error(&c.header, e)),
            },
            Use::Partner if !cell.is_empty() => match partner(input.partners, cell) {
                Ok(id) => {
                    // The survey's only partner needs no saying.
                    if survey.partners.len() > 1 {
                        r.partner = Some(id);
                    }
                }
                Err(e) => errors.push(error(&c.header, e)),
            },
            Use::Group if !cell.is_empty() => {
                if survey.groups.is_empty() {
                    r.group = Some(group_name(cell)).filter(|g| !g.is_empty());
                } else {
                    match match_group(&survey.groups, cell) {
                        Some(g) if survey.groups.len() > 1 => r.group = Some(g.to_string()),
                        Some(_) => {}
                        None => errors.push(error(
                            &c.header,
                            format!(
                                "`{cell}` is not a group of this survey; its groups are: {}",
                                survey.groups.join(", ")
                            ),
                        )),
                    }
                }
            }
            Use::Comment if !cell.is_empty() => {
                r.comments.insert(plain(c.header.trim()), scrub(cell));
            }
            _ => {}
        }
    }
    if errors.is_empty() && r.answers.is_empty() {
        errors.push(RowError {
            row: number,
            column: None,
            message: "no answer to any question; take the row out of the file".to_string(),
        });
    }
    if errors.is_empty() {
        reading.responses.push((number, r));
    } else {
        reading.errors.extend(errors);
    }
}

/// The survey partner a cell names: by id, by name, or by the id its name makes.
fn partner(partners: &[(String, String)], cell: &str) -> Result<String, String> {
    let n = normalize(cell);
    partners
        .iter()
        .find(|(id, name)| {
            normalize(id) == n || normalize(name) == n || *id == crate::model::id::slugify(cell)
        })
        .map(|(id, _)| id.clone())
        .ok_or_else(|| {
            let names: Vec<String> = partners
                .iter()
                .map(|(id, name)| format!("{name} ({id})"))
                .collect();
            format!(
                "`{cell}` is not a partner of this survey; its partners are: {}",
                names.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accord() -> Instrument {
        Instrument::builtin("accord").unwrap()
    }

    #[test]
    fn answers_are_labels_points_or_both() {
        let i = accord();
        assert_eq!(answer(&i, "Strongly agree"), Ok(Some(5.0)));
        assert_eq!(answer(&i, " agree "), Ok(Some(4.0)));
        assert_eq!(answer(&i, "2"), Ok(Some(2.0)));
        assert_eq!(answer(&i, "4 - Agree"), Ok(Some(4.0)));
        assert_eq!(answer(&i, "Neutral (3)"), Ok(Some(3.0)));
        assert_eq!(answer(&i, ""), Ok(None));
        assert_eq!(answer(&i, "N/A"), Ok(None));
        assert_eq!(answer(&i, "Don't know"), Ok(None));
        let mut sure = accord();
        sure.scale.labels[2] = "not sure".into();
        assert_eq!(answer(&sure, "Not sure"), Ok(Some(3.0)));
        let err = answer(&i, "Agreee").unwrap_err();
        assert!(err.starts_with("`Agreee` is not an answer on the `accord` scale; the answers are: strongly disagree (1), disagree (2)"), "{err}");
        assert!(answer(&i, "7").is_err());
        assert!(answer(&i, "3.5").is_err());
    }

    #[test]
    fn identifying_columns_are_known_by_their_headers() {
        for h in [
            "Timestamp",
            "Email Address",
            "Email",
            "Name",
            "ID",
            "Start time",
            "Completion time",
            "IPAddress",
            "RecipientEmail",
            "Your name (optional)",
            "Phone number",
        ] {
            assert!(identifying(h), "{h}");
        }
        for h in ["Partner", "Comments", "Which of these describes you best?"] {
            assert!(!identifying(h), "{h}");
        }
    }

    #[test]
    fn questions_match_by_wording_title_key_or_grid_row() {
        let i = accord();
        let q = |h: &str| question_for(&i, h);
        assert_eq!(
            q("Do the two sides talk often and openly enough to hear about problems early?"),
            Some("communication".into())
        );
        assert_eq!(
            q("3. Does each side know who does what, and do people follow through"),
            Some("roles".into())
        );
        assert_eq!(q("Trust and respect"), Some("trust".into()));
        assert_eq!(q("vision"), Some("vision".into()));
        assert_eq!(
            q("How do you rate the partnership? [Value to students]"),
            Some("value".into())
        );
        assert_eq!(q("Favourite colour"), None);
    }

    #[test]
    fn comments_lose_emails_and_phone_numbers() {
        assert_eq!(
            scrub("Great! Write to me at jo.doe@school.org, or call (555) 010-2233."),
            "Great! Write to me at [email removed], or call [phone removed]."
        );
        assert_eq!(scrub("We met 3 times in 2026"), "We met 3 times in 2026");
        assert_eq!(
            scrub("Red\u{1b}[31m alert\u{202e}desrever\r\nnext\tline"),
            "Red[31m alertdesrever\nnext line"
        );
    }
}
