//! A problem found in a file: how serious, where (a path into the TOML document), and
//! what is wrong. Rules anywhere in the model report through it; the store maps the path
//! to a line and column.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One step of a path into a TOML file: a key, or an index into an array of tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Something wrong (or suspicious) in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the file: `["agreement", "ends"]`, `["checkin", 2, "rating"]`.
    pub path: Vec<Seg>,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<Vec<Seg>>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<Vec<Seg>>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Build a path: `at!["checkin", i, "date"]`.
#[macro_export]
#[doc(hidden)]
macro_rules! at {
    ($($seg:expr),* $(,)?) => {
        [$($crate::model::problem::IntoSeg::into_seg($seg)),*]
    };
}
pub use at;

pub trait IntoSeg {
    fn into_seg(self) -> Seg;
}

impl IntoSeg for &str {
    fn into_seg(self) -> Seg {
        Seg::Key(self.to_string())
    }
}

impl IntoSeg for usize {
    fn into_seg(self) -> Seg {
        Seg::Index(self)
    }
}
