//! Numbers as people type them, read by one set of rules on the command line and in an
//! imported spreadsheet, so a value one accepts the other accepts too.
//!
//! - A **number** (a goal's baseline, target and tolerance, a measurement, an evaluation
//!   score): digits with a dot for decimals, an optional sign, and optional thousands
//!   separators: `1500`, `1,500`, `1,500.75`, `12_000`, `-2.5`, `1.5E+06` (as a
//!   spreadsheet writes a large number). A comma is only a thousands separator: `1,5` is
//!   refused, not guessed. No unit: `12%` and `$5` are refused, since the goal's unit
//!   says what the number counts.
//! - An **amount** (a contribution: money, or hours): a number above zero, which may
//!   start with a currency sign: `$5`, `$1,500`, `€1.500` is refused (that comma and dot
//!   are the other way round). A percent is not an amount.
//!
//! Pure: no I/O.

/// Currency signs an amount may start with.
const CURRENCY: [char; 4] = ['$', '€', '£', '¥'];

/// Why `typed` is not a number, in the words that say how to write one.
fn not_a_number(typed: &str) -> String {
    format!("`{typed}` is not a number; write digits with a dot for decimals, such as 1500 or 12.5")
}

/// Read a number (see the module's rules).
pub fn number(typed: &str) -> Result<f64, String> {
    let s = typed.trim();
    if s.ends_with('%') {
        return Err(format!(
            "`{typed}` has a percent sign; write the number alone, such as {} (the goal's unit says what it counts)",
            s.trim_end_matches('%').trim()
        ));
    }
    if s.starts_with(CURRENCY) || s.trim_start_matches(['-', '+']).starts_with(CURRENCY) {
        return Err(format!(
            "`{typed}` has a currency sign; write the number alone, such as {}",
            s.trim_start_matches(['-', '+'])
                .trim_start_matches(CURRENCY)
                .trim()
        ));
    }
    plain(s).ok_or_else(|| not_a_number(typed))
}

/// Read an amount: money or hours, above zero (see the module's rules).
pub fn amount(typed: &str) -> Result<f64, String> {
    let s = typed.trim();
    if s.ends_with('%') {
        return Err(format!(
            "`{typed}` is a percent, not an amount; write money or hours, such as 1500 or $1,500"
        ));
    }
    let (sign, rest) = match s.strip_prefix(['-', '+']) {
        Some(rest) => (&s[..1], rest.trim_start()),
        None => ("", s),
    };
    let digits = rest.strip_prefix(CURRENCY).unwrap_or(rest).trim_start();
    let value = plain(&format!("{sign}{digits}")).ok_or_else(|| {
        format!("`{typed}` is not an amount; write a number such as 1500, 1,500 or $1,500.50")
    })?;
    if value <= 0.0 {
        return Err(format!("the amount must be more than zero, not `{typed}`"));
    }
    Ok(value)
}

/// A plain number: a sign, digits grouped by `,` in threes or by `_`, a dot and decimals,
/// an exponent. `None` for anything else, and for infinities and NaN.
fn plain(s: &str) -> Option<f64> {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let unsigned = mantissa.strip_prefix(['-', '+']).unwrap_or(mantissa);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(frac) {
        return None;
    }
    let int: String = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let grouped = (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| digits(g));
        if !grouped {
            return None;
        }
        groups.concat()
    } else {
        let separated = !int.starts_with('_') && !int.ends_with('_') && !int.contains("__");
        if !separated || !int.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
            return None;
        }
        int.replace('_', "")
    };
    if let Some(e) = exponent {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        if e.is_empty() || !digits(e) {
            return None;
        }
    }
    let sign = if mantissa.starts_with('-') { "-" } else { "" };
    let exp = exponent.map_or(String::new(), |e| format!("e{e}"));
    let text = format!(
        "{sign}{}.{}{exp}",
        if int.is_empty() { "0" } else { &int },
        frac
    );
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_form_both_paths_accept() {
        for (typed, value) in [
            ("1500", 1500.0),
            (" 12.5 ", 12.5),
            ("1,500", 1500.0),
            ("1,500.75", 1500.75),
            ("12,000,000", 12e6),
            ("12_000", 12000.0),
            ("-2.5", -2.5),
            ("+3", 3.0),
            (".5", 0.5),
            ("7.", 7.0),
            ("1.5E+06", 1.5e6),
            ("2e-3", 0.002),
        ] {
            assert_eq!(number(typed), Ok(value), "{typed}");
        }
        for bad in [
            "",
            "-",
            ".",
            "1,5",
            "1,50",
            "12,0000",
            ",500",
            "1.2.3",
            "1 500",
            "3O0",
            "many",
            "NaN",
            "inf",
            "1e",
            "1e400",
            "_1",
            "1__0",
            "0x10",
            "1,500_000",
        ] {
            assert!(
                number(bad).unwrap_err().contains("is not a number"),
                "{bad:?}"
            );
        }
        assert!(
            number("12%")
                .unwrap_err()
                .contains("percent sign; write the number alone, such as 12")
        );
        assert!(
            number("$5")
                .unwrap_err()
                .contains("currency sign; write the number alone, such as 5")
        );
    }

    #[test]
    fn amounts_may_carry_a_currency_sign_but_not_a_percent() {
        for (typed, value) in [
            ("1500", 1500.0),
            ("1,000", 1000.0),
            ("$5", 5.0),
            ("$ 1,500.50", 1500.5),
            ("€1,200", 1200.0),
            ("12_000", 12000.0),
            ("0.25", 0.25),
        ] {
            assert_eq!(amount(typed), Ok(value), "{typed}");
        }
        assert!(
            amount("12%")
                .unwrap_err()
                .contains("is a percent, not an amount")
        );
        for zero in ["0", "-250", "$0", "-$5", "0.0"] {
            assert!(
                amount(zero).unwrap_err().contains("more than zero"),
                "{zero}"
            );
        }
        for bad in ["lots", "NaN", "$", "5$", "1,5", "€1.500,00"] {
            assert!(
                amount(bad).unwrap_err().contains("is not an amount"),
                "{bad}"
            );
        }
    }
}
