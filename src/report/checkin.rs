//! Check-ins as output: the row of `checkin list`, the `checkin show` screen, and the
//! check-in parts of `partner list` and `partner show` (last contact, next due, latest
//! check-ins, open action items, each side's reliability).

use crate::model::action::{self, Reliability};
use crate::model::cadence::Cadence;
use crate::model::contact::{self, DueState};
use crate::model::date::relative;
use crate::model::partner::{Partner, Side};
use crate::model::records::Checkin;
use crate::report::action::{self as action_report, ActionRow};
use crate::report::list::Full;
use crate::report::table::{self, opt, section};
use crate::report::{Cell, Painter, Row, Tone};
use chrono::NaiveDate;
use serde::Serialize;

/// One check-in in a list: the check-in, its partner, and how many action items were
/// agreed at it.
#[derive(Debug, Serialize)]
pub struct CheckinRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub checkin: Full<'a, Checkin>,
    /// How many action items were agreed at it.
    pub actions: usize,
}

impl<'a> CheckinRow<'a> {
    pub fn new(p: &'a Partner, c: &'a Checkin) -> Self {
        CheckinRow {
            partner: &p.id,
            partner_name: &p.name,
            checkin: Full(c),
            actions: p
                .actions
                .iter()
                .filter(|a| a.checkin.as_deref() == Some(c.id.as_str()))
                .count(),
        }
    }

    /// The check-in itself.
    pub fn record(&self) -> &'a Checkin {
        self.checkin.0
    }

    /// The summary on one line, so it fits a table row: its first line, with `…` when
    /// it has more (or the first line of the notes, without a summary).
    fn summary_text(&self) -> String {
        let c = self.record();
        let text = c.summary.as_deref().or(c.notes.as_deref()).unwrap_or("");
        let mut lines = text.trim().lines().map(str::trim).filter(|l| !l.is_empty());
        let first = lines.next().unwrap_or("").to_string();
        match (&c.summary, lines.next()) {
            (Some(_), Some(_)) => format!("{first} …"),
            _ => first,
        }
    }
}

impl Row for CheckinRow<'_> {
    fn headers() -> &'static [&'static str] {
        &["id", "date", "partner", "kind", "actions", "summary"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let c = self.record();
        vec![
            Cell::new(&*c.id),
            Cell::new(c.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(c.kind.as_str()),
            Cell::new(self.actions.to_string()).right(),
            Cell::new(self.summary_text()),
        ]
    }
}

/// One check-in with the action items agreed at it: `checkin show`.
#[derive(Debug, Serialize)]
pub struct CheckinView<'a> {
    #[serde(flatten)]
    pub checkin: CheckinRow<'a>,
    pub action_items: Vec<ActionRow<'a>>,
}

impl<'a> CheckinView<'a> {
    /// Check-in `c` of partner `p`, as of `today`.
    pub fn new(p: &'a Partner, c: &'a Checkin, today: NaiveDate) -> Self {
        CheckinView {
            checkin: CheckinRow::new(p, c),
            action_items: p
                .actions
                .iter()
                .filter(|a| a.checkin.as_deref() == Some(c.id.as_str()))
                .map(|a| ActionRow::new(p, a, today))
                .collect(),
        }
    }

    /// The view as terminal text.
    pub fn render(&self, p: &Painter) -> String {
        let row = &self.checkin;
        let c = row.record();
        let kind = c.kind.as_str();
        let mut out = format!(
            "{}{} with {} on {}  {}\n",
            kind[..1].to_uppercase(),
            &kind[1..],
            p.paint(Tone::Strong, row.partner_name),
            c.date,
            p.paint(Tone::Dim, &c.id)
        );
        if let Some(s) = &c.summary {
            out.push_str(&format!("{}\n", crate::report::terminal::line(s)));
        }
        let mut fields = Vec::new();
        if !c.attendees.is_empty() {
            fields.push(("attendees", c.attendees.join(", ")));
        }
        if !c.topics.is_empty() {
            let topics: Vec<&str> = c.topics.iter().map(|t| t.as_str()).collect();
            fields.push(("topics", topics.join(", ")));
        }
        if let Some(r) = c.rating {
            fields.push(("rating", format!("{r} of 5")));
        }
        if let Some(n) = c.next {
            fields.push(("next", n.to_string()));
        }
        if let Some(by) = &c.by {
            fields.push(("logged by", by.clone()));
        }
        if !fields.is_empty() {
            out.push('\n');
            out.push_str(&table::fields(&fields, p));
        }
        if let Some(notes) = &c.notes {
            section(&mut out, p, "Notes");
            for line in notes.lines() {
                let indent = if line.is_empty() { "" } else { "  " };
                out.push_str(&format!("{indent}{line}\n"));
            }
        }
        if !self.action_items.is_empty() {
            section(&mut out, p, "Action items");
            for a in &self.action_items {
                out.push_str(&a.line(p));
            }
        }
        out
    }
}

/// Last contact and next due, for `partner list` and `partner show`.
#[derive(Debug, Serialize)]
pub struct ContactSummary {
    pub last_contact: Option<NaiveDate>,
    /// None for partners not expected to meet.
    pub next_due: Option<NaiveDate>,
    /// Days until the next check-in is due (negative once overdue).
    pub next_due_days_left: Option<i64>,
    pub checkin_state: Option<DueState>,
}

impl ContactSummary {
    pub fn new(p: &Partner, default: Cadence, today: NaiveDate) -> Self {
        let due = contact::due(p, default, today);
        ContactSummary {
            last_contact: contact::last_contact(p, today).map(|c| c.date),
            next_due: due.map(|d| d.next_due),
            next_due_days_left: due.map(|d| -d.days),
            checkin_state: due.map(|d| d.state),
        }
    }

    fn tone(&self) -> Tone {
        match self.checkin_state {
            Some(DueState::Overdue) => Tone::Bad,
            Some(DueState::Soon) => Tone::Warn,
            _ => Tone::Plain,
        }
    }

    /// The LAST CONTACT and NEXT DUE cells.
    pub fn cells(&self) -> [Cell; 2] {
        [opt(self.last_contact), opt(self.next_due).tone(self.tone())]
    }
}

/// Check-ins shown on `partner show`.
const LATEST: usize = 3;

/// Both sides' reliability.
#[derive(Debug, Serialize)]
pub struct BySide {
    pub ours: Reliability,
    pub partner: Reliability,
}

/// The check-in part of `partner show`: contact, latest check-ins, open action items
/// and each side's reliability.
#[derive(Debug, Serialize)]
pub struct PartnerCheckins<'a> {
    #[serde(flatten)]
    pub contact: ContactSummary,
    pub checkin_count: usize,
    pub latest_checkins: Vec<CheckinRow<'a>>,
    pub open_actions: Vec<ActionRow<'a>>,
    pub reliability: BySide,
    #[serde(skip)]
    expected: bool,
    #[serde(skip)]
    actions: usize,
}

impl<'a> PartnerCheckins<'a> {
    pub fn new(p: &'a Partner, default: Cadence, today: NaiveDate) -> Self {
        let mut past: Vec<&Checkin> = p.checkins.iter().filter(|c| c.date <= today).collect();
        past.sort_by_key(|c| std::cmp::Reverse(c.date));
        let mut open_actions: Vec<ActionRow> = p
            .actions
            .iter()
            .filter(|a| action::exists(a, today) && action::is_open(a, today))
            .map(|a| ActionRow::new(p, a, today))
            .collect();
        action_report::sort(&mut open_actions);
        PartnerCheckins {
            contact: ContactSummary::new(p, default, today),
            checkin_count: past.len(),
            latest_checkins: past
                .iter()
                .take(LATEST)
                .map(|c| CheckinRow::new(p, c))
                .collect(),
            open_actions,
            reliability: BySide {
                ours: action::reliability(&p.actions, Side::Ours, today),
                partner: action::reliability(&p.actions, Side::Partner, today),
            },
            expected: contact::expected_to_meet(p),
            actions: p.actions.len(),
        }
    }

    /// The "Check-ins" and "Action items" sections.
    pub fn render(&self, p: &Painter, partner: &str, stage: &str, today: NaiveDate) -> String {
        let mut out = String::new();
        section(&mut out, p, "Check-ins");
        let mut head = Vec::new();
        if let Some(last) = self.contact.last_contact {
            head.push(format!("last contact {last} ({})", relative(last, today)));
        } else {
            head.push("no check-ins yet".to_string());
        }
        match self.contact.next_due {
            Some(due) => {
                let verb = if self.contact.checkin_state == Some(DueState::Overdue) {
                    "overdue since"
                } else {
                    "next due"
                };
                head.push(p.paint(
                    self.contact.tone(),
                    &format!("{verb} {due} ({})", relative(due, today)),
                ));
            }
            None if !self.expected => head.push(format!("not expected to meet while {stage}")),
            None => {}
        }
        out.push_str(&format!("  {}\n", head.join(" · ")));
        for row in &self.latest_checkins {
            let c = row.record();
            out.push_str(&format!(
                "  {}  {:<7}  {}  {}\n",
                c.date,
                c.kind.as_str(),
                crate::report::terminal::line(&row.summary_text()),
                p.paint(Tone::Dim, &c.id)
            ));
        }
        if self.checkin_count > self.latest_checkins.len() {
            out.push_str(&format!(
                "  {}\n",
                p.paint(
                    Tone::Dim,
                    &format!(
                        "{} in all: `accord checkin list {partner}`",
                        self.checkin_count
                    )
                )
            ));
        }
        if self.actions == 0 {
            return out;
        }
        section(&mut out, p, "Action items");
        if self.open_actions.is_empty() {
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none open")));
        }
        for a in &self.open_actions {
            out.push_str(&a.line(p));
        }
        out.push_str(&format!(
            "  {}  ours: {} · partner: {}\n",
            p.paint(Tone::Dim, "reliability"),
            self.reliability.ours.describe(),
            self.reliability.partner.describe()
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_has_every_field_of_its_check_in_and_empty_lists_stay_lists() {
        let c = Checkin {
            id: "1sxfczcf".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 12).unwrap(),
            kind: Default::default(),
            summary: Some("Met".into()),
            ..Checkin::default()
        };
        let p = Partner {
            id: "acme".into(),
            name: "Acme".into(),
            checkins: vec![c.clone()],
            ..Partner::default()
        };
        let json = serde_json::to_value(CheckinRow::new(&p, &p.checkins[0])).unwrap();
        assert_eq!(json["attendees"], serde_json::json!([]));
        assert_eq!(json["topics"], serde_json::json!([]));
        assert_eq!(json["notes"], serde_json::Value::Null);
        assert_eq!(json["partner_name"], "Acme");
        assert_eq!(json["actions"], 0);
    }
}
