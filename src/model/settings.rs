//! Workspace settings, read from `accord.toml`.

use crate::model::cadence::Cadence;
use crate::model::floor::Floor;
use crate::model::partner::BUILTIN_TYPES;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The newest workspace layout this version of accord reads and writes.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Workspace layout version.
    pub schema: u32,
    /// The program's name, shown on reports.
    pub name: Option<String>,
    /// Our organization: the "ours" side of every partnership.
    pub org: Option<String>,
    /// First month of the fiscal year (1 = January).
    pub fiscal_year_start: u32,
    /// Expected check-in cadence for partners that do not set their own.
    pub cadence: Cadence,
    /// Default evaluation instrument.
    pub instrument: String,
    /// How often each active partner should be evaluated.
    pub eval_cadence: Cadence,
    /// Money value of one volunteer or staff hour, used to value hour contributions.
    pub hour_value: Option<f64>,
    /// Currency symbol used when printing money.
    pub currency: String,
    /// Who records entries, unless `ACCORD_USER` says otherwise.
    pub user: Option<String>,
    /// Partner types accepted besides the built-in ones.
    pub partner_types: Vec<String>,
    /// Percentage points a goal may trail the expected progress and still be on track.
    pub goal_tolerance: f64,
    /// Score difference between the two sides' evaluations that counts as a divergence.
    pub divergence: f64,
    /// Share of the valued contributions below which one side's investment is flagged.
    pub balance_floor: f64,
    /// Seconds a command waits for another one to finish writing before giving up.
    pub lock_timeout: Option<u64>,
    /// The floor for partners of a type, or off, instead of `balance_floor`.
    pub balance_floor_by_type: BTreeMap<String, Floor>,
    /// The fewest survey responses a breakdown (a group, a partner) is shown with.
    pub survey_min_responses: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            schema: SCHEMA,
            name: None,
            org: None,
            fiscal_year_start: 1,
            cadence: Cadence::Quarterly,
            instrument: "accord".to_string(),
            eval_cadence: Cadence::Annual,
            hour_value: None,
            currency: "$".to_string(),
            user: None,
            partner_types: Vec::new(),
            goal_tolerance: 10.0,
            divergence: 1.0,
            balance_floor: 0.2,
            lock_timeout: None,
            balance_floor_by_type: BTreeMap::new(),
            survey_min_responses: crate::model::survey::MIN_RESPONSES,
        }
    }
}

impl Settings {
    /// Every partner type accepted in this workspace.
    pub fn partner_types(&self) -> Vec<String> {
        let mut types: Vec<String> = BUILTIN_TYPES.iter().map(|t| t.to_string()).collect();
        for t in &self.partner_types {
            let t = t.to_ascii_lowercase();
            if !types.contains(&t) {
                types.push(t);
            }
        }
        types
    }

    /// Normalize and check a partner type against the accepted ones.
    pub fn partner_type(&self, typed: &str) -> Result<String, String> {
        let lower = typed.trim().to_ascii_lowercase();
        let types = self.partner_types();
        if types.contains(&lower) {
            Ok(lower)
        } else {
            Err(format!(
                "unknown partner type `{typed}`; expected one of: {} (add more with `partner_types` in accord.toml)",
                types.join(", ")
            ))
        }
    }

    /// Problems with the settings themselves, as (field, message).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.schema > SCHEMA {
            out.push((
                "schema",
                format!(
                    "this workspace uses layout {} but this accord reads up to {SCHEMA}; upgrade accord",
                    self.schema
                ),
            ));
        }
        if !(1..=12).contains(&self.fiscal_year_start) {
            out.push((
                "fiscal_year_start",
                format!(
                    "fiscal_year_start must be a month from 1 to 12, not {}",
                    self.fiscal_year_start
                ),
            ));
        }
        if !(0.0..=100.0).contains(&self.goal_tolerance) {
            out.push((
                "goal_tolerance",
                "goal_tolerance must be between 0 and 100 percentage points".to_string(),
            ));
        }
        if !(0.0..1.0).contains(&self.balance_floor) {
            out.push((
                "balance_floor",
                "balance_floor must be a share between 0 and 1, such as 0.2".to_string(),
            ));
        }
        if self.survey_min_responses == 0 {
            out.push((
                "survey_min_responses",
                "survey_min_responses must be 1 or more (5 keeps respondents anonymous)"
                    .to_string(),
            ));
        }
        let types = self.partner_types();
        for t in self.balance_floor_by_type.keys() {
            if !types.contains(&t.to_ascii_lowercase()) {
                out.push((
                    "balance_floor_by_type",
                    format!(
                        "balance_floor_by_type names `{t}`, which is not a partner type; expected one of: {}",
                        types.join(", ")
                    ),
                ));
            }
        }
        if !self.divergence.is_finite() || self.divergence <= 0.0 {
            out.push(("divergence", "divergence must be more than 0".to_string()));
        }
        match self.hour_value {
            Some(v) if !v.is_finite() => out.push((
                "hour_value",
                "hour_value must be a number, such as 33.49".to_string(),
            )),
            Some(v) if v < 0.0 => {
                out.push(("hour_value", "hour_value cannot be negative".to_string()));
            }
            _ => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partner_types_include_workspace_ones() {
        let s = Settings {
            partner_types: vec!["Workforce-Board".into()],
            ..Settings::default()
        };
        assert_eq!(s.partner_type("HEALTH"), Ok("health".into()));
        assert_eq!(
            s.partner_type("workforce-board"),
            Ok("workforce-board".into())
        );
        assert!(
            s.partner_type("alien")
                .unwrap_err()
                .contains("workforce-board")
        );
    }

    #[test]
    fn bad_settings_are_named() {
        let s = Settings {
            fiscal_year_start: 13,
            balance_floor: 1.5,
            balance_floor_by_type: [("helth".to_string(), Floor::Off)].into(),
            ..Settings::default()
        };
        let fields: Vec<_> = s.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            vec![
                "fiscal_year_start",
                "balance_floor",
                "balance_floor_by_type"
            ]
        );
        assert!(Settings::default().problems().is_empty());
    }

    #[test]
    fn numbers_that_are_not_numbers_say_so() {
        for v in [f64::NAN, f64::INFINITY] {
            let s = Settings {
                hour_value: Some(v),
                divergence: v,
                ..Settings::default()
            };
            let problems = s.problems();
            assert_eq!(problems[0].0, "divergence");
            assert_eq!(problems[1].0, "hour_value");
            assert!(problems[1].1.contains("must be a number"), "{problems:?}");
        }
        let negative = Settings {
            hour_value: Some(-1.0),
            ..Settings::default()
        };
        assert!(negative.problems()[0].1.contains("cannot be negative"));
    }
}
