//! The undo journal as output: the rows of `accord undo --list`.

use crate::report::{Cell, Painter, Row, Tone};
use serde::Serialize;

/// One command that `accord undo` can take back.
#[derive(Debug, Serialize)]
pub struct UndoRow {
    /// How many steps back it is: `accord undo N` undoes it and every later one.
    pub back: usize,
    /// Local time, `YYYY-MM-DD HH:MM:SS`.
    pub at: String,
    /// The command as typed.
    pub command: String,
    pub files: Vec<FileRow>,
}

/// A file the command wrote.
#[derive(Debug, Serialize)]
pub struct FileRow {
    pub path: String,
    /// `created`, `changed` or `removed`.
    pub change: &'static str,
}

/// Files shown in a table cell before "and N more".
const SHOWN: usize = 3;

impl Row for UndoRow {
    fn headers() -> &'static [&'static str] {
        &["#", "when", "command", "files"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let mut files: Vec<String> = self
            .files
            .iter()
            .take(SHOWN)
            .map(|f| match f.change {
                "changed" => f.path.clone(),
                other => format!("{} ({other})", f.path),
            })
            .collect();
        if self.files.len() > SHOWN {
            files.push(format!("and {} more", self.files.len() - SHOWN));
        }
        vec![
            Cell::new(self.back.to_string()).right(),
            Cell::new(self.at.get(..16).unwrap_or(&self.at)).tone(Tone::Dim),
            Cell::new(&*self.command).tone(Tone::Strong),
            Cell::new(files.join(", ")),
        ]
    }

    fn csv(&self) -> Vec<String> {
        vec![
            self.back.to_string(),
            self.at.clone(),
            self.command.clone(),
            self.files
                .iter()
                .map(|f| format!("{} ({})", f.path, f.change))
                .collect::<Vec<_>>()
                .join("; "),
        ]
    }
}
