//! The two sides of a partnership: our organization, and the partner.

use crate::model::word_enum;

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
