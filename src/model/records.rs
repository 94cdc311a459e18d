//! The dated records kept in a partner's file: check-ins, action items, evaluations,
//! contributions and wins. Each carries a short random id (see `model::id`) and who
//! recorded it. The rules that read them live in their own modules.

use crate::model::date;
use crate::model::side::Side;
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
    #[serde(
        default,
        deserialize_with = "rating_de",
        skip_serializing_if = "Option::is_none"
    )]
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

/// Read a check-in rating typed on the command line: a whole number from 1 to 5.
pub fn parse_rating(typed: &str) -> Result<u8, String> {
    match typed.trim().parse::<u8>() {
        Ok(r) if (1..=5).contains(&r) => Ok(r),
        _ => Err(format!(
            "`{typed}` is not a rating; give a whole number from 1 to 5"
        )),
    }
}

/// Read a check-in's rating from its file: a whole number. One outside 1 to 5 reads (the
/// check-in's rules name it); anything else is said to be wrong in the scale's words,
/// not a byte's ("expected a whole number from 1 to 5", not "from 0 to 255").
fn rating_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    struct Rating;
    impl serde::de::Visitor<'_> for Rating {
        type Value = u8;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a whole number from 1 to 5")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u8, E> {
            u8::try_from(v).map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u8, E> {
            u8::try_from(v).map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
        }
    }
    d.deserialize_u8(Rating).map(Some)
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

/// The largest amount one contribution may record: a trillion, in money or hours. Larger
/// ones are typing or editing mistakes, and sums of them would lose their cents.
pub const MAX_AMOUNT: f64 = 1e12;

/// Whether an amount counts in totals: a number more than zero and at most
/// [`MAX_AMOUNT`]. `accord check` reports the others as errors.
pub fn usable(amount: f64) -> bool {
    amount.is_finite() && amount > 0.0 && amount <= MAX_AMOUNT
}

/// What is wrong with an amount read from a file, if anything.
pub fn amount_problem(amount: f64) -> Option<String> {
    if usable(amount) {
        None
    } else if !amount.is_finite() {
        let shown = if amount.is_nan() { "nan" } else { "inf" };
        Some(format!(
            "amount `{shown}` is not a number; write a number such as 1500 or 12.5"
        ))
    } else if amount > MAX_AMOUNT {
        Some(format!(
            "amount {amount} is too large; an amount can be at most 1,000,000,000,000"
        ))
    } else {
        Some(format!("amount {amount} must be more than zero"))
    }
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

// The registry's description of each kind (see `model::registry`): declared here, beside
// the types, so a new field is declared where it is defined.

use crate::model::Word;
use crate::model::registry::{
    Field, Finding, Future, Identity, InFile, KindDef, Level, Owner, Record, Sheet, Ty,
};

const SIDES: &[&str] = <Side as Word>::NAMES;

impl Record for Checkin {
    const DEF: &'static KindDef = &KindDef {
        table: "checkin",
        noun: "check-in",
        command: "checkin",
        owner: Owner::Partner,
        sheet: Sheet::Checkins,
        identity: Identity::Id,
        date: Some("date"),
        not_after_today: &[("date", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("date", Ty::Date),
            Field::new("kind", Ty::Word(<CheckinKind as Word>::NAMES)),
            Field::new("attendees", Ty::List),
            Field::new("summary", Ty::Text),
            Field::new("notes", Ty::Notes),
            Field::new("topics", Ty::Words(<Topic as Word>::NAMES)),
            Field::new("rating", Ty::Whole),
            Field::new("next", Ty::Date),
            Field::new("by", Ty::Text),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        match field {
            "date" => Some(self.date),
            "next" => self.next,
            _ => None,
        }
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "check-in{} with `{owner}` on {} ({})",
            id_part(&self.id),
            self.date,
            self.kind
        )
    }
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        if let Some(r) = self.rating
            && !(1..=5).contains(&r)
        {
            out.push(Finding::new(
                "rating",
                Level::Error,
                format!("rating {r} is outside 1 to 5"),
            ));
        }
        if let Some(next) = self.next
            && next < self.date
        {
            out.push(Finding::new(
                "next",
                Level::Warning,
                format!(
                    "the next meeting ({next}) is before this one ({})",
                    self.date
                ),
            ));
        }
        out
    }
}

impl Record for Action {
    const DEF: &'static KindDef = &KindDef {
        table: "action",
        noun: "action item",
        command: "action",
        owner: Owner::Partner,
        sheet: Sheet::Actions,
        identity: Identity::Id,
        date: Some("created"),
        not_after_today: &[("done", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("text", Ty::Text),
            Field::new("owner", Ty::Text),
            Field::new("side", Ty::Word(SIDES)),
            Field::new("due", Ty::Date),
            Field::new("done", Ty::Date),
            Field::new("checkin", Ty::Ref("checkin")),
            Field::new("created", Ty::Date),
            Field::new("by", Ty::Text),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        match field {
            "due" => self.due,
            "done" => self.done,
            "created" => self.created,
            _ => None,
        }
    }
    fn describe(&self, owner: &str) -> String {
        let text = crate::model::text::cut(&self.text, 61);
        format!("action item{} for `{owner}`: {text}", id_part(&self.id))
    }
    fn rules(&self, file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        if crate::model::text::is_blank(&self.text) {
            out.push(Finding::new(
                "text",
                Level::Error,
                "an action item has no text",
            ));
        }
        if let Some(c) = &self.checkin
            && !(file.has)("checkin", c)
        {
            out.push(Finding::new(
                "checkin",
                Level::Error,
                format!("no check-in `{c}` in this file"),
            ));
        }
        if let (Some(created), Some(due)) = (self.created, self.due)
            && due < created
        {
            out.push(Finding::new(
                "due",
                Level::Warning,
                format!("due ({due}) before it was recorded ({created})"),
            ));
        }
        if let (Some(created), Some(done)) = (self.created, self.done)
            && done < created
        {
            out.push(Finding::new(
                "done",
                Level::Warning,
                format!("done ({done}) before it was created ({created})"),
            ));
        }
        out
    }
}

impl Record for Evaluation {
    const DEF: &'static KindDef = &KindDef {
        table: "evaluation",
        noun: "evaluation",
        command: "eval",
        owner: Owner::Partner,
        sheet: Sheet::Evaluations,
        identity: Identity::Id,
        date: Some("date"),
        not_after_today: &[("date", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("date", Ty::Date),
            Field::required("instrument", Ty::Text),
            Field::required("side", Ty::Word(SIDES)),
            Field::new("by", Ty::Text),
            Field::new("scores", Ty::Map),
            Field::new("comments", Ty::Map),
            Field::new("note", Ty::Notes),
            Field::new("partial", Ty::Flag),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        (field == "date").then_some(self.date)
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "evaluation{} of `{owner}` on {} ({}, {} side)",
            id_part(&self.id),
            self.date,
            self.instrument,
            self.side
        )
    }
}

impl Record for Contribution {
    const DEF: &'static KindDef = &KindDef {
        table: "contribution",
        noun: "contribution",
        command: "contrib",
        owner: Owner::Partner,
        sheet: Sheet::Contributions,
        identity: Identity::Id,
        date: Some("date"),
        not_after_today: &[("date", Future::Warned)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("date", Ty::Date),
            Field::required("kind", Ty::Word(<ContributionKind as Word>::NAMES)),
            Field::required("amount", Ty::Number),
            Field::new("side", Ty::Word(SIDES)),
            Field::new("note", Ty::Notes),
            Field::new("by", Ty::Text),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        (field == "date").then_some(self.date)
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "contribution{} {} `{owner}` on {}: {} {}",
            id_part(&self.id),
            if self.side == Side::Ours {
                "from us to"
            } else {
                "from"
            },
            self.date,
            self.kind,
            self.amount
        )
    }
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        amount_problem(self.amount)
            .map(|msg| Finding::new("amount", Level::Error, msg))
            .into_iter()
            .collect()
    }
}

impl Record for Win {
    const DEF: &'static KindDef = &KindDef {
        table: "win",
        noun: "win",
        command: "win",
        owner: Owner::Partner,
        sheet: Sheet::Wins,
        identity: Identity::Id,
        date: Some("date"),
        not_after_today: &[("date", Future::Refused)],
        fields: &[
            Field::required("id", Ty::Id),
            Field::required("date", Ty::Date),
            Field::required("text", Ty::Text),
            Field::new("tags", Ty::List),
            Field::new("by", Ty::Text),
        ],
    };
    fn id(&self) -> Option<&str> {
        Some(&self.id)
    }
    fn date_of(&self, field: &str) -> Option<NaiveDate> {
        (field == "date").then_some(self.date)
    }
    fn describe(&self, owner: &str) -> String {
        format!("win{} of `{owner}` on {}", id_part(&self.id), self.date)
    }
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        if crate::model::text::is_blank(&self.text) {
            return vec![Finding::new("text", Level::Error, "a win has no text")];
        }
        Vec::new()
    }
}

/// ` \`id\`` when a record has an id, for descriptions.
pub fn id_part(id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        format!(" `{id}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_whole_numbers_from_1_to_5() {
        assert_eq!(parse_rating("3"), Ok(3));
        assert_eq!(parse_rating(" 5 "), Ok(5));
        for bad in ["3.5", "6", "0", "-1", "three", "", "256"] {
            let err = parse_rating(bad).unwrap_err();
            assert!(err.contains("a whole number from 1 to 5"), "{bad}: {err}");
        }
    }

    #[test]
    fn a_rating_in_a_file_is_read_in_the_scales_words() {
        let read = |rating: &str| {
            toml::from_str::<Checkin>(&format!("id = \"c1\"\ndate = 2026-10-01\n{rating}"))
                .map(|c| c.rating)
                .map_err(|e| e.message().to_string())
        };
        assert_eq!(read(""), Ok(None));
        assert_eq!(read("rating = 4"), Ok(Some(4)));
        // outside the scale, it reads; the check-in's rules name it
        assert_eq!(read("rating = 0"), Ok(Some(0)));
        for bad in [
            "rating = \"four\"",
            "rating = 300",
            "rating = -2",
            "rating = 3.5",
        ] {
            let err = read(bad).unwrap_err();
            assert!(
                err.contains("expected a whole number from 1 to 5"),
                "{bad}: {err}"
            );
        }
        // and the cache's encoding reads back the same
        let c = toml::from_str::<Checkin>("id = \"c1\"\ndate = 2026-10-01\nrating = 5").unwrap();
        let bytes = rmp_serde::to_vec_named(&c).unwrap();
        assert_eq!(
            rmp_serde::from_slice::<Checkin>(&bytes).unwrap().rating,
            Some(5)
        );
    }
}
