//! A partner: the organization, its contacts, agreement and the roles on both sides,
//! plus every record kept about the partnership (check-ins, actions, evaluations,
//! contributions, wins). One partner is one file, `partners/<id>.toml`.

use crate::model::cadence::Cadence;
use crate::model::date;
use crate::model::floor::Floor;
use crate::model::records::{Action, Checkin, Contribution, Evaluation, Win};
use crate::model::registry::{
    Field, Finding, Identity, InFile, Keeps, KindDef, Level, Owner, Owns, Record, Sheet, Ty, Visit,
};
use crate::model::{Word, word_enum};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Partner types every workspace knows; `partner_types` in `accord.toml` adds more.
pub const BUILTIN_TYPES: &[&str] = &[
    "corporate",
    "nonprofit",
    "community",
    "academic",
    "government",
    "health",
    "public-private",
    "cultural",
    "faith",
    "family",
    "other",
];

word_enum! {
    /// Where a partnership is in its lifecycle.
    pub enum Stage default Active {
        Prospect = "prospect",
        Exploring = "exploring",
        Active = "active",
        Paused = "paused",
        Ended = "ended",
    }
}

pub use crate::model::side::Side;

/// Everything about one partner, as stored in its file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Partner {
    /// The file's stem; not stored inside the file.
    #[serde(skip)]
    pub id: String,
    pub name: String,
    #[serde(rename = "type", default = "default_type")]
    pub kind: String,
    #[serde(default)]
    pub stage: Stage,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub since: Option<NaiveDate>,
    /// When accord began tracking the partner (`partner add`, `import`). A partner with
    /// no records of a kind is expected to have them from here, not from `since`.
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub added: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// The share of contributions below which a side's investment is flagged, or off,
    /// for this partner; else its type's, else the workspace's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<Floor>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub ended: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<String>,
    /// The stage the partnership was at when it ended (`partner end` records it): a
    /// prospect dropped before it began is not an active partner that ended. Without
    /// it, an ended partner was active until it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_from: Option<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    #[serde(default, rename = "contact", skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, rename = "role", skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(default, rename = "checkin", skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<Checkin>,
    #[serde(default, rename = "action", skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    #[serde(default, rename = "evaluation", skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
    #[serde(
        default,
        rename = "contribution",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub contributions: Vec<Contribution>,
    #[serde(default, rename = "win", skip_serializing_if = "Vec::is_empty")]
    pub wins: Vec<Win>,
}

fn default_type() -> String {
    "other".to_string()
}

/// The formal agreement (usually an MOU or a letter of agreement).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub signed: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub ends: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A person at the partner organization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A named role on one side (liaison, sponsor...) and what its holder is responsible for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub side: Side,
    pub title: String,
    pub person: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resp: Vec<String>,
}

/// Parse a contact as typed: `"Full Name <email@example.org>"`, or the name followed by
/// an email and a phone after commas (`"Maya Chen, mchen@example.org, 555-0142"`) or an
/// email after a space (`"Maya Chen mchen@example.org"`). Only parts that are an email
/// or a phone are split off, so a name with a comma (`"Chen, Maya"`) stays whole.
pub fn parse_contact_spec(spec: &str) -> Result<Contact, String> {
    let spec = spec.trim();
    let how = "write it as \"Full Name <email@example.org>\" or \"Full Name, email, phone\"";
    let (name, email, phone) = match spec.find('<') {
        Some(open) => {
            let close = spec.rfind('>').filter(|&c| c > open && c == spec.len() - 1);
            let Some(close) = close else {
                return Err(format!("contact `{spec}` has an unclosed `<`; {how}"));
            };
            let email = spec[open + 1..close].trim();
            (
                spec[..open].trim().to_string(),
                (!email.is_empty()).then(|| email.to_string()),
                None,
            )
        }
        None => {
            let mut name: Vec<&str> = Vec::new();
            let (mut email, mut phone) = (None, None);
            for part in spec.split([',', ';']).map(str::trim) {
                let (slot, value, what) = if part.contains('@') && !part.contains(' ') {
                    (&mut email, part, "emails")
                } else if looks_like_phone(part) {
                    (&mut phone, part, "phone numbers")
                } else if let Some(digits) = short_number(part) {
                    return Err(format!(
                        "contact `{spec}`: `{part}` has {digits} digits, too few for a phone number (at least 7) and not a name; give the whole number, or leave it out"
                    ));
                } else if let Some((before, last)) = part.rsplit_once(' ')
                    && last.contains('@')
                    && name.is_empty()
                {
                    name.push(before.trim());
                    (&mut email, last, "emails")
                } else {
                    name.push(part);
                    continue;
                };
                if slot.is_some() {
                    return Err(format!("contact `{spec}` has two {what}; give one"));
                }
                *slot = Some(value.to_string());
            }
            let name: Vec<&str> = name.into_iter().filter(|n| !n.is_empty()).collect();
            (name.join(", "), email, phone)
        }
    };
    if name.is_empty() {
        return Err(format!("contact `{spec}` has no name; {how}"));
    }
    if let Some(e) = &email {
        check_email(e)?;
    }
    Ok(Contact {
        name,
        email,
        phone,
        ..Contact::default()
    })
}

/// A phone number: digits (at least seven) with the usual `+ - . ( )` and spaces.
fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-.()/x".contains(c))
}

/// How many digits `s` has, when it is written as a phone number is (digits with the
/// usual `+ - . ( )` and spaces) but has too few of them to be one.
fn short_number(s: &str) -> Option<usize> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let shaped = s
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
    (shaped && (1..7).contains(&digits)).then_some(digits)
}

/// A light check that an email address has the shape `someone@somewhere`.
pub fn check_email(email: &str) -> Result<(), String> {
    let ok = email
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && !host.is_empty() && !host.starts_with('.'))
        && !email.chars().any(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(format!("`{email}` does not look like an email address"))
    }
}

/// Where the expectations of a partner with no records of a kind start (no check-in
/// yet, no evaluation yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// When the partnership began (`since`).
    Since(NaiveDate),
    /// When accord began tracking it (`added`), later than `since` or without one.
    Added(NaiveDate),
}

impl Start {
    pub fn date(self) -> NaiveDate {
        match self {
            Start::Since(d) | Start::Added(d) => d,
        }
    }

    /// "the partnership began 2019-09-01" or "it was added to accord on 2026-11-23".
    pub fn words(self) -> String {
        match self {
            Start::Since(d) => format!("the partnership began {d}"),
            Start::Added(d) => format!("it was added to accord on {d}"),
        }
    }
}

impl Partner {
    /// The partner as it stood on `date`, the one rule `status` and the reports share:
    /// `None` before it became a partner (`since` later), and at the stage it ended from
    /// if it ended later (`stage_before_end`: active, unless the file says otherwise).
    /// Borrowed as it is, and copied only when its stage has to change.
    pub fn as_of(&self, date: NaiveDate) -> Option<Cow<'_, Partner>> {
        if self.since.is_some_and(|s| s > date) {
            return None;
        }
        if self.ended.is_none_or(|e| e <= date) {
            return Some(Cow::Borrowed(self));
        }
        let mut p = self.clone();
        p.stage = self.stage_before_end();
        p.ended = None;
        p.end_reason = None;
        p.ended_from = None;
        Some(Cow::Owned(p))
    }

    /// The stage an ended partnership was at until it ended: the one `partner end`
    /// recorded in `ended_from`, else active (a file ended by hand, or before accord
    /// recorded it).
    pub fn stage_before_end(&self) -> Stage {
        self.ended_from
            .filter(|&s| s != Stage::Ended)
            .unwrap_or(Stage::Active)
    }

    /// Whether the partner was active on `date`: as it stood then (`as_of`), its stage
    /// was active. Every count of active partners, and of partners new and ended in a
    /// period, rests on this rule.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.as_of(date).is_some_and(|p| p.stage == Stage::Active)
    }

    /// Whether the partner is a new active partner of the period from `from` to `to`: it
    /// began in it (`since`) and was active that day. A prospect or an exploring partner
    /// that begins is not new, nor one that has not become active since.
    pub fn began_active(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.since
            .is_some_and(|s| (from..=to).contains(&s) && self.active_on(s))
    }

    /// Whether the partner is an active partner that ended in the period from `from` to
    /// `to`: its end is in it and it was active the day before. A prospect dropped is
    /// not. So the active partners on a period's last day are those of the day before it
    /// began, plus the new ones, less the ended ones.
    pub fn ended_active(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.ended.is_some_and(|e| {
            (from..=to).contains(&e) && e.pred_opt().is_some_and(|d| self.active_on(d))
        })
    }

    /// Where expectations start for a kind of record the partner has none of: the later
    /// of when the partnership began and when accord began tracking it, so a partnership
    /// entered years after it began is not overdue for years of meetings nobody recorded.
    pub fn start(&self) -> Option<Start> {
        match (self.since, self.added) {
            (Some(s), Some(a)) if a > s => Some(Start::Added(a)),
            (Some(s), _) => Some(Start::Since(s)),
            (None, Some(a)) => Some(Start::Added(a)),
            (None, None) => None,
        }
    }

    /// The roles held on one side.
    pub fn roles_on(&self, side: Side) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(move |r| r.side == side)
    }

    /// Sides that have no named role, which matters for partners that are active.
    pub fn sides_without_roles(&self) -> Vec<Side> {
        Side::ALL
            .iter()
            .copied()
            .filter(|&s| self.roles_on(s).next().is_none())
            .collect()
    }

    /// Whether a tag or focus area matches, ignoring case.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    pub fn has_focus(&self, focus: &str) -> bool {
        self.focus.iter().any(|f| f.eq_ignore_ascii_case(focus))
    }

    /// Days until the agreement ends (negative once it has ended).
    pub fn agreement_days_left(&self, today: NaiveDate) -> Option<i64> {
        let ends = self.agreement.as_ref()?.ends?;
        Some(date::days_between(today, ends))
    }
}

// The registry's description of the records a partner file keeps beside its profile
// (see `model::registry`), and the one list of them.

impl Owns for Partner {
    const OWNER: Owner = Owner::Partner;
    fn each_kind<V: Visit<Self>>(v: &mut V) {
        v.visit::<Contact>();
        v.visit::<Role>();
        v.visit::<Checkin>();
        v.visit::<Action>();
        v.visit::<Evaluation>();
        v.visit::<Contribution>();
        v.visit::<Win>();
    }
}

macro_rules! keeps {
    ($($ty:ty => $field:ident),+ $(,)?) => {$(
        impl Keeps<$ty> for Partner {
            fn records(&self) -> &Vec<$ty> {
                &self.$field
            }
            fn records_mut(&mut self) -> &mut Vec<$ty> {
                &mut self.$field
            }
        }
    )+};
}

keeps! {
    Contact => contacts,
    Role => roles,
    Checkin => checkins,
    Action => actions,
    Evaluation => evaluations,
    Contribution => contributions,
    Win => wins,
}

/// The partners a report is narrowed to (`--partner`, `--type`): by id and by type, an
/// empty list taking any. A goal or a survey is about them when it names one of them.
#[derive(Debug, Clone, Default)]
pub struct Chosen {
    pub ids: Vec<String>,
    pub kinds: Vec<String>,
}

impl Chosen {
    /// Whether the report is narrowed at all.
    pub fn narrowed(&self) -> bool {
        !self.ids.is_empty() || !self.kinds.is_empty()
    }

    /// Whether partner `p` is one of those chosen.
    pub fn takes(&self, p: &Partner) -> bool {
        (self.ids.is_empty() || self.ids.contains(&p.id))
            && (self.kinds.is_empty() || self.kinds.contains(&p.kind))
    }

    /// How a report names the narrowing: "partner acme", "type college".
    pub fn words(&self) -> Vec<String> {
        (self.ids.iter().map(|id| format!("partner {id}")))
            .chain(self.kinds.iter().map(|t| format!("type {t}")))
            .collect()
    }
}

/// The name rule (`model::text::NAME_MAX`) for a name field of a contact or role:
/// refused when written, a warning in a file.
fn long_name(field: &str, what: &str, value: &str) -> Option<Finding> {
    let long = crate::model::text::too_long(value)?;
    Some(Finding::new(
        field,
        Level::Refused,
        format!("{what} {long}"),
    ))
}

impl Record for Contact {
    const DEF: &'static KindDef = &KindDef {
        table: "contact",
        noun: "contact",
        command: "partner contact",
        owner: Owner::Partner,
        sheet: Sheet::Contacts,
        identity: Identity::Name,
        date: None,
        not_after_today: &[],
        fields: &[
            Field::required("name", Ty::Text),
            Field::new("title", Ty::Text),
            Field::new("email", Ty::Text),
            Field::new("phone", Ty::Text),
            Field::new("notes", Ty::Notes),
        ],
    };
    fn key(&self) -> String {
        self.name.clone()
    }
    fn describe(&self, owner: &str) -> String {
        format!("contact {} at `{owner}`", self.name)
    }
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        if crate::model::text::is_blank(&self.name) {
            out.push(Finding::new("name", Level::Error, "a contact has no name"));
        }
        out.extend(long_name("name", "the contact's name", &self.name));
        if let Some(title) = &self.title {
            out.extend(long_name("title", "the contact's title", title));
        }
        if let Some(e) = &self.email
            && let Err(msg) = check_email(e)
        {
            out.push(Finding::new("email", Level::Warning, msg));
        }
        out
    }
}

impl Record for Role {
    const DEF: &'static KindDef = &KindDef {
        table: "role",
        noun: "role",
        command: "role",
        owner: Owner::Partner,
        sheet: Sheet::Roles,
        identity: Identity::SideTitle,
        date: None,
        not_after_today: &[],
        fields: &[
            Field::required("side", Ty::Word(<Side as Word>::NAMES)),
            Field::required("title", Ty::Text),
            Field::required("person", Ty::Text),
            Field::new("email", Ty::Text),
            Field::new("resp", Ty::List),
        ],
    };
    fn key(&self) -> String {
        format!("{}/{}", self.side, self.title.to_lowercase())
    }
    fn describe(&self, owner: &str) -> String {
        format!(
            "{} role {} at `{owner}`: {}",
            self.side, self.title, self.person
        )
    }
    fn rules(&self, file: &InFile<'_, Self>) -> Vec<Finding> {
        let mut out = Vec::new();
        if crate::model::text::is_blank(&self.title) {
            out.push(Finding::new("title", Level::Error, "a role has no title"));
        }
        if crate::model::text::is_blank(&self.person) {
            out.push(Finding::new(
                "person",
                Level::Error,
                "a role names no person",
            ));
        }
        out.extend(long_name("title", "the role's title", &self.title));
        out.extend(long_name("person", "the role holder's name", &self.person));
        if file.earlier.iter().any(|r| r.key() == self.key()) {
            out.push(Finding::new(
                "title",
                Level::Warning,
                format!(
                    "the {} side has more than one `{}` role",
                    self.side, self.title
                ),
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_specs() {
        let c = parse_contact_spec("Dr. Maya Chen <mchen@riverside.org>").unwrap();
        assert_eq!(c.name, "Dr. Maya Chen");
        assert_eq!(c.email.as_deref(), Some("mchen@riverside.org"));
        let c = parse_contact_spec("Sam Ortiz").unwrap();
        assert_eq!((c.name.as_str(), c.email), ("Sam Ortiz", None));
        let c = parse_contact_spec("Maya Chen, mchen@example.org").unwrap();
        assert_eq!(
            (c.name.as_str(), c.email.as_deref()),
            ("Maya Chen", Some("mchen@example.org"))
        );
        let c = parse_contact_spec("Maya Chen mchen@example.org").unwrap();
        assert_eq!(
            (c.name.as_str(), c.email.as_deref()),
            ("Maya Chen", Some("mchen@example.org"))
        );
        let c = parse_contact_spec("Dr. Maya Chen, +1 (555) 014-2000; mchen@example.org").unwrap();
        assert_eq!(c.name, "Dr. Maya Chen");
        assert_eq!(c.phone.as_deref(), Some("+1 (555) 014-2000"));
        assert_eq!(c.email.as_deref(), Some("mchen@example.org"));
        let c = parse_contact_spec("Chen, Maya").unwrap();
        assert_eq!((c.name.as_str(), c.email), ("Chen, Maya", None));
        assert!(parse_contact_spec("a@b.org, c@d.org").is_err());
        assert!(parse_contact_spec("Sam, sam@").is_err());
        assert!(parse_contact_spec("<a@b.org>").is_err());
        assert!(parse_contact_spec("Sam <a@b.org").is_err());
        assert!(parse_contact_spec("Sam <not-an-email>").is_err());
        // A number too short for a phone is neither a phone nor part of the name.
        let err = parse_contact_spec("Jo Smith, jo@y.org, 555").unwrap_err();
        assert!(
            err.contains("`555` has 3 digits, too few for a phone number"),
            "{err}"
        );
        assert!(parse_contact_spec("Jo Smith, (555) 01").is_err());
        // Digits in a name with letters stay in it.
        let c = parse_contact_spec("Jo Smith 3rd, jo@y.org").unwrap();
        assert_eq!(c.name, "Jo Smith 3rd");
    }

    #[test]
    fn sides_without_roles() {
        let mut p = Partner::default();
        assert_eq!(p.sides_without_roles(), vec![Side::Ours, Side::Partner]);
        p.roles.push(Role {
            side: Side::Partner,
            title: "Liaison".into(),
            person: "Maya".into(),
            email: None,
            resp: vec![],
        });
        assert_eq!(p.sides_without_roles(), vec![Side::Ours]);
    }

    #[test]
    fn a_partner_as_it_stood_on_a_date() {
        let d = |s: &str| crate::model::date::parse_iso(s).unwrap();
        let p = Partner {
            since: Some(d("2024-01-01")),
            stage: Stage::Ended,
            ended: Some(d("2026-06-30")),
            end_reason: Some("moved".into()),
            ..Partner::default()
        };
        assert!(p.as_of(d("2023-12-31")).is_none(), "not begun yet");
        let then = p.as_of(d("2025-01-01")).unwrap();
        assert_eq!((then.stage, then.ended), (Stage::Active, None));
        assert!(matches!(then, Cow::Owned(_)));
        let after = p.as_of(d("2026-06-30")).unwrap();
        assert_eq!(after.stage, Stage::Ended);
        assert!(matches!(after, Cow::Borrowed(_)));
    }

    #[test]
    fn an_ended_partner_stood_at_the_stage_it_ended_from() {
        let d = |s: &str| crate::model::date::parse_iso(s).unwrap();
        let mut p = Partner {
            since: Some(d("2026-11-02")),
            stage: Stage::Ended,
            ended: Some(d("2026-11-23")),
            end_reason: Some("Never started".into()),
            ended_from: Some(Stage::Prospect),
            ..Partner::default()
        };
        let then = p.as_of(d("2026-11-22")).unwrap();
        assert_eq!(
            (then.stage, then.ended, then.ended_from),
            (Stage::Prospect, None, None)
        );
        assert!(!p.active_on(d("2026-11-22")));
        assert_eq!(p.as_of(d("2026-11-23")).unwrap().stage, Stage::Ended);
        // a dropped prospect is neither a new active partner nor an ended one
        let (from, to) = (d("2026-10-01"), d("2026-12-31"));
        assert!(!p.began_active(from, to) && !p.ended_active(from, to));
        // without `ended_from` (ended by hand, or by an earlier accord): active until then
        p.ended_from = None;
        assert!(p.active_on(d("2026-11-22")));
        assert!(p.began_active(from, to) && p.ended_active(from, to));
        // `ended` is no stage to end from
        p.ended_from = Some(Stage::Ended);
        assert_eq!(p.stage_before_end(), Stage::Active);
    }

    /// Active partners, new and ended, counted by the same rule, always add up: on each
    /// quarter's last day, the previous quarter's active partners plus the new less the
    /// ended.
    #[test]
    fn active_partners_new_and_ended_add_up() {
        let d = |s: &str| crate::model::date::parse_iso(s).unwrap();
        let partner = |stage, since: Option<&str>, ended: Option<(&str, Option<Stage>)>| Partner {
            stage,
            since: since.map(d),
            ended: ended.map(|(e, _)| d(e)),
            ended_from: ended.and_then(|(_, from)| from),
            ..Partner::default()
        };
        let partners = [
            partner(Stage::Active, Some("2019-09-01"), None),
            partner(Stage::Active, None, None),
            partner(Stage::Active, Some("2026-08-10"), None),
            partner(Stage::Exploring, Some("2026-09-15"), None),
            partner(Stage::Prospect, Some("2026-11-02"), None),
            partner(Stage::Paused, Some("2021-03-01"), None),
            partner(Stage::Ended, Some("2017-09-01"), Some(("2026-06-30", None))),
            partner(
                Stage::Ended,
                Some("2020-01-01"),
                Some(("2026-10-20", Some(Stage::Active))),
            ),
            partner(
                Stage::Ended,
                Some("2026-11-02"),
                Some(("2026-11-23", Some(Stage::Prospect))),
            ),
            partner(
                Stage::Ended,
                Some("2026-02-01"),
                Some(("2026-12-05", Some(Stage::Exploring))),
            ),
            partner(
                Stage::Ended,
                Some("2021-01-01"),
                Some(("2026-08-01", Some(Stage::Paused))),
            ),
            partner(
                Stage::Ended,
                Some("2026-07-10"),
                Some(("2026-09-01", Some(Stage::Active))),
            ),
            partner(
                Stage::Ended,
                Some("2026-07-10"),
                Some(("2026-07-10", Some(Stage::Active))),
            ),
        ];
        let quarters = [
            ("2026-01-01", "2026-03-31"),
            ("2026-04-01", "2026-06-30"),
            ("2026-07-01", "2026-09-30"),
            ("2026-10-01", "2026-12-31"),
        ];
        let active = |day: NaiveDate| partners.iter().filter(|p| p.active_on(day)).count();
        for (from, to) in quarters {
            let (from, to) = (d(from), d(to));
            let before = active(from.pred_opt().unwrap());
            let new = partners.iter().filter(|p| p.began_active(from, to)).count();
            let ended = partners.iter().filter(|p| p.ended_active(from, to)).count();
            assert_eq!(before + new - ended, active(to), "{from} to {to}");
        }
        // July to September: one began and stayed, one began and ended; none that only
        // explores, and not the one that ended the day it began
        let (from, to) = (d("2026-07-01"), d("2026-09-30"));
        let new = partners.iter().filter(|p| p.began_active(from, to)).count();
        let ended = partners.iter().filter(|p| p.ended_active(from, to)).count();
        assert_eq!((new, ended), (2, 1));
    }

    #[test]
    fn stage_words() {
        assert_eq!("Active".parse::<Stage>(), Ok(Stage::Active));
        let err = "actve".parse::<Stage>().unwrap_err();
        assert!(
            err.contains("unknown stage `actve`") && err.contains("prospect, exploring"),
            "{err}"
        );
    }
}
