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
pub mod quarterly;
pub mod role;
pub mod status;
pub mod style;
pub mod table;
pub mod undo;
pub mod win;

pub use list::{ListFormat, Row, ShowFormat};
pub use style::{Painter, Tone};
pub use table::Cell;
