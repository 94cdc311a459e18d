//! A report as a document: sections of headline numbers, tables and bar charts, built
//! once and rendered for the terminal, as Markdown, or as one self-contained HTML page.
//! Every string in a document is plain text; each renderer escapes it for its format.

use crate::report::style::{Painter, Tone};
use crate::report::table::{self, Cell};
use serde::Serialize;

/// A whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Doc {
    pub title: String,
    /// One line under the title: the period, the workspace, the date it is as of.
    pub subtitle: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: String,
    /// A line under the heading, e.g. how hours were valued.
    pub note: Option<String>,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(title: impl Into<String>) -> Section {
        Section {
            title: title.into(),
            note: None,
            blocks: Vec::new(),
        }
    }

    pub fn note(mut self, note: Option<String>) -> Section {
        self.note = note;
        self
    }

    pub fn block(mut self, block: Block) -> Section {
        self.blocks.push(block);
        self
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// Headline numbers.
    Stats { stats: Vec<Stat> },
    /// A table; a cell may carry a progress bar.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<DocCell>>,
    },
    /// A horizontal bar chart.
    Bars { title: String, bars: Vec<Bar> },
    /// Labelled values, one per line.
    Fields { fields: Vec<(String, String)> },
    /// A sentence, e.g. "none this quarter".
    Text { text: String },
}

impl Block {
    pub fn text(text: impl Into<String>) -> Block {
        Block::Text { text: text.into() }
    }

    pub fn table(headers: &[&str], rows: Vec<Vec<DocCell>>) -> Block {
        Block::Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
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
pub fn bars(items: Vec<(String, f64, String, Tone)>, max: Option<f64>) -> Vec<Bar> {
    let top = max.unwrap_or_else(|| items.iter().map(|i| i.1).fold(0.0, f64::max));
    items
        .into_iter()
        .map(|(label, value, text, tone)| Bar {
            label,
            share: if top > 0.0 {
                (value / top * 100.0).clamp(0.0, 100.0)
            } else {
                0.0
            },
            text,
            tone,
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Terminal

/// Cells of a bar in a terminal chart.
const CHART_WIDTH: usize = 24;

/// The report for the terminal: headings, aligned numbers, tables, unicode bars.
pub fn text(doc: &Doc, p: &Painter) -> String {
    let mut out = format!(
        "{}\n{}\n",
        p.paint(Tone::Strong, &doc.title),
        p.paint(Tone::Dim, &doc.subtitle)
    );
    for s in &doc.sections {
        out.push('\n');
        out.push_str(&p.paint(Tone::Strong, &s.title));
        out.push('\n');
        if let Some(n) = &s.note {
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, n)));
        }
        for (i, b) in s.blocks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&text_block(b, p));
        }
    }
    out
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("  {l}\n")).collect()
}

fn text_block(b: &Block, p: &Painter) -> String {
    match b {
        Block::Text { text } => format!("  {text}\n"),
        Block::Fields { fields } => {
            let pairs: Vec<(&str, String)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            table::fields(&pairs, p)
        }
        Block::Stats { stats } => {
            let label_w = stats.iter().map(|s| s.label.chars().count()).max();
            let value_w = stats.iter().map(|s| s.value.chars().count()).max();
            let (label_w, value_w) = (label_w.unwrap_or(0), value_w.unwrap_or(0));
            let mut out = String::new();
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
                out.push_str(line.trim_end());
                out.push('\n');
            }
            out
        }
        Block::Table { headers, rows } => {
            let heads: Vec<&str> = headers.iter().map(String::as_str).collect();
            let cells = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| Cell {
                            text: match c.bar {
                                Some(pr) => table::bar(pr),
                                None => c.text.clone(),
                            },
                            tone: c.tone,
                            right: c.right,
                            missing: false,
                        })
                        .collect()
                })
                .collect();
            indent(&table::render(&heads, cells, p))
        }
        Block::Bars { title, bars } => {
            let label_w = bars.iter().map(|b| b.label.chars().count()).max();
            let label_w = label_w.unwrap_or(0);
            let mut out = format!("  {}\n", p.paint(Tone::Dim, title));
            for b in bars {
                let full =
                    ((b.share / 100.0 * CHART_WIDTH as f64).round() as usize).min(CHART_WIDTH);
                let bar = format!("{}{}", "█".repeat(full), " ".repeat(CHART_WIDTH - full));
                out.push_str(&format!(
                    "  {:<label_w$}  {}  {}\n",
                    b.label,
                    p.paint(b.tone, &bar),
                    b.text
                ));
            }
            out
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
    out
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
pub fn markdown(doc: &Doc) -> String {
    let mut out = format!(
        "# {}\n\n_{}_\n",
        md_escape(&doc.title),
        md_escape(&doc.subtitle)
    );
    for s in &doc.sections {
        out.push_str(&format!("\n## {}\n", md_escape(&s.title)));
        if let Some(n) = &s.note {
            out.push_str(&format!("\n_{}_\n", md_escape(n)));
        }
        for b in &s.blocks {
            out.push('\n');
            out.push_str(&md_block(b));
        }
    }
    out
}

fn md_table(headers: &[String], rows: Vec<Vec<String>>, right: &[bool]) -> String {
    let mut out = format!(
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
    );
    for r in rows {
        out.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    out
}

fn md_block(b: &Block) -> String {
    match b {
        Block::Text { text } => format!("{}\n", md_escape(text)),
        Block::Fields { fields } => {
            let rows = fields
                .iter()
                .map(|(k, v)| vec![format!("**{}**", md_escape(k)), md_escape(v)])
                .collect();
            md_table(&[String::new(), String::new()], rows, &[false, false])
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
            md_table(&headers, rows, &[false, true, false])
        }
        Block::Table { headers, rows } => {
            let right: Vec<bool> = (0..headers.len())
                .map(|i| rows.iter().any(|r| r.get(i).is_some_and(|c| c.right)))
                .collect();
            let rows = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| match c.bar {
                            Some(pr) => format!("`{}`", table::bar(pr)),
                            None => md_escape(&c.text),
                        })
                        .collect()
                })
                .collect();
            md_table(headers, rows, &right)
        }
        Block::Bars { title, bars } => {
            let rows = bars
                .iter()
                .map(|b| {
                    let full = ((b.share / 100.0 * 20.0).round() as usize).min(20);
                    vec![
                        md_escape(&b.label),
                        format!("`{}{}`", "█".repeat(full), "░".repeat(20 - full)),
                        md_escape(&b.text),
                    ]
                })
                .collect();
            let headers = [title.clone(), String::new(), String::new()];
            md_table(&headers, rows, &[false, false, true])
        }
    }
}

// ---------------------------------------------------------------------------------
// HTML

/// The page template. Its name ends in `.html`, which turns on minijinja's escaping of
/// every value.
const TEMPLATE: &str = include_str!("report.html");

/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, nothing
/// fetched. Every string from the workspace is escaped by the template engine, and a
/// control or bidi character shows as its escape (`\u{202e}`), so none can reorder the
/// page's text or act on a terminal that prints the file.
pub fn html(doc: &Doc) -> anyhow::Result<String> {
    let mut env = minijinja::Environment::new();
    env.add_template("report.html", TEMPLATE)?;
    let page = env
        .get_template("report.html")?
        .render(minijinja::context! { doc => minijinja::value::Serde(doc) })?;
    Ok(crate::model::text::escaped(&page).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Doc {
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
        assert_eq!((b[0].share, b[1].share), (50.0, 100.0));
        let b = bars(vec![("a".into(), 4.0, "4".into(), Tone::Plain)], Some(5.0));
        assert_eq!(b[0].share, 80.0);
        assert_eq!(
            bars(vec![("a".into(), 0.0, "0".into(), Tone::Plain)], None)[0].share,
            0.0
        );
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
