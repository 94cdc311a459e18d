//! Calendar dates: reading them from TOML and understanding the ones people type.
//!
//! TOML has a native date type (`since = 2026-09-15`) that chrono cannot read on its own,
//! so every date field goes through [`de`] or [`de_opt`], which accept the native form and
//! a quoted `"YYYY-MM-DD"`. Dates typed on the command line are parsed into a [`DateSpec`]
//! and resolved against the injected "today"; nothing here reads the clock.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;

/// Format every date is written and printed in.
pub const ISO: &str = "%Y-%m-%d";

/// The first and last dates accord reads and writes: TOML dates have four-digit years,
/// and other TOML readers (Python's `tomllib`) refuse the year 0.
pub const RANGE: &str = "dates must fall between 0001-01-01 and 9999-12-31";

/// Whether `date` can be written as a TOML date that other tools read back.
pub fn in_range(date: NaiveDate) -> bool {
    (1..=9999).contains(&date.year())
}

/// The furthest an offset such as `+5y` may reach, in years.
const MAX_OFFSET_YEARS: i64 = 1000;

/// Parse a strict `YYYY-MM-DD` date (four-digit year, zero-padded month and day).
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    // The digits are checked above, so this is what `parse_from_str(s, ISO)` reads, without
    // interpreting the format for every date (dates are read by the hundred thousand).
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10)).filter(|d| in_range(*d))
}

/// The English months, for dates written with one (`Aug 15, 2023`, `15-Aug-2023`).
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date as people write it, when it can mean only one day: `2026-10-02`,
/// `2026/10/2`, `8/15/2023` (15 cannot be a month), `15.08.2023`, `Aug 15, 2023`,
/// `15 August 2023`. A date whose day and month could be swapped (`10/02/2026`), or with
/// a two-digit year, is refused with the reason (to which the caller adds how to write
/// it), never guessed.
pub fn parse_written(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if let Some(d) = parse_iso(s) {
        return Ok(d);
    }
    let tokens: Vec<&str> = s
        .split(['/', '.', '-', ',', ' '])
        .filter(|t| !t.is_empty())
        .collect();
    let number = |t: &str| t.parse::<u32>().ok().filter(|_| t.len() <= 4);
    let real = |y: u32, m: u32, d: u32| {
        i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .ok_or_else(|| format!("`{s}` is not a real calendar date"))
    };
    let short_year = || format!("`{s}` has a two-digit year; write the year in full");
    if tokens.len() != 3 {
        return Err(format!("`{s}` is not a date"));
    }
    let month_at = tokens
        .iter()
        .position(|t| t.chars().all(char::is_alphabetic));
    if let Some(at) = month_at {
        let name = tokens[at].to_lowercase();
        let month = MONTHS
            .iter()
            .position(|m| {
                name.len() >= 3 && (m.starts_with(&name) || (name == "sept" && *m == "september"))
            })
            .ok_or_else(|| format!("`{s}` is not a date"))?;
        let rest: Vec<&str> = tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, t)| t.trim_end_matches(|c: char| c.is_alphabetic()))
            .collect();
        let (year, day) = match (rest[0].len(), rest[1].len()) {
            (4, 1 | 2) => (rest[0], rest[1]),
            (1 | 2, 4) => (rest[1], rest[0]),
            (1 | 2, 1 | 2) => return Err(short_year()),
            _ => return Err(format!("`{s}` is not a date")),
        };
        let (Some(y), Some(d)) = (number(year), number(day)) else {
            return Err(format!("`{s}` is not a date"));
        };
        return real(y, month as u32 + 1, d);
    }
    let [a, b, c] = [tokens[0], tokens[1], tokens[2]];
    let (Some(x), Some(y), Some(z)) = (number(a), number(b), number(c)) else {
        return Err(format!("`{s}` is not a date"));
    };
    if a.len() == 4 {
        return real(x, y, z);
    }
    if c.len() != 4 {
        return Err(short_year());
    }
    match (x, y) {
        (day, month) if day > 12 && month <= 12 => real(z, month, day),
        (month, day) if day > 12 && month <= 12 => real(z, month, day),
        (one, other) if one == other => real(z, one, one),
        (first, second) if first <= 12 && second <= 12 => Err(format!(
            "`{s}` could be {} or {}: day and month order differ from country to country",
            words_day(z, second, first),
            words_day(z, first, second)
        )),
        _ => real(z, x, y),
    }
}

/// "2 October 2026" for a day of a month of a year (for a message).
fn words_day(year: u32, month: u32, day: u32) -> String {
    let name = MONTHS.get(month as usize - 1).unwrap_or(&"");
    let mut name = name.to_string();
    if let Some(first) = name.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    format!("{day} {name} {year}")
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date like 2026-09-15")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
        parse_iso(s)
            .ok_or_else(|| E::custom(format!("invalid date `{s}`, expected YYYY-MM-DD; {RANGE}")))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<NaiveDate, A::Error> {
        use serde::Deserialize;
        let dt = toml_datetime::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .filter(|d| in_range(*d))
                    .ok_or_else(|| de::Error::custom(format!("invalid date {dt}; {RANGE}")))
            }
            _ => Err(de::Error::custom(format!(
                "expected a date without a time, found {dt}"
            ))),
        }
    }
}

/// Deserialize a required date written natively or as a quoted string.
pub fn de<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_any(DateVisitor)
}

/// Deserialize an optional date (use with `#[serde(default)]`).
pub fn de_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    d.deserialize_any(DateVisitor).map(Some)
}

/// Add calendar months, clamping to the end of shorter months (Jan 31 + 1 month = Feb 28/29).
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let shifted = if months >= 0 {
        date.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    shifted.unwrap_or(date)
}

/// Add (or subtract) whole days.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let shifted = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    shifted.unwrap_or(date)
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// "in 12 days", "today", "3 days ago": how far `date` is from `today`, in words.
pub fn relative(date: NaiveDate, today: NaiveDate) -> String {
    let d = days_between(today, date);
    match d {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        d if d > 0 => format!("in {}", span_words(d)),
        d => format!("{} ago", span_words(-d)),
    }
}

/// A number of days in words, coarsened for long spans: "12 days", "7 months", "2 years".
pub fn span_words(days: i64) -> String {
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    if days < 60 {
        plural(days, "day")
    } else if days < 730 {
        plural(days * 12 / 365, "month")
    } else {
        plural(days / 365, "year")
    }
}

/// A date as typed on the command line, resolved later against the injected today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    /// `2026-09-15`
    On(NaiveDate),
    /// `today`, `yesterday`, `tomorrow`, `-3d`, `+2w`, `+1m`, `-1y`
    Offset { amount: i32, unit: OffsetUnit },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl OffsetUnit {
    /// Days in one unit, at most (for bounding offsets).
    fn days(self) -> i64 {
        match self {
            OffsetUnit::Days => 1,
            OffsetUnit::Weeks => 7,
            OffsetUnit::Months => 31,
            OffsetUnit::Years => 366,
        }
    }
}

impl DateSpec {
    /// The date this spec names when today is `today`. Parsing bounds offsets, so only a
    /// today near year 1 or 9999 can reach past the range; the result is then held at its
    /// edge rather than written as a date no TOML reader accepts.
    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(today);
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(today);
        self.resolve_unbounded(today).clamp(first, last)
    }

    fn resolve_unbounded(self, today: NaiveDate) -> NaiveDate {
        match self {
            DateSpec::On(d) => d,
            DateSpec::Offset { amount, unit } => match unit {
                OffsetUnit::Days => add_days(today, i64::from(amount)),
                OffsetUnit::Weeks => add_days(today, 7 * i64::from(amount)),
                OffsetUnit::Months => add_months(today, amount),
                OffsetUnit::Years => add_months(today, 12 * amount),
            },
        }
    }
}

/// How to write a date on the command line; shown with every date error.
pub const DATE_HELP: &str = "write dates as YYYY-MM-DD (e.g. 2026-10-02), `today`, `yesterday`, `tomorrow`, or an offset such as -3d, +2w, +1m, -1y";

impl std::str::FromStr for DateSpec {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        let offset = |amount, unit| Ok(DateSpec::Offset { amount, unit });
        match s.to_ascii_lowercase().as_str() {
            "today" => return offset(0, OffsetUnit::Days),
            "yesterday" => return offset(-1, OffsetUnit::Days),
            "tomorrow" => return offset(1, OffsetUnit::Days),
            _ => {}
        }
        if let Some(d) = parse_iso(s) {
            return Ok(DateSpec::On(d));
        }
        if NaiveDate::parse_from_str(s, ISO).is_ok() && s.len() == 10 {
            return Err(format!("`{raw}` is out of range; {RANGE}"));
        }
        if let Some(spec) = parse_offset(s) {
            if let DateSpec::Offset { amount, unit } = spec {
                let days = i64::from(amount).abs() * unit.days();
                if days > MAX_OFFSET_YEARS * 366 {
                    return Err(format!(
                        "`{raw}` reaches too far; an offset can reach at most {MAX_OFFSET_YEARS} years, and {RANGE}"
                    ));
                }
            }
            return Ok(spec);
        }
        match parse_written(s) {
            Ok(d) => Ok(DateSpec::On(d)),
            Err(why) => Err(format!("{why}; {DATE_HELP}")),
        }
    }
}

fn parse_offset(s: &str) -> Option<DateSpec> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let unit = match rest.chars().last()?.to_ascii_lowercase() {
        'd' => OffsetUnit::Days,
        'w' => OffsetUnit::Weeks,
        'm' => OffsetUnit::Months,
        'y' => OffsetUnit::Years,
        _ => return None,
    };
    let digits = &rest[..rest.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 5 {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    Some(DateSpec::Offset {
        amount: sign * n,
        unit,
    })
}

/// Parse a number of days, weeks or months such as `180d`, `12w`, `6m`, `1y` into days,
/// for options like `--horizon`.
pub fn parse_span_days(s: &str) -> Result<i64, String> {
    match parse_offset(&format!("+{}", s.trim().trim_start_matches('+'))) {
        Some(DateSpec::Offset { amount, unit }) => Ok(i64::from(amount)
            * match unit {
                OffsetUnit::Days => 1,
                OffsetUnit::Weeks => 7,
                OffsetUnit::Months => 30,
                OffsetUnit::Years => 365,
            }),
        _ => Err(format!(
            "`{s}` is not a span of time; write a number and a unit, such as 90d, 12w, 6m or 1y"
        )),
    }
}

/// The last day of the month `date` falls in.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(date.year(), date.month(), 1).unwrap_or(date);
    add_days(add_months(first, 1), -1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    #[test]
    fn iso_is_strict() {
        assert_eq!(parse_iso("2026-02-28"), Some(d("2026-02-28")));
        assert_eq!(parse_iso("2026-2-28"), None);
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("26-02-28"), None);
        assert_eq!(parse_iso("2026-02-28T10:00"), None);
        // The same as chrono's parser of the format (within years 1 to 9999), on the edges
        // of every part.
        for y in ["0000", "0001", "1999", "2023", "2024", "2100", "9999"] {
            for m in ["00", "01", "02", "09", "10", "12", "13", "99"] {
                for d in ["00", "01", "28", "29", "30", "31", "32", "99"] {
                    let s = format!("{y}-{m}-{d}");
                    assert_eq!(
                        parse_iso(&s),
                        NaiveDate::parse_from_str(&s, ISO)
                            .ok()
                            .filter(|d| in_range(*d)),
                        "{s}"
                    );
                }
            }
        }
    }

    #[test]
    fn specs_resolve_against_today() {
        let today = d("2026-01-31");
        let r = |s: &str| s.parse::<DateSpec>().unwrap().resolve(today);
        assert_eq!(r("today"), today);
        assert_eq!(r("Yesterday"), d("2026-01-30"));
        assert_eq!(r("tomorrow"), d("2026-02-01"));
        assert_eq!(r("-3d"), d("2026-01-28"));
        assert_eq!(r("+2w"), d("2026-02-14"));
        // month arithmetic clamps to the end of a shorter month
        assert_eq!(r("+1m"), d("2026-02-28"));
        assert_eq!(r("-1y"), d("2025-01-31"));
        assert_eq!(r("2026-10-02"), d("2026-10-02"));
    }

    #[test]
    fn ambiguous_and_garbage_dates_are_refused_with_help() {
        for bad in ["10/02/2026", "02.10.2026", "soon", "+d", "3d", "", "1/2/26"] {
            let err = bad.parse::<DateSpec>().unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
        assert!(
            "10/02/2026"
                .parse::<DateSpec>()
                .unwrap_err()
                .contains("could be 10 February 2026 or 2 October 2026")
        );
    }

    #[test]
    fn dates_outside_years_1_to_9999_are_refused_with_the_range() {
        for bad in [
            "0000-01-01",
            "+99999y",
            "-99999y",
            "+99999m",
            "+99999w",
            "-2000y",
        ] {
            let err = bad.parse::<DateSpec>().unwrap_err();
            assert!(err.contains("0001-01-01 and 9999-12-31"), "{bad}: {err}");
        }
        assert_eq!(parse_iso("0000-12-31"), None);
        assert_eq!(parse_iso("9999-12-31"), Some(d("9999-12-31")));
        assert_eq!(parse_iso("0001-01-01"), Some(d("0001-01-01")));
        // the furthest offsets still parse, and resolve within the range
        let far = "+1000y".parse::<DateSpec>().unwrap();
        assert_eq!(far.resolve(d("9500-01-01")), d("9999-12-31"));
        assert_eq!(far.resolve(d("2026-01-01")), d("3026-01-01"));
        let err = toml::from_str::<Dated>("on = 0000-01-01").unwrap_err();
        assert!(err.message().contains("9999-12-31"), "{err}");
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Dated {
        #[serde(deserialize_with = "de")]
        on: NaiveDate,
    }

    #[test]
    fn dates_that_can_mean_only_one_day_are_read_in_any_order() {
        for (written, iso) in [
            ("2026-10-02", "2026-10-02"),
            ("2026/11/23", "2026-11-23"),
            ("2026-1-5", "2026-01-05"),
            ("2026.01.05", "2026-01-05"),
            ("8/15/2023", "2023-08-15"),
            ("15/8/2023", "2023-08-15"),
            ("15.08.2023", "2023-08-15"),
            ("5/5/2026", "2026-05-05"),
            ("Aug 15, 2023", "2023-08-15"),
            ("August 15 2023", "2023-08-15"),
            ("15 August 2023", "2023-08-15"),
            ("15-Aug-2023", "2023-08-15"),
            ("Sept 3, 2025", "2025-09-03"),
            ("3rd Sep 2025", "2025-09-03"),
        ] {
            assert_eq!(parse_written(written), Ok(d(iso)), "{written}");
        }
        for (bad, why) in [
            ("10/02/2026", "could be 10 February 2026 or 2 October 2026"),
            ("8/15/23", "two-digit year"),
            ("Aug 15, 23", "two-digit year"),
            ("2/30/2026", "not a real calendar date"),
            ("2026-02-30", "not a real calendar date"),
            ("Smarch 3, 2026", "not a date"),
            ("13/13/2026", "not a real calendar date"),
        ] {
            let err = parse_written(bad).unwrap_err();
            assert!(err.contains(why) && err.contains(bad), "{bad}: {err}");
        }
    }

    #[test]
    fn leap_years_and_month_ends() {
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2024-01-31"), 1), d("2024-02-29"));
        assert_eq!(add_months(d("2026-03-31"), -1), d("2026-02-28"));
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
        assert_eq!(month_end(d("2026-12-01")), d("2026-12-31"));
    }

    #[test]
    fn relative_words() {
        let today = d("2026-11-23");
        assert_eq!(relative(today, today), "today");
        assert_eq!(relative(d("2026-11-30"), today), "in 7 days");
        assert_eq!(relative(d("2026-11-20"), today), "3 days ago");
        assert_eq!(relative(d("2025-11-23"), today), "12 months ago");
        assert_eq!(span_words(59), "59 days");
        assert_eq!(span_words(70), "2 months");
        assert_eq!(span_words(219), "7 months");
        assert_eq!(span_words(800), "2 years");
    }

    #[test]
    fn spans() {
        assert_eq!(parse_span_days("180d"), Ok(180));
        assert_eq!(parse_span_days("2w"), Ok(14));
        assert_eq!(parse_span_days("6m"), Ok(180));
        assert!(parse_span_days("soon").is_err());
    }
}
