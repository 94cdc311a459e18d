//! Shaping output: values computed from the workspace, rendered as terminal tables,
//! JSON or CSV (and, for reports, Markdown and HTML). Rendering never reads files.

pub mod calendar;
pub mod doc;
pub mod export;
pub mod list;
pub mod partner_report;
pub mod quarterly;
pub mod status;
pub mod style;
pub mod table;

pub use list::{ListFormat, Row, ShowFormat};
pub use style::{Painter, Tone};
pub use table::Cell;

/// Finds an instrument of the workspace's catalog by name: the command loads the
/// catalog and passes this lookup, so that reports never read the instruments' files.
pub type Instruments<'a> = dyn Fn(&str) -> Option<&'a crate::model::instrument::Instrument> + 'a;
