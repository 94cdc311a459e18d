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
use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
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
/// line ends and lines folded at 75 octets: what [`write`] writes, in one string.
pub fn ics(events: &[Event], name: Option<&str>, today: NaiveDate) -> String {
    let mut out = String::new();
    let all: Result<(), std::convert::Infallible> = write(events, name, today, |part| {
        out.push_str(part);
        Ok(())
    });
    match all {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// About how much text [`write`] gathers before handing it on.
const PART: usize = 64 * 1024;

/// Write the events as an iCalendar document named `name` (the workspace's `name`), a
/// part at a time: `emit` is given whole content lines (a part ends with CRLF), about
/// 64 KiB at a time, so the feed is never all in memory.
///
/// The text is what the `icalendar` crate (0.17.17) writes for the same calendar, its
/// lines folded again by the rule of RFC 5545 §3.1 (the crate's own folding is off by one
/// octet): each event's properties in the crate's order (by name), TEXT values escaped
/// as the crate escapes them, after [`clean`]. The crate built a `Calendar` of every event
/// and then one string of it, several allocations per property; this writes the same
/// bytes straight into a reused buffer. A test compares the two.
pub fn write<E>(
    events: &[Event],
    name: Option<&str>,
    today: NaiveDate,
    mut emit: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let stamp = Utc
        .from_utc_datetime(&today.and_time(NaiveTime::MIN))
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut w = Lines::default();
    w.out.reserve(PART + 4096);
    w.raw("BEGIN:VCALENDAR");
    w.raw("VERSION:2.0");
    w.text("PRODID", PRODID, false);
    w.raw("CALSCALE:GREGORIAN");
    if let Some(name) = name.map(clean).filter(|n| !n.trim().is_empty()) {
        // The crate escapes TEXT only for the properties it knows: X-WR-CALNAME (read by
        // most clients) but not RFC 7986's NAME, unless its type is given.
        w.text("NAME;VALUE=TEXT", &name, false);
        w.text("X-WR-CALNAME", &name, false);
    }
    for e in events {
        w.raw("BEGIN:VEVENT");
        w.text("DESCRIPTION", &e.description, true);
        w.date("DTEND;VALUE=DATE", e.end());
        w.line.clear();
        w.line.push_str("DTSTAMP:");
        w.line.push_str(&stamp);
        w.fold();
        w.date("DTSTART;VALUE=DATE", e.date);
        w.text("SUMMARY", &e.summary, true);
        // a due date, not a meeting: it does not make anyone busy
        w.raw("TRANSP:TRANSPARENT");
        w.text("UID", &e.uid, true);
        w.raw("END:VEVENT");
        if w.out.len() >= PART {
            emit(&w.out)?;
            w.out.clear();
        }
    }
    w.raw("END:VCALENDAR");
    emit(&w.out)
}

/// The content lines written so far, and the one being made.
#[derive(Default)]
struct Lines {
    out: String,
    line: String,
}

impl Lines {
    /// A line that needs neither escaping nor folding.
    fn raw(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push_str("\r\n");
    }

    /// `key` (with its parameters) and a TEXT value, cleaned (see [`clean`]) when
    /// `cleaned`, and escaped.
    fn text(&mut self, key: &str, value: &str, cleaned: bool) {
        self.line.clear();
        self.line.push_str(key);
        self.line.push(':');
        push_text(&mut self.line, value, cleaned);
        self.fold();
    }

    /// `key` (with its parameters) and a DATE value.
    fn date(&mut self, key: &str, date: NaiveDate) {
        self.line.clear();
        self.line.push_str(key);
        self.line.push(':');
        push_date(&mut self.line, date);
        self.fold();
    }

    /// The line made, folded.
    fn fold(&mut self) {
        fold_into(&mut self.out, &self.line);
    }
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

/// The octets [`push_text`] may change: the escaped ones, the controls (C0, DEL) and the
/// first octet of a C1 control.
const SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        special[i] = true;
        i += 1;
    }
    special[0x7f] = true;
    special[0xc2] = true;
    special[b'\\' as usize] = true;
    special[b',' as usize] = true;
    special[b';' as usize] = true;
    special
};

/// Append `text` as a TEXT value, escaped as the crate escapes it (`\` as `\\`, `,` as
/// `\,`, `;` as `\;`, a line break as `\n`), and when `cleaned`, [`clean`] first; in one
/// pass over the octets that copies everything else a run at a time.
fn push_text(out: &mut String, text: &str, cleaned: bool) {
    let b = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if !SPECIAL[usize::from(b[i])] {
            i += 1;
            continue;
        }
        let (len, put) = match b[i] {
            b'\\' => (1, "\\\\"),
            b',' => (1, "\\,"),
            b';' => (1, "\\;"),
            b'\n' => (1, "\\n"),
            _ if !cleaned => {
                i += 1;
                continue;
            }
            // CRLF is one line break, a CR alone is one too
            b'\r' if b.get(i + 1) == Some(&b'\n') => (1, ""),
            b'\r' => (1, "\\n"),
            b'\t' => {
                i += 1;
                continue;
            }
            // the other C0 controls and DEL, then the C1 controls (U+0080 to U+009F)
            0..=0x1f | 0x7f => (1, ""),
            0xc2 if matches!(b.get(i + 1), Some(0x80..=0x9f)) => (2, ""),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[start..i]);
        out.push_str(put);
        i += len;
        start = i;
    }
    out.push_str(&text[start..]);
}

/// Append a DATE value, `YYYYMMDD` (as chrono's `%Y%m%d`, which the crate uses).
fn push_date(out: &mut String, date: NaiveDate) {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        out.push_str(&date.format("%Y%m%d").to_string());
        return;
    }
    let digits = |out: &mut String, n: u32, width: u32| {
        for place in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
        }
    };
    digits(out, year.unsigned_abs(), 4);
    digits(out, date.month(), 2);
    digits(out, date.day(), 2);
}

/// The longest content line, in octets, without its CRLF (RFC 5545 §3.1).
const FOLD_AT: usize = 75;

/// Append one content line, folded: at most 75 octets to a line, the leading space of a
/// continuation line included, and never inside a UTF-8 character; then CRLF.
///
/// icalendar 0.17.17 folds at character boundaries, but does not count the leading space
/// of the last continuation line: a line of 150 octets becomes lines of 75 and 76.
fn fold_into(out: &mut String, line: &str) {
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

/// Fold every content line of `text` again (as [`fold_into`]), its folds ("CRLF space")
/// undone first.
#[cfg(test)]
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 24);
    for line in unfolded.split_terminator("\r\n") {
        fold_into(&mut out, line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calendar::EventKind;
    use crate::model::date::parse_iso;
    use icalendar::{Calendar, Component, EventLike, Property};
    use proptest::prelude::*;

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

    /// The feed as the `icalendar` crate writes it, its lines folded again: how `ics` made
    /// it before it wrote the text itself.
    fn by_the_crate(events: &[Event], name: Option<&str>, today: NaiveDate) -> String {
        let stamp = Utc.from_utc_datetime(&today.and_time(NaiveTime::MIN));
        let mut cal = Calendar::empty();
        cal.append_property(("VERSION", "2.0"))
            .append_property(("PRODID", PRODID))
            .append_property(("CALSCALE", "GREGORIAN"));
        if let Some(name) = name.map(clean).filter(|n| !n.trim().is_empty()) {
            let named = Property::new("NAME", &name)
                .append_parameter(("VALUE", "TEXT"))
                .done();
            cal.append_property(named)
                .append_property(("X-WR-CALNAME", name.as_str()));
        }
        for e in events {
            cal.push(
                icalendar::Event::new()
                    .uid(&clean(&e.uid))
                    .timestamp(stamp)
                    .starts(e.date)
                    .ends(e.end())
                    .summary(&clean(&e.summary))
                    .description(&clean(&e.description))
                    .add_property("TRANSP", "TRANSPARENT")
                    .done(),
            );
        }
        refold(&cal.to_string())
    }

    /// Text of the characters that matter to escaping, cleaning and folding: the escaped
    /// ones, line breaks, controls (C0, DEL, C1), a bidi control, characters of 1 to 4
    /// octets and spaces.
    fn tricky() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "\\",
            ",",
            ";",
            ":",
            "\"",
            "\n",
            "\r",
            "\r\n",
            "\t",
            "\u{7}",
            "\u{1b}",
            "\u{7f}",
            "\u{80}",
            "\u{85}",
            "\u{9f}",
            "\u{a0}",
            "é",
            "—",
            "😀",
            "\u{202e}",
            "ab",
            "Río Grande",
        ]);
        prop::collection::vec(pieces, 0..120).prop_map(|p| p.concat())
    }

    fn any_event() -> impl Strategy<Value = Event> {
        (tricky(), tricky(), tricky(), -1000i32..20000, 0u32..366).prop_map(
            |(uid, summary, description, year, day)| {
                let date = NaiveDate::from_yo_opt(year, day % 365 + 1).unwrap();
                Event {
                    kind: EventKind::Action,
                    uid,
                    date,
                    due: date,
                    summary,
                    description,
                }
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn the_same_bytes_as_the_crate(
            events in prop::collection::vec(any_event(), 0..6),
            name in prop::option::of(tricky()),
        ) {
            let today = d("2026-11-23");
            prop_assert_eq!(
                ics(&events, name.as_deref(), today),
                by_the_crate(&events, name.as_deref(), today)
            );
        }
    }

    #[test]
    fn the_same_bytes_as_the_crate_in_parts() {
        // enough events for several parts: each part is whole lines, and together they are
        // the whole feed
        let events: Vec<Event> = (0..2000)
            .map(|i| {
                event(&format!(
                    "Check-in due: Río Grande {i} {}",
                    "é—😀".repeat(i % 30)
                ))
            })
            .collect();
        let today = d("2026-11-23");
        let mut parts = Vec::new();
        let written: Result<(), ()> = write(&events, Some("Riverside"), today, |part| {
            parts.push(part.to_string());
            Ok(())
        });
        written.unwrap();
        assert!(parts.len() > 2, "{}", parts.len());
        assert!(
            parts
                .iter()
                .all(|p| p.ends_with("\r\n") && p.len() < 2 * PART)
        );
        assert_eq!(
            parts.concat(),
            by_the_crate(&events, Some("Riverside"), today)
        );
    }

    #[test]
    fn a_failing_part_stops_the_feed() {
        let events: Vec<Event> = (0..2000).map(|i| event(&format!("Item {i}"))).collect();
        let mut calls = 0;
        let written = write(&events, None, d("2026-11-23"), |_| {
            calls += 1;
            Err("closed")
        });
        assert_eq!((written, calls), (Err("closed"), 1));
    }

    #[test]
    fn dates_as_the_crate_writes_them() {
        for (date, text) in [
            ("2026-01-09", "20260109"),
            ("0001-12-31", "00011231"),
            ("9999-12-31", "99991231"),
        ] {
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
            let mut out = String::new();
            push_date(&mut out, date);
            assert_eq!(out, text);
            assert_eq!(out, date.format("%Y%m%d").to_string());
        }
        for date in [
            NaiveDate::from_ymd_opt(12345, 6, 7).unwrap(),
            NaiveDate::from_ymd_opt(-44, 3, 15).unwrap(),
            NaiveDate::MAX,
            NaiveDate::MIN,
        ] {
            let mut out = String::new();
            push_date(&mut out, date);
            assert_eq!(out, date.format("%Y%m%d").to_string());
        }
    }
}
