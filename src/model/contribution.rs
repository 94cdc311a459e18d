//! Contributions: what each side puts into a partnership. Amounts are money, except the
//! hour kinds (staff and volunteer hours), which `hour_value` turns into money. The
//! balance of a partnership is each side's share of the valued total; a partnership where
//! one side puts in less than `balance_floor` over the last four quarters is flagged.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::floor::Floor;
use crate::model::partner::{Partner, Side, Stage};
use crate::model::quarter::Quarter;
use crate::model::records::{Contribution, ContributionKind};
use crate::model::settings::Settings;
use chrono::NaiveDate;
use serde::Serialize;

pub use crate::model::records::{MAX_AMOUNT, amount_problem, usable};

/// Read an amount typed on the command line, by the rules import reads an amount cell
/// with (`model::number::amount`): `1500`, `1,500`, `$1,500.50`, more than zero.
pub fn parse_amount(typed: &str) -> Result<f64, String> {
    let amount = crate::model::number::amount(typed)?;
    if amount > MAX_AMOUNT {
        return Err(format!(
            "`{typed}` is too large; an amount can be at most 1,000,000,000,000"
        ));
    }
    Ok(amount)
}

/// A contribution's amount as it counts in totals: nothing when it is not [`usable`].
pub fn counted(c: &Contribution) -> f64 {
    if usable(c.amount) { c.amount } else { 0.0 }
}

/// A contribution's value in money: its amount, or its hours at `hour_value`; `None` for
/// hours when no hour value is set. An amount that is not [`usable`] is worth nothing.
pub fn value(c: &Contribution, hour_value: Option<f64>) -> Option<f64> {
    if !usable(c.amount) {
        Some(0.0)
    } else if c.kind.is_hours() {
        hour_value.map(|rate| c.amount * rate)
    } else {
        Some(c.amount)
    }
}

/// What each side put in, in money.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Balance {
    pub ours: f64,
    pub partner: f64,
    /// Hours counted in the totals at the hour value.
    pub valued_hours: f64,
    /// Hours left out of the totals because no hour value is set.
    pub unvalued_hours: f64,
}

impl Balance {
    /// Add up contributions, leaving out amounts that are not [`usable`] (not a number,
    /// or beyond [`MAX_AMOUNT`]), so a hand-edited `nan` or a runaway number cannot make
    /// a total wrong.
    pub fn of<'c>(
        contribs: impl IntoIterator<Item = &'c Contribution>,
        hour_value: Option<f64>,
    ) -> Balance {
        let mut b = Balance::default();
        for c in contribs.into_iter().filter(|c| usable(c.amount)) {
            match value(c, hour_value) {
                Some(v) => {
                    match c.side {
                        Side::Ours => b.ours += v,
                        Side::Partner => b.partner += v,
                    }
                    if c.kind.is_hours() {
                        b.valued_hours += c.amount;
                    }
                }
                None => b.unvalued_hours += c.amount,
            }
        }
        b
    }

    pub fn total(&self) -> f64 {
        self.ours + self.partner
    }

    pub fn side(&self, side: Side) -> f64 {
        match side {
            Side::Ours => self.ours,
            Side::Partner => self.partner,
        }
    }

    /// A side's share of the valued total, from 0 to 1; `None` when nothing is valued.
    pub fn share(&self, side: Side) -> Option<f64> {
        let total = self.total();
        (total > 0.0).then(|| self.side(side) / total)
    }

    /// The side whose share is under `floor`, if one is.
    pub fn low_side(&self, floor: f64) -> Option<Side> {
        Side::ALL
            .iter()
            .copied()
            .find(|&s| self.share(s).is_some_and(|share| share < floor))
    }
}

/// The last four quarters as of `today`: from the start of the quarter three before the
/// current one, to today.
pub fn last_four_quarters(today: NaiveDate, fy_start: u32) -> (Quarter, Quarter) {
    let qs = Quarter::of(today, fy_start).last_n(4);
    (qs[0], qs[3])
}

/// Money rounded to the cent, so sums of amounts carry no float noise.
pub fn cents(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
}

/// Money as printed: `$12,000`, `$1,250.50`. An amount too large for cents to mean
/// anything is printed whole, never cut short; one that is not a number as `?`.
pub fn money(amount: f64, currency: &str) -> String {
    if !amount.is_finite() {
        return format!("{currency}?");
    }
    // Below 2^53 cents every cent is exact.
    let (digits, frac, negative) = if (amount * 100.0).abs() < 9.0e15 {
        let cents = (amount * 100.0).round() as i64;
        (
            (cents.abs() / 100).to_string(),
            cents.abs() % 100,
            cents < 0,
        )
    } else {
        (format!("{:.0}", amount.abs()), 0, amount < 0.0)
    };
    let sign = if negative { "-" } else { "" };
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac == 0 {
        format!("{sign}{currency}{grouped}")
    } else {
        format!("{sign}{currency}{grouped}.{frac:02}")
    }
}

/// Hours as printed: `120 h`, `7.5 h`.
pub fn hours(amount: f64) -> String {
    let rounded = (amount * 100.0).round() / 100.0;
    format!("{} h", crate::model::instrument::fmt_number(rounded))
}

/// An amount in its unit: hours for the hour kinds, money otherwise.
pub fn amount_text(kind: ContributionKind, amount: f64, currency: &str) -> String {
    if kind.is_hours() {
        hours(amount)
    } else {
        money(amount, currency)
    }
}

/// A contribution's amount as its row shows it: [`amount_text`], and "(not counted)"
/// after one no total counts (written by hand: see [`usable`]).
pub fn recorded(kind: ContributionKind, amount: f64, currency: &str) -> String {
    let text = amount_text(kind, amount, currency);
    if usable(amount) {
        text
    } else {
        format!("{text} (not counted)")
    }
}

/// A share as a whole percentage: `14%`.
pub fn percent(share: f64) -> String {
    // rounded half away from zero, as changes in points are
    format!("{}%", (share * 100.0).round())
}

/// How hours were counted in a total, for the line beneath it; `None` when no hours were.
pub fn hours_note(b: &Balance, settings: &Settings) -> Option<String> {
    match settings.hour_value {
        Some(rate) if b.valued_hours > 0.0 => Some(format!(
            "hours valued at {} an hour",
            money(rate, &settings.currency)
        )),
        None if b.unvalued_hours > 0.0 => Some(format!(
            "{} not valued: set hour_value in accord.toml to count hours",
            hours(b.unvalued_hours)
        )),
        _ => None,
    }
}

/// The contributions dated from `from` to `to`.
pub fn between(
    contribs: &[Contribution],
    from: NaiveDate,
    to: NaiveDate,
) -> impl Iterator<Item = &Contribution> {
    contribs
        .iter()
        .filter(move |c| from <= c.date && c.date <= to)
}

/// The balance of a partner over the last four quarters as of `today`, with the quarters.
pub fn recent_balance(
    p: &Partner,
    settings: &Settings,
    today: NaiveDate,
) -> (Balance, Quarter, Quarter) {
    let (first, last) = last_four_quarters(today, settings.fiscal_year_start);
    let b = Balance::of(
        between(&p.contributions, first.start(), today),
        settings.hour_value,
    );
    (b, first, last)
}

/// Where the balance floor that applies to a partner comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorFrom {
    /// `balance` in the partner's file.
    Partner,
    /// `balance_floor_by_type` in `accord.toml`.
    Type,
    /// `balance_floor` in `accord.toml`.
    Workspace,
}

/// The balance floor that applies to partner `p`: its own, else its type's, else the
/// workspace's.
pub fn floor(p: &Partner, settings: &Settings) -> (Floor, FloorFrom) {
    if let Some(f) = p.balance {
        return (f, FloorFrom::Partner);
    }
    let by_type = settings
        .balance_floor_by_type
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(&p.kind));
    match by_type {
        Some((_, f)) => (*f, FloorFrom::Type),
        None => (Floor::Share(settings.balance_floor), FloorFrom::Workspace),
    }
}

/// An active partnership where one side put in less than its balance floor (`floor`) of
/// the valued contributions over the last four quarters; the item says how to change
/// the floor or turn it off where one side giving most is expected.
pub fn attention(p: &Partner, settings: &Settings, today: NaiveDate) -> Option<Attention> {
    if p.stage != Stage::Active {
        return None;
    }
    let (Floor::Share(share), from) = floor(p, settings) else {
        return None;
    };
    let (b, first, last) = recent_balance(p, settings, today);
    let low = b.low_side(share)?;
    let who = match low {
        Side::Ours => "our side",
        Side::Partner => "the partner's side",
    };
    let whose = match from {
        FloorFrom::Partner => format!("its own {} floor", percent(share)),
        FloorFrom::Type => format!("the {} floor for {} partners", percent(share), p.kind),
        FloorFrom::Workspace => format!("the {} floor", percent(share)),
    };
    let mut problem = format!(
        "{who} put in {} of the {} invested in {first} to {last}, under {whose}",
        percent(b.share(low).unwrap_or(0.0)),
        money(b.total(), &settings.currency),
    );
    if let Some(note) = hours_note(&b, settings) {
        problem.push_str(&format!("; {note}"));
    }
    let mut item = Attention::partner(
        p,
        Urgency::Watch,
        AttentionKind::InvestmentLopsided,
        problem,
        format!(
            "accord contrib log {id} --side {low} --kind KIND --amount N (if one side giving most is expected: accord partner set {id} --balance off, or a lower floor such as 5%)",
            id = p.id
        ),
    );
    item.side = Some(low);
    Some(item)
}

/// Each contribution up to `today` whose amount no total can count (written by hand: not
/// a number, zero or less, or past [`MAX_AMOUNT`]): it is left out of every sum and
/// balance, which a reader of the totals would not know.
pub fn uncounted(p: &Partner, today: NaiveDate) -> Vec<Attention> {
    p.contributions
        .iter()
        .filter(|c| c.date <= today)
        .filter_map(|c| {
            let problem = amount_problem(c.amount)?;
            let item = Attention::partner(
                p,
                Urgency::Soon,
                AttentionKind::ContributionUncounted,
                format!(
                    "the contribution of {} is left out of every total: {problem}",
                    c.date
                ),
                format!("accord contrib set {} --amount N", c.id),
            );
            Some(item.subject(&c.id))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn c(date: &str, side: Side, kind: ContributionKind, amount: f64) -> Contribution {
        Contribution {
            id: "c".into(),
            date: d(date),
            kind,
            amount,
            side,
            note: None,
            by: None,
        }
    }

    #[test]
    fn money_and_hours_are_printed_plainly() {
        assert_eq!(money(68000.0, "$"), "$68,000");
        assert_eq!(money(1234567.891, "$"), "$1,234,567.89");
        assert_eq!(money(999.5, "€"), "€999.50");
        assert_eq!(money(0.0, "$"), "$0");
        assert_eq!(money(-12.5, "$"), "-$12.50");
        // never saturated, never a silent zero
        assert_eq!(
            money(2.0 * 9223372036854775807.0, "$"),
            "$18,446,744,073,709,551,616"
        );
        assert_eq!(money(f64::NAN, "$"), "$?");
        assert_eq!(money(f64::INFINITY, "$"), "$?");
        assert_eq!(hours(120.0), "120 h");
        assert_eq!(hours(7.5), "7.5 h");
        assert_eq!(percent(0.0649), "6%");
    }

    #[test]
    fn totals_leave_out_amounts_that_are_not_numbers_or_too_large() {
        let funding = |amount| c("2026-01-10", Side::Ours, ContributionKind::Funding, amount);
        let list = [
            funding(f64::NAN),
            funding(f64::INFINITY),
            funding(9223372036854775807.0),
            funding(9223372036854775807.0),
            funding(500.0),
        ];
        let b = Balance::of(&list, None);
        assert_eq!(b.ours, 500.0);
        assert_eq!(money(b.total(), "$"), "$500");
        for bad in [f64::NAN, f64::INFINITY, 9223372036854775807.0, 0.0] {
            assert!(amount_problem(bad).is_some(), "{bad}");
            assert_eq!(value(&funding(bad), None), Some(0.0));
        }
        assert!(amount_problem(f64::NAN).unwrap().contains("not a number"));
        assert!(amount_problem(1e13).unwrap().contains("too large"));
        assert_eq!(amount_problem(500.0), None);
    }

    #[test]
    fn hours_are_valued_only_at_a_rate() {
        let list = [
            c(
                "2026-01-10",
                Side::Partner,
                ContributionKind::Funding,
                9000.0,
            ),
            c(
                "2026-01-10",
                Side::Ours,
                ContributionKind::VolunteerHours,
                100.0,
            ),
            c(
                "2026-01-10",
                Side::Ours,
                ContributionKind::Facilities,
                500.0,
            ),
        ];
        let b = Balance::of(&list, Some(10.0));
        assert_eq!((b.ours, b.partner, b.valued_hours), (1500.0, 9000.0, 100.0));
        assert_eq!(b.share(Side::Ours), Some(1500.0 / 10500.0));
        assert_eq!(b.low_side(0.2), Some(Side::Ours));
        assert_eq!(b.low_side(0.1), None);
        let b = Balance::of(&list, None);
        assert_eq!((b.ours, b.unvalued_hours), (500.0, 100.0));
        assert_eq!(Balance::default().share(Side::Ours), None);
        assert_eq!(Balance::default().low_side(0.2), None);
    }

    #[test]
    fn lopsided_over_the_last_four_quarters() {
        let settings = Settings {
            fiscal_year_start: 7,
            hour_value: Some(30.0),
            ..Settings::default()
        };
        let today = d("2026-11-23");
        let mut p = Partner {
            id: "acme".into(),
            name: "Acme".into(),
            contributions: vec![
                // before FY2026-Q3 (January 2026): not counted
                c(
                    "2025-12-31",
                    Side::Ours,
                    ContributionKind::Funding,
                    100000.0,
                ),
                c(
                    "2026-01-01",
                    Side::Partner,
                    ContributionKind::Funding,
                    8000.0,
                ),
                c("2026-09-01", Side::Ours, ContributionKind::StaffHours, 50.0),
                // after today: not counted
                c(
                    "2026-12-01",
                    Side::Ours,
                    ContributionKind::Funding,
                    100000.0,
                ),
            ],
            ..Partner::default()
        };
        let a = attention(&p, &settings, today).unwrap();
        assert_eq!(a.kind, AttentionKind::InvestmentLopsided);
        assert_eq!(
            a.problem,
            "our side put in 16% of the $9,500 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $30 an hour"
        );
        assert!(a.fix.contains("--side ours"));
        p.contributions.push(c(
            "2026-10-01",
            Side::Ours,
            ContributionKind::InKind,
            1000.0,
        ));
        assert!(attention(&p, &settings, today).is_none(), "25% is enough");
        p.stage = Stage::Paused;
        p.contributions.truncate(2);
        assert!(attention(&p, &settings, today).is_none());
    }

    #[test]
    fn the_floor_is_the_partners_else_its_types_else_the_workspaces() {
        let today = d("2026-11-23");
        let mut settings = Settings::default();
        let mut funder = Partner {
            id: "fund".into(),
            kind: "corporate".into(),
            contributions: vec![
                c(
                    "2026-10-01",
                    Side::Partner,
                    ContributionKind::Funding,
                    9500.0,
                ),
                c("2026-10-01", Side::Ours, ContributionKind::InKind, 500.0),
            ],
            ..Partner::default()
        };
        let problem = |p: &Partner, s: &Settings| attention(p, s, today).map(|a| a.problem);
        assert_eq!(
            floor(&funder, &settings),
            (Floor::Share(0.2), FloorFrom::Workspace)
        );
        assert!(
            problem(&funder, &settings)
                .unwrap()
                .ends_with("under the 20% floor")
        );
        let item = attention(&funder, &settings, today).unwrap();
        assert!(
            item.fix.ends_with("(if one side giving most is expected: accord partner set fund --balance off, or a lower floor such as 5%)"),
            "{}",
            item.fix
        );
        settings
            .balance_floor_by_type
            .insert("Corporate".into(), Floor::Share(0.1));
        assert_eq!(
            floor(&funder, &settings),
            (Floor::Share(0.1), FloorFrom::Type)
        );
        assert!(
            problem(&funder, &settings)
                .unwrap()
                .ends_with("under the 10% floor for corporate partners")
        );
        settings
            .balance_floor_by_type
            .insert("Corporate".into(), Floor::Off);
        assert_eq!(problem(&funder, &settings), None, "off for the type");
        funder.balance = Some(Floor::Share(0.06));
        assert!(
            problem(&funder, &settings)
                .unwrap()
                .ends_with("under its own 6% floor")
        );
        funder.balance = Some(Floor::Share(0.05));
        assert_eq!(problem(&funder, &settings), None, "5% is its floor");
        funder.balance = Some(Floor::Off);
        settings.balance_floor_by_type.clear();
        assert_eq!(problem(&funder, &settings), None, "off for the partner");
    }

    #[test]
    fn a_contribution_no_total_counts_is_named() {
        let mut p = Partner {
            id: "acme".into(),
            name: "Acme".into(),
            ..Partner::default()
        };
        p.contributions = vec![
            c("2026-01-05", Side::Ours, ContributionKind::Funding, 500.0),
            Contribution {
                id: "bad".into(),
                ..c(
                    "2026-02-05",
                    Side::Partner,
                    ContributionKind::Funding,
                    -500.0,
                )
            },
        ];
        let items = uncounted(&p, d("2026-11-30"));
        assert_eq!(items.len(), 1);
        // As of a day before it was made, it is not there yet.
        assert!(uncounted(&p, d("2026-01-31")).is_empty());
        let item = &items[0];
        assert_eq!(item.kind, AttentionKind::ContributionUncounted);
        assert_eq!(item.subject.as_deref(), Some("bad"));
        assert_eq!(
            item.problem,
            "the contribution of 2026-02-05 is left out of every total: amount -500 must be more than zero"
        );
        assert_eq!(item.fix, "accord contrib set bad --amount N");
    }
}
