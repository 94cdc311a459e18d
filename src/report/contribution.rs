//! Contributions as rows and views: the rows and totals of `contrib list`, and the
//! contributions section of `partner show`.

use crate::model::contribution::{self as rules, Balance, amount_text, money, percent, recorded};
use crate::model::partner::{Partner, Side};
use crate::model::records::{Contribution, ContributionKind};
use crate::model::settings::Settings;
use crate::report::list::Full;
use crate::report::table::section;
use crate::report::{Cell, ListFormat, Painter, Row, Tone, list, table};
use chrono::NaiveDate;
use serde::Serialize;

/// A contribution of `contrib list`: the record, with its partner and its value in money.
#[derive(Debug, Serialize)]
pub struct ContribRow<'a> {
    pub partner: &'a str,
    pub partner_name: &'a str,
    #[serde(flatten)]
    pub record: Full<'a, Contribution>,
    /// The amount in money: hours at the hour value; `None` for hours without one.
    pub value: Option<f64>,
    #[serde(skip)]
    pub currency: &'a str,
}

impl<'a> ContribRow<'a> {
    pub fn new(p: &'a Partner, c: &'a Contribution, s: &'a Settings) -> Self {
        ContribRow {
            partner: &p.id,
            partner_name: &p.name,
            record: Full(c),
            value: rules::value(c, s.hour_value),
            currency: &s.currency,
        }
    }

    /// The contribution itself.
    pub fn contribution(&self) -> &'a Contribution {
        self.record.0
    }
}

impl Row for ContribRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "date", "partner", "id", "side", "kind", "amount", "value", "note",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let c = self.contribution();
        vec![
            Cell::new(c.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(&*c.id).tone(Tone::Dim),
            Cell::new(c.side.as_str()),
            Cell::new(c.kind.as_str()),
            Cell::new(recorded(c.kind, c.amount, self.currency)).right(),
            table::opt(self.value.map(|v| money(v, self.currency))).right(),
            table::opt(c.note.as_deref()),
        ]
    }
}

/// Totals of one partner (or of everything).
#[derive(Debug, Serialize)]
pub struct PartnerTotal {
    pub partner: String,
    #[serde(flatten)]
    pub balance: Balance,
    pub total: f64,
    pub our_share: Option<f64>,
    pub partner_share: Option<f64>,
}

impl PartnerTotal {
    pub fn new(partner: &str, balance: Balance) -> Self {
        PartnerTotal {
            partner: partner.to_string(),
            total: balance.total(),
            our_share: balance.share(Side::Ours),
            partner_share: balance.share(Side::Partner),
            balance,
        }
    }
}

/// Totals of one kind of contribution.
#[derive(Debug, Serialize)]
pub struct KindTotal {
    pub kind: ContributionKind,
    pub entries: usize,
    /// Hours for the hour kinds, money otherwise.
    pub amount: f64,
    pub value: Option<f64>,
}

/// What `contrib list --format json` prints.
#[derive(Debug, Serialize)]
pub struct ContribList<'a> {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub currency: &'a str,
    pub hour_value: Option<f64>,
    pub contributions: Vec<ContribRow<'a>>,
    pub by_partner: Vec<PartnerTotal>,
    pub by_kind: Vec<KindTotal>,
    pub total: PartnerTotal,
    /// Partnerships where one side put in less than `balance_floor` over the last four
    /// quarters.
    pub lopsided: Vec<String>,
}

impl<'a> ContribList<'a> {
    /// The contributions of `partners` between `since` and `until`, with their totals.
    pub fn new(
        partners: &'a [Partner],
        s: &'a Settings,
        (since, until): (Option<NaiveDate>, Option<NaiveDate>),
        today: NaiveDate,
    ) -> Self {
        let within = |c: &&Contribution| {
            since.is_none_or(|d| c.date >= d) && until.is_none_or(|d| c.date <= d)
        };
        let mut rows = Vec::new();
        let mut by_partner = Vec::new();
        let mut lopsided = Vec::new();
        for p in partners {
            let mut mine: Vec<&Contribution> = p.contributions.iter().filter(within).collect();
            mine.sort_by_key(|c| c.date);
            if !mine.is_empty() {
                by_partner.push(PartnerTotal::new(
                    &p.id,
                    Balance::of(mine.iter().copied(), s.hour_value),
                ));
            }
            if let Some(a) = rules::attention(p, s, today) {
                lopsided.push(format!("{}: {}", p.id, a.problem));
            }
            rows.extend(mine.into_iter().map(|c| ContribRow::new(p, c, s)));
        }
        let all = Balance::of(rows.iter().map(ContribRow::contribution), s.hour_value);
        let by_kind: Vec<KindTotal> = ContributionKind::ALL
            .iter()
            .filter_map(|&k| {
                let of: Vec<&Contribution> = rows
                    .iter()
                    .map(ContribRow::contribution)
                    .filter(|c| c.kind == k)
                    .collect();
                (!of.is_empty()).then(|| KindTotal {
                    kind: k,
                    entries: of.len(),
                    amount: of.iter().map(|c| rules::counted(c)).sum(),
                    value: of.iter().map(|c| rules::value(c, s.hour_value)).sum(),
                })
            })
            .collect();
        ContribList {
            since,
            until,
            currency: &s.currency,
            hour_value: s.hour_value,
            contributions: rows,
            by_partner,
            by_kind,
            total: PartnerTotal::new("all", all),
            lopsided,
        }
    }
}

/// `contrib list` as terminal text: the contributions, then the totals by partner, kind
/// and side.
pub fn render_list(v: &ContribList, s: &Settings, p: &Painter) -> String {
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
