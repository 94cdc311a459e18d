//! The status of a workspace as of a date: every item that needs attention, collected by
//! reading partner files one at a time, most urgent first.

use crate::model::attention::{self, Attention, Urgency};
use crate::model::{action, contact, contribution, evaluation, goal};
use crate::store::Workspace;
use crate::store::instruments::Catalog;
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

/// Collect every item as of `today`.
pub fn collect(ws: &Workspace, today: NaiveDate) -> anyhow::Result<Status> {
    let mut items = Vec::new();
    let mut names = HashMap::new();
    let instruments = Catalog::load(ws)?;
    for p in ws.partners()? {
        let p = p?;
        items.extend(attention::agreement(&p, today));
        items.extend(attention::roles(&p));
        items.extend(contact::attention(&p, ws.settings.cadence, today));
        items.extend(action::attention(&p, today));
        let rated = evaluation::attention(&p, |n| instruments.find(n), &ws.settings, today);
        items.extend(rated);
        items.extend(contribution::attention(&p, &ws.settings, today));
        names.insert(p.id.clone(), p.name.clone());
    }
    for g in ws.goals()? {
        let name = |id: &str| names.get(id).cloned();
        items.extend(goal::attention(&g, ws.settings.goal_tolerance, today, name));
    }
    attention::sort(&mut items);
    let count = |u: Urgency| items.iter().filter(|i| i.urgency == u).count();
    Ok(Status {
        as_of: today,
        overdue: count(Urgency::Overdue),
        soon: count(Urgency::Soon),
        watch: count(Urgency::Watch),
        items,
    })
}
