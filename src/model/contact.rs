//! When we last talked to a partner, and when the next check-in is due.
//!
//! A contact is a check-in of any kind (meeting, call, visit, email...). The rules:
//! - the last contact is the latest check-in dated on or before today;
//! - the next check-in is due one cadence after the last contact, or on the `next` date
//!   planned at that check-in if that is earlier; with no contact ever, one cadence after
//!   the partnership began (`since`) or after accord began tracking it (`added`),
//!   whichever is later, and today when both are unknown;
//! - it is due soon from 14 days before that date, and overdue the day after it; days
//!   overdue are counted from the due date;
//! - only active partners, and exploring ones that set a cadence of their own, are
//!   expected to meet.
//!
//! Not here: action items (`model::action`), or rendering.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::cadence::Cadence;
use crate::model::date::{days_between, relative, span_words};
use crate::model::partner::{Partner, Stage, Start};
use crate::model::records::Checkin;
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::Serialize;

/// Days before the next due date from which a check-in is due soon.
pub const DUE_SOON_DAYS: i64 = 14;

word_enum! {
    /// Where a partner stands against its cadence.
    pub enum DueState {
        Current = "current",
        Soon = "soon",
        Overdue = "overdue",
    }
}

word_enum! {
    /// What the next due date was counted from.
    pub enum DueBasis {
        /// The last contact plus the cadence.
        Cadence = "cadence",
        /// The `next` date planned at the last check-in.
        Planned = "planned",
        /// No contact yet: the partnership's start plus the cadence.
        Since = "since",
        /// No contact yet: when accord began tracking the partner, plus the cadence.
        Added = "added",
        /// No contact and no start date: due now.
        Never = "never",
    }
}

/// When a partner's next check-in is due, and how that stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Due {
    pub cadence: Cadence,
    pub last_contact: Option<NaiveDate>,
    pub next_due: NaiveDate,
    pub basis: DueBasis,
    /// Days from the due date to today: positive once overdue, negative before.
    pub days: i64,
    pub state: DueState,
}

/// The latest check-in dated on or before `today` (the last in the file on a tie).
pub fn last_contact(p: &Partner, today: NaiveDate) -> Option<&Checkin> {
    p.checkins
        .iter()
        .filter(|c| c.date <= today)
        .max_by_key(|c| c.date)
}

/// Whether the partner is expected to meet on a cadence: active partners, and exploring
/// ones that set a cadence in their own file.
pub fn expected_to_meet(p: &Partner) -> bool {
    match p.stage {
        Stage::Active => true,
        Stage::Exploring => p.cadence.is_some(),
        Stage::Prospect | Stage::Paused | Stage::Ended => false,
    }
}

/// Whether the partner was expected to meet during a period that began on `from` (a
/// quarter), counted as of `as_of`: expected to meet, a partner since before the period
/// began, and tracked by accord by then: added before it, or with a check-in on record
/// (a partner entered with its history). A partner that began during the quarter (one
/// that became a partner in September, for July to September) is expected from the
/// next quarter, not in this one.
///
/// The one rule for check-in coverage: the quarterly report's headline counts these
/// partners and its chart of check-ins shows them.
pub fn expected_during(p: &Partner, from: NaiveDate, as_of: NaiveDate) -> bool {
    expected_to_meet(p)
        && p.since.is_none_or(|s| s < from)
        && (p.added.is_none_or(|a| a < from) || p.checkins.iter().any(|c| c.date <= as_of))
}

/// The state of a check-in due `days` after its due date.
pub fn state(days: i64) -> DueState {
    if days > 0 {
        DueState::Overdue
    } else if days >= -DUE_SOON_DAYS {
        DueState::Soon
    } else {
        DueState::Current
    }
}

/// When the partner's next check-in is due as of `today`; `None` for partners not
/// expected to meet. `default` is the workspace's cadence.
pub fn due(p: &Partner, default: Cadence, today: NaiveDate) -> Option<Due> {
    if !expected_to_meet(p) {
        return None;
    }
    let cadence = p.cadence.unwrap_or(default);
    let last = last_contact(p, today);
    let (next_due, basis) = match last {
        Some(c) => {
            let by_cadence = cadence.after(c.date);
            match c.next {
                Some(n) if n >= c.date && n < by_cadence => (n, DueBasis::Planned),
                _ => (by_cadence, DueBasis::Cadence),
            }
        }
        None => match p.start() {
            Some(Start::Since(since)) => (cadence.after(since), DueBasis::Since),
            Some(Start::Added(added)) => (cadence.after(added), DueBasis::Added),
            None => (today, DueBasis::Never),
        },
    };
    let days = days_between(next_due, today);
    Some(Due {
        cadence,
        last_contact: last.map(|c| c.date),
        next_due,
        basis,
        days,
        state: state(days),
    })
}

impl Due {
    /// Why the check-in is due, in words: "last contact 2026-06-12 (5 months ago), meets
    /// quarterly".
    pub fn reason(&self, p: &Partner, today: NaiveDate) -> String {
        match (self.basis, self.last_contact) {
            (DueBasis::Planned, Some(last)) => {
                format!("planned for {} at the check-in of {last}", self.next_due)
            }
            (DueBasis::Cadence, Some(last)) => format!(
                "last contact {last} ({}), meets {}",
                relative(last, today),
                self.cadence.describe()
            ),
            _ => match p.start() {
                Some(start) => format!(
                    "no check-in recorded since {}, meets {}",
                    start.words(),
                    self.cadence.describe()
                ),
                None => "no check-in recorded yet".to_string(),
            },
        }
    }
}

/// A check-in that is overdue or due within 14 days, for `accord status`.
pub fn attention(p: &Partner, default: Cadence, today: NaiveDate) -> Option<Attention> {
    let due = due(p, default, today)?;
    let (urgency, kind, head) = match due.state {
        DueState::Current => return None,
        DueState::Overdue => (
            Urgency::Overdue,
            AttentionKind::CheckinOverdue,
            format!("check-in {} overdue", span_words(due.days)),
        ),
        DueState::Soon => (
            Urgency::Soon,
            AttentionKind::CheckinDue,
            format!("check-in due {}", relative(due.next_due, today)),
        ),
    };
    Some(
        Attention::partner(
            p,
            urgency,
            kind,
            format!("{head}: {}", due.reason(p, today)),
            format!("accord checkin log {}", p.id),
        )
        .on(due.next_due, today),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::records::CheckinKind;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn checkin(date: &str, next: Option<&str>) -> Checkin {
        Checkin {
            id: format!("c{date}"),
            date: d(date),
            kind: CheckinKind::Call,
            summary: Some("talked".into()),
            next: next.map(d),
            ..Checkin::default()
        }
    }

    fn partner(cadence: Option<Cadence>, checkins: Vec<Checkin>) -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            stage: Stage::Active,
            since: Some(d("2024-01-15")),
            cadence,
            checkins,
            ..Partner::default()
        }
    }

    fn due_on(p: &Partner, today: &str) -> Due {
        due(p, Cadence::Quarterly, d(today)).unwrap()
    }

    #[test]
    fn last_contact_is_the_latest_checkin_of_any_kind_up_to_today() {
        let p = partner(
            None,
            vec![
                checkin("2026-09-01", None),
                checkin("2026-11-20", None),
                checkin("2026-10-05", None),
            ],
        );
        assert_eq!(
            last_contact(&p, d("2026-11-23")).unwrap().date,
            d("2026-11-20")
        );
        assert_eq!(
            last_contact(&p, d("2026-11-19")).unwrap().date,
            d("2026-10-05")
        );
        assert!(last_contact(&p, d("2026-08-31")).is_none());
    }

    #[test]
    fn next_due_is_last_contact_plus_cadence() {
        let p = partner(None, vec![checkin("2026-09-03", None)]);
        let due = due_on(&p, "2026-11-23");
        assert_eq!(due.next_due, d("2026-12-03"));
        assert_eq!(due.basis, DueBasis::Cadence);
        assert_eq!((due.days, due.state), (-10, DueState::Soon));
        assert_eq!(due.last_contact, Some(d("2026-09-03")));
    }

    #[test]
    fn an_earlier_planned_date_wins_but_a_later_one_does_not() {
        let p = partner(None, vec![checkin("2026-09-03", Some("2026-10-15"))]);
        let due = due_on(&p, "2026-11-23");
        assert_eq!(
            (due.next_due, due.basis),
            (d("2026-10-15"), DueBasis::Planned)
        );
        assert_eq!((due.days, due.state), (39, DueState::Overdue));
        let p = partner(None, vec![checkin("2026-09-03", Some("2027-01-15"))]);
        assert_eq!(due_on(&p, "2026-11-23").next_due, d("2026-12-03"));
        // only the last check-in's plan counts
        let p = partner(
            None,
            vec![
                checkin("2026-08-01", Some("2026-08-15")),
                checkin("2026-09-03", None),
            ],
        );
        assert_eq!(due_on(&p, "2026-11-23").next_due, d("2026-12-03"));
        // a plan dated before its own check-in is a typo, not a plan
        let p = partner(None, vec![checkin("2026-09-03", Some("2026-09-01"))]);
        assert_eq!(due_on(&p, "2026-11-23").basis, DueBasis::Cadence);
    }

    #[test]
    fn no_contact_ever_is_due_from_since() {
        let p = partner(Some(Cadence::Monthly), vec![]);
        let due = due_on(&p, "2026-11-23");
        assert_eq!(
            (due.next_due, due.basis),
            (d("2024-02-15"), DueBasis::Since)
        );
        assert_eq!(due.state, DueState::Overdue);
        assert_eq!(due.days, days_between(d("2024-02-15"), d("2026-11-23")));
        // a partner added today is not due yet
        let mut fresh = partner(None, vec![]);
        fresh.since = Some(d("2026-11-23"));
        assert_eq!(due_on(&fresh, "2026-11-23").state, DueState::Current);
        // with no start date either, it is due today
        fresh.since = None;
        let due = due_on(&fresh, "2026-11-23");
        assert_eq!(
            (due.next_due, due.basis),
            (d("2026-11-23"), DueBasis::Never)
        );
        assert_eq!((due.days, due.state), (0, DueState::Soon));
    }

    #[test]
    fn a_partner_entered_late_is_due_a_cadence_after_it_was_added() {
        // a partnership since 2018, entered into accord today with no history
        let mut p = partner(None, vec![]);
        p.since = Some(d("2018-06-01"));
        p.added = Some(d("2026-11-23"));
        let due = due_on(&p, "2026-11-23");
        assert_eq!(
            (due.next_due, due.basis, due.state),
            (d("2027-02-23"), DueBasis::Added, DueState::Current)
        );
        assert_eq!(
            due.reason(&p, d("2027-03-01")),
            "no check-in recorded since it was added to accord on 2026-11-23, meets quarterly"
        );
        // once a check-in is logged, the cadence runs from it as for everyone
        p.checkins.push(checkin("2026-12-01", None));
        assert_eq!(due_on(&p, "2026-12-01").basis, DueBasis::Cadence);
        // added before `since` (a partnership planned ahead): `since` still rules
        let mut q = partner(None, vec![]);
        q.since = Some(d("2026-10-01"));
        q.added = Some(d("2026-09-01"));
        assert_eq!(due_on(&q, "2026-11-23").basis, DueBasis::Since);
        // no `since`, only `added`
        q.since = None;
        assert_eq!(
            (
                due_on(&q, "2026-11-23").next_due,
                due_on(&q, "2026-11-23").basis
            ),
            (d("2026-12-01"), DueBasis::Added)
        );
    }

    #[test]
    fn expected_during_a_quarter_once_begun_and_tracked() {
        let (from, as_of) = (d("2026-07-01"), d("2026-09-30"));
        let mut p = partner(None, vec![]);
        assert!(expected_during(&p, from, as_of));
        p.since = Some(d("2026-08-01"));
        assert!(
            !expected_during(&p, from, as_of),
            "began during the quarter"
        );
        p.since = Some(d("2018-06-01"));
        p.added = Some(d("2026-08-01"));
        assert!(
            !expected_during(&p, from, as_of),
            "added during the quarter"
        );
        p.checkins.push(checkin("2025-03-01", None));
        assert!(expected_during(&p, from, as_of), "entered with its history");
        p.stage = Stage::Paused;
        assert!(!expected_during(&p, from, as_of));
    }

    #[test]
    fn soon_within_14_days_and_overdue_the_day_after() {
        let p = partner(Some(Cadence::Monthly), vec![checkin("2026-10-20", None)]);
        // due 2026-11-20
        assert_eq!(due_on(&p, "2026-11-05").state, DueState::Current);
        assert_eq!(due_on(&p, "2026-11-06").state, DueState::Soon);
        assert_eq!(due_on(&p, "2026-11-20").state, DueState::Soon);
        let next_day = due_on(&p, "2026-11-21");
        assert_eq!((next_day.state, next_day.days), (DueState::Overdue, 1));
        assert_eq!(due_on(&p, "2026-11-23").days, 3);
    }

    #[test]
    fn a_checkin_on_the_due_day_resets_the_clock() {
        let mut p = partner(None, vec![checkin("2026-09-03", None)]);
        assert_eq!(due_on(&p, "2026-12-03").state, DueState::Soon);
        assert_eq!(due_on(&p, "2026-12-04").state, DueState::Overdue);
        p.checkins.push(checkin("2026-12-03", None));
        let due = due_on(&p, "2026-12-03");
        assert_eq!(
            (due.next_due, due.state),
            (d("2027-03-03"), DueState::Current)
        );
    }

    #[test]
    fn month_ends_and_leap_years() {
        let monthly = |date| partner(Some(Cadence::Monthly), vec![checkin(date, None)]);
        assert_eq!(
            due_on(&monthly("2026-01-31"), "2026-02-01").next_due,
            d("2026-02-28")
        );
        assert_eq!(due_on(&monthly("2026-01-31"), "2026-03-01").days, 1);
        assert_eq!(
            due_on(&monthly("2024-01-31"), "2024-02-01").next_due,
            d("2024-02-29")
        );
        let quarterly = partner(None, vec![checkin("2023-11-30", None)]);
        assert_eq!(due_on(&quarterly, "2024-01-01").next_due, d("2024-02-29"));
        let annual = partner(Some(Cadence::Annual), vec![checkin("2024-02-29", None)]);
        let due = due_on(&annual, "2025-03-01");
        assert_eq!((due.next_due, due.days), (d("2025-02-28"), 1));
        let days = partner(Some(Cadence::Days(45)), vec![checkin("2024-02-10", None)]);
        assert_eq!(due_on(&days, "2024-03-01").next_due, d("2024-03-26"));
    }

    #[test]
    fn checkins_after_today_are_ignored() {
        let p = partner(
            None,
            vec![checkin("2026-06-01", None), checkin("2026-12-01", None)],
        );
        let due = due_on(&p, "2026-11-23");
        assert_eq!(due.last_contact, Some(d("2026-06-01")));
        assert_eq!(due.state, DueState::Overdue);
    }

    #[test]
    fn who_is_expected_to_meet() {
        let mut p = partner(None, vec![]);
        assert!(expected_to_meet(&p));
        p.stage = Stage::Exploring;
        assert!(!expected_to_meet(&p));
        p.cadence = Some(Cadence::Monthly);
        assert!(expected_to_meet(&p));
        for stage in [Stage::Prospect, Stage::Paused, Stage::Ended] {
            p.stage = stage;
            assert!(!expected_to_meet(&p), "{stage}");
            assert!(due(&p, Cadence::Quarterly, d("2026-11-23")).is_none());
        }
    }

    #[test]
    fn status_items_say_how_long_and_how_to_fix() {
        let today = d("2026-11-23");
        let p = partner(None, vec![checkin("2026-06-12", None)]);
        let a = attention(&p, Cadence::Quarterly, today).unwrap();
        assert_eq!(
            (a.urgency, a.kind, a.days, a.date),
            (
                Urgency::Overdue,
                AttentionKind::CheckinOverdue,
                Some(72),
                Some(d("2026-09-12"))
            )
        );
        assert_eq!(
            a.problem,
            "check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly"
        );
        assert_eq!(a.fix, "accord checkin log acme");
        let p = partner(None, vec![checkin("2026-09-03", None)]);
        let a = attention(&p, Cadence::Quarterly, today).unwrap();
        assert_eq!((a.urgency, a.days), (Urgency::Soon, Some(-10)));
        assert!(
            a.problem
                .starts_with("check-in due in 10 days: last contact 2026-09-03")
        );
        let p = partner(None, vec![checkin("2026-10-01", Some("2026-11-20"))]);
        let a = attention(&p, Cadence::Quarterly, today).unwrap();
        assert_eq!(
            a.problem,
            "check-in 3 days overdue: planned for 2026-11-20 at the check-in of 2026-10-01"
        );
        let p = partner(None, vec![checkin("2026-11-01", None)]);
        assert!(attention(&p, Cadence::Quarterly, today).is_none());
    }
}
