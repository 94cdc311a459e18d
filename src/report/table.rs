//! Terminal tables: borderless, upper-case headers, wrapped to the terminal's width on a
//! terminal and never wrapped when piped.

use crate::report::style::{Painter, Tone};
use crate::report::terminal;
use comfy_table::{Attribute, CellAlignment, ContentArrangement, Table, presets};

/// A cell of a table: its text, what it means, and whether numbers align right.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    pub right: bool,
    /// No value: shown as `-` in tables, empty in CSV.
    pub missing: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    pub fn tone(mut self, tone: Tone) -> Self {
        self.tone = tone;
        self
    }

    pub fn right(mut self) -> Self {
        self.right = true;
        self
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::new(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::new(s)
    }
}

/// An optional value as a cell, with `-` for none.
pub fn opt<T: ToString>(v: Option<T>) -> Cell {
    v.map_or_else(
        || Cell {
            missing: true,
            ..Cell::new("-").tone(Tone::Dim)
        },
        |v| Cell::new(v.to_string()),
    )
}

/// Render rows under headers. A cell is one line: a line break in it shows as `⏎` and a
/// control character as an escape, so a row never splits (`report::terminal`).
pub fn render(headers: &[&str], rows: Vec<Vec<Cell>>, p: &Painter) -> String {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    if p.tty {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.force_no_tty();
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    if p.color {
        t.enforce_styling();
    }
    let header: Vec<comfy_table::Cell> = headers
        .iter()
        .map(|h| {
            let c = comfy_table::Cell::new(h.to_uppercase());
            if p.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        })
        .collect();
    t.set_header(header);
    let ncols = headers.len();
    let mut right = vec![false; ncols];
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(ncols) {
            right[i] |= cell.right;
        }
    }
    for row in rows {
        t.add_row(row.into_iter().map(|c| {
            let mut cell = comfy_table::Cell::new(terminal::line(&c.text));
            if p.color {
                if let Some(color) = c.tone.table_color() {
                    cell = cell.fg(color);
                }
                if matches!(c.tone, Tone::Strong | Tone::Bad) {
                    cell = cell.add_attribute(Attribute::Bold);
                }
            }
            cell
        }));
    }
    for (i, r) in right.iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            col.set_padding((0, 2));
            if *r {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    if let Some(last) = t.column_mut(ncols.saturating_sub(1)) {
        last.set_padding((0, 0));
    }
    // The cells hold no control character now, so every ESC is comfy-table's own color.
    let mut out = if p.color {
        terminal::own(&t.trim_fmt())
    } else {
        t.trim_fmt()
    };
    out.push('\n');
    out
}

/// Cells of a progress bar.
const BAR: usize = 10;

/// Progress as a bar of ten cells and a percentage: `█████░░░░░ 52%`. The bar is full
/// only at 100%; the percentage may pass 100 or fall below 0.
pub fn bar(progress: f64) -> String {
    let full = ((progress / 100.0 * BAR as f64).floor().max(0.0) as usize).min(BAR);
    format!(
        "{}{} {}",
        "█".repeat(full),
        "░".repeat(BAR - full),
        crate::model::goal::percent(progress)
    )
}

/// `key: value` lines with the keys aligned, for `show` commands; a value is one line.
pub fn fields(pairs: &[(&str, String)], p: &Painter) -> String {
    let width = pairs
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (k, v) in pairs {
        let pad = " ".repeat(width - k.chars().count());
        let v = terminal::line(v);
        out.push_str(&format!("  {}{pad}  {v}\n", p.paint(Tone::Dim, k)));
    }
    out
}

/// A section heading of a show screen: a blank line, then the title in bold.
pub fn section(out: &mut String, p: &Painter, title: &str) {
    out.push('\n');
    out.push_str(&p.paint(Tone::Strong, title));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tables_do_not_wrap_or_pad_the_end() {
        let long = "x".repeat(300);
        let out = render(
            &["name", "n"],
            vec![
                vec![Cell::new(long.clone()), Cell::new("7").right()],
                vec![Cell::new("b"), Cell::new("12").right()],
            ],
            &Painter::plain(),
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0].split_whitespace().collect::<Vec<_>>(),
            ["NAME", "N"]
        );
        assert_eq!(lines[1], format!("{long}   7"));
        assert!(lines[2].starts_with("b ") && lines[2].ends_with(" 12"));
        assert!(out.lines().all(|l| !l.ends_with(' ')));
    }
}
