//! The stretch of days a report covers: a fiscal quarter, a fiscal or calendar year, or
//! any days from one date to another, with the stretch it is compared against and the
//! quarters it spans (for a quarter-by-quarter trend).
//!
//! Not here: quarters themselves and how they are named (`model::quarter`).

use crate::model::date::{DATE_HELP, add_days, days_between, parse_written};
use crate::model::quarter::Quarter;
use chrono::{Datelike, NaiveDate};

/// Days from one date to another, both included, with a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// `FY2027-Q1`, `FY2027`, `2026`, or `2026-03-01 to 2026-08-31`.
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// What kind of stretch a report covers, which decides its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    Quarter,
    Year,
    /// Any days from one date to another.
    Range,
}

/// A report's period, the one before it (of the same length) it is compared with, and
/// the quarters around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub kind: SpanKind,
    pub this: Period,
    pub previous: Period,
    /// "Jul-Sep 2026", "Jul 2026-Jun 2027".
    pub months: String,
    /// The last day of the quarter after the period: agreements ending by then are
    /// coming up for renewal.
    pub ahead: NaiveDate,
    /// The first month of the fiscal year, for naming quarters.
    pub fy_start: u32,
}

impl From<Quarter> for Span {
    fn from(q: Quarter) -> Span {
        let period = |q: Quarter| Period {
            name: q.to_string(),
            start: q.start(),
            end: q.end(),
        };
        Span {
            kind: SpanKind::Quarter,
            this: period(q),
            previous: period(q.previous()),
            months: q.months(),
            ahead: q.next().end(),
            fy_start: q.fy_start,
        }
    }
}

/// "Jul 2026-Jun 2027", "Jan-Dec 2026".
fn months(start: NaiveDate, end: NaiveDate) -> String {
    if start.year() == end.year() {
        format!(
            "{}-{} {}",
            start.format("%b"),
            end.format("%b"),
            start.year()
        )
    } else {
        format!(
            "{} {}-{} {}",
            start.format("%b"),
            start.year(),
            end.format("%b"),
            end.year()
        )
    }
}

impl Span {
    /// A year of four quarters from the quarter `first` (its first quarter).
    fn year(first: Quarter, name: impl Fn(i32) -> String, label_year: i32) -> Span {
        let start = first.start();
        let end = first.next().next().next().end();
        let prev_first = first.previous().previous().previous().previous();
        Span {
            kind: SpanKind::Year,
            this: Period {
                name: name(label_year),
                start,
                end,
            },
            previous: Period {
                name: name(label_year - 1),
                start: prev_first.start(),
                end: add_days(start, -1),
            },
            months: months(start, end),
            ahead: Quarter::of(add_days(end, 1), first.fy_start).end(),
            fy_start: first.fy_start,
        }
    }

    /// The fiscal year named `year` (the calendar year it ends in): `FY2027`, or `2026`
    /// when the fiscal year is the calendar year.
    pub fn fiscal_year(year: i32, fy_start: u32) -> Span {
        let fy_start = fy_start.clamp(1, 12);
        let first = Quarter {
            year,
            number: 1,
            fy_start,
        };
        let name = move |y: i32| {
            if fy_start == 1 {
                y.to_string()
            } else {
                format!("FY{y}")
            }
        };
        Span::year(first, name, year)
    }

    /// January to December of `year`, its quarters named as the fiscal year names them.
    pub fn calendar_year(year: i32, fy_start: u32) -> Span {
        let first_day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let mut span = Span::year(Quarter::of(first_day, fy_start), |y| y.to_string(), year);
        // a fiscal year that starts in another month than a quarter's does not tile the
        // calendar year: the year is its own dates all the same
        span.this.start = first_day;
        span.this.end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
        span.previous.start = NaiveDate::from_ymd_opt(year - 1, 1, 1).unwrap_or_default();
        span.previous.end = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap_or_default();
        span.months = months(span.this.start, span.this.end);
        span
    }

    /// The days from `from` to `to`, compared with as many days just before them.
    pub fn range(from: NaiveDate, to: NaiveDate, fy_start: u32) -> Span {
        let days = days_between(from, to);
        let prev_end = add_days(from, -1);
        let prev_start = add_days(prev_end, -days);
        let name = |a: NaiveDate, b: NaiveDate| format!("{a} to {b}");
        Span {
            kind: SpanKind::Range,
            this: Period {
                name: name(from, to),
                start: from,
                end: to,
            },
            previous: Period {
                name: name(prev_start, prev_end),
                start: prev_start,
                end: prev_end,
            },
            months: months(from, to),
            ahead: Quarter::of(add_days(to, 1), fy_start).end(),
            fy_start: fy_start.clamp(1, 12),
        }
    }

    /// The quarters the period covers, oldest first.
    pub fn quarters(&self) -> Vec<Quarter> {
        let mut q = Quarter::of(self.this.start, self.fy_start);
        let mut out = Vec::new();
        while q.start() <= self.this.end {
            out.push(q);
            q = q.next();
        }
        out
    }

    /// The `n` quarters up to the one holding the period's last day, oldest first.
    pub fn recent_quarters(&self, n: usize) -> Vec<Quarter> {
        Quarter::of(self.this.end, self.fy_start).last_n(n)
    }

    /// "quarter", "year" or "period", for sentences.
    pub fn word(&self) -> &'static str {
        match self.kind {
            SpanKind::Quarter => "quarter",
            SpanKind::Year => "year",
            SpanKind::Range => "period",
        }
    }
}

/// A year as typed for `report year`: `FY2027` (a fiscal year), `2026` (a calendar
/// year), `current`, `previous`, or a date in the fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    Current,
    Previous,
    Fiscal(i32),
    Calendar(i32),
    Containing(NaiveDate),
}

impl YearSpec {
    pub fn resolve(self, today: NaiveDate, fy_start: u32) -> Span {
        let fiscal_of = |d: NaiveDate| Quarter::of(d, fy_start).year;
        match self {
            YearSpec::Current => Span::fiscal_year(fiscal_of(today), fy_start),
            YearSpec::Previous => Span::fiscal_year(fiscal_of(today) - 1, fy_start),
            YearSpec::Fiscal(y) => Span::fiscal_year(y, fy_start),
            YearSpec::Calendar(y) if fy_start == 1 => Span::fiscal_year(y, fy_start),
            YearSpec::Calendar(y) => Span::calendar_year(y, fy_start),
            YearSpec::Containing(d) => Span::fiscal_year(fiscal_of(d), fy_start),
        }
    }
}

impl std::str::FromStr for YearSpec {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_ascii_uppercase();
        match s.as_str() {
            "CURRENT" | "THIS" => return Ok(YearSpec::Current),
            "PREVIOUS" | "LAST" => return Ok(YearSpec::Previous),
            _ => {}
        }
        let year = |y: &str| match y.parse::<i32>().ok()? {
            yy if y.len() == 2 => Some(2000 + yy),
            y if (1900..=9999).contains(&y) => Some(y),
            _ => None,
        };
        if let Some(rest) = s.strip_prefix("FY")
            && let Some(y) = year(rest.trim_start_matches(['-', ' ']))
        {
            return Ok(YearSpec::Fiscal(y));
        }
        if s.len() == 4
            && let Some(y) = year(&s)
        {
            return Ok(YearSpec::Calendar(y));
        }
        match parse_written(raw) {
            Ok(d) => Ok(YearSpec::Containing(d)),
            Err(_) => Err(format!(
                "`{raw}` is not a year; write `FY2027` (a fiscal year), `2026` (a calendar year), `current`, `previous`, or a date in the fiscal year ({DATE_HELP})"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    #[test]
    fn a_quarter_is_a_span() {
        let q = Quarter::of(d("2026-08-15"), 7);
        let s = Span::from(q);
        assert_eq!(
            (s.this.name.as_str(), s.previous.name.as_str()),
            ("FY2027-Q1", "FY2026-Q4")
        );
        assert_eq!(
            (s.ahead, s.months.as_str()),
            (d("2026-12-31"), "Jul-Sep 2026")
        );
        assert_eq!(s.quarters(), [q]);
        assert_eq!(s.word(), "quarter");
    }

    #[test]
    fn years_fiscal_and_calendar() {
        let fy = Span::fiscal_year(2027, 7);
        assert_eq!(
            (fy.this.name.as_str(), fy.this.start, fy.this.end),
            ("FY2027", d("2026-07-01"), d("2027-06-30"))
        );
        assert_eq!(
            (
                fy.previous.name.as_str(),
                fy.previous.start,
                fy.previous.end
            ),
            ("FY2026", d("2025-07-01"), d("2026-06-30"))
        );
        assert_eq!(fy.months, "Jul 2026-Jun 2027");
        assert_eq!(fy.ahead, d("2027-09-30"));
        let names: Vec<String> = fy.quarters().iter().map(|q| q.to_string()).collect();
        assert_eq!(names, ["FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-Q4"]);
        let cal = Span::calendar_year(2026, 7);
        assert_eq!(
            (cal.this.name.as_str(), cal.this.start, cal.this.end),
            ("2026", d("2026-01-01"), d("2026-12-31"))
        );
        let names: Vec<String> = cal.quarters().iter().map(|q| q.to_string()).collect();
        assert_eq!(names, ["FY2026-Q3", "FY2026-Q4", "FY2027-Q1", "FY2027-Q2"]);
        let jan = Span::fiscal_year(2026, 1);
        assert_eq!(
            (jan.this.name.as_str(), jan.previous.name.as_str()),
            ("2026", "2025")
        );
        assert_eq!(jan.months, "Jan-Dec 2026");
        assert_eq!(Span::fiscal_year(2027, 7).recent_quarters(8).len(), 8);
    }

    #[test]
    fn ranges_are_compared_with_as_many_days_before() {
        let r = Span::range(d("2026-03-01"), d("2026-08-31"), 7);
        assert_eq!(r.this.name, "2026-03-01 to 2026-08-31");
        assert_eq!(
            (r.previous.start, r.previous.end),
            (d("2025-08-29"), d("2026-02-28"))
        );
        let names: Vec<String> = r.quarters().iter().map(|q| q.to_string()).collect();
        assert_eq!(names, ["FY2026-Q3", "FY2026-Q4", "FY2027-Q1"]);
        assert_eq!(r.word(), "period");
    }

    #[test]
    fn years_as_typed() {
        let today = d("2026-11-23");
        let y = |s: &str| s.parse::<YearSpec>().unwrap().resolve(today, 7).this.name;
        assert_eq!(y("current"), "FY2027");
        assert_eq!(y("previous"), "FY2026");
        assert_eq!(y("FY2027"), "FY2027");
        assert_eq!(y("fy27"), "FY2027");
        assert_eq!(y("2026"), "2026");
        assert_eq!(y("2026-03-15"), "FY2026");
        assert!("soon".parse::<YearSpec>().unwrap_err().contains("FY2027"));
        let jan = |s: &str| s.parse::<YearSpec>().unwrap().resolve(today, 1).this.name;
        assert_eq!(jan("2026"), "2026");
        assert_eq!(jan("current"), "2026");
    }
}
