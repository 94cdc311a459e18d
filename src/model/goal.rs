//! A measurable goal: a metric with a baseline, a target and dates, measured over time.
//! One goal is one file, `goals/<id>.toml`. A goal with no partners is program-wide.

use crate::model::date;
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

word_enum! {
    /// Which way a goal's metric should move.
    pub enum Direction {
        Increase = "increase",
        Decrease = "decrease",
        Maintain = "maintain",
    }
}

word_enum! {
    /// How a closed goal ended.
    pub enum Outcome {
        Met = "met",
        Missed = "missed",
        Dropped = "dropped",
    }
}

/// A goal, as stored in its file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Goal {
    /// The file's stem; not stored inside the file.
    #[serde(skip)]
    pub id: String,
    pub title: String,
    pub metric: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    pub target: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// For `maintain` goals: how far from the target still counts as met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, rename = "measurement", skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

/// One dated value of a goal's metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl Goal {
    /// The direction written in the file, or the one implied by baseline and target.
    pub fn direction(&self) -> Direction {
        self.direction.unwrap_or(match self.baseline {
            Some(b) if self.target < b => Direction::Decrease,
            Some(b) if self.target == b => Direction::Maintain,
            _ => Direction::Increase,
        })
    }

    /// Whether the goal belongs to the whole program rather than to named partners.
    pub fn is_program_wide(&self) -> bool {
        self.partners.is_empty()
    }

    pub fn is_closed(&self) -> bool {
        self.outcome.is_some()
    }
}
