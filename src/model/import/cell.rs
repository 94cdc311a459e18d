//! One spreadsheet cell read as a typed value, or a complaint that names the value and
//! says how to write it. Dates are read in any order that can mean only one day
//! (`8/15/2023`, `2026/11/23`); a spreadsheet's `10/02/2026` could be October or
//! February, so it is refused rather than guessed.

use crate::model::cadence::Cadence;
use crate::model::date;
use crate::model::floor::Floor;
use crate::model::id::validate_slug;
use crate::model::number;
use crate::model::partner::check_email;
use crate::model::settings::Settings;
use crate::model::validate::record_id_ok;
use serde_json::Value;

/// What a field holds, which decides how its cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Any text.
    Text,
    /// A partner id: lowercase letters, digits and hyphens.
    Slug,
    /// A record id: letters, digits, `-` or `_`.
    RecordId,
    /// The partner or goal a record belongs to, by id or name; resolved by the store.
    Ref,
    Date,
    Number,
    /// A number above zero.
    Amount,
    /// A whole number from 1 to 5.
    Rating,
    /// Items separated by `;` or line breaks.
    List,
    /// One of fixed words (spaces and underscores read as hyphens, any case).
    Word(&'static [&'static str]),
    /// A list of fixed words.
    Words(&'static [&'static str]),
    Cadence,
    /// A balance floor: a share, a percentage or `off`.
    Floor,
    /// A partner type known to the workspace.
    PartnerType,
    Email,
    /// True or false: `true`, `yes`, `1`, `false`, `no`, `0`.
    Flag,
    /// A table of named values, one column per name (`scores.trust`), each cell read as
    /// the type given.
    Map(&'static Ty),
}

/// Undo the guard export puts on cells a spreadsheet would read as a formula (a `'`
/// before `=`, `+`, `-`, `@`, a tab or a carriage return).
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Read one cell. Empty cells are `None`; `settings` knows the partner types.
pub fn parse(ty: Ty, raw: &str, settings: &Settings) -> Result<Option<Value>, String> {
    let text = unguard(raw.trim()).replace("\r\n", "\n");
    let s = text.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let string = |v: &str| Ok(Some(Value::String(v.to_string())));
    match ty {
        Ty::Text => string(s),
        // Record ids are lowercase, as commands look them up: `C1` in a sheet is `c1`.
        Ty::Ref => string(&s.to_ascii_lowercase()),
        Ty::Slug => validate_slug(s)
            .map_err(|e| format!("`{s}` is not a usable id: {}", e.reason))
            .and_then(|()| string(s)),
        Ty::RecordId if record_id_ok(&s.to_ascii_lowercase()) => string(&s.to_ascii_lowercase()),
        Ty::RecordId => Err(format!(
            "`{s}` is not a usable id; use lowercase letters, digits, `-` or `_`"
        )),
        Ty::Date => parse_date(s).map(|d| Some(Value::String(d.to_string()))),
        Ty::Number => number::number(s).map(|n| Some(n.into())),
        Ty::Amount => number::amount(s).map(|n| Some(n.into())),
        Ty::Rating => match s.parse::<u8>() {
            Ok(n) if (1..=5).contains(&n) => Ok(Some(n.into())),
            _ => Err(format!(
                "`{s}` is not a rating; write a whole number from 1 to 5"
            )),
        },
        Ty::List => Ok(Some(list(s).into_iter().map(Value::String).collect())),
        Ty::Word(names) => word(s, names).map(|w| Some(Value::String(w.to_string()))),
        Ty::Words(names) => list(s)
            .iter()
            .map(|item| word(item, names).map(|w| Value::String(w.to_string())))
            .collect::<Result<Vec<_>, _>>()
            .map(|items| Some(Value::Array(items))),
        Ty::Cadence => s
            .parse::<Cadence>()
            .map(|c| Some(Value::String(c.to_string()))),
        Ty::Floor => s.parse::<Floor>().map(|f| match f {
            Floor::Off => Some(Value::String("off".into())),
            Floor::Share(share) => Some(share.into()),
        }),
        Ty::PartnerType => match settings.partner_type(s) {
            Ok(t) => Ok(Some(Value::String(t))),
            Err(e) => {
                let types = settings.partner_types();
                let names: Vec<&str> = types.iter().map(String::as_str).collect();
                known_word(s, &names)
                    .map(|t| Some(Value::String(t.to_string())))
                    .ok_or_else(|| format!("{e}; or read it as one with --map-value type:{s}=TYPE"))
            }
        },
        Ty::Email => check_email(s).and_then(|()| string(s)),
        Ty::Flag => match s.to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" => Ok(Some(Value::Bool(true))),
            "false" | "no" | "n" | "0" => Ok(Some(Value::Bool(false))),
            _ => Err(format!("`{s}` is not true or false")),
        },
        Ty::Map(inner) => parse(*inner, s, settings),
    }
}

/// A date that can mean only one day (`2026-10-02`, `8/15/2023`, `15.08.2023`, `Aug
/// 15, 2023`: see `date::parse_written`), with a message that names any other form. A
/// date whose day and month could be swapped is refused, never guessed.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    let fix = "format the column as YYYY-MM-DD (e.g. 2026-10-02) before saving the file";
    let head = s.get(..10).and_then(date::parse_iso);
    let rest = s.get(10..).unwrap_or("");
    if let Some(d) = head
        && (rest.starts_with(' ') || rest.starts_with('T'))
    {
        return Err(format!(
            "`{s}` has a time of day; write the date alone, as YYYY-MM-DD: {d}"
        ));
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{s}` is a number, not a date (a spreadsheet's serial date?); {fix}"
        ));
    }
    date::parse_written(s).map_err(|why| format!("{why}; {fix}"))
}

pub use crate::model::number::number;

/// Items of a list cell: split on `;` and line breaks, trimmed, without empty items or
/// repeats (ignoring case).
pub fn list(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s
        .split([';', '\n'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
            out.push(item.to_string());
        }
    }
    out
}

/// Values as people write them in spreadsheets, and the word each means: `(word,
/// synonyms)`. A synonym applies to a set of words that has its word, so `phone call`
/// is a check-in's `call` and `cash` a contribution's `funding`. Compared without case,
/// spaces or punctuation.
#[rustfmt::skip]
const VALUE_SYNONYMS: &[(&str, &str)] = &[
    // partner types
    ("nonprofit", "non profit|not for profit|npo|ngo|charity|charitable organization|501c3|nonprofit organization|foundation"),
    ("corporate", "business|company|corporation|corporate partner|private|private sector|for profit|industry|employer|local business"),
    ("academic", "higher ed|higher education|university|college|community college|postsecondary|school|education|k12"),
    ("government", "city|county|state|federal|public agency|government agency|municipal|public sector|city government"),
    ("health", "healthcare|health care|hospital|clinic|medical|public health"),
    ("community", "community organization|community group|community based|neighborhood association|civic|grassroots"),
    ("faith", "faith based|church|religious|congregation|ministry"),
    ("cultural", "museum|arts|arts organization|culture|the arts"),
    ("family", "families|parents|pta|pto|parent group"),
    ("public-private", "public private partnership|ppp"),
    // lifecycle stages
    ("prospect", "lead|potential|prospective|new lead"),
    ("exploring", "in discussion|exploratory|in talks|pending|negotiating"),
    ("active", "current|ongoing|established"),
    ("paused", "on hold|inactive|dormant|suspended"),
    ("ended", "closed|former|terminated|past"),
    // check-in kinds
    ("call", "phone|phone call|telephone|video call|conference call"),
    ("meeting", "in person|in person meeting|virtual meeting|zoom|teams|video meeting|meet"),
    ("visit", "site visit|school visit|tour|walkthrough"),
    ("email", "mail|e mail|message"),
    ("event", "conference|fair|workshop|presentation|celebration"),
    ("review", "annual review|quarterly review|progress review"),
    // contributions
    ("funding", "cash|grant|donation|money|monetary|sponsorship|financial"),
    ("in-kind", "goods|supplies|equipment|materials|donated goods"),
    ("volunteer-hours", "volunteer|volunteers|volunteering|volunteer time"),
    ("staff-hours", "staff|staff time|employee time"),
    ("facilities", "facility|space|venue|building|room"),
    // sides
    ("ours", "us|we|our|our side|our organization"),
    ("partner", "them|their side|theirs|partner side|the partner"),
];

/// A value without case, spaces or punctuation: `Non-profit` and `non profit` are both
/// `nonprofit`.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The word among `names` that `s` writes, by its name or a synonym, ignoring case,
/// spaces and punctuation.
pub fn known_word<'a>(s: &str, names: &[&'a str]) -> Option<&'a str> {
    let norm = squash(s);
    if norm.is_empty() {
        return None;
    }
    names
        .iter()
        .find(|n| squash(n) == norm)
        .copied()
        .or_else(|| {
            VALUE_SYNONYMS
                .iter()
                .filter(|(word, _)| names.contains(word))
                .find(|(_, syn)| syn.split('|').any(|x| squash(x) == norm))
                .and_then(|(word, _)| names.iter().find(|n| *n == word).copied())
        })
}

/// One of `names`, by its name or a common synonym (see [`known_word`]).
fn word(s: &str, names: &'static [&'static str]) -> Result<&'static str, String> {
    known_word(s, names).ok_or_else(|| {
        format!(
            "`{s}` is not one of: {} (--map-value FIELD:VALUE=WORD reads it as one)",
            names.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::ContributionKind;

    fn p(ty: Ty, s: &str) -> Result<Option<Value>, String> {
        parse(ty, s, &Settings::default())
    }

    #[test]
    fn dates_are_iso_only_and_other_forms_are_named() {
        assert_eq!(p(Ty::Date, " 2026-10-02 "), Ok(Some("2026-10-02".into())));
        assert_eq!(p(Ty::Date, "8/15/2023"), Ok(Some("2023-08-15".into())));
        assert_eq!(p(Ty::Date, "2026/11/23"), Ok(Some("2026-11-23".into())));
        assert_eq!(p(Ty::Date, "Oct 2, 2026"), Ok(Some("2026-10-02".into())));
        let cases = [
            ("10/02/2026", "could be 10 February 2026 or 2 October 2026"),
            ("02.10.2026", "could be 2 October 2026 or 10 February 2026"),
            (
                "2026-10-02 00:00:00",
                "has a time of day; write the date alone, as YYYY-MM-DD: 2026-10-02",
            ),
            ("2026-10-02T09:30", "has a time of day"),
            ("1/5/26", "two-digit year"),
            ("2026-02-30", "not a real calendar date"),
            ("46297", "serial date"),
            ("soon", "not a date"),
        ];
        for (raw, why) in cases {
            let err = p(Ty::Date, raw).unwrap_err();
            assert!(err.contains(&format!("`{raw}`")), "{raw}: {err}");
            assert!(err.contains(why), "{raw}: {err}");
            assert!(err.contains("YYYY-MM-DD"), "{raw}: {err}");
        }
    }

    #[test]
    fn numbers_and_amounts_read_as_the_command_line_reads_them() {
        assert_eq!(p(Ty::Number, "1,500.50"), Ok(Some(1500.5.into())));
        assert_eq!(p(Ty::Number, "-2.5"), Ok(Some((-2.5).into())));
        assert!(p(Ty::Number, "95%").unwrap_err().contains("percent sign"));
        assert!(
            p(Ty::Number, "$12,000")
                .unwrap_err()
                .contains("currency sign")
        );
        assert!(p(Ty::Number, "1,5").unwrap_err().contains("not a number"));
        assert_eq!(p(Ty::Amount, "$12,000"), Ok(Some(12000.0.into())));
        assert_eq!(p(Ty::Amount, "250"), Ok(Some(250.0.into())));
        assert!(p(Ty::Amount, "0").unwrap_err().contains("more than zero"));
        assert!(p(Ty::Amount, "12%").unwrap_err().contains("not an amount"));
        for typed in ["1,000", "$5", "12%", "0", "1,5", "12_000"] {
            assert_eq!(
                p(Ty::Amount, typed).map(|v| v.and_then(|v| v.as_f64())),
                crate::model::contribution::parse_amount(typed).map(Some),
                "{typed}: import and --amount agree"
            );
        }
    }

    #[test]
    fn ratings_words_and_lists() {
        assert_eq!(p(Ty::Rating, "4"), Ok(Some(4.into())));
        assert!(p(Ty::Rating, "6").is_err());
        assert!(p(Ty::Rating, "4.5").is_err());
        let kinds = ContributionKind::NAMES;
        assert_eq!(p(Ty::Word(kinds), "In Kind"), Ok(Some("in-kind".into())));
        assert_eq!(
            p(Ty::Word(kinds), "volunteer_hours"),
            Ok(Some("volunteer-hours".into()))
        );
        let err = p(Ty::Word(kinds), "bitcoin").unwrap_err();
        assert!(
            err.contains("`bitcoin` is not one of: funding, in-kind")
                && err.contains("--map-value"),
            "{err}"
        );
        assert_eq!(
            p(Ty::List, "STEM; mentoring\nstem;; "),
            Ok(Some(serde_json::json!(["STEM", "mentoring"])))
        );
        assert_eq!(p(Ty::List, "  "), Ok(None));
    }

    #[test]
    fn values_as_people_write_them() {
        let t = |s: &str| p(Ty::PartnerType, s);
        for (written, word) in [
            ("Non-profit", "nonprofit"),
            ("not for profit", "nonprofit"),
            ("Business", "corporate"),
            ("Higher Ed", "academic"),
            ("University", "academic"),
            ("Hospital", "health"),
            ("Faith-based", "faith"),
            ("Public/Private", "public-private"),
        ] {
            assert_eq!(t(written), Ok(Some(word.into())), "{written}");
        }
        let err = t("Charity Shop").unwrap_err();
        assert!(err.contains("--map-value type:Charity Shop=TYPE"), "{err}");
        let kinds = crate::model::records::CheckinKind::NAMES;
        assert_eq!(p(Ty::Word(kinds), "Phone call"), Ok(Some("call".into())));
        assert_eq!(p(Ty::Word(kinds), "Site Visit"), Ok(Some("visit".into())));
        assert_eq!(p(Ty::Word(kinds), "E-mail"), Ok(Some("email".into())));
        let money = ContributionKind::NAMES;
        assert_eq!(p(Ty::Word(money), "Cash"), Ok(Some("funding".into())));
        assert_eq!(p(Ty::Word(money), "in kind"), Ok(Some("in-kind".into())));
        // a synonym of one set of words does not leak into another
        assert!(p(Ty::Word(kinds), "Cash").is_err());
        assert_eq!(
            known_word("On hold", crate::model::partner::Stage::NAMES),
            Some("paused")
        );
    }

    #[test]
    fn types_cadences_emails_and_ids() {
        assert_eq!(p(Ty::PartnerType, "Health"), Ok(Some("health".into())));
        assert!(
            p(Ty::PartnerType, "alien")
                .unwrap_err()
                .contains("partner_types")
        );
        assert_eq!(p(Ty::Cadence, "Monthly"), Ok(Some("monthly".into())));
        assert!(p(Ty::Email, "n/a").is_err());
        assert!(p(Ty::Slug, "../x").unwrap_err().contains("not a usable id"));
        assert!(p(Ty::RecordId, "a b").is_err());
        assert_eq!(p(Ty::RecordId, "k7q2m9x4"), Ok(Some("k7q2m9x4".into())));
        // Ids are lowercase, as commands look them up.
        assert_eq!(p(Ty::RecordId, "K7Q2-m9"), Ok(Some("k7q2-m9".into())));
        assert_eq!(p(Ty::Ref, "C1"), Ok(Some("c1".into())));
        assert_eq!(p(Ty::Flag, "Yes"), Ok(Some(true.into())));
        assert_eq!(p(Ty::Flag, "false"), Ok(Some(false.into())));
        assert!(p(Ty::Flag, "maybe").is_err());
        assert_eq!(p(Ty::Map(&Ty::Number), "3.5"), Ok(Some(3.5.into())));
    }

    #[test]
    fn guarded_cells_are_read_back() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("'+1 555 0100"), "+1 555 0100");
        assert_eq!(unguard("'quoted'"), "'quoted'");
        assert_eq!(
            p(Ty::Text, "'- bring permission slips"),
            Ok(Some("- bring permission slips".into()))
        );
        assert_eq!(
            p(Ty::Text, "line one\r\nline two"),
            Ok(Some("line one\nline two".into()))
        );
    }
}
