//! The status of a workspace as of a date: every item that needs attention, collected by
//! reading partner files one at a time, most urgent first.

use crate::model::attention::{self, Attention, AttentionKind, Urgency};
use crate::model::catalog::Catalog;
use crate::model::conflict;
use crate::model::partner::Partner;
use crate::model::settings::Settings;
use crate::model::{action, contact, contribution, evaluation, goal};
use crate::store::Workspace;
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
    items.extend(conflicts(ws)?);
    for p in ws.partners()? {
        let p = p?;
        items.extend(partner_items(&p, &ws.settings, &instruments, today));
        names.insert(p.id.clone(), p.name.clone());
    }
    for g in ws.goals()? {
        let name = |id: &str| names.get(id).cloned();
        items.extend(goal::attention(&g, ws.settings.goal_tolerance, today, name));
    }
    Ok(finish(items, today))
}

/// A file a merge left with conflict markers, one item per conflict, in words.
fn conflicts(ws: &Workspace) -> anyhow::Result<Vec<Attention>> {
    let mut items = Vec::new();
    for (kind, id, rel) in ws.conflicted()? {
        let text = crate::store::file::read_text(&ws.root.join(&rel))?;
        for b in conflict::blocks(&text) {
            items.push(Attention {
                urgency: Urgency::Overdue,
                kind: AttentionKind::MergeConflict,
                partner: (kind == crate::store::Kind::Partner).then(|| id.clone()),
                partner_name: Some(id.clone()),
                subject: None,
                side: None,
                problem: format!(
                    "merge conflict in {rel}: {}",
                    conflict::describe_in(&rel, &b)
                ),
                date: None,
                days: None,
                fix: format!("accord resolve {id}"),
            });
        }
    }
    Ok(items)
}

/// Every item about one partner as of `today`.
pub fn partner_items(
    p: &Partner,
    settings: &Settings,
    instruments: &Catalog,
    today: NaiveDate,
) -> Vec<Attention> {
    let mut items = Vec::new();
    items.extend(attention::agreement(p, today));
    items.extend(attention::roles(p));
    items.extend(contact::attention(p, settings.cadence, today));
    items.extend(action::attention(p, today));
    items.extend(evaluation::attention(
        p,
        |n| instruments.find(n),
        settings,
        today,
    ));
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
