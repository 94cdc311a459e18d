//! Instruments as rows and views: the rows of `instrument list` and the
//! `instrument show` screen.

use crate::model::catalog::Source;
use crate::model::instrument::{Instrument, fmt_score};
use crate::report::table::section;
use crate::report::{Cell, Painter, Row, Tone, table};
use serde::Serialize;

/// An instrument of `instrument list`.
#[derive(Debug, Serialize)]
pub struct InstrumentRow<'a> {
    pub name: &'a str,
    pub title: Option<&'a str>,
    pub scale: Option<String>,
    pub dimensions: Option<usize>,
    pub categories: Option<usize>,
    pub source: Source,
    pub default: bool,
    /// Why the workspace file cannot be used.
    pub problem: Option<&'a str>,
}

impl<'a> InstrumentRow<'a> {
    /// The row of the instrument `name`, or of why its file cannot be used; `default`
    /// when it is the workspace's default instrument.
    pub fn new(
        name: &'a str,
        instrument: Result<&'a Instrument, &'a str>,
        source: Source,
        default: bool,
    ) -> Self {
        let i = instrument.ok();
        InstrumentRow {
            name,
            title: i.map(|i| i.title.as_str()),
            scale: i.map(Instrument::range),
            dimensions: i.map(|i| i.dimensions.len()),
            categories: i.map(|i| i.categories.len()),
            source,
            default,
            problem: instrument.err(),
        }
    }
}

impl Row for InstrumentRow<'_> {
    fn headers() -> &'static [&'static str] {
        &["name", "title", "scale", "dimensions", "source"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let name = if self.default {
            format!("{} (default)", self.name)
        } else {
            self.name.to_string()
        };
        let dims = match (self.dimensions, self.categories) {
            (Some(d), Some(c)) if c > 0 => format!("{d} in {c} categories"),
            (Some(d), _) => d.to_string(),
            _ => "-".to_string(),
        };
        let title = match self.problem {
            Some(_) => Cell::new("cannot be used: run `accord check`").tone(Tone::Bad),
            None => Cell::new(self.title.unwrap_or_default()),
        };
        vec![
            Cell::new(name).tone(Tone::Strong),
            title,
            table::opt(self.scale.as_deref()),
            Cell::new(dims),
            Cell::new(self.source.describe()),
        ]
    }
}

/// What `instrument show --format json` prints.
#[derive(Debug, Serialize)]
pub struct InstrumentView<'a> {
    pub source: Source,
    #[serde(flatten)]
    pub instrument: &'a Instrument,
}

/// An instrument as terminal text: what it is, its scale and bands, and every question.
pub fn render(inst: &Instrument, source: Source, p: &Painter) -> String {
    let mut out = format!(
        "{}  {}\n",
        p.paint(Tone::Strong, &inst.title),
        p.paint(Tone::Dim, &inst.name)
    );
    let mut facts = vec![
        source.describe().to_string(),
        format!("{} dimensions", inst.dimensions.len()),
    ];
    if !inst.categories.is_empty() {
        facts[1].push_str(&format!(" in {} categories", inst.categories.len()));
    }
    facts.push(format!("scale {}", inst.range()));
    out.push_str(&format!("{}\n", facts.join(" · ")));
    for line in [&inst.description, &inst.credit].into_iter().flatten() {
        out.push_str(&format!("{}\n", p.paint(Tone::Dim, line)));
    }
    section(&mut out, p, "Scale");
    out.push_str(&format!("  {}\n", inst.scale_text()));
    section(&mut out, p, "Bands");
    let mut above: Option<f64> = None;
    let mut rows = Vec::new();
    for b in &inst.bands {
        let from = b.min.unwrap_or(inst.scale.min);
        let to = above.map_or(inst.scale.max, |a| a - 0.1);
        rows.push((
            b.name.as_str(),
            format!("{} to {}", fmt_score(from), fmt_score(to)),
        ));
        above = b.min;
    }
    if rows.is_empty() {
        out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none")));
    }
    out.push_str(&table::fields(
        &rows
            .iter()
            .map(|(n, r)| (*n, r.clone()))
            .collect::<Vec<_>>(),
        p,
    ));
    let groups: Vec<(Option<&str>, String)> = if inst.categories.is_empty() {
        vec![(None, "Dimensions".to_string())]
    } else {
        inst.categories
            .iter()
            .map(|c| {
                (
                    Some(c.key.as_str()),
                    format!("{} (score: the mean of its dimensions)", c.title),
                )
            })
            .collect()
    };
    let width = inst
        .dimensions
        .iter()
        .map(|d| d.key.len())
        .max()
        .unwrap_or(0);
    for (cat, heading) in groups {
        section(&mut out, p, &heading);
        for d in inst
            .dimensions
            .iter()
            .filter(|d| cat.is_none() || d.category.as_deref() == cat)
        {
            out.push_str(&format!("  {:<width$}  {}\n", d.key, d.title));
            out.push_str(&format!(
                "  {:<width$}  {}\n",
                "",
                p.paint(Tone::Dim, &d.question)
            ));
        }
    }
    out
}
