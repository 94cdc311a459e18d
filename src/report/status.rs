//! The status of a workspace as of a date: every item that needs attention, collected by
//! reading partner files one at a time, most urgent first.

use crate::model::attention::{self, Attention, AttentionKind, More, Ranked, Ranking, Urgency};
use crate::model::conflict;
use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::{self, Survey, results::Options};
use crate::model::{action, contact, contribution, evaluation, goal, text};
use crate::report::Instruments;
use crate::report::status_filter::{self, About, Filter};
use crate::report::{Painter, Tone};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// The widest a partner's name is shown in `status`'s column, in characters.
const WHO: usize = 40;

/// What `accord status` reports.
#[derive(Debug, Serialize)]
pub struct Status {
    pub as_of: NaiveDate,
    pub overdue: usize,
    pub soon: usize,
    pub watch: usize,
    pub items: Vec<Attention>,
    /// The items left out of a shortened list, counted by kind.
    #[serde(skip)]
    pub more: Vec<More>,
    /// How many items there are without the filter.
    #[serde(skip)]
    pub unfiltered: usize,
}

/// The status as of `today`, collected one partner at a time: give it every partner,
/// then every goal, then `finish`. It keeps each partner's items and name, not the
/// partner.
pub struct Collect<'a> {
    settings: &'a Settings,
    instruments: &'a Instruments<'a>,
    today: NaiveDate,
    items: Ranking,
    names: HashMap<String, String>,
    filter: Filter,
    /// What the filter needs of each partner given, when there is a filter.
    about: HashMap<String, About>,
    unfiltered: usize,
}

impl<'a> Collect<'a> {
    pub fn new(settings: &'a Settings, instruments: &'a Instruments<'a>, today: NaiveDate) -> Self {
        Collect {
            settings,
            instruments,
            today,
            items: Ranking::new(None),
            names: HashMap::new(),
            filter: Filter::default(),
            about: HashMap::new(),
            unfiltered: 0,
        }
    }

    /// The items of a file a merge left with conflict markers (see `conflict_items`).
    pub fn conflicted(&mut self, rel: &str, id: &str, partner: bool, text: &str) {
        self.items.extend(conflict_items(rel, id, partner, text));
    }

    /// A file a merge left for the plain question: one side removed it, the other
    /// changed it (`question` says who and what, in words).
    pub fn removed(&mut self, id: &str, partner: bool, question: &str) {
        self.items.extend([removal_item(id, partner, question)]);
    }

    /// Keep only the `limit` most urgent items, and count the rest by kind. Before any
    /// item is added.
    pub fn limit(mut self, limit: Option<usize>) -> Self {
        self.items = Ranking::new(limit);
        self
    }

    /// Keep only the items `filter` asks for.
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = filter;
        self
    }

    /// Every item about one partner.
    pub fn partner(&mut self, p: &Partner) {
        let found = partner_items(p, self.settings, self.instruments, self.today);
        self.unfiltered += found.len();
        self.items.extend(self.filter.partner_items(p, found));
        self.names.insert(p.id.clone(), p.name.clone());
        if !self.filter.is_empty() {
            self.about.insert(p.id.clone(), About::of(p));
        }
    }

    /// The name of partner `id`, when it was given.
    pub fn name(&self, id: &str) -> Option<&str> {
        self.names.get(id).map(String::as_str)
    }

    /// Every item about one goal; its partners are named when they were given before.
    pub fn goal(&mut self, g: &Goal) {
        let name = |id: &str| self.names.get(id).cloned();
        let found = goal::attention(g, self.settings.goal_tolerance, self.today, name);
        self.unfiltered += found.len();
        let kept = self.filter.goal_items(g, |id| self.about.get(id), found);
        self.items.extend(kept);
    }

    /// Every item about the surveys (closing with few answers, concerns, none imported);
    /// their partners are named when they were given before.
    pub fn surveys(&mut self, surveys: &[Survey]) {
        let latest = survey::attention::latest(surveys);
        let opts = Options {
            floor: self.settings.survey_min_responses,
            divergence: self.settings.divergence,
            as_of: self.today,
        };
        let names = &self.names;
        let name = |id: &str| names.get(id).cloned();
        for s in surveys {
            let inst = (self.instruments)(&s.instrument);
            let is_latest = latest.contains(&s.id);
            let found = survey::attention::attention(s, inst, opts, is_latest, &name);
            self.unfiltered += found.len();
            // An item about one partner's answers is that partner's; the others are the
            // whole survey's, shared by its partners.
            for i in found {
                let one = i.partner.clone().filter(|p| {
                    s.partners.len() > 1 && i.partner_name.as_deref() == name(p).as_deref()
                });
                let partners = one.map_or_else(|| s.partners.clone(), |p| vec![p]);
                let kept =
                    self.filter
                        .shared_items(&partners, None, |id| self.about.get(id), vec![i]);
                self.items.extend(kept);
            }
        }
    }

    /// Every item, most urgent first.
    pub fn finish(self) -> Status {
        Status {
            unfiltered: self.unfiltered,
            ..finish(self.items.finish(), self.today)
        }
    }
}

/// A file a merge left with conflict markers (`rel`, the file of partner or goal `id`),
/// one item per conflict, in words.
pub fn conflict_items(rel: &str, id: &str, partner: bool, text: &str) -> Vec<Attention> {
    conflict::blocks(text)
        .iter()
        .map(|b| {
            let problem = format!("merge conflict in {rel}: {}", conflict::describe_in(rel, b));
            conflict_item(id, partner, problem, format!("accord resolve {id}"))
        })
        .collect()
}

/// The item for a file one side of a merge removed and the other changed.
pub fn removal_item(id: &str, partner: bool, question: &str) -> Attention {
    let fix = format!("accord resolve {id} --keep (or --drop)");
    conflict_item(id, partner, format!("merge conflict: {question}"), fix)
}

/// An item about a merge left to settle in the file of partner (or goal) `id`.
fn conflict_item(id: &str, partner: bool, problem: String, fix: String) -> Attention {
    let who = (partner.then(|| id.to_string()), Some(id.to_string()));
    Attention::new(
        Urgency::Overdue,
        AttentionKind::MergeConflict,
        who,
        problem,
        fix,
    )
}

/// Every item about one partner as it stood on `today` (`Partner::as_of`: nothing before
/// it began, and as an active partner before a later end), for `status` and the
/// reports alike.
pub fn partner_items(
    p: &Partner,
    settings: &Settings,
    instruments: &Instruments<'_>,
    today: NaiveDate,
) -> Vec<Attention> {
    let Some(p) = p.as_of(today) else {
        return Vec::new();
    };
    let p = &*p;
    let mut items = Vec::new();
    items.extend(attention::agreement(p, today));
    items.extend(attention::roles(p));
    items.extend(contact::attention(p, settings.cadence, today));
    items.extend(action::attention(p, today));
    items.extend(evaluation::attention(p, instruments, settings, today));
    items.extend(contribution::attention(p, settings, today));
    items.extend(contribution::uncounted(p, today));
    items
}

/// The status of the items ranked, as of `today`.
pub fn finish(ranked: Ranked, today: NaiveDate) -> Status {
    Status {
        as_of: today,
        overdue: ranked.overdue,
        soon: ranked.soon,
        watch: ranked.watch,
        unfiltered: ranked.overdue + ranked.soon + ranked.watch,
        items: ranked.items,
        more: ranked.more,
    }
}

/// Status as terminal text: one item per line with the fixing command beneath it, then
/// the items left out counted by kind (`by_kind`: with the `--kind` that lists them).
pub fn render(status: &Status, by_kind: bool, p: &Painter) -> String {
    if status.items.is_empty() && status.more.is_empty() {
        if status.unfiltered > 0 {
            return format!(
                "{} as of {} ({} without the filters)\n",
                p.paint(Tone::Good, "nothing matches"),
                status.as_of,
                status.unfiltered
            );
        }
        return format!(
            "{} as of {}\n",
            p.paint(Tone::Good, "nothing needs attention"),
            status.as_of
        );
    }
    // A name too long for the column (a survey's or goal's several partners) is cut, so
    // one item does not push every other item's text aside.
    fn who(i: &Attention) -> std::borrow::Cow<'_, str> {
        text::cut(i.partner_name.as_deref().unwrap_or("program"), WHO)
    }
    let width = status
        .items
        .iter()
        .map(|i| who(i).chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for item in &status.items {
        let (label, tone) = match item.urgency {
            Urgency::Overdue => ("overdue", Tone::Bad),
            Urgency::Soon => ("soon", Tone::Warn),
            Urgency::Watch => ("watch", Tone::Plain),
        };
        let who = who(item);
        out.push_str(&format!(
            "{}  {}  {}\n",
            p.paint(tone, &format!("{label:<7}")),
            p.paint(Tone::Strong, &format!("{who:<width$}")),
            item.problem
        ));
        out.push_str(&format!(
            "{:9}{}\n",
            "",
            p.paint(Tone::Dim, &format!("→ {}", item.fix))
        ));
    }
    let rest = &status.more;
    if !rest.is_empty() {
        let more: usize = rest.iter().map(|r| r.count).sum();
        out.push_str(&format!(
            "\nand {more} more, by kind (`--all` lists every item):\n"
        ));
        let words: Vec<String> = rest
            .iter()
            .map(|r| status_filter::count_words(r.kind, r.count))
            .collect();
        // counts right-aligned, the flags in a column after the words
        let digits = rest.iter().map(|r| r.count.to_string().len()).max();
        let digits = digits.unwrap_or(1);
        let lines: Vec<String> = words
            .iter()
            .map(|w| {
                let (n, rest) = w.split_once(' ').unwrap_or((w, ""));
                format!("{n:>digits$} {rest}")
            })
            .collect();
        let width = lines.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        for (r, line) in rest.iter().zip(&lines) {
            if by_kind {
                let flag = p.paint(Tone::Dim, &format!("--kind {}", r.kind));
                out.push_str(&format!("  {line:<width$}  {flag}\n"));
            } else {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    let mut counts = Vec::new();
    for (n, word) in [
        (status.overdue, "overdue"),
        (status.soon, "due soon"),
        (status.watch, "to watch"),
    ] {
        if n > 0 {
            counts.push(format!("{n} {word}"));
        }
    }
    out.push_str(&format!("\n{} as of {}\n", counts.join(", "), status.as_of));
    out
}
