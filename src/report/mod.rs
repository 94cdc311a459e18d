//! Shaping output: values computed from the workspace, rendered as terminal tables,
//! JSON or CSV (and, for reports, Markdown and HTML). Rendering never reads files.

pub mod action;
pub mod calendar;
pub mod checkin;
pub mod contribution;
pub mod doc;
pub mod evaluation;
pub mod export;
pub mod goal;
pub mod instrument;
pub mod list;
pub mod partner;
pub mod partner_report;
pub mod quarterly;
pub mod record;
pub mod role;
pub mod rowlist;
pub mod sections;
pub mod status;
pub mod status_filter;
pub mod style;
pub mod survey;
pub mod table;
pub mod terminal;
pub mod undo;
pub mod win;

pub use list::{ListFormat, Row, ShowFormat};
pub use style::{Painter, Tone};
pub use table::Cell;

/// Finds an instrument of the workspace's catalog by name: the command loads the
/// catalog and passes this lookup, so that reports never read the instruments' files.
pub type Instruments<'a> = dyn Fn(&str) -> Option<&'a crate::model::instrument::Instrument> + 'a;
