//! How often a partnership is expected to meet: `quarterly`, `monthly`, `45d`...
//!
//! A cadence is a step in calendar time. Month-based cadences step by calendar months
//! from the anchor date (clamping to month ends); the others by whole days.

use crate::model::date::{add_days, add_months};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Cadence {
    Weekly,
    Biweekly,
    Monthly,
    #[default]
    Quarterly,
    Semiannual,
    Annual,
    Days(u32),
}

/// The cadence names accepted, for help and error messages.
pub const CADENCE_NAMES: &str =
    "weekly, biweekly, monthly, quarterly, semiannual, annual, or a number of days such as 45d";

impl Cadence {
    /// The date one cadence step after `from`.
    pub fn after(self, from: NaiveDate) -> NaiveDate {
        match self {
            Cadence::Weekly => add_days(from, 7),
            Cadence::Biweekly => add_days(from, 14),
            Cadence::Monthly => add_months(from, 1),
            Cadence::Quarterly => add_months(from, 3),
            Cadence::Semiannual => add_months(from, 6),
            Cadence::Annual => add_months(from, 12),
            Cadence::Days(n) => add_days(from, i64::from(n)),
        }
    }

    /// How often, in words: "monthly", "twice a year", "every 45 days".
    pub fn describe(self) -> String {
        match self {
            Cadence::Biweekly => "every two weeks".to_string(),
            Cadence::Semiannual => "twice a year".to_string(),
            Cadence::Annual => "once a year".to_string(),
            Cadence::Days(1) => "daily".to_string(),
            Cadence::Days(n) => format!("every {n} days"),
            other => other.to_string(),
        }
    }

    /// The date one cadence step before `to` (the start of the window ending at `to`).
    pub fn before(self, to: NaiveDate) -> NaiveDate {
        match self {
            Cadence::Weekly => add_days(to, -7),
            Cadence::Biweekly => add_days(to, -14),
            Cadence::Monthly => add_months(to, -1),
            Cadence::Quarterly => add_months(to, -3),
            Cadence::Semiannual => add_months(to, -6),
            Cadence::Annual => add_months(to, -12),
            Cadence::Days(n) => add_days(to, -i64::from(n)),
        }
    }
}

impl fmt::Display for Cadence {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Cadence::Weekly => f.write_str("weekly"),
            Cadence::Biweekly => f.write_str("biweekly"),
            Cadence::Monthly => f.write_str("monthly"),
            Cadence::Quarterly => f.write_str("quarterly"),
            Cadence::Semiannual => f.write_str("semiannual"),
            Cadence::Annual => f.write_str("annual"),
            Cadence::Days(n) => write!(f, "{n}d"),
        }
    }
}

impl std::str::FromStr for Cadence {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let lower = s.trim().to_ascii_lowercase();
        Ok(match lower.as_str() {
            "weekly" => Cadence::Weekly,
            "biweekly" | "fortnightly" => Cadence::Biweekly,
            "monthly" => Cadence::Monthly,
            "quarterly" => Cadence::Quarterly,
            "semiannual" | "semi-annual" | "biannual" => Cadence::Semiannual,
            "annual" | "yearly" => Cadence::Annual,
            other => {
                let n = other
                    .strip_suffix('d')
                    .and_then(|n| n.parse::<u32>().ok())
                    .filter(|n| (1..=3660).contains(n));
                match n {
                    Some(n) => Cadence::Days(n),
                    None => return Err(format!("unknown cadence `{s}`; use {CADENCE_NAMES}")),
                }
            }
        })
    }
}

impl TryFrom<String> for Cadence {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl From<Cadence> for String {
    fn from(c: Cadence) -> String {
        c.to_string()
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
    fn parse_and_print_round_trip() {
        for s in [
            "weekly",
            "biweekly",
            "monthly",
            "quarterly",
            "semiannual",
            "annual",
            "45d",
        ] {
            assert_eq!(s.parse::<Cadence>().unwrap().to_string(), s);
        }
        assert_eq!("Yearly".parse::<Cadence>(), Ok(Cadence::Annual));
        assert_eq!(Cadence::Semiannual.describe(), "twice a year");
        assert_eq!(Cadence::Days(45).describe(), "every 45 days");
        assert_eq!(Cadence::Monthly.describe(), "monthly");
        assert!("0d".parse::<Cadence>().is_err());
        assert!("often".parse::<Cadence>().unwrap_err().contains("45d"));
    }

    #[test]
    fn steps_clamp_at_month_ends() {
        assert_eq!(Cadence::Quarterly.after(d("2025-11-30")), d("2026-02-28"));
        assert_eq!(Cadence::Monthly.after(d("2024-01-31")), d("2024-02-29"));
        assert_eq!(Cadence::Annual.after(d("2024-02-29")), d("2025-02-28"));
        assert_eq!(Cadence::Days(45).after(d("2026-01-01")), d("2026-02-15"));
        assert_eq!(Cadence::Biweekly.before(d("2026-01-10")), d("2025-12-27"));
    }
}
