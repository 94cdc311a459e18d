//! The status of a workspace as of a date: every item that needs attention, collected by
//! reading partner files one at a time, most urgent first.

use crate::model::attention::{self, Attention, Urgency};
use crate::model::goal::Goal;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::survey::{self, Survey, results::Options};
use crate::model::{action, contact, contribution, evaluation, goal};
use crate::report::Instruments;
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
}

impl<'a> Collect<'a> {
    pub fn new(settings: &'a Settings, instruments: &'a Instruments<'a>, today: NaiveDate) -> Self {
        Collect {
            settings,
            instruments,
            today,
            items: Vec::new(),
            names: HashMap::new(),
        }
    }

    /// Every item about one partner.
    pub fn partner(&mut self, p: &Partner) {
        let found = partner_items(p, self.settings, self.instruments, self.today);
        self.items.extend(found);
        self.names.insert(p.id.clone(), p.name.clone());
    }

    /// Every item about one goal; its partners are named when they were given before.
    pub fn goal(&mut self, g: &Goal) {
        let name = |id: &str| self.names.get(id).cloned();
        let found = goal::attention(g, self.settings.goal_tolerance, self.today, name);
        self.items.extend(found);
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
            self.items.extend(found);
        }
    }

    /// Every item, most urgent first.
    pub fn finish(self) -> Status {
        finish(self.items, self.today)
    }
}

/// Every item about one partner as of `today`.
pub fn partner_items(
    p: &Partner,
    settings: &Settings,
    instruments: &Instruments<'_>,
    today: NaiveDate,
) -> Vec<Attention> {
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
        items,
    }
}
