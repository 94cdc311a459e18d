//! `accord contrib log|list`: what each side puts into a partnership (money, hours,
//! goods, space, data), with totals per partner, kind and side, and the balance between
//! the sides; and the contributions section of `partner show`.

use crate::cli::PeriodArgs;
use crate::cli::eval::section;
use crate::cli::word;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::contribution::{self as rules, Balance, amount_text, money, percent};
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::{Contribution, ContributionKind};
use crate::model::registry;
use crate::model::settings::Settings;
use crate::report::{Cell, ListFormat, Painter, Row, Tone, list, table};
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum ContribCommand {
    /// Record what one side put into a partnership
    Log(LogArgs),
    /// List contributions, with totals per partner, kind and side
    #[command(visible_alias = "ls")]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// What was put in
    #[arg(long, value_parser = word::<ContributionKind>())]
    pub kind: ContributionKind,
    /// How much: money, or hours for staff-hours and volunteer-hours
    #[arg(long, value_name = "N", allow_hyphen_values = true, value_parser = rules::parse_amount)]
    pub amount: f64,
    /// Which side put it in [default: partner]
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// When [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What it was, e.g. "Nurse educator salary, spring semester"
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's contributions
    pub partner: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Output format (CSV has the contributions only; JSON adds the totals)
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, cmd: ContribCommand) -> anyhow::Result<()> {
    match cmd {
        ContribCommand::Log(args) => log(ctx, args),
        ContribCommand::List(args) => list_contribs(ctx, args),
    }
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let date = crate::cli::date_or_today(ctx, args.date);
    let side = args.side.unwrap_or(Side::Partner);
    let note = args
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let by = ctx.user();
    let c = ws.update::<Partner, _>(&id, |p, e| {
        let c = Contribution {
            id: ctx.new_record_id(p, &[]),
            date,
            kind: args.kind,
            amount: args.amount,
            side,
            note: note.clone(),
            by: Some(by.clone()),
        };
        edit::push(&mut e.doc, "contribution", edit::to_table(&c)?)?;
        Ok(c)
    })?;
    let s = &ws.settings;
    let mut said = format!(
        "logged {} of {} from {} side of `{id}` ({})",
        amount_text(c.kind, c.amount, &s.currency),
        c.kind,
        if side == Side::Ours {
            "our"
        } else {
            "the partner's"
        },
        c.id
    );
    if c.kind.is_hours()
        && let Some(rate) = s.hour_value
    {
        said.push_str(&format!(
            ", valued at {} at {} an hour",
            money(c.amount * rate, &s.currency),
            money(rate, &s.currency)
        ));
    }
    ctx.status(&said);
    if let Ok(Some(later)) = registry::check_date::<Contribution>("date", date, ctx.today) {
        ctx.warn(&format!(
            "{later}; totals and status count it once that day comes"
        ));
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct ContribRow<'a> {
    partner: &'a str,
    partner_name: &'a str,
    #[serde(flatten)]
    contribution: &'a Contribution,
    /// The amount in money: hours at the hour value; `None` for hours without one.
    value: Option<f64>,
    #[serde(skip)]
    currency: &'a str,
}

impl Row for ContribRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "date", "partner", "id", "side", "kind", "amount", "value", "note",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let c = self.contribution;
        vec![
            Cell::new(c.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(&*c.id).tone(Tone::Dim),
            Cell::new(c.side.as_str()),
            Cell::new(c.kind.as_str()),
            Cell::new(amount_text(c.kind, c.amount, self.currency)).right(),
            table::opt(self.value.map(|v| money(v, self.currency))).right(),
            table::opt(c.note.as_deref()),
        ]
    }
}

/// Totals of one partner (or of everything).
#[derive(Debug, Serialize)]
struct PartnerTotal {
    partner: String,
    #[serde(flatten)]
    balance: Balance,
    total: f64,
    our_share: Option<f64>,
    partner_share: Option<f64>,
}

impl PartnerTotal {
    fn new(partner: &str, balance: Balance) -> Self {
        PartnerTotal {
            partner: partner.to_string(),
            total: balance.total(),
            our_share: balance.share(Side::Ours),
            partner_share: balance.share(Side::Partner),
            balance,
        }
    }
}

#[derive(Debug, Serialize)]
struct KindTotal {
    kind: ContributionKind,
    entries: usize,
    /// Hours for the hour kinds, money otherwise.
    amount: f64,
    value: Option<f64>,
}

/// What `contrib list --format json` prints.
#[derive(Debug, Serialize)]
struct ContribList<'a> {
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    currency: &'a str,
    hour_value: Option<f64>,
    contributions: Vec<ContribRow<'a>>,
    by_partner: Vec<PartnerTotal>,
    by_kind: Vec<KindTotal>,
    total: PartnerTotal,
    /// Partnerships where one side put in less than `balance_floor` over the last four
    /// quarters.
    lopsided: Vec<String>,
}

fn list_contribs(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let s = &ws.settings;
    let (since, until) = args.period.bounds(ctx.today, s.fiscal_year_start);
    if let (Some(a), Some(b)) = (since, until)
        && b < a
    {
        return Err(usage(format!("--until {b} is before --since {a}")));
    }
    let partners = crate::cli::eval::partners_of(ws, args.partner.as_deref())?;
    let within =
        |c: &&Contribution| since.is_none_or(|d| c.date >= d) && until.is_none_or(|d| c.date <= d);
    let mut rows = Vec::new();
    let mut by_partner = Vec::new();
    let mut lopsided = Vec::new();
    for p in &partners {
        let mut mine: Vec<&Contribution> = p.contributions.iter().filter(within).collect();
        mine.sort_by_key(|c| c.date);
        if !mine.is_empty() {
            by_partner.push(PartnerTotal::new(
                &p.id,
                Balance::of(mine.iter().copied(), s.hour_value),
            ));
        }
        if let Some(a) = rules::attention(p, s, ctx.today) {
            lopsided.push(format!("{}: {}", p.id, a.problem));
        }
        rows.extend(mine.into_iter().map(|c| ContribRow {
            partner: &p.id,
            partner_name: &p.name,
            contribution: c,
            value: rules::value(c, s.hour_value),
            currency: &s.currency,
        }));
    }
    let all = Balance::of(rows.iter().map(|r| r.contribution), s.hour_value);
    let by_kind: Vec<KindTotal> = ContributionKind::ALL
        .iter()
        .filter_map(|&k| {
            let of: Vec<&Contribution> = rows
                .iter()
                .map(|r| r.contribution)
                .filter(|c| c.kind == k)
                .collect();
            (!of.is_empty()).then(|| KindTotal {
                kind: k,
                entries: of.len(),
                amount: of.iter().map(|c| c.amount).sum(),
                value: of.iter().map(|c| rules::value(c, s.hour_value)).sum(),
            })
        })
        .collect();
    let view = ContribList {
        since,
        until,
        currency: &s.currency,
        hour_value: s.hour_value,
        contributions: rows,
        by_partner,
        by_kind,
        total: PartnerTotal::new("all", all),
        lopsided,
    };
    let empty = "no contributions recorded; log one with `accord contrib log PARTNER --kind funding --amount N`";
    match args.format {
        ListFormat::Json => ctx.emit(&list::json(&view)?),
        ListFormat::Csv => ctx.emit(&list::render(
            &view.contributions,
            args.format,
            &ctx.painter,
            empty,
        )?),
        ListFormat::Table if view.contributions.is_empty() => ctx.emit(&format!("{empty}\n")),
        ListFormat::Table => ctx.emit(&render_list(&view, s, &ctx.painter)),
    }
}

fn render_list(v: &ContribList, s: &Settings, p: &Painter) -> String {
    let cur = &s.currency;
    let mut out = list::render(&v.contributions, ListFormat::Table, p, "").unwrap_or_default();
    let share = |x: Option<f64>| table::opt(x.map(percent)).right();
    let m = |x: f64| Cell::new(money(x, cur)).right();
    section(&mut out, p, "Totals by partner (in money)");
    let mut rows: Vec<Vec<Cell>> = v
        .by_partner
        .iter()
        .map(|t| {
            vec![
                Cell::new(&*t.partner).tone(Tone::Strong),
                m(t.balance.partner),
                m(t.balance.ours),
                m(t.total),
                share(t.partner_share),
                share(t.our_share),
            ]
        })
        .collect();
    if v.by_partner.len() > 1 {
        let t = &v.total;
        rows.push(vec![
            Cell::new("all").tone(Tone::Strong),
            m(t.balance.partner),
            m(t.balance.ours),
            m(t.total),
            share(t.partner_share),
            share(t.our_share),
        ]);
    }
    out.push_str(&table::render(
        &[
            "partner",
            "partner side",
            "our side",
            "total",
            "partner share",
            "our share",
        ],
        rows,
        p,
    ));
    section(&mut out, p, "Totals by kind");
    let rows = v
        .by_kind
        .iter()
        .map(|k| {
            vec![
                Cell::new(k.kind.as_str()),
                Cell::new(k.entries.to_string()).right(),
                Cell::new(amount_text(k.kind, k.amount, cur)).right(),
                table::opt(k.value.map(|x| money(x, cur))).right(),
            ]
        })
        .collect();
    out.push_str(&table::render(
        &["kind", "entries", "amount", "value"],
        rows,
        p,
    ));
    section(&mut out, p, "Totals by side");
    let rows = Side::ALL
        .iter()
        .map(|&side| {
            vec![
                Cell::new(side.as_str()),
                m(v.total.balance.side(side)),
                share(v.total.balance.share(side)),
            ]
        })
        .collect();
    out.push_str(&table::render(&["side", "value", "share"], rows, p));
    out.push('\n');
    if let Some(note) = rules::hours_note(&v.total.balance, s) {
        let (first, rest) = note.split_at(1);
        let note = format!("{}{rest}.", first.to_uppercase());
        out.push_str(&format!("{}\n", p.paint(Tone::Dim, &note)));
    }
    for l in &v.lopsided {
        out.push_str(&format!("{}\n", p.paint(Tone::Warn, &format!("! {l}"))));
    }
    out
}

/// Each side's contributions over the last four quarters, for `partner show`.
#[derive(Debug, Serialize)]
pub struct SidesView {
    /// The first and last quarter, and the first day counted.
    pub from: String,
    pub to: String,
    pub since: NaiveDate,
    pub entries: usize,
    #[serde(flatten)]
    pub balance: Balance,
    pub our_share: Option<f64>,
    pub partner_share: Option<f64>,
    pub currency: String,
    /// How hours were counted.
    pub hours: Option<String>,
    /// Set when one side put in less than `balance_floor`.
    pub lopsided: Option<String>,
}

impl SidesView {
    /// `None` when nothing was contributed in the last four quarters.
    pub fn new(p: &Partner, s: &Settings, today: NaiveDate) -> Option<SidesView> {
        let (balance, first, last) = rules::recent_balance(p, s, today);
        let entries = rules::between(&p.contributions, first.start(), today).count();
        (entries > 0).then(|| SidesView {
            from: first.to_string(),
            to: last.to_string(),
            since: first.start(),
            entries,
            our_share: balance.share(Side::Ours),
            partner_share: balance.share(Side::Partner),
            hours: rules::hours_note(&balance, s),
            lopsided: rules::attention(p, s, today).map(|a| a.problem),
            currency: s.currency.clone(),
            balance,
        })
    }
}

/// The contributions section of `partner show`.
pub fn render_sides(v: Option<&SidesView>, out: &mut String, p: &Painter, id: &str) {
    section(out, p, "Contributions");
    let Some(v) = v else {
        let none = format!("none in the last four quarters (`accord contrib log {id}`)");
        out.push_str(&format!("  {}\n", p.paint(Tone::Dim, &none)));
        return;
    };
    let cur = &v.currency;
    let sides = [("partner", Side::Partner), ("ours", Side::Ours)];
    let amounts = sides.map(|(_, side)| money(v.balance.side(side), cur));
    let width = amounts.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    let rows: Vec<(&str, String)> = sides
        .iter()
        .zip(&amounts)
        .map(|((label, side), amount)| {
            let share = v.balance.share(*side).map_or(String::new(), percent);
            (*label, format!("{amount:>width$}  {share:>4}"))
        })
        .collect();
    out.push_str(&format!(
        "  {}\n",
        p.paint(
            Tone::Dim,
            &format!("{} to {} ({} entries)", v.from, v.to, v.entries)
        )
    ));
    out.push_str(&table::fields(&rows, p));
    if let Some(h) = &v.hours {
        out.push_str(&format!("  {}\n", p.paint(Tone::Dim, h)));
    }
    if let Some(l) = &v.lopsided {
        out.push_str(&format!("  {}\n", p.paint(Tone::Warn, &format!("! {l}"))));
    }
}
