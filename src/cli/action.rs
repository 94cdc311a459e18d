//! `accord action add|list|done|reopen`: the action items each side agreed to, outside
//! or inside a check-in (`checkin log --action` adds them too).

use crate::cli::{date_or_today, word};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::action::{self, find_owner};
use crate::model::date::{DateSpec, days_between, relative, span_words};
use crate::model::partner::{Partner, Side};
use crate::model::records::Action;
use crate::model::registry;
use crate::report::table::opt;
use crate::report::{Cell, ListFormat, Painter, Row, Tone, list};
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Add an action item agreed outside a check-in
    Add(AddArgs),
    /// List action items, most urgent first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Mark an action item done
    Done(DoneArgs),
    /// Mark a done action item as open again
    Reopen(ReopenArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// What is to be done
    pub text: String,
    /// Who will do it: a name, or part of the name of a role holder or contact
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// When it is due
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<DateSpec>,
    /// Which side owns it [default: the side of the owner's role or contact]
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only items still to do
    #[arg(long, conflicts_with_all = ["done", "overdue"])]
    pub open: bool,
    /// Only items done
    #[arg(long, conflicts_with = "overdue")]
    pub done: bool,
    /// Only items past their due date and not done
    #[arg(long)]
    pub overdue: bool,
    /// Only this partner's items
    #[arg(long, value_name = "PARTNER")]
    pub partner: Option<String>,
    /// Only items on this side
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Only items whose owner's name contains this
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The action item's id (or a unique prefix of it)
    pub id: String,
    /// When it was done [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The action item's id (or a unique prefix of it)
    pub id: String,
}

pub fn run(ctx: &Ctx, cmd: ActionCommand) -> anyhow::Result<()> {
    match cmd {
        ActionCommand::Add(args) => add(ctx, args),
        ActionCommand::List(args) => list_actions(ctx, args),
        ActionCommand::Done(args) => done(ctx, args),
        ActionCommand::Reopen(args) => reopen(ctx, args),
    }
}

/// A new action item of partner `p` (without its id), its owner found among the
/// partner's people and its side taken from them unless given.
pub fn build(
    p: &Partner,
    text: &str,
    owner: Option<&str>,
    side: Option<Side>,
    due: Option<NaiveDate>,
    created: NaiveDate,
) -> anyhow::Result<Action> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(usage("an action item needs some text"));
    }
    let owner = match owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(typed) => Some(find_owner(p, typed, side).map_err(usage)?),
        None => None,
    };
    Ok(Action {
        id: String::new(),
        text,
        side: side.or(owner.as_ref().and_then(|o| o.side)),
        owner: owner.map(|o| o.name),
        due,
        done: None,
        checkin: None,
        created: Some(created),
        by: None,
    })
}

/// Give each new item a record id not used in the partner's file, and append them.
pub fn push_new(
    ctx: &Ctx,
    p: &Partner,
    doc: &mut toml_edit::DocumentMut,
    items: &mut [Action],
) -> anyhow::Result<()> {
    let mut chosen: Vec<String> = Vec::new();
    for a in items.iter_mut() {
        a.id = ctx.new_record_id(p, &chosen);
        a.by = Some(ctx.user());
        chosen.push(a.id.clone());
        edit::push(doc, "action", edit::to_table(a)?)?;
    }
    Ok(())
}

/// "`k7q2m9x4` Send the roster: Dana Whitfield (ours), due 2026-12-15", for status lines.
pub fn describe(a: &Action) -> String {
    let mut who = Vec::new();
    match (&a.owner, a.side) {
        (Some(o), Some(s)) => who.push(format!("{o} ({s})")),
        (Some(o), None) => who.push(o.clone()),
        (None, Some(s)) => who.push(format!("{s} side")),
        (None, None) => {}
    }
    if let Some(due) = a.due {
        who.push(format!("due {due}"));
    }
    let rest = if who.is_empty() {
        String::new()
    } else {
        format!(": {}", who.join(", "))
    };
    format!("`{}` {}{rest}", a.id, a.text)
}

fn add(ctx: &Ctx, args: AddArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let partner = ws.load_partner(&id)?;
    let due = args.due.map(|d| d.resolve(ctx.today));
    let mut item = build(
        &partner,
        &args.text,
        args.owner.as_deref(),
        args.side,
        due,
        ctx.today,
    )?;
    ws.update::<Partner, _>(&id, |p, e| {
        push_new(ctx, p, &mut e.doc, std::slice::from_mut(&mut item))
    })?;
    ctx.status(&format!("added action item {} for `{id}`", describe(&item)));
    Ok(())
}

/// Where an action item stands as of today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Open,
    Overdue,
    Done,
}

/// One action item in a list.
#[derive(Debug, Serialize)]
pub struct ActionRow {
    pub id: String,
    pub partner: String,
    pub partner_name: String,
    pub text: String,
    pub owner: Option<String>,
    pub side: Option<Side>,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
    pub status: ActionStatus,
    pub days_overdue: Option<i64>,
    /// Days it was done after its due date (0 when on time).
    pub days_late: Option<i64>,
    /// The check-in it was agreed at.
    pub checkin: Option<String>,
    pub created: Option<NaiveDate>,
    /// Where it stands, in words, for tables.
    #[serde(skip)]
    when: Cell,
}

impl ActionRow {
    pub fn new(p: &Partner, a: &Action, today: NaiveDate) -> Self {
        let days_overdue = action::days_overdue(a, today);
        let days_late = action::days_late(a, today);
        let done = a.done.filter(|_| !action::is_open(a, today));
        let (status, when) = match (done, days_overdue, a.due) {
            (Some(done), _, _) => match days_late.filter(|&d| d > 0) {
                Some(late) => (
                    ActionStatus::Done,
                    Cell::new(format!("done {done}, {} late", span_words(late))).tone(Tone::Warn),
                ),
                None => (
                    ActionStatus::Done,
                    Cell::new(format!("done {done}")).tone(Tone::Good),
                ),
            },
            (None, Some(days), _) => (
                ActionStatus::Overdue,
                Cell::new(format!("{} overdue", span_words(days))).tone(Tone::Bad),
            ),
            (None, None, Some(due)) => (
                ActionStatus::Open,
                Cell::new(format!("due {}", relative(due, today))),
            ),
            (None, None, None) => (ActionStatus::Open, Cell::new("open").tone(Tone::Dim)),
        };
        ActionRow {
            id: a.id.clone(),
            partner: p.id.clone(),
            partner_name: p.name.clone(),
            text: a.text.clone(),
            owner: a.owner.clone(),
            side: a.side,
            due: a.due,
            done,
            status,
            days_overdue,
            days_late,
            checkin: a.checkin.clone(),
            created: a.created,
            when,
        }
    }

    /// One line for show screens: id, where it stands, the text, and who owns it.
    pub fn line(&self, p: &Painter) -> String {
        let who: Vec<String> = [self.owner.clone(), self.side.map(|s| s.to_string())]
            .into_iter()
            .flatten()
            .collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" {}", p.paint(Tone::Dim, &format!("({})", who.join(", "))))
        };
        format!(
            "  {}  {}  {}{who}\n",
            p.paint(Tone::Dim, &self.id),
            p.paint(self.when.tone, &format!("{:<16}", self.when.text)),
            self.text
        )
    }
}

/// Open items first, soonest due first (undated last), then done items, latest first.
pub fn sort(rows: &mut [ActionRow]) {
    rows.sort_by_key(|r| {
        let done = r.status == ActionStatus::Done;
        let due = if done { None } else { r.due };
        (
            done,
            !done && r.due.is_none(),
            due,
            std::cmp::Reverse(r.done),
            r.partner.clone(),
            r.id.clone(),
        )
    });
}

impl Row for ActionRow {
    fn headers() -> &'static [&'static str] {
        &["id", "partner", "side", "owner", "due", "status", "text"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        vec![
            Cell::new(&*self.id),
            Cell::new(&*self.partner).tone(Tone::Strong),
            opt(self.side),
            opt(self.owner.as_deref()),
            opt(self.due),
            self.when.clone(),
            Cell::new(&*self.text),
        ]
    }
}

impl ListArgs {
    fn matches(&self, r: &ActionRow) -> bool {
        let state_ok = if self.open {
            r.status != ActionStatus::Done
        } else if self.done {
            r.status == ActionStatus::Done
        } else if self.overdue {
            r.status == ActionStatus::Overdue
        } else {
            true
        };
        let owner_ok = self.owner.as_ref().is_none_or(|want| {
            r.owner
                .as_ref()
                .is_some_and(|o| o.to_lowercase().contains(&want.trim().to_lowercase()))
        });
        state_ok && owner_ok && self.side.is_none_or(|s| r.side == Some(s))
    }
}

fn list_actions(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let only = match &args.partner {
        Some(typed) => Some(ws.resolve(Kind::Partner, typed)?),
        None => None,
    };
    let mut rows = Vec::new();
    let mut any = false;
    for p in ws.partners()? {
        let p = p?;
        if only.as_ref().is_some_and(|id| *id != p.id) {
            continue;
        }
        for a in p.actions.iter().filter(|a| action::exists(a, ctx.today)) {
            any = true;
            let row = ActionRow::new(&p, a, ctx.today);
            if args.matches(&row) {
                rows.push(row);
            }
        }
    }
    sort(&mut rows);
    let empty = if any {
        "no action items match"
    } else {
        "no action items yet; add one with `accord action add PARTNER TEXT` or `accord checkin log --action`"
    };
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)
}

/// Change one action item, found by id or prefix, under the workspace lock: `change`
/// sees the item as read and its table in the file, and says what it did. A change
/// that leaves the table as it was writes nothing.
fn change_item(
    ctx: &Ctx,
    typed: &str,
    change: impl FnOnce(&Action, &mut toml_edit::Table) -> anyhow::Result<String>,
) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let (pid, rid) = ws.find_record("action", typed, |p| {
        p.actions.iter().map(|a| a.id.clone()).collect()
    })?;
    let said = ws.update::<Partner, _>(&pid, |p, e| {
        let a = p
            .actions
            .iter()
            .find(|a| a.id == rid)
            .ok_or_else(|| anyhow::anyhow!("action item `{rid}` is gone from `{pid}`"))?;
        let table = edit::find_mut(&mut e.doc, "action", "id", &rid)
            .ok_or_else(|| anyhow::anyhow!("action item `{rid}` is not in an [[action]] table"))?;
        change(a, table).map(|said| format!("{said} ({pid})"))
    })?;
    ctx.status(&said);
    Ok(())
}

fn done(ctx: &Ctx, args: DoneArgs) -> anyhow::Result<()> {
    let date = date_or_today(ctx, args.date);
    registry::check_date::<Action>("done", date, ctx.today).map_err(usage)?;
    change_item(ctx, &args.id, |a, table| {
        if let Some(created) = a.created.filter(|&c| date < c) {
            return Err(usage(format!(
                "the done date {date} is before the item was recorded ({created})"
            )));
        }
        if let Some(was) = a.done
            && (args.date.is_none() || was == date)
        {
            return Ok(format!(
                "`{}` was already done on {was}; nothing changed",
                a.id
            ));
        }
        edit::set_date(table, "done", date);
        let late = a
            .due
            .filter(|&due| date > due)
            .map_or(String::new(), |due| {
                format!(", {} after it was due", span_words(days_between(due, date)))
            });
        Ok(format!("done on {date}{late}: {}", describe(a)))
    })
}

fn reopen(ctx: &Ctx, args: ReopenArgs) -> anyhow::Result<()> {
    change_item(ctx, &args.id, |a, table| {
        if a.done.is_none() {
            return Ok(format!("`{}` is already open; nothing changed", a.id));
        }
        table.remove("done");
        Ok(format!("reopened {}", describe(a)))
    })
}
