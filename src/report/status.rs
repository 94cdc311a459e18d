//! The status of a workspace as of a date: every item that needs attention, collected by
//! reading partner files one at a time, most urgent first.

use crate::model::attention::{self, Attention, AttentionKind, Urgency};
use crate::model::conflict;
use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::{self, Survey, results::Options};
use crate::model::{action, contact, contribution, evaluation, goal};
use crate::report::Instruments;
use crate::report::status_filter::{About, Filter};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// What `accord status` reports.
#[derive(Debug, Serialize)]
pub struct Status {
    pub as_of: NaiveDate,
    pub overdue: usize,
    pub soon: usize,
    pub watch: usize,
    pub items: Vec<Attention>,
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
    items: Vec<Attention>,
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
            items: Vec::new(),
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
            let kept = self.filter.other_items(found, |id| self.about.get(id));
            self.items.extend(kept);
        }
    }

    /// Every item, most urgent first.
    pub fn finish(self) -> Status {
        Status {
            unfiltered: self.unfiltered,
            ..finish(self.items, self.today)
        }
    }
}

/// A file a merge left with conflict markers (`rel`, the file of partner or goal `id`),
/// one item per conflict, in words.
pub fn conflict_items(rel: &str, id: &str, partner: bool, text: &str) -> Vec<Attention> {
    conflict::blocks(text)
        .iter()
        .map(|b| Attention {
            urgency: Urgency::Overdue,
            kind: AttentionKind::MergeConflict,
            partner: partner.then(|| id.to_string()),
            partner_name: Some(id.to_string()),
            subject: None,
            side: None,
            problem: format!("merge conflict in {rel}: {}", conflict::describe_in(rel, b)),
            date: None,
            days: None,
            fix: format!("accord resolve {id}"),
        })
        .collect()
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
    items
}

/// Sort the items, most urgent first, and count them.
pub fn finish(mut items: Vec<Attention>, today: NaiveDate) -> Status {
    attention::sort(&mut items);
    let count = |u: Urgency| items.iter().filter(|i| i.urgency == u).count();
    Status {
        as_of: today,
        overdue: count(Urgency::Overdue),
        soon: count(Urgency::Soon),
        watch: count(Urgency::Watch),
        unfiltered: items.len(),
        items,
    }
}
