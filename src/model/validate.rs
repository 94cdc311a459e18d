//! Rules a well-formed record keeps beyond its types: dates in order, values in range,
//! references inside one file that resolve. Each rule yields a [`Problem`] that names the
//! field by its path in the file, so the store can point at the line.
//!
//! Rules that need the whole workspace (duplicate ids, references between files) live in
//! `store::check`, which calls these per file.

use crate::model::date;
use crate::model::goal::{Direction, Goal};
use crate::model::partner::{Partner, Stage, check_email};
use crate::model::settings::Settings;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One step of a path into a TOML file: a key, or an index into an array of tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Something wrong (or suspicious) in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the file: `["agreement", "ends"]`, `["checkin", 2, "rating"]`.
    pub path: Vec<Seg>,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<Vec<Seg>>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<Vec<Seg>>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Build a path: `at!["checkin", i, "date"]`.
#[macro_export]
#[doc(hidden)]
macro_rules! at {
    ($($seg:expr),* $(,)?) => {
        [$($crate::model::validate::IntoSeg::into_seg($seg)),*]
    };
}
pub use at;

pub trait IntoSeg {
    fn into_seg(self) -> Seg;
}

impl IntoSeg for &str {
    fn into_seg(self) -> Seg {
        Seg::Key(self.to_string())
    }
}

impl IntoSeg for usize {
    fn into_seg(self) -> Seg {
        Seg::Index(self)
    }
}

/// A record id as written in a file: the generated form, or anything a person typed that
/// is still one word a command can name.
pub fn record_id_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Check one partner against the settings, as of `today`. Rules that read a field in
/// `unreadable` (fields that failed to parse and were set aside) are skipped.
pub fn partner(
    p: &Partner,
    settings: &Settings,
    today: NaiveDate,
    unreadable: &[String],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let ok = |fields: &[&str]| fields.iter().all(|f| !unreadable.iter().any(|u| u == f));
    if ok(&["name"]) && p.name.trim().is_empty() {
        out.push(Problem::error(at!["name"], "the partner has no name"));
    }
    if ok(&["type"])
        && let Err(e) = settings.partner_type(&p.kind)
    {
        out.push(Problem::error(at!["type"], e));
    }
    if let Some(a) = &p.agreement
        && let (Some(signed), Some(ends)) = (a.signed, a.ends)
        && ends < signed
    {
        out.push(Problem::error(
            at!["agreement", "ends"],
            format!("the agreement ends ({ends}) before it was signed ({signed})"),
        ));
    }
    let stage_and_end = ok(&["stage", "ended"]);
    match (p.stage, p.ended) {
        _ if !stage_and_end => {}
        (Stage::Ended, None) => out.push(Problem::warning(
            at!["stage"],
            "the partner is ended but has no `ended` date; `accord partner end` records one",
        )),
        (stage, Some(_)) if stage != Stage::Ended => out.push(Problem::warning(
            at!["ended"],
            format!("the partner has an `ended` date but its stage is {stage}"),
        )),
        _ => {}
    }
    if ok(&["since", "ended"])
        && let (Some(since), Some(ended)) = (p.since, p.ended)
        && ended < since
    {
        out.push(Problem::error(
            at!["ended"],
            format!("the partnership ended ({ended}) before it began ({since})"),
        ));
    }
    for (i, c) in p.contacts.iter().enumerate() {
        if c.name.trim().is_empty() {
            out.push(Problem::error(
                at!["contact", i, "name"],
                "a contact has no name",
            ));
        }
        if let Some(e) = &c.email
            && let Err(msg) = check_email(e)
        {
            out.push(Problem::warning(at!["contact", i, "email"], msg));
        }
    }
    let mut titles = HashSet::new();
    for (i, r) in p.roles.iter().enumerate() {
        if r.title.trim().is_empty() {
            out.push(Problem::error(
                at!["role", i, "title"],
                "a role has no title",
            ));
        }
        if r.person.trim().is_empty() {
            out.push(Problem::error(
                at!["role", i, "person"],
                "a role names no person",
            ));
        }
        if !titles.insert((r.side, r.title.to_lowercase())) {
            out.push(Problem::warning(
                at!["role", i, "title"],
                format!("the {} side has more than one `{}` role", r.side, r.title),
            ));
        }
    }
    out.extend(records(p, today));
    out
}

/// Check the records of one partner (check-ins, actions, evaluations...), as of `today`.
pub fn records(p: &Partner, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let out = &mut problems;
    let check_id = |kind: &str, i: usize, id: &str, out: &mut Vec<Problem>| {
        if !record_id_ok(id) {
            out.push(Problem::error(
                at![kind, i, "id"],
                format!("`{id}` is not a usable id; use letters, digits, `-` or `_`"),
            ));
        }
    };
    let checkin_ids: HashSet<&str> = p.checkins.iter().map(|c| c.id.as_str()).collect();
    for (i, c) in p.checkins.iter().enumerate() {
        check_id("checkin", i, &c.id, out);
        if let Some(r) = c.rating
            && !(1..=5).contains(&r)
        {
            out.push(Problem::error(
                at!["checkin", i, "rating"],
                format!("rating {r} is outside 1 to 5"),
            ));
        }
        if c.date > today {
            out.push(Problem::warning(
                at!["checkin", i, "date"],
                format!("the check-in is dated {}, after today", c.date),
            ));
        }
        if let Some(next) = c.next
            && next < c.date
        {
            out.push(Problem::warning(
                at!["checkin", i, "next"],
                format!("the next meeting ({next}) is before this one ({})", c.date),
            ));
        }
    }
    for (i, a) in p.actions.iter().enumerate() {
        check_id("action", i, &a.id, out);
        if a.text.trim().is_empty() {
            out.push(Problem::error(
                at!["action", i, "text"],
                "an action item has no text",
            ));
        }
        if let Some(c) = &a.checkin
            && !checkin_ids.contains(c.as_str())
        {
            out.push(Problem::error(
                at!["action", i, "checkin"],
                format!("no check-in `{c}` in this file"),
            ));
        }
        if let Some(done) = a.done
            && done > today
        {
            out.push(Problem::warning(
                at!["action", i, "done"],
                format!("marked done on {done}, after today"),
            ));
        }
        if let (Some(created), Some(due)) = (a.created, a.due)
            && due < created
        {
            out.push(Problem::warning(
                at!["action", i, "due"],
                format!("due ({due}) before it was recorded ({created})"),
            ));
        }
        if let (Some(created), Some(done)) = (a.created, a.done)
            && done < created
        {
            out.push(Problem::warning(
                at!["action", i, "done"],
                format!("done ({done}) before it was created ({created})"),
            ));
        }
    }
    for (i, e) in p.evaluations.iter().enumerate() {
        check_id("evaluation", i, &e.id, out);
    }
    for (i, c) in p.contributions.iter().enumerate() {
        check_id("contribution", i, &c.id, out);
        if !(c.amount.is_finite() && c.amount > 0.0) {
            out.push(Problem::error(
                at!["contribution", i, "amount"],
                format!("amount {} must be more than zero", c.amount),
            ));
        }
    }
    for (i, w) in p.wins.iter().enumerate() {
        check_id("win", i, &w.id, out);
        if w.text.trim().is_empty() {
            out.push(Problem::error(at!["win", i, "text"], "a win has no text"));
        }
    }
    problems
}

/// Check one goal, as of `today`. References to partners are checked by the store.
pub fn goal(g: &Goal, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    if g.title.trim().is_empty() {
        out.push(Problem::error(at!["title"], "the goal has no title"));
    }
    if g.metric.trim().is_empty() {
        out.push(Problem::error(at!["metric"], "the goal names no metric"));
    }
    for (field, v) in [("target", Some(g.target)), ("baseline", g.baseline)] {
        if v.is_some_and(|v| !v.is_finite()) {
            out.push(Problem::error(
                at![field],
                format!("{field} must be a number"),
            ));
        }
    }
    let dir = g.direction();
    if g.baseline.is_none() && dir != Direction::Maintain {
        out.push(Problem::warning(
            at!["target"],
            "the goal has no baseline, so its progress cannot be measured; set one with `accord goal set --baseline`",
        ));
    }
    if let (Some(b), Some(dir)) = (g.baseline, g.direction) {
        let wrong = match dir {
            Direction::Increase => g.target < b,
            Direction::Decrease => g.target > b,
            Direction::Maintain => false,
        };
        if wrong {
            out.push(Problem::warning(
                at!["direction"],
                format!("direction is {dir} but the target ({}) is on the other side of the baseline ({b})", g.target),
            ));
        }
    }
    if g.tolerance.is_some_and(|t| !(t.is_finite() && t >= 0.0)) {
        out.push(Problem::error(
            at!["tolerance"],
            "tolerance must be zero or more",
        ));
    } else if g.tolerance.is_some() && dir != Direction::Maintain {
        out.push(Problem::warning(
            at!["tolerance"],
            format!("tolerance is used only by maintain goals, and this one is {dir}"),
        ));
    }
    if dir != Direction::Maintain && g.baseline == Some(g.target) {
        out.push(Problem::warning(
            at!["target"],
            "the target equals the baseline, so there is no progress to measure; use direction = \"maintain\" to hold a value",
        ));
    }
    if let (Some(start), Some(due)) = (g.start, g.due)
        && due < start
    {
        out.push(Problem::error(
            at!["due"],
            format!("the goal is due ({due}) before it starts ({start})"),
        ));
    }
    if g.outcome.is_some() != g.closed.is_some() {
        out.push(Problem::warning(
            at![if g.outcome.is_some() {
                "outcome"
            } else {
                "closed"
            }],
            "a closed goal needs both `outcome` and `closed`; `accord goal close` sets them",
        ));
    }
    let mut dates: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for (i, m) in g.measurements.iter().enumerate() {
        if !record_id_ok(&m.id) {
            out.push(Problem::error(
                at!["measurement", i, "id"],
                format!("`{}` is not a usable id", m.id),
            ));
        }
        if !m.value.is_finite() {
            out.push(Problem::error(
                at!["measurement", i, "value"],
                "value must be a number",
            ));
        }
        if let Some(first) = dates.insert(m.date, i) {
            out.push(Problem::error(
                at!["measurement", i, "date"],
                format!(
                    "a second measurement on {} (measurement {} has the same date); keep one",
                    m.date,
                    first + 1
                ),
            ));
        }
        if m.date > today {
            out.push(Problem::warning(
                at!["measurement", i, "date"],
                format!("measured on {}, {}", m.date, date::relative(m.date, today)),
            ));
        }
        if g.start.is_some_and(|s| m.date < s) {
            out.push(Problem::warning(
                at!["measurement", i, "date"],
                format!("measured on {}, before the goal starts", m.date),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::partner::{Agreement, Role, Side};
    use crate::model::records::Contribution;

    fn d(s: &str) -> NaiveDate {
        date::parse_iso(s).unwrap()
    }

    fn base() -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            kind: "corporate".into(),
            ..Partner::default()
        }
    }

    #[test]
    fn a_clean_partner_has_no_problems() {
        assert!(partner(&base(), &Settings::default(), d("2026-11-23"), &[]).is_empty());
    }

    #[test]
    fn agreement_ending_before_signing() {
        let mut p = base();
        p.agreement = Some(Agreement {
            signed: Some(d("2026-07-01")),
            ends: Some(d("2026-06-30")),
            ..Agreement::default()
        });
        let probs = partner(&p, &Settings::default(), d("2026-11-23"), &[]);
        assert_eq!(probs.len(), 1);
        assert_eq!(probs[0].path, at!["agreement", "ends"]);
        assert_eq!(probs[0].severity, Severity::Error);
    }

    #[test]
    fn unknown_type_duplicate_roles_and_bad_amounts() {
        let mut p = base();
        p.kind = "alien".into();
        let role = Role {
            side: Side::Ours,
            title: "Liaison".into(),
            person: "Dana".into(),
            email: None,
            resp: vec![],
        };
        p.roles = vec![role.clone(), role];
        p.contributions.push(Contribution {
            id: "k1".into(),
            date: d("2026-01-01"),
            kind: crate::model::records::ContributionKind::Funding,
            amount: 0.0,
            side: Side::Partner,
            note: None,
            by: None,
        });
        let probs = partner(&p, &Settings::default(), d("2026-11-23"), &[]);
        let paths: Vec<_> = probs.iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            paths,
            vec![
                at!["type"].to_vec(),
                at!["role", 1, "title"].to_vec(),
                at!["contribution", 0, "amount"].to_vec()
            ]
        );
    }

    #[test]
    fn checkin_and_action_rules() {
        use crate::model::records::{Action, Checkin, CheckinKind};
        let mut p = base();
        p.checkins.push(Checkin {
            id: "c1".into(),
            date: d("2026-10-01"),
            kind: CheckinKind::Call,
            attendees: vec![],
            summary: None,
            notes: None,
            topics: vec![],
            rating: Some(6),
            next: Some(d("2026-09-01")),
            by: None,
        });
        p.actions.push(Action {
            id: "a1".into(),
            text: "Send the roster".into(),
            owner: None,
            side: None,
            due: Some(d("2026-09-30")),
            done: Some(d("2026-12-01")),
            checkin: Some("c1".into()),
            created: Some(d("2026-10-01")),
            by: None,
        });
        let probs = partner(&p, &Settings::default(), d("2026-11-23"), &[]);
        let found: Vec<_> = probs.iter().map(|p| (p.severity, p.path.clone())).collect();
        assert_eq!(
            found,
            vec![
                (Severity::Error, at!["checkin", 0, "rating"].to_vec()),
                (Severity::Warning, at!["checkin", 0, "next"].to_vec()),
                (Severity::Warning, at!["action", 0, "done"].to_vec()),
                (Severity::Warning, at!["action", 0, "due"].to_vec()),
            ]
        );
    }

    #[test]
    fn goal_rules() {
        let g = Goal {
            title: "Attendance".into(),
            metric: "attendance rate".into(),
            baseline: Some(90.0),
            target: 95.0,
            start: Some(d("2026-08-01")),
            due: Some(d("2026-06-01")),
            measurements: vec![
                crate::model::goal::Measurement {
                    id: "m1".into(),
                    date: d("2026-09-01"),
                    value: 91.0,
                    note: None,
                    source: None,
                    by: None,
                };
                2
            ],
            ..Goal::default()
        };
        let probs = goal(&g, d("2026-11-23"));
        let msgs: Vec<_> = probs.iter().map(|p| (p.severity, p.path.clone())).collect();
        assert_eq!(
            msgs,
            vec![
                (Severity::Error, at!["due"].to_vec()),
                (Severity::Error, at!["measurement", 1, "date"].to_vec()),
            ]
        );
        let mut g = Goal {
            direction: Some(Direction::Increase),
            baseline: Some(95.0),
            tolerance: Some(1.0),
            due: None,
            measurements: vec![],
            ..g
        };
        g.target = 95.0;
        let paths: Vec<_> = goal(&g, d("2026-11-23"))
            .into_iter()
            .map(|p| (p.severity, p.path))
            .collect();
        assert_eq!(
            paths,
            vec![
                (Severity::Warning, at!["tolerance"].to_vec()),
                (Severity::Warning, at!["target"].to_vec()),
            ]
        );
        // a maintain goal needs no baseline, and its tolerance is its band
        (g.direction, g.baseline) = (Some(Direction::Maintain), None);
        assert!(goal(&g, d("2026-11-23")).is_empty());
    }
}
