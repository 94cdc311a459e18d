//! Quarters of the organization's fiscal year.
//!
//! With a fiscal year starting in January, quarters are named `2026-Q3`. Otherwise a
//! fiscal year is named for the calendar year it ends in: with a July start, July to
//! September 2026 is `FY2027-Q1`.

use crate::model::date::{DATE_HELP, add_days, add_months, parse_iso};
use chrono::{Datelike, NaiveDate};
use std::fmt;

/// One quarter of a fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The fiscal year, named for the calendar year it ends in.
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
    /// First month of the fiscal year, 1 to 12.
    pub fy_start: u32,
}

impl Quarter {
    /// The quarter `date` falls in.
    pub fn of(date: NaiveDate, fy_start: u32) -> Quarter {
        let fy_start = fy_start.clamp(1, 12);
        let months_in = (date.month() + 12 - fy_start) % 12;
        let year = if fy_start == 1 || date.month() < fy_start {
            date.year()
        } else {
            date.year() + 1
        };
        Quarter {
            year,
            number: months_in / 3 + 1,
            fy_start,
        }
    }

    /// The first day of the quarter.
    pub fn start(self) -> NaiveDate {
        // The fiscal year begins in `fy_start` of the year before it is named for
        // (unless it is the calendar year).
        let first_year = if self.fy_start == 1 {
            self.year
        } else {
            self.year - 1
        };
        let fy_first = NaiveDate::from_ymd_opt(first_year, self.fy_start, 1)
            .expect("month 1-12, day 1 is a date");
        add_months(fy_first, 3 * (self.number as i32 - 1))
    }

    /// The last day of the quarter.
    pub fn end(self) -> NaiveDate {
        add_days(add_months(self.start(), 3), -1)
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    pub fn previous(self) -> Quarter {
        Quarter::of(add_days(self.start(), -1), self.fy_start)
    }

    pub fn next(self) -> Quarter {
        Quarter::of(add_days(self.end(), 1), self.fy_start)
    }

    /// This quarter and the `n - 1` before it, oldest first.
    pub fn last_n(self, n: usize) -> Vec<Quarter> {
        let mut out = vec![self];
        while out.len() < n {
            let earliest = out[out.len() - 1].previous();
            out.push(earliest);
        }
        out.reverse();
        out
    }

    /// "Jul-Sep 2026" or "Nov 2026-Jan 2027".
    pub fn months(self) -> String {
        let (s, e) = (self.start(), self.end());
        if s.year() == e.year() {
            format!("{}-{} {}", s.format("%b"), e.format("%b"), s.year())
        } else {
            format!(
                "{} {}-{} {}",
                s.format("%b"),
                s.year(),
                e.format("%b"),
                e.year()
            )
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.fy_start == 1 {
            write!(f, "{}-Q{}", self.year, self.number)
        } else {
            write!(f, "FY{}-Q{}", self.year, self.number)
        }
    }
}

/// A quarter as typed with `--quarter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuarterSpec {
    Current,
    Previous,
    /// `2026-Q3`: calendar months, read as the fiscal quarter holding their first day.
    Calendar {
        year: i32,
        number: u32,
    },
    /// `FY2027-Q1`
    Fiscal {
        year: i32,
        number: u32,
    },
    /// Any date inside the quarter.
    Containing(NaiveDate),
}

impl QuarterSpec {
    pub fn resolve(self, today: NaiveDate, fy_start: u32) -> Quarter {
        match self {
            QuarterSpec::Current => Quarter::of(today, fy_start),
            QuarterSpec::Previous => Quarter::of(today, fy_start).previous(),
            QuarterSpec::Calendar { year, number } => {
                let first = NaiveDate::from_ymd_opt(year, 3 * number - 2, 1)
                    .expect("quarter 1-4 starts on a date");
                Quarter::of(first, fy_start)
            }
            QuarterSpec::Fiscal { year, number } => Quarter {
                year,
                number,
                fy_start: fy_start.clamp(1, 12),
            },
            QuarterSpec::Containing(d) => Quarter::of(d, fy_start),
        }
    }
}

impl std::str::FromStr for QuarterSpec {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_ascii_uppercase();
        match s.as_str() {
            "CURRENT" | "THIS" => return Ok(QuarterSpec::Current),
            "PREVIOUS" | "LAST" => return Ok(QuarterSpec::Previous),
            _ => {}
        }
        if let Some(d) = parse_iso(raw.trim()) {
            return Ok(QuarterSpec::Containing(d));
        }
        let (fiscal, rest) = match s.strip_prefix("FY") {
            Some(rest) => (true, rest),
            None => (false, s.as_str()),
        };
        // `FY2027-Q1`, and as people also write it `FY27-Q1`, `FY27 Q1` or `FY2027Q1`
        let split = if fiscal {
            rest.rsplit_once('Q')
                .map(|(y, q)| (y.trim_end_matches(['-', ' ']), q))
        } else {
            rest.split_once("-Q")
        };
        let parsed = split.and_then(|(y, q)| {
            let year = match y.parse::<i32>().ok()? {
                yy if fiscal && y.len() == 2 => 2000 + yy,
                year => year,
            };
            let year = Some(year).filter(|y| (1900..=9999).contains(y))?;
            let number = q.parse::<u32>().ok().filter(|q| (1..=4).contains(q))?;
            Some((year, number))
        });
        match parsed {
            Some((year, number)) if fiscal => Ok(QuarterSpec::Fiscal { year, number }),
            Some((year, number)) => Ok(QuarterSpec::Calendar { year, number }),
            None => Err(format!(
                "`{raw}` is not a quarter; write `2026-Q3`, `FY2027-Q1`, `current`, `previous`, or a date inside it ({DATE_HELP})"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn q(spec: &str, today: &str, fy: u32) -> Quarter {
        spec.parse::<QuarterSpec>().unwrap().resolve(d(today), fy)
    }

    #[test]
    fn calendar_years() {
        let q3 = Quarter::of(d("2026-08-15"), 1);
        assert_eq!(q3.to_string(), "2026-Q3");
        assert_eq!((q3.start(), q3.end()), (d("2026-07-01"), d("2026-09-30")));
        assert_eq!(Quarter::of(d("2026-12-31"), 1).to_string(), "2026-Q4");
        assert_eq!(Quarter::of(d("2027-01-01"), 1).to_string(), "2027-Q1");
        assert_eq!(
            Quarter::of(d("2027-01-01"), 1).previous().to_string(),
            "2026-Q4"
        );
        assert_eq!(
            Quarter::of(d("2026-12-01"), 1).next().to_string(),
            "2027-Q1"
        );
    }

    #[test]
    fn fiscal_years_are_named_for_the_year_they_end_in() {
        let q1 = Quarter::of(d("2026-07-01"), 7);
        assert_eq!(q1.to_string(), "FY2027-Q1");
        assert_eq!((q1.start(), q1.end()), (d("2026-07-01"), d("2026-09-30")));
        let q2 = Quarter::of(d("2026-11-23"), 7);
        assert_eq!(q2.to_string(), "FY2027-Q2");
        // across the calendar year end
        assert_eq!(Quarter::of(d("2027-01-15"), 7).to_string(), "FY2027-Q3");
        assert_eq!(Quarter::of(d("2027-06-30"), 7).to_string(), "FY2027-Q4");
        assert_eq!(
            Quarter::of(d("2027-06-30"), 7).next().to_string(),
            "FY2028-Q1"
        );
        assert_eq!(Quarter::of(d("2026-06-30"), 7).to_string(), "FY2026-Q4");
        // a fiscal year whose quarters straddle calendar years
        let odd = Quarter::of(d("2026-12-15"), 11);
        assert_eq!(odd.to_string(), "FY2027-Q1");
        assert_eq!((odd.start(), odd.end()), (d("2026-11-01"), d("2027-01-31")));
        assert_eq!(odd.months(), "Nov 2026-Jan 2027");
        assert_eq!(Quarter::of(d("2026-10-31"), 11).to_string(), "FY2026-Q4");
    }

    #[test]
    fn every_day_is_in_exactly_the_quarter_of_it() {
        for fy in 1..=12 {
            let mut day = d("2023-12-01");
            while day < d("2026-03-01") {
                let q = Quarter::of(day, fy);
                assert!(q.contains(day), "{day} fy{fy} {q}");
                assert_eq!(Quarter::of(q.start(), fy), q);
                assert_eq!(Quarter::of(q.end(), fy), q);
                assert_eq!(q.next().previous(), q);
                day = add_days(day, 1);
            }
        }
    }

    #[test]
    fn specs() {
        assert_eq!(q("current", "2026-11-23", 7).to_string(), "FY2027-Q2");
        assert_eq!(q("previous", "2026-11-23", 7).to_string(), "FY2027-Q1");
        assert_eq!(q("previous", "2026-02-10", 1).to_string(), "2025-Q4");
        assert_eq!(q("FY2027-Q1", "2026-11-23", 7).start(), d("2026-07-01"));
        for short in ["FY27-Q1", "fy27-q1", "FY27 Q1", "FY2027Q1", "FY27Q1"] {
            assert_eq!(
                q(short, "2026-11-23", 7).to_string(),
                "FY2027-Q1",
                "{short}"
            );
        }
        // a calendar name with a July fiscal year
        assert_eq!(q("2026-Q3", "2026-11-23", 7).to_string(), "FY2027-Q1");
        assert_eq!(q("2026-q4", "2026-11-23", 1).to_string(), "2026-Q4");
        assert_eq!(q("2026-05-20", "2026-11-23", 7).to_string(), "FY2026-Q4");
        assert_eq!(q("fy2026-q4", "2026-11-23", 1).to_string(), "2026-Q4");
        for bad in [
            "2026-Q5", "Q3", "FY-Q1", "soon", "2026/Q1", "FY7-Q1", "26-Q1",
        ] {
            assert!(bad.parse::<QuarterSpec>().is_err(), "{bad}");
        }
    }

    #[test]
    fn last_four_quarters() {
        let qs = Quarter::of(d("2026-11-23"), 7).last_n(4);
        let names: Vec<String> = qs.iter().map(|q| q.to_string()).collect();
        assert_eq!(names, ["FY2026-Q3", "FY2026-Q4", "FY2027-Q1", "FY2027-Q2"]);
    }
}
