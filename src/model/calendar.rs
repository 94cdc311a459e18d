//! The events of the calendar feed (`accord calendar`): what comes due between today and
//! a horizon, one all-day event each. Pure: today and the settings are passed in.
//!
//! The rules:
//! - a partner's next check-in (as `status` counts it: only partners expected to meet),
//!   an active partner's next evaluation (one `eval_cadence` after the latest), the end
//!   of the agreement of a partner still in play (not a prospect, not ended), the open
//!   action items with a due date of a partner being worked with (not paused or ended),
//!   open goals with a due date, and the closing date of a survey still open;
//! - an event is in the feed when its date falls from today to the horizon's last day,
//!   both included;
//! - what is overdue (a check-in, evaluation, action item or goal due before today, or an
//!   agreement that ended and was not renewed) is placed on today, saying since when, so
//!   it stays in sight until it is dealt with; a goal whose due date passed once it was
//!   met has nothing left to do and is left out;
//! - descriptions give dates, not "in 10 days", so an event's text stays true on the
//!   days after the feed was written;
//! - each event's UID is made from what it is about (`checkin-due-<partner>@accord`,
//!   `action-<id>@accord`...), never random, so a calendar reading the feed again moves or
//!   updates the event instead of adding another.

use crate::model::action::{self, whose};
use crate::model::cadence::Cadence;
use crate::model::contact::{self, DueBasis};
use crate::model::evaluation;
use crate::model::goal::{self, Goal, GoalStatus};
use crate::model::partner::{Partner, Stage, Start};
use crate::model::records::Action;
use crate::model::settings::Settings;
use crate::model::survey::Survey;
use crate::model::word_enum;
use chrono::{Days, NaiveDate};
use serde::Serialize;

word_enum! {
    /// What an event is about; also the first part of its UID.
    pub enum EventKind {
        CheckinDue = "checkin-due",
        EvaluationDue = "evaluation-due",
        AgreementEnd = "agreement-end",
        Action = "action",
        GoalDue = "goal-due",
        SurveyCloses = "survey-closes",
    }
}

/// One all-day event of the feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub kind: EventKind,
    /// Derived from the record: `<kind>-<partner, action or goal id>@accord`.
    pub uid: String,
    /// The day the event is placed on: its due date, or today when that has passed.
    pub date: NaiveDate,
    /// The date it is due (or the agreement ends).
    pub due: NaiveDate,
    /// The thing and the partner: "Check-in due: Riverside Regional Hospital".
    pub summary: String,
    /// Lines of detail, the last one the accord command that deals with it.
    pub description: String,
}

impl Event {
    fn new(kind: EventKind, key: &str, due: NaiveDate, place: NaiveDate) -> Self {
        Event {
            kind,
            uid: concat(&[kind.as_str(), "-", key, "@accord"]),
            date: place,
            due,
            summary: String::new(),
            description: String::new(),
        }
    }

    /// Whether the due date has passed (the event then sits on today).
    pub fn overdue(&self) -> bool {
        self.due < self.date
    }

    /// The exclusive end of the all-day event: the next day.
    pub fn end(&self) -> NaiveDate {
        self.date.succ_opt().unwrap_or(self.date)
    }

    /// "Check-in due" or "Check-in overdue", then the subject.
    fn summary(mut self, thing: &str, subject: &str) -> Self {
        let state = if self.overdue() { "overdue" } else { "due" };
        self.summary = concat(&[thing, " ", state, ": ", subject]);
        self
    }

    /// "Due 2026-12-03." or "Overdue since 2026-09-12.", then the lines given.
    fn describe(mut self, lines: &[String]) -> Self {
        let when = if self.overdue() {
            "Overdue since "
        } else {
            "Due "
        };
        let mut text = String::with_capacity(32 + lines.iter().map(|l| l.len() + 1).sum::<usize>());
        text.push_str(when);
        push_iso(&mut text, self.due);
        text.push('.');
        for line in lines {
            text.push('\n');
            text.push_str(line);
        }
        self.description = text;
        self
    }
}

/// The days the feed covers: from today to the horizon's last day, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub today: NaiveDate,
    pub until: NaiveDate,
}

impl Window {
    /// From `today` to `days` days later (a horizon too far for the calendar reaches as
    /// far as it can).
    pub fn new(today: NaiveDate, days: i64) -> Self {
        let until = u64::try_from(days)
            .ok()
            .map_or(Some(today), |d| today.checked_add_days(Days::new(d)))
            .unwrap_or(NaiveDate::MAX);
        Window { today, until }
    }

    /// The day an item due on `due` goes on: that day within the window, today once it
    /// has passed, none beyond the horizon.
    pub fn place(&self, due: NaiveDate) -> Option<NaiveDate> {
        if due < self.today {
            Some(self.today)
        } else {
            (due <= self.until).then_some(due)
        }
    }
}

/// A partner's events within the window: its next check-in, next evaluation, the end of
/// its agreement and its open action items.
pub fn partner_events(p: &Partner, settings: &Settings, w: Window) -> Vec<Event> {
    let mut out = Vec::new();
    out.extend(checkin(p, settings.cadence, w));
    out.extend(evaluation(p, settings.eval_cadence, w));
    out.extend(agreement(p, w));
    out.extend(actions(p, w));
    out
}

/// The partner's next check-in, for partners expected to meet.
pub fn checkin(p: &Partner, default: Cadence, w: Window) -> Option<Event> {
    let due = contact::due(p, default, w.today)?;
    let place = w.place(due.next_due)?;
    let meets = due.cadence.describe();
    let why = match (due.basis, due.last_contact, p.start()) {
        (DueBasis::Planned, Some(last), _) => format!("Planned at the check-in of {last}."),
        (DueBasis::Cadence, Some(last), _) => format!("Last contact {last}; meets {meets}."),
        (_, _, Some(start)) => {
            format!("No check-in since {}; meets {meets}.", start.words())
        }
        _ => "No check-in recorded yet.".to_string(),
    };
    let lines = [why, format!("Log it: accord checkin log {}", p.id)];
    Some(
        Event::new(EventKind::CheckinDue, &p.id, due.next_due, place)
            .summary("Check-in", &p.name)
            .describe(&lines),
    )
}

/// An active partner's next evaluation: one `cadence` after its latest, or after it
/// became a partner; today when neither date is known.
pub fn evaluation(p: &Partner, cadence: Cadence, w: Window) -> Option<Event> {
    if p.stage != Stage::Active {
        return None;
    }
    let last = evaluation::last_evaluated(p, w.today);
    if last.is_none() && p.start().is_some_and(|s| s.date() > w.today) {
        return None;
    }
    let due = evaluation::next_due(p, cadence, w.today).unwrap_or(w.today);
    let place = w.place(due)?;
    let last = match (last, p.start()) {
        (Some(l), _) => format!("Last evaluated {l}"),
        (None, Some(Start::Since(s))) if s <= w.today => {
            format!("Never evaluated, a partner since {s}")
        }
        (None, Some(Start::Added(a))) if a <= w.today => {
            format!("Never evaluated, in accord since {a}")
        }
        _ => "Never evaluated".to_string(),
    };
    let lines = [
        format!("{last}; due {}.", cadence.describe()),
        format!("Record it: accord eval record {}", p.id),
    ];
    Some(
        Event::new(EventKind::EvaluationDue, &p.id, due, place)
            .summary("Evaluation", &p.name)
            .describe(&lines),
    )
}

/// The end of the agreement of a partner still in play (as `status` sees it: not a
/// prospect or ended, and the agreement signed by today); once ended without renewal,
/// on today.
pub fn agreement(p: &Partner, w: Window) -> Option<Event> {
    if matches!(p.stage, Stage::Ended | Stage::Prospect) {
        return None;
    }
    let a = p.agreement.as_ref()?;
    let ends = a.ends?;
    if a.signed.is_some_and(|s| s > w.today) {
        return None;
    }
    let place = w.place(ends)?;
    let kind = a.kind.as_deref().unwrap_or("agreement");
    let mut e = Event::new(EventKind::AgreementEnd, &p.id, ends, place);
    let (state, when) = if e.overdue() {
        (
            "expired",
            format!("The {kind} ended {ends} and was not renewed."),
        )
    } else {
        ("ends", format!("The {kind} ends {ends}."))
    };
    e.summary = format!("{} {state}: {}", sentence(kind), p.name);
    let signed = a.signed.map(|s| format!("Signed {s}."));
    e.description = [Some(when), signed, a.notes.clone()]
        .into_iter()
        .flatten()
        .chain([format!(
            "Renew it: accord partner set {} --agreement-signed DATE --agreement-ends DATE",
            p.id
        )])
        .collect::<Vec<_>>()
        .join("\n");
    Some(e)
}

/// The open action items with a due date of a partner being worked with (not paused or
/// ended), as `status` counts them.
pub fn actions(p: &Partner, w: Window) -> Vec<Event> {
    if matches!(p.stage, Stage::Paused | Stage::Ended) {
        return Vec::new();
    }
    p.actions
        .iter()
        .filter(|a| action::exists(a, w.today) && action::is_open(a, w.today))
        .filter_map(|a| action_event(p, a, w))
        .collect()
}

fn action_event(p: &Partner, a: &Action, w: Window) -> Option<Event> {
    let due = a.due?;
    let place = w.place(due)?;
    // built by pushing, not `format!`: one event for each open item of every partner
    let mut who = sentence(whose(a.side));
    who.push_str(" action item");
    if let Some(owner) = &a.owner {
        who.push_str(", owned by ");
        who.push_str(owner);
    }
    let agreed = a
        .checkin
        .as_ref()
        .and_then(|id| p.checkins.iter().find(|c| &c.id == id));
    if let Some(c) = agreed {
        who.push_str(", agreed at the check-in of ");
        push_iso(&mut who, c.date);
    }
    who.push('.');
    let lines = [who, concat(&["Mark it done: accord action done ", &a.id])];
    Some(
        Event::new(EventKind::Action, &a.id, due, place)
            .summary("Action", &concat(&[&a.text, " (", &p.name, ")"]))
            .describe(&lines),
    )
}

/// An open goal's due date; once passed, on today while the goal is not met. `names`
/// gives a partner's name from its id; `tolerance` is the workspace's `goal_tolerance`.
pub fn goal_due(
    g: &Goal,
    tolerance: f64,
    w: Window,
    names: impl Fn(&str) -> Option<String>,
) -> Option<Event> {
    if g.outcome_on(w.today).is_some() {
        return None;
    }
    let due = g.due?;
    let a = goal::assess(g, tolerance, w.today);
    if due < w.today && a.status != GoalStatus::Overdue {
        return None;
    }
    let place = w.place(due)?;
    let partners: Vec<String> = g
        .partners
        .iter()
        .map(|id| names(id).unwrap_or_else(|| id.clone()))
        .collect();
    let (subject, whose) = if partners.is_empty() {
        (g.title.clone(), "A program-wide goal".to_string())
    } else {
        let list = partners.join(", ");
        (
            format!("{} ({list})", g.title),
            format!("A goal with {list}"),
        )
    };
    let fix = match a.status {
        GoalStatus::Overdue => format!("Close it: accord goal close {} --met|--missed", g.id),
        GoalStatus::Met => format!("Close it: accord goal close {} --met", g.id),
        _ => format!("Track it: accord goal track {} VALUE", g.id),
    };
    let status = format!("{whose}; on {}, {}: {}.", w.today, a.status, a.reason);
    let lines = [status, fix];
    Some(
        Event::new(EventKind::GoalDue, &g.id, due, place)
            .summary("Goal", &subject)
            .describe(&lines),
    )
}

/// A survey's closing date, while it is still to come (once it has closed there is
/// nothing left to do by a date; `status` says if no responses came in). `names` gives a
/// partner's name from its id.
pub fn survey_closes(
    s: &Survey,
    w: Window,
    names: impl Fn(&str) -> Option<String>,
) -> Option<Event> {
    let closes = s.closes?;
    if closes < w.today || closes > w.until {
        return None;
    }
    let partners: Vec<String> = s
        .partners
        .iter()
        .map(|id| names(id).unwrap_or_else(|| id.clone()))
        .collect();
    let asked = if s.groups.is_empty() {
        String::new()
    } else {
        format!(" of {}", s.groups.join(", "))
    };
    let about = if partners.is_empty() {
        format!("A program-wide survey{asked}")
    } else {
        format!("A survey{asked} about {}", partners.join(", "))
    };
    let n = s.responses_on(w.today).count();
    let so_far = match s.invited {
        Some(i) => format!("{n} of {i} invited had answered on {}.", w.today),
        None => format!("{n} responses imported by {}.", w.today),
    };
    let mut e = Event::new(EventKind::SurveyCloses, &s.id, closes, closes);
    e.summary = format!("Survey closes: {}", s.title);
    e.description = [
        format!("Closes {closes}."),
        format!("{about}. {so_far}"),
        format!(
            "Import the responses: accord survey import {} FILE.csv",
            s.id
        ),
    ]
    .join("\n");
    Some(e)
}

/// In date order; on a day, by kind, then summary.
pub fn sort(events: &mut [Event]) {
    events.sort_by(|a, b| {
        (a.date, a.kind, &a.summary, &a.uid).cmp(&(b.date, b.kind, &b.summary, &b.uid))
    });
}

/// The pieces as one string, in one allocation.
fn concat(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        out.push_str(p);
    }
    out
}

/// Append `date` as its `Display` writes it (`2026-11-23`), without the formatting
/// machinery for the years of four digits.
fn push_iso(out: &mut String, date: NaiveDate) {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        out.push_str(&date.to_string());
        return;
    }
    let digits = |out: &mut String, n: u32, width: u32| {
        for place in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
        }
    };
    digits(out, year.unsigned_abs(), 4);
    out.push('-');
    digits(out, date.month(), 2);
    out.push('-');
    digits(out, date.day(), 2);
}

/// `text` with its first letter in upper case.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::goal::{Measurement, Outcome};
    use crate::model::partner::{Agreement, Side};
    use crate::model::records::{Checkin, CheckinKind};

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    const TODAY: &str = "2026-11-23";

    #[test]
    fn dates_are_pushed_as_they_display() {
        let dates = [
            d("2026-01-09"),
            NaiveDate::from_ymd_opt(1, 2, 3).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 6, 30).unwrap(),
            NaiveDate::MAX,
            NaiveDate::MIN,
        ];
        for date in dates {
            let mut out = String::from("x");
            push_iso(&mut out, date);
            assert_eq!(out, format!("x{date}"));
        }
        assert_eq!(concat(&["a", "", "bc"]), "abc");
    }

    /// 180 days from 2026-11-23: up to 2027-05-22.
    fn window() -> Window {
        Window::new(d(TODAY), 180)
    }

    fn checkin(date: &str) -> Checkin {
        Checkin {
            id: format!("c{}", date.replace('-', "")),
            date: d(date),
            kind: CheckinKind::Meeting,
            ..Checkin::default()
        }
    }

    fn action(id: &str, due: &str, done: Option<&str>) -> Action {
        Action {
            id: id.into(),
            text: "Send the roster".into(),
            owner: Some("Dana Cole".into()),
            side: Some(Side::Partner),
            due: Some(d(due)),
            done: done.map(d),
            checkin: None,
            created: Some(d("2026-09-03")),
            by: None,
        }
    }

    /// Met 2026-09-03 (quarterly: next due 2026-12-03), never evaluated, a partner
    /// since 2026-01-10 (annual evaluation due 2027-01-10), MOU ending 2027-06-30.
    fn partner() -> Partner {
        Partner {
            id: "riverside-hospital".into(),
            name: "Riverside Regional Hospital".into(),
            stage: Stage::Active,
            since: Some(d("2026-01-10")),
            agreement: Some(Agreement {
                kind: Some("MOU".into()),
                signed: Some(d("2024-07-01")),
                ends: Some(d("2027-06-30")),
                notes: None,
            }),
            checkins: vec![checkin("2026-09-03")],
            ..Partner::default()
        }
    }

    fn goal(due: &str) -> Goal {
        Goal {
            id: "pantry-families".into(),
            title: "Reach 450 pantry families a month".into(),
            metric: "families".into(),
            baseline: Some(280.0),
            target: 450.0,
            start: Some(d("2026-07-01")),
            due: Some(d(due)),
            partners: vec!["harvest-food-bank".into()],
            measurements: vec![Measurement {
                id: "m1".into(),
                date: d("2026-10-30"),
                value: 322.0,
                note: None,
                source: None,
                by: None,
            }],
            ..Goal::default()
        }
    }

    fn names(id: &str) -> Option<String> {
        (id == "harvest-food-bank").then(|| "Harvest Table Food Bank".to_string())
    }

    fn events(p: &Partner, w: Window) -> Vec<Event> {
        let mut e = partner_events(p, &Settings::default(), w);
        sort(&mut e);
        e
    }

    fn find(events: &[Event], kind: EventKind) -> Event {
        events.iter().find(|e| e.kind == kind).unwrap().clone()
    }

    fn uids(events: &[Event]) -> Vec<&str> {
        events.iter().map(|e| e.uid.as_str()).collect()
    }

    #[test]
    fn a_partners_events_within_the_horizon() {
        let e = events(&partner(), window());
        assert_eq!(
            uids(&e),
            [
                "checkin-due-riverside-hospital@accord",
                "evaluation-due-riverside-hospital@accord"
            ],
            "the MOU ends after the horizon"
        );
        let c = &e[0];
        assert_eq!(
            (c.kind, c.date, c.due),
            (EventKind::CheckinDue, d("2026-12-03"), d("2026-12-03"))
        );
        assert_eq!(c.summary, "Check-in due: Riverside Regional Hospital");
        assert_eq!(
            c.description,
            "Due 2026-12-03.\n\
             Last contact 2026-09-03; meets quarterly.\n\
             Log it: accord checkin log riverside-hospital"
        );
        let ev = &e[1];
        assert_eq!((ev.date, ev.overdue()), (d("2027-01-10"), false));
        assert_eq!(ev.summary, "Evaluation due: Riverside Regional Hospital");
        assert!(
            ev.description.contains(
                "Never evaluated, a partner since 2026-01-10; due once a year.\n\
                 Record it: accord eval record riverside-hospital"
            ),
            "{}",
            ev.description
        );
        // a longer horizon takes in the end of the MOU
        let e = events(&partner(), Window::new(d(TODAY), 365));
        let end = e
            .iter()
            .find(|e| e.kind == EventKind::AgreementEnd)
            .unwrap();
        assert_eq!(end.uid, "agreement-end-riverside-hospital@accord");
        assert_eq!(end.summary, "MOU ends: Riverside Regional Hospital");
        assert_eq!(
            end.description,
            "The MOU ends 2027-06-30.\nSigned 2024-07-01.\n\
             Renew it: accord partner set riverside-hospital --agreement-signed DATE --agreement-ends DATE"
        );
    }

    #[test]
    fn the_horizon_includes_its_last_day() {
        let w = Window::new(d(TODAY), 10);
        assert_eq!(w.until, d("2026-12-03"));
        assert_eq!(w.place(d("2026-12-03")), Some(d("2026-12-03")));
        assert_eq!(w.place(d("2026-12-04")), None);
        assert_eq!(w.place(d(TODAY)), Some(d(TODAY)));
        assert_eq!(w.place(d("2026-11-22")), Some(d(TODAY)), "overdue: today");
        assert_eq!(uids(&events(&partner(), w)).len(), 1);
        let w = Window::new(d(TODAY), 9);
        assert!(events(&partner(), w).is_empty(), "due the day after");
        // a zero horizon is today only; an absurd one does not overflow
        assert_eq!(Window::new(d(TODAY), 0).until, d(TODAY));
        assert_eq!(Window::new(d(TODAY), i64::MAX).until, NaiveDate::MAX);
    }

    #[test]
    fn all_day_events_end_the_next_day() {
        let mut p = partner();
        let next = |p: &Partner, w| find(&events(p, w), EventKind::CheckinDue);
        p.checkins = vec![checkin("2026-09-30")];
        let e = next(&p, window());
        assert_eq!((e.date, e.end()), (d("2026-12-30"), d("2026-12-31")));
        p.cadence = Some(Cadence::Days(92));
        let e = next(&p, window());
        assert_eq!((e.date, e.end()), (d("2026-12-31"), d("2027-01-01")));
        p.checkins = vec![checkin("2027-12-31")];
        p.cadence = Some(Cadence::Days(60));
        let e = next(&p, Window::new(d("2028-02-28"), 180));
        assert_eq!((e.date, e.end()), (d("2028-02-29"), d("2028-03-01")));
    }

    #[test]
    fn overdue_items_sit_on_today_and_say_since_when() {
        let mut p = partner();
        p.checkins = vec![checkin("2026-06-12")];
        p.since = Some(d("2020-10-01"));
        p.agreement.as_mut().unwrap().ends = Some(d("2026-06-30"));
        p.actions = vec![action("h7y7nb1d", "2026-08-01", None)];
        p.actions[0].checkin = Some("c20260612".into());
        let e = events(&p, window());
        assert_eq!(e.len(), 4);
        assert!(
            e.iter().all(|e| e.date == d(TODAY) && e.overdue()),
            "{e:#?}"
        );
        let by = |k| find(&e, k);
        let c = by(EventKind::CheckinDue);
        assert_eq!(c.due, d("2026-09-12"));
        assert_eq!(c.summary, "Check-in overdue: Riverside Regional Hospital");
        assert!(
            c.description.starts_with(
                "Overdue since 2026-09-12.\nLast contact 2026-06-12; meets quarterly.\n"
            )
        );
        let ev = by(EventKind::EvaluationDue);
        assert_eq!(ev.due, d("2021-10-01"));
        assert_eq!(
            ev.summary,
            "Evaluation overdue: Riverside Regional Hospital"
        );
        let ag = by(EventKind::AgreementEnd);
        assert_eq!(ag.summary, "MOU expired: Riverside Regional Hospital");
        assert!(
            ag.description
                .starts_with("The MOU ended 2026-06-30 and was not renewed.\n")
        );
        let a = by(EventKind::Action);
        assert_eq!(a.uid, "action-h7y7nb1d@accord");
        assert_eq!(
            a.summary,
            "Action overdue: Send the roster (Riverside Regional Hospital)"
        );
        assert_eq!(
            a.description,
            "Overdue since 2026-08-01.\n\
             The partner's action item, owned by Dana Cole, agreed at the check-in of 2026-06-12.\n\
             Mark it done: accord action done h7y7nb1d"
        );
    }

    #[test]
    fn done_and_future_action_items_are_left_out() {
        let mut p = partner();
        p.checkins.clear();
        p.since = None;
        p.agreement = None;
        p.stage = Stage::Exploring;
        p.actions = vec![
            action("open", "2026-12-01", None),
            action("done", "2026-12-01", Some("2026-11-20")),
            // done after today: still open as of today
            action("later", "2026-12-02", Some("2026-11-30")),
            action("beyond", "2027-06-01", None),
        ];
        let mut recorded_later = action("recorded", "2026-12-01", None);
        recorded_later.created = Some(d("2026-11-24"));
        let mut no_due = action("nodue", "2026-12-01", None);
        no_due.due = None;
        p.actions.extend([recorded_later, no_due]);
        let e = events(&p, window());
        assert_eq!(uids(&e), ["action-open@accord", "action-later@accord"]);
        assert_eq!(e[0].description.lines().next(), Some("Due 2026-12-01."));
        for stage in [Stage::Paused, Stage::Ended] {
            p.stage = stage;
            assert!(events(&p, window()).is_empty(), "{stage}");
        }
    }

    #[test]
    fn who_has_events() {
        let mut p = partner();
        p.agreement.as_mut().unwrap().ends = Some(d("2026-12-31"));
        let kinds = |p: &Partner| -> Vec<EventKind> {
            events(p, window()).iter().map(|e| e.kind).collect()
        };
        use EventKind::*;
        assert_eq!(kinds(&p), [CheckinDue, AgreementEnd, EvaluationDue]);
        p.stage = Stage::Ended;
        assert!(kinds(&p).is_empty(), "ended partners have no events");
        p.stage = Stage::Paused;
        assert_eq!(kinds(&p), [AgreementEnd], "paused: only the agreement");
        p.stage = Stage::Prospect;
        assert!(kinds(&p).is_empty());
        p.stage = Stage::Exploring;
        assert_eq!(kinds(&p), [AgreementEnd], "not expected to meet");
        p.cadence = Some(Cadence::Monthly);
        assert_eq!(kinds(&p), [CheckinDue, AgreementEnd]);
        // an agreement signed after today is not in force yet
        p.agreement.as_mut().unwrap().signed = Some(d("2026-11-24"));
        assert_eq!(kinds(&p), [CheckinDue]);
    }

    #[test]
    fn never_met_and_never_evaluated_partners_are_due_today() {
        let mut p = partner();
        p.checkins.clear();
        p.since = None;
        let e = events(&p, window());
        assert_eq!(uids(&e).len(), 2);
        assert!(e.iter().all(|e| e.date == d(TODAY) && !e.overdue()));
        assert!(e[0].description.contains("No check-in recorded yet."));
        assert!(
            e[1].description
                .contains("\nNever evaluated; due once a year.\n")
        );
    }

    #[test]
    fn a_check_in_planned_earlier_is_due_then() {
        let mut p = partner();
        p.checkins[0].next = Some(d("2026-11-30"));
        let e = find(&events(&p, window()), EventKind::CheckinDue);
        assert_eq!(e.date, d("2026-11-30"));
        assert_eq!(
            e.description,
            "Due 2026-11-30.\nPlanned at the check-in of 2026-09-03.\n\
             Log it: accord checkin log riverside-hospital"
        );
    }

    #[test]
    fn uids_are_stable_and_follow_the_record() {
        let p = partner();
        assert_eq!(events(&p, window()), events(&p, window()));
        // the next check-in moves, its UID does not
        let mut later = p.clone();
        later.checkins.push(checkin("2026-11-20"));
        let next = |p: &Partner| find(&events(p, window()), EventKind::CheckinDue);
        let (a, b) = (next(&p), next(&later));
        assert_eq!(a.uid, b.uid);
        assert_ne!(a.date, b.date);
        assert_eq!(b.date, d("2027-02-20"));
    }

    #[test]
    fn goal_due_dates() {
        let w = Window::new(d(TODAY), 365);
        let e = goal_due(&goal("2027-06-30"), 10.0, w, names).unwrap();
        assert_eq!(e.uid, "goal-due-pantry-families@accord");
        assert_eq!(
            e.summary,
            "Goal due: Reach 450 pantry families a month (Harvest Table Food Bank)"
        );
        assert_eq!((e.date, e.end()), (d("2027-06-30"), d("2027-07-01")));
        let lines: Vec<&str> = e.description.lines().collect();
        assert!(
            lines[1].starts_with(
                "A goal with Harvest Table Food Bank; on 2026-11-23, at-risk: 24% of the way"
            ),
            "{lines:?}"
        );
        assert_eq!(
            lines[2],
            "Track it: accord goal track pantry-families VALUE"
        );
        assert!(
            goal_due(&goal("2027-06-30"), 10.0, window(), names).is_none(),
            "beyond"
        );
        // program-wide, and no due date
        let mut g = goal("2027-01-31");
        g.partners.clear();
        let e = goal_due(&g, 10.0, window(), names).unwrap();
        assert_eq!(e.summary, "Goal due: Reach 450 pantry families a month");
        assert!(
            e.description
                .contains("\nA program-wide goal; on 2026-11-23, ")
        );
        g.due = None;
        assert!(goal_due(&g, 10.0, w, names).is_none());
    }

    #[test]
    fn overdue_goals_sit_on_today_and_closed_or_met_ones_are_left_out() {
        let g = goal("2026-10-31");
        let e = goal_due(&g, 10.0, window(), names).unwrap();
        assert_eq!((e.date, e.due), (d(TODAY), d("2026-10-31")));
        assert_eq!(
            e.summary,
            "Goal overdue: Reach 450 pantry families a month (Harvest Table Food Bank)"
        );
        assert!(
            e.description
                .ends_with("\nClose it: accord goal close pantry-families --met|--missed")
        );
        let mut closed = goal("2027-01-31");
        closed.outcome = Some(Outcome::Dropped);
        closed.closed = Some(d("2026-11-01"));
        assert!(goal_due(&closed, 10.0, window(), names).is_none());
        // closed after today: still open as of today
        closed.closed = Some(d("2026-12-01"));
        assert!(goal_due(&closed, 10.0, window(), names).is_some());
        let mut met = goal("2026-10-31");
        met.measurements[0].value = 460.0;
        assert!(
            goal_due(&met, 10.0, window(), names).is_none(),
            "met, past due"
        );
        met.due = Some(d("2027-01-31"));
        let e = goal_due(&met, 10.0, window(), names).unwrap();
        assert!(
            e.description
                .ends_with("Close it: accord goal close pantry-families --met")
        );
    }

    #[test]
    fn events_sort_by_date_then_kind() {
        let mut p = partner();
        p.actions = vec![
            action("b", "2026-12-03", None),
            action("a", "2026-11-30", None),
        ];
        let e = events(&p, window());
        assert_eq!(
            uids(&e),
            [
                "action-a@accord",
                "checkin-due-riverside-hospital@accord",
                "action-b@accord",
                "evaluation-due-riverside-hospital@accord"
            ]
        );
    }
}
