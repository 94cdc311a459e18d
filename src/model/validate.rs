//! Rules a well-formed record keeps beyond its types: dates in order, values in range,
//! references inside one file that resolve. Each rule yields a [`Problem`] that names the
//! field by its path in the file, so the store can point at the line.
//!
//! Rules that need the whole workspace (duplicate ids, references between files) live in
//! `store::check`, which calls these per file.

use crate::model::goal::{Direction, Goal};
use crate::model::partner::{Partner, Stage};
use crate::model::settings::Settings;
use crate::model::text::{self, Shape};
use chrono::NaiveDate;

pub use crate::model::problem::{IntoSeg, Problem, Seg, Severity, at};
pub use crate::model::registry::record_id_ok;

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
    if ok(&["name"]) && crate::model::text::is_blank(&p.name) {
        out.push(Problem::error(at!["name"], "the partner has no name"));
    }
    if ok(&["name"])
        && let Some(long) = crate::model::text::too_long(&p.name)
    {
        out.push(Problem::warning(
            at!["name"],
            format!("the partner's name {long}"),
        ));
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
    if ok(&["ended_from"]) && p.ended_from == Some(Stage::Ended) {
        out.push(Problem::warning(
            at!["ended_from"],
            "`ended_from` is the stage the partnership was at when it ended: prospect, exploring, active or paused",
        ));
    }
    if ok(&["since"])
        && let Some(since) = p.since.filter(|&s| s > today)
    {
        out.push(Problem::warning(
            at!["since"],
            format!(
                "the partnership begins {since}, after today: until then `status` and the reports do not count it; if the year is a typo, `accord partner set {} --since DATE`",
                if p.id.is_empty() { "ID" } else { &p.id }
            ),
        ));
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
    out.extend(partner_text(p));
    out.extend(records(p, today));
    out
}

/// The text rule (`model::text`) for one of a partner's or a goal's own fields, in the
/// words `check` and the commands that write it use: "a control character (`\u{1b}`) in
/// the partner field `name`, ...". Notes may hold line breaks and tabs; every other field
/// is one line. `field` is the file's key: `name`, `agreement.notes`.
pub fn own_text(owner: &str, field: &str, value: &str) -> Result<(), String> {
    let shape = if field.ends_with("notes") || field.ends_with("note") {
        Shape::Lines
    } else {
        Shape::Line
    };
    text::check(&format!("the {owner} field `{field}`"), value, shape)
}

/// Problems of the text rule for a list of `(path, value)` of an owner's own fields.
fn text_problems<'a>(
    owner: &str,
    fields: impl IntoIterator<Item = (Vec<Seg>, &'a str)>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (path, value) in fields {
        let field: Vec<String> = path
            .iter()
            .filter_map(|s| match s {
                Seg::Key(k) => Some(k.clone()),
                Seg::Index(_) => None,
            })
            .collect();
        if let Err(msg) = own_text(owner, &field.join("."), value) {
            out.push(Problem::error(path, msg));
        }
    }
    out
}

/// A list of texts as `(path, value)` pairs: `focus[0]`, `focus[1]`...
fn items<'a>(key: &'a str, list: &'a [String]) -> impl Iterator<Item = (Vec<Seg>, &'a str)> {
    list.iter()
        .enumerate()
        .map(move |(i, v)| (at![key, i].to_vec(), v.as_str()))
}

/// The text rule for a partner's own fields (its records keep theirs in the registry).
pub fn partner_text(p: &Partner) -> Vec<Problem> {
    let mut fields: Vec<(Vec<Seg>, &str)> = vec![
        (at!["name"].to_vec(), &p.name),
        (at!["type"].to_vec(), &p.kind),
    ];
    for (key, value) in [
        ("website", &p.website),
        ("notes", &p.notes),
        ("end_reason", &p.end_reason),
    ] {
        fields.extend(value.as_deref().map(|v| (at![key].to_vec(), v)));
    }
    if let Some(a) = &p.agreement {
        for (key, value) in [("kind", &a.kind), ("notes", &a.notes)] {
            fields.extend(
                value
                    .as_deref()
                    .map(|v| (at!["agreement", key].to_vec(), v)),
            );
        }
    }
    fields.extend(items("focus", &p.focus));
    fields.extend(items("tags", &p.tags));
    text_problems("partner", fields)
}

/// The text rule for a goal's own fields (its measurements keep theirs in the registry).
pub fn goal_text(g: &Goal) -> Vec<Problem> {
    let mut fields: Vec<(Vec<Seg>, &str)> = vec![
        (at!["title"].to_vec(), &g.title),
        (at!["metric"].to_vec(), &g.metric),
        (at!["unit"].to_vec(), &g.unit),
    ];
    for (key, value) in [
        ("owner", &g.owner),
        ("notes", &g.notes),
        ("close_note", &g.close_note),
        ("by", &g.by),
    ] {
        fields.extend(value.as_deref().map(|v| (at![key].to_vec(), v)));
    }
    fields.extend(items("partners", &g.partners));
    text_problems("goal", fields)
}

/// Check the records of one partner (check-ins, actions, evaluations...), as of `today`:
/// the rules each kind declares in the registry.
pub fn records(p: &Partner, today: NaiveDate) -> Vec<Problem> {
    crate::model::registry::problems(p, today)
}

/// Check one goal, as of `today`. References to partners are checked by the store.
pub fn goal(g: &Goal, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    if crate::model::text::is_blank(&g.title) {
        out.push(Problem::error(at!["title"], "the goal has no title"));
    }
    if let Some(long) = crate::model::text::too_long(&g.title) {
        out.push(Problem::warning(
            at!["title"],
            format!("the goal's title {long}"),
        ));
    }
    if crate::model::text::is_blank(&g.metric) {
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
    out.extend(goal_text(g));
    out.extend(crate::model::registry::problems(g, today));
    for (i, m) in g.measurements.iter().enumerate() {
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
        crate::model::date::parse_iso(s).unwrap()
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
    fn a_partnership_does_not_end_from_ended() {
        let mut p = base();
        p.stage = Stage::Ended;
        p.ended = Some(d("2026-06-30"));
        p.ended_from = Some(Stage::Prospect);
        assert!(partner(&p, &Settings::default(), d("2026-11-23"), &[]).is_empty());
        p.ended_from = Some(Stage::Ended);
        let probs = partner(&p, &Settings::default(), d("2026-11-23"), &[]);
        assert_eq!(probs.len(), 1);
        assert_eq!(probs[0].path, at!["ended_from"]);
        assert_eq!(probs[0].severity, Severity::Warning);
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
            rating: Some(6),
            next: Some(d("2026-09-01")),
            ..Checkin::default()
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
