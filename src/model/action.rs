//! Action items: what each side agreed to do, whether it is overdue, and how reliably
//! each side delivers.
//!
//! The rules, as of a date `today`:
//! - an item recorded after today does not exist yet, and one done after today is
//!   still open;
//! - an item is overdue when it is open and its due date is before today;
//! - a side's reliability is the share of its items that came due on or before today
//!   and were done on or before their due date; with none come due there is no figure.
//!
//! Also here: the `--action "TEXT @OWNER due:DATE side:ours|partner"` mini-syntax, and
//! finding an owner among the partner's role holders and contacts.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::date::{DateSpec, days_between, span_words};
use crate::model::partner::{Partner, Side, Stage};
use crate::model::records::Action;
use chrono::NaiveDate;
use serde::Serialize;

/// Whether the item had been recorded by `today`.
pub fn exists(a: &Action, today: NaiveDate) -> bool {
    a.created.is_none_or(|c| c <= today)
}

/// Whether the item is still to do as of `today`.
pub fn is_open(a: &Action, today: NaiveDate) -> bool {
    a.done.is_none_or(|d| d > today)
}

/// Days the item is overdue as of `today` (open, and due before today).
pub fn days_overdue(a: &Action, today: NaiveDate) -> Option<i64> {
    let due = a.due?;
    (exists(a, today) && is_open(a, today) && due < today).then(|| days_between(due, today))
}

/// Days an item was done after its due date (0 when on time); `None` while open or
/// without a due date.
pub fn days_late(a: &Action, today: NaiveDate) -> Option<i64> {
    let (due, done) = (a.due?, a.done?);
    (done <= today).then(|| days_between(due, done).max(0))
}

/// How reliably one side does what it agreed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Reliability {
    /// Items that came due on or before today.
    pub came_due: usize,
    /// Of those, the ones done on or before their due date.
    pub on_time: usize,
    /// `on_time / came_due`, from 0 to 1; none when nothing came due.
    pub share: Option<f64>,
}

impl Reliability {
    /// "83% (5 of 6 on time)", or "none came due yet".
    pub fn describe(&self) -> String {
        match self.share {
            Some(s) => format!(
                "{:.0}% ({} of {} on time)",
                s * 100.0,
                self.on_time,
                self.came_due
            ),
            None => "none came due yet".to_string(),
        }
    }
}

/// The reliability of `side` over `actions`, as of `today`.
pub fn reliability<'a>(
    actions: impl IntoIterator<Item = &'a Action>,
    side: Side,
    today: NaiveDate,
) -> Reliability {
    let mut came_due = 0;
    let mut on_time = 0;
    for a in actions {
        let Some(due) = a.due else { continue };
        if a.side != Some(side) || !exists(a, today) || due > today {
            continue;
        }
        came_due += 1;
        if a.done.is_some_and(|d| d <= due) {
            on_time += 1;
        }
    }
    Reliability {
        came_due,
        on_time,
        share: (came_due > 0).then(|| on_time as f64 / came_due as f64),
    }
}

/// "our", "the partner's", or "an" (no side recorded), for sentences.
pub fn whose(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Ours) => "our",
        Some(Side::Partner) => "the partner's",
        None => "an",
    }
}

/// Every overdue action item of a partner being worked with (not paused or ended), for
/// `accord status`.
pub fn attention(p: &Partner, today: NaiveDate) -> Vec<Attention> {
    if matches!(p.stage, Stage::Paused | Stage::Ended) {
        return Vec::new();
    }
    p.actions
        .iter()
        .filter_map(|a| {
            let days = days_overdue(a, today)?;
            let owner = a
                .owner
                .as_ref()
                .map_or(String::new(), |o| format!(" ({o})"));
            let mut item = Attention::partner(
                p,
                Urgency::Overdue,
                AttentionKind::ActionOverdue,
                format!(
                    "{} action item {} overdue: {}{owner}",
                    whose(a.side),
                    span_words(days),
                    a.text
                ),
                format!("accord action done {}", a.id),
            )
            .on(a.due?, today)
            .subject(&a.id);
            item.side = a.side;
            Some(item)
        })
        .collect()
}

/// An action item as written with `--action`: `"TEXT [@OWNER] [due:DATE] [side:S]"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionSpec {
    pub text: String,
    /// As typed, without the `@`; `_` stands for a space (`@Dana_Whitfield`).
    pub owner: Option<String>,
    pub due: Option<DateSpec>,
    pub side: Option<Side>,
}

/// How to write an action item, shown with parse errors.
pub const ACTION_HELP: &str = "write it as \"TEXT @OWNER due:DATE side:ours|partner\", e.g. \"Send the fall roster @Dana due:2026-12-15\"";

impl std::str::FromStr for ActionSpec {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        let mut words = Vec::new();
        let mut spec = ActionSpec {
            text: String::new(),
            owner: None,
            due: None,
            side: None,
        };
        for word in raw.split_whitespace() {
            let lower = word.to_ascii_lowercase();
            if let Some(owner) = word.strip_prefix('@') {
                if owner.is_empty() {
                    return Err(format!("`@` needs a name after it; {ACTION_HELP}"));
                }
                if spec.owner.is_some() {
                    return Err(format!(
                        "action item `{raw}` names two owners; give one @OWNER"
                    ));
                }
                spec.owner = Some(owner.replace('_', " "));
            } else if lower.starts_with("due:") {
                if spec.due.is_some() {
                    return Err(format!("action item `{raw}` has two due dates"));
                }
                let date: DateSpec = word[4..]
                    .parse()
                    .map_err(|e| format!("the due date of action item `{raw}`: {e}"))?;
                spec.due = Some(date);
            } else if lower.starts_with("side:") {
                if spec.side.is_some() {
                    return Err(format!("action item `{raw}` has two sides"));
                }
                spec.side = Some(word[5..].parse::<Side>()?);
            } else {
                words.push(word);
            }
        }
        spec.text = words.join(" ");
        if spec.text.is_empty() {
            return Err(format!("action item `{raw}` has no text; {ACTION_HELP}"));
        }
        Ok(spec)
    }
}

/// Who owns an item, as found among the partner's people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub name: String,
    /// The side of the role holder or contact found, if one was.
    pub side: Option<Side>,
}

/// Find the person meant by `typed` among the partner's role holders (either side) and
/// contacts (the partner's side), restricted to `side` when given. A person matches on
/// their full name or any word of it, ignoring case: `dana`, `Whitfield` and `dana
/// whitfield` all find "Dana Whitfield". Someone not found keeps the name as typed, with
/// no side; a name that fits several people is an error listing them.
pub fn find_owner(p: &Partner, typed: &str, side: Option<Side>) -> Result<Owner, String> {
    let typed = typed.trim().trim_start_matches('@').replace('_', " ");
    let wanted = typed.to_lowercase();
    let mut people: Vec<(&str, Side)> = p
        .roles
        .iter()
        .map(|r| (r.person.as_str(), r.side))
        .chain(p.contacts.iter().map(|c| (c.name.as_str(), Side::Partner)))
        .filter(|(name, s)| !name.trim().is_empty() && side.is_none_or(|want| want == *s))
        .collect();
    people.sort_by_key(|(name, s)| (name.to_lowercase(), *s));
    people.dedup_by_key(|(name, s)| (name.to_lowercase(), *s));
    let exact: Vec<_> = people
        .iter()
        .filter(|(name, _)| name.to_lowercase() == wanted)
        .collect();
    let found: Vec<_> = if exact.is_empty() {
        people
            .iter()
            .filter(|(name, _)| {
                name.split_whitespace()
                    .any(|w| w.trim_matches(['.', ',']).to_lowercase() == wanted)
            })
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [] => Ok(Owner {
            name: typed,
            side: None,
        }),
        [(name, s)] => Ok(Owner {
            name: name.to_string(),
            side: Some(*s),
        }),
        many => {
            let names: Vec<String> = many
                .iter()
                .map(|(name, s)| format!("{name} ({s})"))
                .collect();
            Err(format!(
                "`{typed}` could be {}; write more of the name (e.g. @{}) or add side:ours or side:partner",
                names.join(" or "),
                many[0].0.replace(' ', "_")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::{OffsetUnit, parse_iso};
    use crate::model::partner::{Contact, Role};

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn action(side: Side, due: Option<&str>, done: Option<&str>) -> Action {
        Action {
            id: "a1".into(),
            text: "Send the roster".into(),
            owner: Some("Dana".into()),
            side: Some(side),
            due: due.map(d),
            done: done.map(d),
            checkin: None,
            created: Some(d("2020-01-01")),
            by: None,
        }
    }

    #[test]
    fn overdue_means_open_and_due_before_today() {
        let today = d("2026-11-23");
        let due = |due: &str, done: Option<&str>| {
            days_overdue(&action(Side::Ours, Some(due), done), today)
        };
        assert_eq!(due("2026-11-22", None), Some(1));
        assert_eq!(
            due("2026-11-23", None),
            None,
            "due today is not overdue yet"
        );
        assert_eq!(due("2026-10-23", Some("2026-11-20")), None);
        // done after today: still open as of today
        assert_eq!(due("2026-10-23", Some("2026-11-30")), Some(31));
        assert_eq!(days_overdue(&action(Side::Ours, None, None), today), None);
        let mut future = action(Side::Ours, Some("2026-11-01"), None);
        future.created = Some(d("2026-11-24"));
        assert_eq!(days_overdue(&future, today), None, "not recorded yet");
    }

    #[test]
    fn reliability_counts_items_that_came_due() {
        let today = d("2026-11-23");
        let items = vec![
            // on time, and on the due day itself
            action(Side::Ours, Some("2026-10-01"), Some("2026-09-28")),
            action(Side::Ours, Some("2026-10-15"), Some("2026-10-15")),
            // late
            action(Side::Ours, Some("2026-10-20"), Some("2026-10-21")),
            // still open and due today: came due, not done
            action(Side::Ours, Some("2026-11-23"), None),
            // not due yet, or no due date: not counted
            action(Side::Ours, Some("2026-11-24"), None),
            action(Side::Ours, None, Some("2026-05-01")),
            // the other side
            action(Side::Partner, Some("2026-02-01"), Some("2026-03-01")),
        ];
        let ours = reliability(&items, Side::Ours, today);
        assert_eq!((ours.came_due, ours.on_time), (4, 2));
        assert_eq!(ours.share, Some(0.5));
        assert_eq!(ours.describe(), "50% (2 of 4 on time)");
        let theirs = reliability(&items, Side::Partner, today);
        assert_eq!(
            (theirs.came_due, theirs.on_time, theirs.share),
            (1, 0, Some(0.0))
        );
        // as of an earlier date, fewer items had come due
        let earlier = reliability(&items, Side::Ours, d("2026-10-15"));
        assert_eq!((earlier.came_due, earlier.on_time), (2, 2));
        let none = reliability(&items, Side::Ours, d("2026-09-01"));
        assert_eq!((none.came_due, none.share), (0, None));
        assert_eq!(none.describe(), "none came due yet");
    }

    #[test]
    fn leap_day_due_dates() {
        let item = action(Side::Partner, Some("2024-02-29"), Some("2024-03-01"));
        assert_eq!(days_late(&item, d("2024-03-02")), Some(1));
        assert_eq!(days_overdue(&item, d("2024-02-29")), None);
        let open = action(Side::Partner, Some("2024-02-29"), None);
        assert_eq!(days_overdue(&open, d("2025-02-28")), Some(365));
        let r = reliability([&item], Side::Partner, d("2024-02-29"));
        assert_eq!((r.came_due, r.on_time), (1, 0));
    }

    #[test]
    fn the_mini_syntax() {
        let spec: ActionSpec = "Send the fall roster @dana due:2026-10-15 side:partner"
            .parse()
            .unwrap();
        assert_eq!(
            spec,
            ActionSpec {
                text: "Send the fall roster".into(),
                owner: Some("dana".into()),
                due: Some(DateSpec::On(d("2026-10-15"))),
                side: Some(Side::Partner),
            }
        );
        let spec: ActionSpec = "  Book   the lab  @Maya_Chen DUE:+2w ".parse().unwrap();
        assert_eq!(spec.text, "Book the lab");
        assert_eq!(spec.owner.as_deref(), Some("Maya Chen"));
        assert_eq!(
            spec.due,
            Some(DateSpec::Offset {
                amount: 2,
                unit: OffsetUnit::Weeks
            })
        );
        let plain: ActionSpec = "Email maya@example.org the agenda".parse().unwrap();
        assert_eq!(plain.text, "Email maya@example.org the agenda");
        assert_eq!((plain.owner, plain.due, plain.side), (None, None, None));
    }

    #[test]
    fn bad_mini_syntax_is_explained() {
        for (bad, says) in [
            ("@dana due:2026-10-15", "has no text"),
            ("", "has no text"),
            ("Send @dana @sam", "two owners"),
            ("Send @ now", "needs a name"),
            ("Send due:10/15/2026", "ambiguous"),
            ("Send due:", "is not a date"),
            ("Send due:today due:tomorrow", "two due dates"),
            ("Send side:them", "unknown side `them`"),
        ] {
            let err = bad.parse::<ActionSpec>().unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    fn people() -> Partner {
        let role = |side, person: &str| Role {
            side,
            title: "Liaison".into(),
            person: person.into(),
            email: None,
            resp: vec![],
        };
        Partner {
            id: "rrh".into(),
            name: "Riverside Hospital".into(),
            roles: vec![
                role(Side::Ours, "Dana Whitfield"),
                role(Side::Ours, "Dr. Angela Ruiz"),
                role(Side::Partner, "Dr. Maya Chen"),
                role(Side::Partner, "Dana Cole"),
            ],
            contacts: vec![
                Contact {
                    name: "Dr. Maya Chen".into(),
                    ..Contact::default()
                },
                Contact {
                    name: "Luis Park".into(),
                    ..Contact::default()
                },
            ],
            ..Partner::default()
        }
    }

    #[test]
    fn owners_are_found_among_role_holders_and_contacts() {
        let p = people();
        let found = |typed: &str, side| find_owner(&p, typed, side);
        assert_eq!(
            found("maya", None),
            Ok(Owner {
                name: "Dr. Maya Chen".into(),
                side: Some(Side::Partner)
            })
        );
        assert_eq!(found("ruiz", None).unwrap().side, Some(Side::Ours));
        assert_eq!(found("Luis", None).unwrap().side, Some(Side::Partner));
        assert_eq!(
            found("dana_whitfield", None).unwrap(),
            Owner {
                name: "Dana Whitfield".into(),
                side: Some(Side::Ours)
            }
        );
        // the side narrows the search
        assert_eq!(
            found("dana", Some(Side::Ours)).unwrap().name,
            "Dana Whitfield"
        );
        assert_eq!(
            found("dana", Some(Side::Partner)).unwrap().name,
            "Dana Cole"
        );
        let err = found("dana", None).unwrap_err();
        assert!(
            err.contains("Dana Cole (partner) or Dana Whitfield (ours)") && err.contains("side:"),
            "{err}"
        );
        // someone else keeps the name as typed
        assert_eq!(
            found("Sam_Ortiz", None),
            Ok(Owner {
                name: "Sam Ortiz".into(),
                side: None
            })
        );
        assert_eq!(found("luis", Some(Side::Ours)).unwrap().side, None);
    }

    #[test]
    fn status_lists_overdue_items_with_their_side() {
        let mut p = people();
        p.actions = vec![
            action(Side::Partner, Some("2026-11-06"), None),
            action(Side::Ours, Some("2026-11-30"), None),
            action(Side::Ours, Some("2026-10-01"), Some("2026-10-02")),
        ];
        let items = attention(&p, d("2026-11-23"));
        assert_eq!(items.len(), 1);
        let a = &items[0];
        assert_eq!(
            (a.urgency, a.kind, a.days, a.side),
            (
                Urgency::Overdue,
                AttentionKind::ActionOverdue,
                Some(17),
                Some(Side::Partner)
            )
        );
        assert_eq!(
            a.problem,
            "the partner's action item 17 days overdue: Send the roster (Dana)"
        );
        assert_eq!(a.fix, "accord action done a1");
        assert_eq!(a.subject.as_deref(), Some("a1"));
        for stage in [Stage::Paused, Stage::Ended] {
            p.stage = stage;
            assert!(attention(&p, d("2026-11-23")).is_empty());
        }
    }
}
