//! Terminal tables: borderless, upper-case headers, wrapped to the terminal's width on a
//! terminal and never wrapped when piped.

use crate::report::style::{Painter, Tone};
use crate::report::terminal;
use comfy_table::{Attribute, CellAlignment, ContentArrangement, Table, presets};
use std::borrow::Cow;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

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
            let cell = comfy_table::Cell::new(terminal::line(&c.text));
            if p.color { styled(cell, c.tone) } else { cell }
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

/// What a table shows of a cell: its text, its tone, and whether it aligns right.
pub trait Shown {
    /// The text as the cell shows it (before the terminal's escapes).
    fn shown(&self) -> Cow<'_, str>;
    fn tone(&self) -> Tone;
    fn right(&self) -> bool;
}

impl Shown for Cell {
    fn shown(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.text)
    }

    fn tone(&self) -> Tone {
        self.tone
    }

    fn right(&self) -> bool {
        self.right
    }
}

/// Each row of a table, given in turn to the function it is called with; it is called
/// twice, so the rows may be made as they are needed rather than held.
pub type EachRow<'f, C> = dyn Fn(&mut dyn FnMut(&[C])) + 'f;

/// Write rows under headers as [`render`] lays them out, each line after `indent`. Off a
/// terminal, the rows are gone over twice, once to measure the columns and once to write
/// the lines, and never held; on a terminal, where the table is wrapped to its width,
/// they are laid out together by [`render`].
pub fn write<C: Shown>(
    headers: &[&str],
    rows: &EachRow<'_, C>,
    p: &Painter,
    indent: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    if p.tty {
        let mut held = Vec::new();
        rows(&mut |r: &[C]| {
            held.push(
                r.iter()
                    .map(|c| Cell {
                        text: c.shown().into_owned(),
                        tone: c.tone(),
                        right: c.right(),
                        missing: false,
                    })
                    .collect(),
            )
        });
        for line in render(headers, held, p).lines() {
            writeln!(out, "{indent}{line}")?;
        }
        return Ok(());
    }
    let heads: Vec<String> = headers.iter().map(|h| h.to_uppercase()).collect();
    let ncols = heads.len();
    // A column is as wide as its widest cell, and at least one character.
    let mut widths: Vec<usize> = heads.iter().map(|h| h.width().max(1)).collect();
    let mut right = vec![false; ncols];
    rows(&mut |r: &[C]| {
        for (i, c) in r.iter().enumerate().take(ncols) {
            right[i] |= c.right();
            let w = terminal::line(&c.shown()).width();
            widths[i] = widths[i].max(w);
        }
    });
    let styles = Styles::new(p);
    let mut line = String::new();
    let lay = |line: &mut String, i: usize, text: &str, style: &(String, String)| {
        let pad = widths[i].saturating_sub(text.width());
        let gap = if i + 1 < ncols { 2 } else { 0 };
        line.push_str(&style.0);
        if right[i] {
            line.extend(std::iter::repeat_n(' ', pad));
            line.push_str(text);
            line.extend(std::iter::repeat_n(' ', gap));
        } else {
            line.push_str(text);
            line.extend(std::iter::repeat_n(' ', pad + gap));
        }
        line.push_str(&style.1);
    };
    // Each line without the spaces at its end, after the indent.
    let finish = |line: &mut String| {
        let end = indent.len() + line[indent.len()..].trim_end().len();
        line.truncate(end);
        line.push('\n');
    };
    line.push_str(indent);
    for (i, h) in heads.iter().enumerate() {
        lay(&mut line, i, h, &styles.header);
    }
    finish(&mut line);
    out.write_all(line.as_bytes())?;
    let mut result = Ok(());
    rows(&mut |r: &[C]| {
        if result.is_err() {
            return;
        }
        line.clear();
        line.push_str(indent);
        for (i, c) in r.iter().enumerate().take(ncols) {
            lay(
                &mut line,
                i,
                &terminal::line(&c.shown()),
                styles.cell(c.tone()),
            );
        }
        finish(&mut line);
        result = out.write_all(line.as_bytes());
    });
    result
}

/// The color marks around a table cell, as comfy-table writes them (with the terminal's
/// mark for ESC): for the header and for each tone.
struct Styles {
    header: (String, String),
    tones: Vec<(Tone, (String, String))>,
    plain: (String, String),
}

impl Styles {
    fn new(p: &Painter) -> Styles {
        let none = (String::new(), String::new());
        if !p.color {
            return Styles {
                header: none.clone(),
                tones: Vec::new(),
                plain: none,
            };
        }
        let tones = [
            Tone::Plain,
            Tone::Good,
            Tone::Warn,
            Tone::Bad,
            Tone::Dim,
            Tone::Strong,
        ];
        Styles {
            header: marks(comfy_table::Cell::new(MARK).add_attribute(Attribute::Bold)),
            tones: tones
                .into_iter()
                .map(|t| (t, marks(styled(comfy_table::Cell::new(MARK), t))))
                .collect(),
            plain: none,
        }
    }

    fn cell(&self, tone: Tone) -> &(String, String) {
        self.tones
            .iter()
            .find(|(t, _)| *t == tone)
            .map_or(&self.plain, |(_, m)| m)
    }
}

/// A character no cell holds, to find a cell's content in a table.
const MARK: &str = "\u{e000}";

/// What comfy-table writes before and after a cell styled as `cell` is.
fn marks(cell: comfy_table::Cell) -> (String, String) {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    t.force_no_tty();
    t.enforce_styling();
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.add_row(vec![cell]);
    if let Some(col) = t.column_mut(0) {
        col.set_padding((0, 0));
    }
    let shown = t.to_string();
    let (before, after) = shown.split_once(MARK).unwrap_or(("", ""));
    (terminal::own(before), terminal::own(after))
}

/// A cell colored as its tone says.
fn styled(mut cell: comfy_table::Cell, tone: Tone) -> comfy_table::Cell {
    if let Some(color) = tone.table_color() {
        cell = cell.fg(color);
    }
    if matches!(tone, Tone::Strong | Tone::Bad) {
        cell = cell.add_attribute(Attribute::Bold);
    }
    cell
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

    #[test]
    fn written_tables_are_laid_out_as_rendered_ones() {
        let rows = vec![
            vec![
                Cell::new("Café Ünïcode 表格").tone(Tone::Strong),
                Cell::new("7").right(),
                Cell::new("overdue").tone(Tone::Bad),
                Cell::new("last  "),
            ],
            vec![
                Cell::new(""),
                Cell::new("1,234").right().tone(Tone::Good),
                Cell::new("-").tone(Tone::Dim),
                Cell::new("x\u{1b}[2Jy\nz").tone(Tone::Warn),
            ],
            vec![Cell::new("b"), Cell::new(""), Cell::new(""), Cell::new("")],
        ];
        let color = Painter {
            color: true,
            tty: false,
        };
        for p in [Painter::plain(), color] {
            let heads = ["Partner", "N", "", "Note"];
            let rendered = render(&heads, rows.clone(), &p);
            let mut out = Vec::new();
            write(
                &heads,
                &|f: &mut dyn FnMut(&[Cell])| rows.iter().for_each(|r| f(r)),
                &p,
                "",
                &mut out,
            )
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), rendered);
        }
    }
}
