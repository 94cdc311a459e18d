//! A report as a document: sections of headline numbers, tables and bar charts, rendered
//! for the terminal, as Markdown, or as one self-contained HTML page, each written as it
//! is rendered. A table's rows (and a chart's bars) may be made one at a time from the
//! report's own rows while they are written, so a report of thousands of rows is never
//! held as text. Every string in a document is plain text; each renderer escapes it for
//! its format.

use crate::report::style::{Painter, Tone};
use crate::report::table::{self, Shown};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::ControlFlow;

/// A whole report; `'a` is the data its made rows borrow.
#[derive(Debug)]
pub struct Doc<'a> {
    pub title: String,
    /// One line under the title: the period, the workspace, the date it is as of.
    pub subtitle: String,
    pub sections: Vec<Section<'a>>,
}

#[derive(Debug)]
pub struct Section<'a> {
    pub title: String,
    /// A line under the heading, e.g. how hours were valued.
    pub note: Option<String>,
    pub blocks: Vec<Block<'a>>,
}

impl<'a> Section<'a> {
    pub fn new(title: impl Into<String>) -> Section<'a> {
        Section {
            title: title.into(),
            note: None,
            blocks: Vec::new(),
        }
    }

    pub fn note(mut self, note: Option<String>) -> Section<'a> {
        self.note = note;
        self
    }

    pub fn block(mut self, block: Block<'a>) -> Section<'a> {
        self.blocks.push(block);
        self
    }
}

#[derive(Debug)]
pub enum Block<'a> {
    /// Headline numbers.
    Stats { stats: Vec<Stat> },
    /// A table; a cell may carry a progress bar.
    Table {
        headers: Vec<String>,
        rows: Rows<'a, Vec<DocCell>>,
    },
    /// A horizontal bar chart.
    Bars { title: String, bars: Rows<'a, Bar> },
    /// Labelled values, one per line.
    Fields { fields: Vec<(String, String)> },
    /// A sentence, e.g. "none this quarter".
    Text { text: String },
}

impl<'a> Block<'a> {
    pub fn text(text: impl Into<String>) -> Block<'a> {
        Block::Text { text: text.into() }
    }

    pub fn table(headers: &[&str], rows: Vec<Vec<DocCell>>) -> Block<'a> {
        Block::rows(headers, Rows::Held(rows))
    }

    /// A table of rows held or made as they are written.
    pub fn rows(headers: &[&str], rows: Rows<'a, Vec<DocCell>>) -> Block<'a> {
        Block::Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
        }
    }
}

/// The rows of a table or the bars of a chart: held, or made one at a time, in order,
/// each time the block is rendered (a renderer may go over them twice: once to measure
/// the columns, once to write).
pub enum Rows<'a, T> {
    Held(Vec<T>),
    /// Gives each row in turn to the function it is called with, until that says stop.
    Made(Box<MakeRows<'a, T>>),
}

/// A maker of rows: gives each in turn to `take`, until `take` says stop.
pub type MakeRows<'a, T> = dyn Fn(&mut dyn FnMut(T) -> ControlFlow<()>) + 'a;

impl<'a, T> Rows<'a, T> {
    /// Rows made by `rows` each time they are rendered.
    pub fn made<I: Iterator<Item = T>>(rows: impl Fn() -> I + 'a) -> Rows<'a, T> {
        Rows::Made(Box::new(move |f| {
            let _ = rows().try_for_each(f);
        }))
    }

    /// Call `f` with each row, in order.
    pub fn each(&self, mut f: impl FnMut(&T)) {
        match self {
            Rows::Held(rows) => rows.iter().for_each(f),
            Rows::Made(make) => make(&mut |r| {
                f(&r);
                ControlFlow::Continue(())
            }),
        }
    }

    /// The first row.
    pub fn first(&self) -> Option<Cow<'_, T>>
    where
        T: Clone,
    {
        match self {
            Rows::Held(rows) => rows.first().map(Cow::Borrowed),
            Rows::Made(make) => {
                let mut first = None;
                make(&mut |r| {
                    first = Some(r);
                    ControlFlow::Break(())
                });
                first.map(Cow::Owned)
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Rows::Held(rows) => rows.is_empty(),
            Rows::Made(make) => {
                let mut none = true;
                make(&mut |_| {
                    none = false;
                    ControlFlow::Break(())
                });
                none
            }
        }
    }
}

impl<T> From<Vec<T>> for Rows<'_, T> {
    fn from(rows: Vec<T>) -> Self {
        Rows::Held(rows)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Rows<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rows::Held(rows) => rows.fmt(f),
            Rows::Made(_) => f.write_str("Rows::Made(..)"),
        }
    }
}

/// A headline number with its change against the previous period.
#[derive(Debug, Clone, Serialize)]
pub struct Stat {
    pub label: String,
    pub value: String,
    /// e.g. "+3 on 2026-Q2"; colored by `tone`.
    pub change: Option<String>,
    pub tone: Tone,
    /// A smaller line, e.g. "2 new, 1 ended".
    pub detail: Option<String>,
    /// The figure over the last quarters, drawn as a small line beside it in HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Spark>,
}

/// A small trend line: a figure quarter by quarter.
#[derive(Debug, Clone, Serialize)]
pub struct Spark {
    /// The points of an SVG polyline in a 100 by 24 box.
    pub points: String,
    /// The last point, marked.
    pub last: (f64, f64),
    /// What it shows, in words ("FY2026-Q3 5 · FY2026-Q4 6 ..."), for screen readers
    /// and a tooltip.
    pub label: String,
}

/// A trend line of `(quarter, value)` points, oldest first; `None` for fewer than two.
pub fn spark(points: &[(String, f64, String)]) -> Option<Spark> {
    if points.len() < 2 {
        return None;
    }
    let (lo, hi) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (_, v, _)| {
            (lo.min(*v), hi.max(*v))
        });
    let span = if hi > lo { hi - lo } else { 1.0 };
    let step = 100.0 / (points.len() - 1) as f64;
    let xy: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v, _))| {
            let x = (i as f64 * step * 10.0).round() / 10.0;
            // flat lines sit in the middle; otherwise 2 (top) to 22 (bottom)
            let y = if hi > lo {
                22.0 - (v - lo) / span * 20.0
            } else {
                12.0
            };
            (x, (y * 10.0).round() / 10.0)
        })
        .collect();
    Some(Spark {
        points: xy
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" "),
        last: *xy.last().expect("two points or more"),
        label: points
            .iter()
            .map(|(q, _, text)| format!("{q} {text}"))
            .collect::<Vec<_>>()
            .join(" · "),
    })
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DocCell {
    pub text: String,
    pub tone: Tone,
    pub right: bool,
    /// A progress bar in percent (the text is then its label).
    pub bar: Option<f64>,
}

impl DocCell {
    pub fn new(text: impl Into<String>) -> DocCell {
        DocCell {
            text: text.into(),
            ..DocCell::default()
        }
    }

    /// A number, aligned right.
    pub fn num(text: impl Into<String>) -> DocCell {
        DocCell {
            right: true,
            ..DocCell::new(text)
        }
    }

    /// `-` when there is no value.
    pub fn opt(text: Option<String>) -> DocCell {
        match text {
            Some(t) => DocCell::new(t),
            None => DocCell::new("-").tone(Tone::Dim),
        }
    }

    /// A progress bar with its percentage.
    pub fn bar(progress: Option<f64>) -> DocCell {
        match progress {
            Some(p) => DocCell {
                bar: Some(p),
                ..DocCell::new(crate::model::goal::percent(p))
            },
            None => DocCell::opt(None),
        }
    }

    pub fn tone(mut self, tone: Tone) -> DocCell {
        self.tone = tone;
        self
    }
}

impl From<String> for DocCell {
    fn from(s: String) -> Self {
        DocCell::new(s)
    }
}

impl From<&str> for DocCell {
    fn from(s: &str) -> Self {
        DocCell::new(s)
    }
}

/// One bar of a chart: `share` of the longest bar, in percent, labelled with `text`.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    pub label: String,
    pub share: f64,
    pub text: String,
    pub tone: Tone,
}

/// Bars for `(label, value, text, tone)`, each scaled against the largest value (or
/// against `max` when one is given, e.g. a rating scale's top).
pub fn bars<'a>(items: Vec<(String, f64, String, Tone)>, max: Option<f64>) -> Rows<'a, Bar> {
    let top = max.unwrap_or_else(|| top(items.iter().map(|i| i.1)));
    Rows::Held(
        items
            .into_iter()
            .map(|(label, value, text, tone)| bar(label, value, text, tone, top))
            .collect(),
    )
}

/// The largest of `values`, the top a chart's bars are scaled against (0 for none).
pub fn top(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, f64::max)
}

/// One bar for `value` of a chart whose longest bar is `top`.
pub fn bar(label: String, value: f64, text: String, tone: Tone, top: f64) -> Bar {
    Bar {
        label,
        share: if top > 0.0 {
            (value / top * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        },
        text,
        tone,
    }
}

// ---------------------------------------------------------------------------------
// Terminal

/// Cells of a bar in a terminal chart.
const CHART_WIDTH: usize = 24;

/// The report for the terminal: headings, aligned numbers, tables, unicode bars.
pub fn text(doc: &Doc<'_>, p: &Painter) -> String {
    to_string(|out| write_text(doc, p, out))
}

/// Text written to a buffer by `write`.
fn to_string(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("renderers write text")
}

/// Write the report for the terminal to `out`.
pub fn write_text(doc: &Doc<'_>, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", p.paint(Tone::Strong, &doc.title))?;
    writeln!(out, "{}", p.paint(Tone::Dim, &doc.subtitle))?;
    for s in &doc.sections {
        writeln!(out, "\n{}", p.paint(Tone::Strong, &s.title))?;
        if let Some(n) = &s.note {
            writeln!(out, "  {}", p.paint(Tone::Dim, n))?;
        }
        for (i, b) in s.blocks.iter().enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            text_block(b, p, out)?;
        }
    }
    Ok(())
}

impl Shown for DocCell {
    fn shown(&self) -> Cow<'_, str> {
        match self.bar {
            Some(pr) => Cow::Owned(table::bar(pr)),
            None => Cow::Borrowed(&self.text),
        }
    }

    fn tone(&self) -> Tone {
        self.tone
    }

    fn right(&self) -> bool {
        self.right
    }
}

fn text_block(b: &Block<'_>, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    match b {
        Block::Text { text } => writeln!(out, "  {text}"),
        Block::Fields { fields } => {
            let pairs: Vec<(&str, String)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            out.write_all(table::fields(&pairs, p).as_bytes())
        }
        Block::Stats { stats } => {
            let label_w = stats.iter().map(|s| s.label.chars().count()).max();
            let value_w = stats.iter().map(|s| s.value.chars().count()).max();
            let (label_w, value_w) = (label_w.unwrap_or(0), value_w.unwrap_or(0));
            for s in stats {
                let mut line = format!(
                    "  {:<label_w$}  {:>value_w$}",
                    s.label,
                    p.paint(Tone::Strong, &s.value),
                    value_w = value_w + painted_extra(p, Tone::Strong, &s.value),
                );
                if let Some(c) = &s.change {
                    line.push_str(&format!("  {}", p.paint(s.tone, c)));
                }
                if let Some(d) = &s.detail {
                    line.push_str(&format!("  {}", p.paint(Tone::Dim, d)));
                }
                writeln!(out, "{}", line.trim_end())?;
            }
            Ok(())
        }
        Block::Table { headers, rows } => {
            let heads: Vec<&str> = headers.iter().map(String::as_str).collect();
            table::write(
                &heads,
                &|f: &mut dyn FnMut(&[DocCell])| rows.each(|r| f(r)),
                p,
                "  ",
                out,
            )
        }
        Block::Bars { title, bars } => {
            let mut label_w = 0;
            bars.each(|b| label_w = label_w.max(b.label.chars().count()));
            writeln!(out, "  {}", p.paint(Tone::Dim, title))?;
            let mut result = Ok(());
            bars.each(|b| {
                if result.is_err() {
                    return;
                }
                let full =
                    ((b.share / 100.0 * CHART_WIDTH as f64).round() as usize).min(CHART_WIDTH);
                let bar = format!("{}{}", "█".repeat(full), " ".repeat(CHART_WIDTH - full));
                result = writeln!(
                    out,
                    "  {:<label_w$}  {}  {}",
                    b.label,
                    p.paint(b.tone, &bar),
                    b.text
                );
            });
            result
        }
    }
}

/// How many characters of color marks painting adds, so padding counts visible ones.
fn painted_extra(p: &Painter, tone: Tone, s: &str) -> usize {
    let shown = crate::report::terminal::line(s).chars().count();
    p.paint(tone, s).chars().count().saturating_sub(shown)
}

// ---------------------------------------------------------------------------------
// Markdown

/// Text made safe for Markdown: characters that would start markup, links or HTML are
/// escaped, so a partner named `<script>` or `*bold*` prints as written. An `&` stays
/// as it is (a memo reads "Science & History"), unless it would start an entity such
/// as `&copy;`. A memo is also read in a terminal
/// (`cat memo.md`), so a control or bidi character shows as its escape, `\u{1b}`
/// (written `\\u{1b}`, which Markdown shows as `\u{1b}`).
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    md_escape_into(s, &mut out);
    out
}

/// [`md_escape`], added to `out`.
fn md_escape_into(s: &str, out: &mut String) {
    // the common case: nothing to escape
    if s.bytes().all(|b| {
        (0x20..0x7f).contains(&b)
            && !matches!(
                b,
                b'<' | b'>'
                    | b'&'
                    | b'|'
                    | b'\\'
                    | b'`'
                    | b'*'
                    | b'_'
                    | b'['
                    | b']'
                    | b'#'
                    | b'~'
                    | b'!'
            )
    }) {
        out.push_str(s);
        return;
    }
    for (i, ch) in s.char_indices() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&s[i + 1..]) => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            c if crate::model::text::is_unsafe(c) => {
                out.push('\\');
                out.push_str(&crate::model::text::visible(c));
            }
            _ => out.push(ch),
        }
    }
}

/// Whether the text after an `&` would make it an entity reference (`copy;`, `#169;`).
fn starts_entity(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

/// The report as Markdown, for a board memo: headings, tables, text bars.
pub fn markdown(doc: &Doc<'_>) -> String {
    to_string(|out| write_markdown(doc, out))
}

/// Write the report as Markdown to `out`.
pub fn write_markdown(doc: &Doc<'_>, out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        "# {}\n\n_{}_\n",
        md_escape(&doc.title),
        md_escape(&doc.subtitle)
    )?;
    for s in &doc.sections {
        write!(out, "\n## {}\n", md_escape(&s.title))?;
        if let Some(n) = &s.note {
            write!(out, "\n_{}_\n", md_escape(n))?;
        }
        for b in &s.blocks {
            out.write_all(b"\n")?;
            md_block(b, out)?;
        }
    }
    Ok(())
}

/// A Markdown table's header and alignment lines.
fn md_head(headers: &[String], right: &[bool], out: &mut dyn Write) -> io::Result<()> {
    write!(
        out,
        "| {} |\n|{}|\n",
        headers
            .iter()
            .map(|h| md_escape(h))
            .collect::<Vec<_>>()
            .join(" | "),
        right
            .iter()
            .map(|r| if *r { "---:" } else { "---" })
            .collect::<Vec<_>>()
            .join("|")
    )
}

/// A Markdown table's row: each cell added to `line` by `cells`, one after the other.
fn md_row(
    line: &mut String,
    cells: impl IntoIterator<Item = impl FnOnce(&mut String)>,
    out: &mut dyn Write,
) -> io::Result<()> {
    line.clear();
    line.push_str("| ");
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push_str(" | ");
        }
        cell(line);
    }
    line.push_str(" |\n");
    out.write_all(line.as_bytes())
}

fn md_table(
    headers: &[String],
    rows: Vec<Vec<String>>,
    right: &[bool],
    out: &mut dyn Write,
) -> io::Result<()> {
    md_head(headers, right, out)?;
    let mut line = String::new();
    for r in rows {
        md_row(
            &mut line,
            r.iter().map(|c| move |l: &mut String| l.push_str(c)),
            out,
        )?;
    }
    Ok(())
}

fn md_block(b: &Block<'_>, out: &mut dyn Write) -> io::Result<()> {
    match b {
        Block::Text { text } => writeln!(out, "{}", md_escape(text)),
        Block::Fields { fields } => {
            let rows = fields
                .iter()
                .map(|(k, v)| vec![format!("**{}**", md_escape(k)), md_escape(v)])
                .collect();
            md_table(&[String::new(), String::new()], rows, &[false, false], out)
        }
        Block::Stats { stats } => {
            let rows = stats
                .iter()
                .map(|s| {
                    let detail = [s.change.as_deref(), s.detail.as_deref()]
                        .into_iter()
                        .flatten()
                        .map(md_escape)
                        .collect::<Vec<_>>()
                        .join("; ");
                    vec![
                        md_escape(&s.label),
                        format!("**{}**", md_escape(&s.value)),
                        detail,
                    ]
                })
                .collect();
            let headers = ["Measure", "Value", "Change"].map(String::from);
            md_table(&headers, rows, &[false, true, false], out)
        }
        Block::Table { headers, rows } => {
            let mut right = vec![false; headers.len()];
            rows.each(|r| {
                for (i, c) in r.iter().enumerate().take(right.len()) {
                    right[i] |= c.right;
                }
            });
            md_head(headers, &right, out)?;
            let mut line = String::new();
            let mut result = Ok(());
            rows.each(|r| {
                if result.is_ok() {
                    result = md_row(
                        &mut line,
                        r.iter().map(|c| {
                            move |l: &mut String| match c.bar {
                                Some(pr) => {
                                    l.push('`');
                                    l.push_str(&table::bar(pr));
                                    l.push('`');
                                }
                                None => md_escape_into(&c.text, l),
                            }
                        }),
                        out,
                    );
                }
            });
            result
        }
        Block::Bars { title, bars } => {
            let headers = [title.clone(), String::new(), String::new()];
            md_head(&headers, &[false, false, true], out)?;
            let mut line = String::new();
            let mut result = Ok(());
            bars.each(|b| {
                if result.is_err() {
                    return;
                }
                let full = ((b.share / 100.0 * 20.0).round() as usize).min(20);
                let bar = format!("`{}{}`", "█".repeat(full), "░".repeat(20 - full));
                let cells: [&dyn Fn(&mut String); 3] = [
                    &|l| md_escape_into(&b.label, l),
                    &|l| l.push_str(&bar),
                    &|l| md_escape_into(&b.text, l),
                ];
                result = md_row(&mut line, cells.map(|c| move |l: &mut String| c(l)), out);
            });
            result
        }
    }
}

// ---------------------------------------------------------------------------------
// HTML

/// The page's style sheet.
const STYLE: &str = include_str!("report.css");

/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, nothing
/// fetched. Every string from the workspace is escaped for HTML, and a control or bidi
/// character shows as its escape (`\u{202e}`), so none can reorder the page's text or
/// act on a terminal that prints the file.
pub fn html(doc: &Doc<'_>) -> anyhow::Result<String> {
    Ok(to_string(|out| write_html(doc, out)))
}

/// Text for an HTML page: `&<>"'/` as entities, then any control or bidi character
/// as its escape (`\u{202e}`).
struct Esc<'s>(&'s str);

impl std::fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.0;
        let plain = |b: u8| {
            (0x20..0x7f).contains(&b) && !matches!(b, b'<' | b'>' | b'&' | b'"' | b'\'' | b'/')
        };
        if s.bytes().all(plain) {
            return f.write_str(s);
        }
        let mut html = String::with_capacity(s.len() + 16);
        for c in s.chars() {
            match c {
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '&' => html.push_str("&amp;"),
                '"' => html.push_str("&quot;"),
                '\'' => html.push_str("&#x27;"),
                '/' => html.push_str("&#x2f;"),
                c => html.push(c),
            }
        }
        f.write_str(&crate::model::text::escaped(&html))
    }
}

/// A number as the page shows it: `52.0`, `14.3`.
struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let v = self.0;
        if v.is_nan() {
            f.write_str("NaN")
        } else if v.is_infinite() {
            f.write_str(if v < 0.0 { "-inf" } else { "inf" })
        } else {
            let s = v.to_string();
            f.write_str(&s)?;
            if s.contains('.') {
                Ok(())
            } else {
                f.write_str(".0")
            }
        }
    }
}

/// The name of a tone, as the page's classes use it.
fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Plain => "plain",
        Tone::Good => "good",
        Tone::Warn => "warn",
        Tone::Bad => "bad",
        Tone::Dim => "dim",
        Tone::Strong => "strong",
    }
}

/// Write the report as one HTML page to `out`.
pub fn write_html(doc: &Doc<'_>, out: &mut dyn Write) -> io::Result<()> {
    let (title, subtitle) = (Esc(&doc.title), Esc(&doc.subtitle));
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · {subtitle}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <main>\n<header>\n  <h1>{title}</h1>\n  <div class=\"subtitle\">{subtitle}</div>\n\
         </header>\n"
    )?;
    for s in &doc.sections {
        write!(out, "\n<section>\n  <h2>{}</h2>\n  ", Esc(&s.title))?;
        if let Some(n) = s.note.as_deref().filter(|n| !n.is_empty()) {
            write!(out, "<p class=\"note\">{}</p>", Esc(n))?;
        }
        out.write_all(b"\n  ")?;
        for b in &s.blocks {
            out.write_all(b"\n  ")?;
            html_block(b, out)?;
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"\n</section>\n")?;
    }
    write!(
        out,
        "\n<footer>Made with accord · {subtitle}</footer>\n</main>\n</body>\n</html>"
    )
}

fn html_block(b: &Block<'_>, out: &mut dyn Write) -> io::Result<()> {
    fn some(s: &Option<String>) -> Option<Esc<'_>> {
        s.as_deref().filter(|s| !s.is_empty()).map(Esc)
    }
    match b {
        Block::Stats { stats } => {
            out.write_all(b"\n  <div class=\"stats\">\n    ")?;
            for s in stats {
                write!(
                    out,
                    "\n    <div class=\"stat\">\n      <div class=\"label\">{}</div>\n      \
                     <div class=\"value\">{}</div>\n      ",
                    Esc(&s.label),
                    Esc(&s.value)
                )?;
                if let Some(t) = &s.trend {
                    let label = Esc(&t.label);
                    write!(
                        out,
                        "<svg class=\"spark\" width=\"100\" height=\"24\" viewBox=\"0 0 100 24\" \
                         role=\"img\" aria-label=\"{label}\"><title>{label}</title><polyline \
                         points=\"{}\"/><circle cx=\"{}\" cy=\"{}\" r=\"2\"/></svg>",
                        Esc(&t.points),
                        Num(t.last.0),
                        Num(t.last.1)
                    )?;
                }
                out.write_all(b"\n      ")?;
                if let Some(c) = some(&s.change) {
                    write!(
                        out,
                        "<div class=\"change tone-{}\">{c}</div>",
                        tone_class(s.tone)
                    )?;
                }
                out.write_all(b"\n      ")?;
                if let Some(d) = some(&s.detail) {
                    write!(out, "<div class=\"detail\">{d}</div>")?;
                }
                out.write_all(b"\n    </div>\n    ")?;
            }
            out.write_all(b"\n  </div>\n  ")
        }
        Block::Table { headers, rows } => {
            out.write_all(b"\n  <table>\n    <thead><tr>\n      ")?;
            let first = rows.first();
            for (i, h) in headers.iter().enumerate() {
                let num = first
                    .as_ref()
                    .and_then(|r| r.get(i))
                    .is_some_and(|c| c.right);
                let class = if num { " class=\"num\"" } else { "" };
                write!(out, "<th{class}>{}</th>", Esc(h))?;
            }
            out.write_all(b"\n    </tr></thead>\n    <tbody>\n    ")?;
            let mut line = String::new();
            let mut result = Ok(());
            rows.each(|r| {
                if result.is_ok() {
                    line.clear();
                    html_row(r, &mut line);
                    result = out.write_all(line.as_bytes());
                }
            });
            result?;
            out.write_all(b"\n    </tbody>\n  </table>\n  ")
        }
        Block::Bars { title, bars } => {
            write!(
                out,
                "\n  <div class=\"chart\">\n    <h3>{}</h3>\n    ",
                Esc(title)
            )?;
            let mut line = String::new();
            let mut result = Ok(());
            bars.each(|b| {
                if result.is_err() {
                    return;
                }
                use std::fmt::Write as _;
                line.clear();
                let (label, text) = (Esc(&b.label), Esc(&b.text));
                let _ = write!(
                    line,
                    "\n    <div class=\"bar-row\">\n      <div class=\"label\">{label}</div>\n      \
                     <svg width=\"100%\" height=\"14\" viewBox=\"0 0 100 14\" \
                     preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{label}: {text}\">\
                     <rect class=\"track\" width=\"100\" height=\"14\"/><rect class=\"fill-{}\" \
                     width=\"{}\" height=\"14\"/></svg>\n      <div class=\"text\">{text}</div>\n    \
                     </div>\n    ",
                    tone_class(b.tone),
                    Num(b.share)
                );
                result = out.write_all(line.as_bytes());
            });
            result?;
            out.write_all(b"\n  </div>\n  ")
        }
        Block::Fields { fields } => {
            out.write_all(b"\n  <dl class=\"fields\">\n    ")?;
            for (k, v) in fields {
                write!(out, "<dt>{}</dt><dd>{}</dd>", Esc(k), Esc(v))?;
            }
            out.write_all(b"\n  </dl>\n  ")
        }
        Block::Text { text } => write!(out, "\n  <p>{}</p>\n  ", Esc(text)),
    }
}

/// One row of a table, as the page's markup.
fn html_row(r: &[DocCell], line: &mut String) {
    use std::fmt::Write as _;
    line.push_str("\n      <tr>\n      ");
    for c in r {
        let num = if c.right { "num " } else { "" };
        let tone = tone_class(c.tone);
        let _ = write!(line, "\n        <td class=\"{num}tone-{tone}\">");
        let text = Esc(&c.text);
        let _ = match c.bar {
            Some(bar) => {
                // the bar's width, kept between 0 and 100
                let width = if bar < 0.0 {
                    "0".to_string()
                } else if bar > 100.0 {
                    "100".to_string()
                } else {
                    Num(bar).to_string()
                };
                write!(
                    line,
                    "<span class=\"progress\"><svg width=\"90\" height=\"10\" viewBox=\"0 0 100 10\" \
                     role=\"img\" aria-label=\"{text}\"><rect class=\"track\" width=\"100\" \
                     height=\"10\" rx=\"2\"/><rect class=\"fill-{tone}\" width=\"{width}\" \
                     height=\"10\" rx=\"2\"/></svg>{text}</span>"
                )
            }
            None => write!(line, "{text}"),
        };
        line.push_str("</td>\n      ");
    }
    line.push_str("\n      </tr>\n    ");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Doc<'static> {
        Doc {
            title: "Quarterly report".into(),
            subtitle: "2026-Q3".into(),
            sections: vec![
                Section::new("Headline").block(Block::Stats {
                    stats: vec![Stat {
                        label: "Active partners".into(),
                        value: "7".into(),
                        change: Some("+1".into()),
                        tone: Tone::Good,
                        detail: None,
                        trend: spark(&[
                            ("Q1".into(), 5.0, "5".into()),
                            ("Q2".into(), 7.0, "7".into()),
                        ]),
                    }],
                }),
                Section::new("Partners").block(Block::table(
                    &["Partner", "Progress"],
                    vec![vec![DocCell::new(name), DocCell::bar(Some(52.0))]],
                )),
                Section::new("Coverage").block(Block::Bars {
                    title: "check-ins".into(),
                    bars: bars(vec![(name.to_string(), 2.0, "2".into(), Tone::Good)], None),
                }),
            ],
        }
    }

    #[test]
    fn no_format_carries_a_control_character_raw() {
        let evil = "Evil\u{1b}[2J\u{1b}[31mCo\nNext \u{202e}fed";
        let md = markdown(&sample(evil));
        assert!(
            md.contains("Evil\\\\u{1b}\\[2J\\\\u{1b}\\[31mCo Next \\\\u{202e}fed"),
            "{md}"
        );
        let page = html(&sample(evil)).unwrap();
        assert!(page.contains("Evil\\u{1b}[2J"), "{page}");
        let color = Painter {
            color: true,
            tty: false,
        };
        for p in [Painter::plain(), color] {
            let shown = crate::report::terminal::screen(&text(&sample(evil), &p)).into_owned();
            assert!(
                shown.contains("Evil\\u{1b}[2J\\u{1b}[31mCo⏎Next \\u{202e}fed"),
                "{shown}"
            );
            for out in [&md, &page, &shown] {
                let raw = out.chars().filter(|&c| crate::model::text::is_unsafe(c));
                assert!(raw.clone().all(|c| c == '\n' || (c == '\u{1b}' && p.color)));
            }
        }
    }

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(
            md_escape("<script>alert(1)</script> *a* | b_c"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\*a\\* \\| b\\_c"
        );
        assert_eq!(
            md_escape("Science & History, AT&T, &copy; &#169;"),
            "Science & History, AT&T, &amp;copy; &amp;\\#169;"
        );
        let md = markdown(&sample("<b>Bold</b> & Co"));
        assert!(
            md.contains("| &lt;b&gt;Bold&lt;/b&gt; & Co | `█████░░░░░ 52%` |"),
            "{md}"
        );
        assert!(!md.contains("<b>"), "{md}");
    }

    #[test]
    fn html_escapes_every_string_and_has_no_scripts() {
        let page = html(&sample("<script>alert(1)</script>")).unwrap();
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
            "{page}"
        );
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("http://") && !page.contains("https://"));
    }

    #[test]
    fn bars_scale_against_the_largest_or_a_given_top() {
        let b = bars(
            vec![
                ("a".into(), 2.0, "2".into(), Tone::Plain),
                ("b".into(), 4.0, "4".into(), Tone::Plain),
            ],
            None,
        );
        let shares = |b: Rows<'_, Bar>| {
            let mut out = Vec::new();
            b.each(|b| out.push(b.share));
            out
        };
        assert_eq!(shares(b), [50.0, 100.0]);
        let b = bars(vec![("a".into(), 4.0, "4".into(), Tone::Plain)], Some(5.0));
        assert_eq!(shares(b), [80.0]);
        let b = bars(vec![("a".into(), 0.0, "0".into(), Tone::Plain)], None);
        assert_eq!(shares(b), [0.0]);
    }

    #[test]
    fn terminal_text_draws_bars_and_aligns_numbers() {
        let out = text(&sample("Hospital"), &Painter::plain());
        assert!(out.contains("  Active partners  7  +1\n"), "{out}");
        assert!(out.contains("█████░░░░░ 52%"), "{out}");
        assert!(
            out.contains(&format!("  Hospital  {}  2\n", "█".repeat(CHART_WIDTH))),
            "{out}"
        );
    }
}
