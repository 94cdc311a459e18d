//! Roles as output: the row of `role list`, and a side in the words status lines use.

use crate::model::partner::{Partner, Role, Side};
use crate::report::list::Full;
use crate::report::table::opt;
use crate::report::{Cell, Painter, Row, Tone};
use serde::Serialize;

/// One role in a list: the role and its partner.
#[derive(Debug, Serialize)]
pub struct RoleRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub role: Full<'a, Role>,
}

impl<'a> RoleRow<'a> {
    pub fn new(p: &'a Partner, role: &'a Role) -> Self {
        RoleRow {
            partner: &p.id,
            partner_name: &p.name,
            role: Full(role),
        }
    }
}

impl Row for RoleRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "partner",
            "side",
            "title",
            "person",
            "email",
            "responsibilities",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let r = self.role.0;
        vec![
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(r.side.as_str()),
            Cell::new(&*r.title),
            Cell::new(&*r.person),
            opt(r.email.as_deref()),
            Cell::new(r.resp.join("; ")),
        ]
    }
}

/// The rows of `role list`: each partner's roles, ours first, only those on `side` when
/// given.
pub fn rows<'a>(partners: &'a [Partner], side: Option<Side>) -> Vec<RoleRow<'a>> {
    partners
        .iter()
        .flat_map(|p| {
            let mut roles: Vec<&Role> = p.roles.iter().collect();
            roles.sort_by_key(|r| r.side);
            roles
                .into_iter()
                .filter(move |r| side.is_none_or(|s| r.side == s))
                .map(move |r| RoleRow::new(p, r))
        })
        .collect()
}

/// A side in words: "our side", "the partner's side".
pub fn side_words(side: Side) -> &'static str {
    match side {
        Side::Ours => "our side",
        Side::Partner => "the partner's side",
    }
}
