//! Action items as output: the row of `action list` (also shown on `checkin show` and
//! `partner show`), where an item stands as of a day, the order lists show them in, and
//! the one-line description status lines use.

use crate::model::action;
use crate::model::date::{relative, span_words};
use crate::model::partner::Partner;
use crate::model::records::Action;
use crate::report::list::Full;
use crate::report::table::opt;
use crate::report::{Cell, Painter, Row, Tone};
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;

/// "`k7q2m9x4` Send the roster: Dana Whitfield (ours), due 2026-12-15", for status lines.
pub fn describe(a: &Action) -> String {
    let mut who = Vec::new();
    match (&a.owner, a.side) {
        (Some(o), Some(s)) => who.push(format!("{o} ({s})")),
        (Some(o), None) => who.push(o.clone()),
        (None, Some(s)) => who.push(format!("{s} side")),
        (None, None) => {}
    }
    if let Some(due) = a.due {
        who.push(format!("due {due}"));
    }
    let rest = if who.is_empty() {
        String::new()
    } else {
        format!(": {}", who.join(", "))
    };
    format!("`{}` {}{rest}", a.id, a.text)
}

/// A new item as it was understood, every part named even when missing, so a due date
/// or an owner that was not read shows: "`k7q2m9x4` \"Send flyers\" · owner Jo Park
/// (ours) · due 2026-12-01", or "... · no owner · no due date".
pub fn understood(a: &Action) -> String {
    let who = match (&a.owner, a.side) {
        (Some(o), Some(s)) => format!("owner {o} ({s})"),
        (Some(o), None) => format!("owner {o} (no side)"),
        (None, Some(s)) => format!("no owner ({s} side)"),
        (None, None) => "no owner, no side".to_string(),
    };
    let due = a
        .due
        .map_or("no due date".to_string(), |d| format!("due {d}"));
    format!("`{}` \"{}\" · {who} · {due}", a.id, a.text)
}

/// Where an action item stands as of today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Open,
    Overdue,
    Done,
}

/// An action item as it stood on a day: a done date after that day is not known yet.
/// Serializes as [`Full`] does.
#[derive(Debug)]
pub struct AsOf<'a>(Cow<'a, Action>);

impl<'a> AsOf<'a> {
    pub fn new(a: &'a Action, today: NaiveDate) -> Self {
        if a.done.is_some() && action::is_open(a, today) {
            AsOf(Cow::Owned(Action {
                done: None,
                ..a.clone()
            }))
        } else {
            AsOf(Cow::Borrowed(a))
        }
    }
}

impl std::ops::Deref for AsOf<'_> {
    type Target = Action;
    fn deref(&self) -> &Action {
        &self.0
    }
}

impl Serialize for AsOf<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Full(&*self.0).serialize(s)
    }
}

/// One action item in a list: the item as of today, and where it stands.
#[derive(Debug, Serialize)]
pub struct ActionRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub item: AsOf<'a>,
    pub status: ActionStatus,
    pub days_overdue: Option<i64>,
    /// Days it was done after its due date (0 when on time).
    pub days_late: Option<i64>,
    /// Where it stands, in words, for tables.
    #[serde(skip)]
    when: Cell,
}

impl<'a> ActionRow<'a> {
    pub fn new(p: &'a Partner, a: &'a Action, today: NaiveDate) -> Self {
        let days_overdue = action::days_overdue(a, today);
        let days_late = action::days_late(a, today);
        let item = AsOf::new(a, today);
        let (status, when) = match (item.done, days_overdue, a.due) {
            (Some(done), _, _) => match days_late.filter(|&d| d > 0) {
                Some(late) => (
                    ActionStatus::Done,
                    Cell::new(format!("done {done}, {} late", span_words(late))).tone(Tone::Warn),
                ),
                None => (
                    ActionStatus::Done,
                    Cell::new(format!("done {done}")).tone(Tone::Good),
                ),
            },
            (None, Some(days), _) => (
                ActionStatus::Overdue,
                Cell::new(format!("{} overdue", span_words(days))).tone(Tone::Bad),
            ),
            (None, None, Some(due)) => (
                ActionStatus::Open,
                Cell::new(format!("due {}", relative(due, today))),
            ),
            (None, None, None) => (ActionStatus::Open, Cell::new("open").tone(Tone::Dim)),
        };
        ActionRow {
            partner: &p.id,
            partner_name: &p.name,
            item,
            status,
            days_overdue,
            days_late,
            when,
        }
    }

    /// One line for show screens: id, where it stands, the text, and who owns it.
    pub fn line(&self, p: &Painter) -> String {
        let a = &*self.item;
        let who: Vec<String> = [a.owner.clone(), a.side.map(|s| s.to_string())]
            .into_iter()
            .flatten()
            .collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" {}", p.paint(Tone::Dim, &format!("({})", who.join(", "))))
        };
        format!(
            "  {}  {}  {}{who}\n",
            p.paint(Tone::Dim, &a.id),
            p.paint(self.when.tone, &format!("{:<16}", self.when.text)),
            crate::report::terminal::line(&a.text)
        )
    }
}

/// Open items first, soonest due first (undated last), then done items, latest first.
pub fn sort(rows: &mut [ActionRow]) {
    rows.sort_by_key(|r| {
        let done = r.status == ActionStatus::Done;
        let due = if done { None } else { r.item.due };
        (
            done,
            !done && r.item.due.is_none(),
            due,
            std::cmp::Reverse(r.item.done),
            r.partner.to_string(),
            r.item.id.clone(),
        )
    });
}

impl Row for ActionRow<'_> {
    fn headers() -> &'static [&'static str] {
        &["id", "partner", "side", "owner", "due", "status", "text"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let a = &*self.item;
        vec![
            Cell::new(&*a.id),
            Cell::new(self.partner).tone(Tone::Strong),
            opt(a.side),
            opt(a.owner.as_deref()),
            opt(a.due),
            self.when.clone(),
            Cell::new(&*a.text),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_done_date_after_today_is_not_known_yet() {
        let p = Partner {
            id: "acme".into(),
            name: "Acme".into(),
            ..Partner::default()
        };
        let a = Action {
            id: "k7q2m9x4".into(),
            text: "Send the roster".into(),
            owner: None,
            side: None,
            due: Some(day(10)),
            done: Some(day(20)),
            checkin: None,
            created: Some(day(1)),
            by: Some("Dana".into()),
        };
        let before = ActionRow::new(&p, &a, day(15));
        assert_eq!(before.status, ActionStatus::Overdue);
        let json = serde_json::to_value(&before).unwrap();
        assert_eq!(json["done"], serde_json::Value::Null);
        assert_eq!(json["by"], "Dana");
        assert_eq!(json["partner"], "acme");
        let after = ActionRow::new(&p, &a, day(25));
        assert_eq!(after.status, ActionStatus::Done);
        assert_eq!(serde_json::to_value(&after).unwrap()["done"], "2026-11-20");
    }
}
