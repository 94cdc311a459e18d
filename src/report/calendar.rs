//! The calendar feed: the events of `model::calendar`, collected one partner at a time
//! (the command reads the files), written as iCalendar (RFC 5545) text.
//!
//! Each event is an all-day event (`DTSTART;VALUE=DATE` and an exclusive `DTEND` on the
//! next day) with the UID made from its record and `DTSTAMP` at midnight UTC of today, so
//! the same data as of the same day gives the same bytes.

use crate::model::calendar::{self, Event, Window};
use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::Survey;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, EventLike, Property};
use std::collections::HashMap;

/// Names the program that made the feed (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//accord//partnership calendar//EN";

/// The events within a window, collected one partner at a time: give it every partner,
/// then every goal, then `finish`. It keeps each partner's events and name, not the
/// partner.
pub struct Collect<'a> {
    settings: &'a Settings,
    window: Window,
    events: Vec<Event>,
    names: HashMap<String, String>,
}

impl<'a> Collect<'a> {
    pub fn new(settings: &'a Settings, window: Window) -> Self {
        Collect {
            settings,
            window,
            events: Vec::new(),
            names: HashMap::new(),
        }
    }

    /// One partner's events.
    pub fn partner(&mut self, p: &Partner) {
        let found = calendar::partner_events(p, self.settings, self.window);
        self.events.extend(found);
        self.names.insert(p.id.clone(), p.name.clone());
    }

    /// One goal's due date; its partners are named when they were given before.
    pub fn goal(&mut self, g: &Goal) {
        let name = |id: &str| self.names.get(id).cloned();
        let found = calendar::goal_due(g, self.settings.goal_tolerance, self.window, name);
        self.events.extend(found);
    }

    /// One survey's closing date; its partners are named when they were given before.
    pub fn survey(&mut self, s: &Survey) {
        let name = |id: &str| self.names.get(id).cloned();
        let found = calendar::survey_closes(s, self.window, name);
        self.events.extend(found);
    }

    /// Every event, in date order.
    pub fn finish(mut self) -> Vec<Event> {
        calendar::sort(&mut self.events);
        self.events
    }
}

/// The events as an iCalendar document named `name` (the workspace's `name`), with CRLF
/// line ends and lines folded at 75 octets.
pub fn ics(events: &[Event], name: Option<&str>, today: NaiveDate) -> String {
    let stamp = Utc.from_utc_datetime(&today.and_time(NaiveTime::MIN));
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"));
    if let Some(name) = name.map(clean).filter(|n| !n.trim().is_empty()) {
        // The crate escapes TEXT only for the properties it knows: X-WR-CALNAME (read by
        // most clients) but not RFC 7986's NAME, unless its type is given.
        let named = Property::new("NAME", &name)
            .append_parameter(("VALUE", "TEXT"))
            .done();
        cal.append_property(named)
            .append_property(("X-WR-CALNAME", name.as_str()));
    }
    for e in events {
        cal.push(
            icalendar::Event::new()
                .uid(&e.uid)
                .timestamp(stamp)
                .starts(e.date)
                .ends(e.end())
                .summary(&clean(&e.summary))
                .description(&clean(&e.description))
                // a due date, not a meeting: it does not make anyone busy
                .add_property("TRANSP", "TRANSPARENT")
                .done(),
        );
    }
    refold(&cal.to_string())
}

/// Text made safe for a TEXT value: line breaks as `\n`, and no other control characters
/// (the crate escapes `\n`, `,`, `;` and `\` but would pass a bare CR through).
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// The longest content line, in octets, without its CRLF (RFC 5545 §3.1).
const FOLD_AT: usize = 75;

/// Fold every content line of `text` again: at most 75 octets to a line, the leading
/// space of a continuation line included, and never inside a UTF-8 character.
///
/// icalendar 0.17.17 folds at character boundaries, but does not count the leading space
/// of the last continuation line: a line of 150 octets becomes lines of 75 and 76. Its
/// folds are exactly "CRLF space" (TEXT values cannot hold a line break; `clean` makes
/// sure), so they are undone and done right here.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 24);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut room = FOLD_AT;
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = FOLD_AT - 1;
        }
        out.push_str(rest);
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calendar::EventKind;
    use crate::model::date::parse_iso;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn event(summary: &str) -> Event {
        Event {
            kind: EventKind::CheckinDue,
            uid: "checkin-due-rio-grande@accord".into(),
            date: d("2026-12-31"),
            due: d("2026-12-31"),
            summary: summary.into(),
            description: "Due 2026-12-31; owner Ana, Luis.\nLog it: accord checkin log rio-grande"
                .into(),
        }
    }

    /// The physical lines of iCalendar text, checked to end in CRLF.
    fn lines(text: &str) -> Vec<&str> {
        assert!(text.ends_with("\r\n"));
        let lines: Vec<&str> = text.split_terminator("\r\n").collect();
        assert!(lines.iter().all(|l| !l.contains(['\r', '\n'])));
        lines
    }

    #[test]
    fn all_day_events_with_their_uid_and_a_fixed_stamp() {
        let text = ics(
            &[event("Check-in due: Río Grande")],
            Some("Riverside"),
            d("2026-11-23"),
        );
        assert_eq!(
            lines(&text),
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//accord//partnership calendar//EN",
                "CALSCALE:GREGORIAN",
                "NAME;VALUE=TEXT:Riverside",
                "X-WR-CALNAME:Riverside",
                "BEGIN:VEVENT",
                "DESCRIPTION:Due 2026-12-31\\; owner Ana\\, Luis.\\nLog it: accord checkin log ",
                " rio-grande",
                "DTEND;VALUE=DATE:20270101",
                "DTSTAMP:20261123T000000Z",
                "DTSTART;VALUE=DATE:20261231",
                "SUMMARY:Check-in due: Río Grande",
                "TRANSP:TRANSPARENT",
                "UID:checkin-due-rio-grande@accord",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        );
        let again = ics(
            &[event("Check-in due: Río Grande")],
            Some("Riverside"),
            d("2026-11-23"),
        );
        assert_eq!(text, again);
    }

    #[test]
    fn names_are_escaped_and_optional() {
        let text = ics(&[], Some("Arts, Music; and\r\nMore"), d("2026-11-23"));
        assert!(
            text.contains("\r\nNAME;VALUE=TEXT:Arts\\, Music\\; and\\nMore\r\n"),
            "{text}"
        );
        assert!(
            text.contains("\r\nX-WR-CALNAME:Arts\\, Music\\; and\\nMore\r\n"),
            "{text}"
        );
        let text = ics(&[], None, d("2026-11-23"));
        assert!(!text.contains("NAME"));
        assert!(!text.contains("VEVENT"));
    }

    #[test]
    fn control_characters_do_not_break_lines() {
        let e = event("Line\rbreak\u{7}s");
        let text = ics(&[e], None, d("2026-11-23"));
        assert!(text.contains("\r\nSUMMARY:Line\\nbreaks\r\n"), "{text}");
    }

    #[test]
    fn folding_counts_octets_with_the_leading_space() {
        // 150 octets: the crate alone writes a 76-octet continuation line
        let value = format!("{}é", "a".repeat(150 - "SUMMARY:".len() - 2));
        let mut raw = Calendar::empty();
        raw.push(icalendar::Event::new().summary(&value).done());
        let raw = raw.to_string();
        assert!(
            raw.split("\r\n").any(|l| l.len() == 76),
            "the crate's folding changed; `refold` may no longer be needed:\n{raw}"
        );
        assert!(refold(&raw).split("\r\n").all(|l| l.len() <= FOLD_AT));
        assert_eq!(refold(&raw).replace("\r\n ", ""), raw.replace("\r\n ", ""));
    }

    #[test]
    fn folding_never_splits_a_character() {
        // characters of 1 to 4 octets, at every offset around the fold points
        for c in ['a', 'é', '—', '😀'] {
            for n in 0..240 {
                let line = format!("SUMMARY:{}{}", "x".repeat(n % 7), c.to_string().repeat(n));
                let text = refold(&format!("{line}\r\n"));
                let physical = lines(&text);
                for (i, l) in physical.iter().enumerate() {
                    assert!(l.len() <= FOLD_AT, "{n} {c}: {l:?}");
                    assert_eq!(i > 0, l.starts_with(' '), "{n} {c}: {l:?}");
                    // filled up: only a character that would not fit was moved on
                    if i + 1 < physical.len() {
                        assert!(l.len() + c.len_utf8() > FOLD_AT, "{n} {c}: {l:?}");
                    }
                }
                assert_eq!(text.replace("\r\n ", ""), format!("{line}\r\n"));
            }
        }
    }
}
