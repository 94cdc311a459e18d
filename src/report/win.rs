//! Wins as rows and views: the rows of `win list` and the wins section of `partner show`.

use crate::model::partner::Partner;
use crate::model::records::Win;
use crate::report::list::Full;
use crate::report::table::section;
use crate::report::{Cell, Painter, Row, Tone};
use chrono::NaiveDate;
use serde::Serialize;

/// A win of `win list`: the record, with the partner it belongs to.
#[derive(Debug, Serialize)]
pub struct WinRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub record: Full<'a, Win>,
}

impl<'a> WinRow<'a> {
    pub fn new(p: &'a Partner, w: &'a Win) -> Self {
        WinRow {
            partner: &p.id,
            partner_name: &p.name,
            record: Full(w),
        }
    }

    /// The win itself.
    pub fn win(&self) -> &'a Win {
        self.record.0
    }
}

impl Row for WinRow<'_> {
    fn headers() -> &'static [&'static str] {
        &["date", "partner", "id", "win", "tags"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let w = self.win();
        vec![
            Cell::new(w.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(&*w.id).tone(Tone::Dim),
            Cell::new(&*w.text),
            Cell::new(w.tags.join(", ")),
        ]
    }
}

/// How many wins `partner show` prints; the rest are counted.
const SHOWN: usize = 5;

/// A partner's wins up to today, newest first, for `partner show`.
#[derive(Debug, Default, Serialize)]
#[serde(transparent)]
pub struct WinsView(pub Vec<Win>);

impl WinsView {
    pub fn new(p: &Partner, today: NaiveDate) -> Self {
        let mut wins: Vec<Win> = p.wins.iter().filter(|w| w.date <= today).cloned().collect();
        wins.sort_by_key(|w| std::cmp::Reverse(w.date));
        WinsView(wins)
    }

    /// The wins section as terminal text.
    pub fn render(&self, out: &mut String, p: &Painter, id: &str) {
        section(out, p, "Wins");
        if self.0.is_empty() {
            let none = format!("none yet (`accord win log {id} TEXT`)");
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, &none)));
        }
        for w in self.0.iter().take(SHOWN) {
            let tags = if w.tags.is_empty() {
                String::new()
            } else {
                format!(
                    "  {}",
                    p.paint(Tone::Dim, &format!("[{}]", w.tags.join(", ")))
                )
            };
            out.push_str(&format!(
                "  {}  {}{tags}\n",
                p.paint(Tone::Dim, &w.date.to_string()),
                crate::report::terminal::line(&w.text)
            ));
        }
        if self.0.len() > SHOWN {
            let more = format!("and {} more: `accord win list {id}`", self.0.len() - SHOWN);
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, &more)));
        }
    }
}
