//! The dated records kept in a partner's file: check-ins, action items, evaluations,
//! contributions and wins. Each carries a short random id (see `model::id`) and who
//! recorded it. The rules that read them live in their own modules.

use crate::model::date;
use crate::model::partner::Side;
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

word_enum! {
    /// What kind of contact a check-in was.
    pub enum CheckinKind default Meeting {
        Review = "review",
        Meeting = "meeting",
        Call = "call",
        Visit = "visit",
        Event = "event",
        Email = "email",
    }
}

word_enum! {
    /// What a check-in covered.
    pub enum Topic {
        Goals = "goals",
        Progress = "progress",
        Data = "data",
        Challenges = "challenges",
        Adjustments = "adjustments",
        Resources = "resources",
        Other = "other",
    }
}

/// A meeting, call, visit or other contact with a partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checkin {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: CheckinKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    /// The next meeting agreed at this one.
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub next: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// Something one side agreed to do, with an owner and a due date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub due: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub done: Option<NaiveDate>,
    /// The check-in it was agreed at, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkin: Option<String>,
    /// When it was recorded.
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub created: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// One side's rating of the partnership's health on an instrument's dimensions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    pub instrument: String,
    pub side: Side,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

word_enum! {
    /// What a side put into the partnership.
    pub enum ContributionKind {
        Funding = "funding",
        InKind = "in-kind",
        StaffHours = "staff-hours",
        VolunteerHours = "volunteer-hours",
        Facilities = "facilities",
        Data = "data",
        Other = "other",
    }
}

impl ContributionKind {
    /// Hours rather than money.
    pub fn is_hours(self) -> bool {
        matches!(
            self,
            ContributionKind::StaffHours | ContributionKind::VolunteerHours
        )
    }
}

/// Money, goods, time or facilities one side contributed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    pub kind: ContributionKind,
    pub amount: f64,
    #[serde(default = "partner_side")]
    pub side: Side,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

fn partner_side() -> Side {
    Side::Partner
}

/// A success story or milestone worth telling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Win {
    pub id: String,
    #[serde(deserialize_with = "date::de")]
    pub date: NaiveDate,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}
