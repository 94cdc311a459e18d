//! A partner: the organization, its contacts, agreement and the roles on both sides,
//! plus every record kept about the partnership (check-ins, actions, evaluations,
//! contributions, wins). One partner is one file, `partners/<id>.toml`.

use crate::model::cadence::Cadence;
use crate::model::date;
use crate::model::records::{Action, Checkin, Contribution, Evaluation, Win};
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// The arrays of tables a partner file holds (`[[contact]]`...), in the order `check`
/// reads them; each is a kind of record of its own.
pub const TABLE_ARRAYS: &[&str] = &[
    "contact",
    "role",
    "checkin",
    "action",
    "evaluation",
    "contribution",
    "win",
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

word_enum! {
    /// The two sides of a partnership: our organization, and the partner.
    pub enum Side {
        Ours = "ours",
        Partner = "partner",
    }
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Ours => Side::Partner,
            Side::Partner => Side::Ours,
        }
    }
}

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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
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

/// Parse `"Full Name <email@example.org>"` (the email part is optional).
pub fn parse_contact_spec(spec: &str) -> Result<Contact, String> {
    let spec = spec.trim();
    let (name, email) = match spec.find('<') {
        Some(open) => {
            let close = spec.rfind('>').filter(|&c| c > open && c == spec.len() - 1);
            let Some(close) = close else {
                return Err(format!(
                    "contact `{spec}` has an unclosed `<`; write it as \"Full Name <email@example.org>\""
                ));
            };
            let email = spec[open + 1..close].trim();
            (
                spec[..open].trim(),
                (!email.is_empty()).then(|| email.to_string()),
            )
        }
        None => (spec, None),
    };
    if name.is_empty() {
        return Err(format!(
            "contact `{spec}` has no name; write it as \"Full Name <email@example.org>\""
        ));
    }
    if let Some(e) = &email {
        check_email(e)?;
    }
    Ok(Contact {
        name: name.to_string(),
        email,
        ..Contact::default()
    })
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

impl Partner {
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

    /// Every record id kept in this file, with what kind of record it names.
    pub fn record_ids(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let c = self.checkins.iter().map(|r| ("check-in", r.id.as_str()));
        let a = self.actions.iter().map(|r| ("action", r.id.as_str()));
        let e = self
            .evaluations
            .iter()
            .map(|r| ("evaluation", r.id.as_str()));
        let k = self
            .contributions
            .iter()
            .map(|r| ("contribution", r.id.as_str()));
        let w = self.wins.iter().map(|r| ("win", r.id.as_str()));
        c.chain(a).chain(e).chain(k).chain(w)
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
        assert!(parse_contact_spec("<a@b.org>").is_err());
        assert!(parse_contact_spec("Sam <a@b.org").is_err());
        assert!(parse_contact_spec("Sam <not-an-email>").is_err());
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
    fn stage_words() {
        assert_eq!("Active".parse::<Stage>(), Ok(Stage::Active));
        let err = "actve".parse::<Stage>().unwrap_err();
        assert!(
            err.contains("unknown stage `actve`") && err.contains("prospect, exploring"),
            "{err}"
        );
    }
}
