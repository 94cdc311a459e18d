//! Reading a survey file quickly. A survey of 5,000 respondents is a file of 2 MB, most of
//! it `[[response]]` tables in the one shape `survey import` writes; the TOML parser
//! spends most of a command's time on them. So the survey's own fields (before its first
//! table header) are read by the TOML parser, and the responses by a reader of exactly
//! that shape: `key = value` lines of basic strings, dates and inline tables of numbers or
//! strings. At the first line it does not expect (a comment, another spacing, a literal
//! string, a key it does not know, anything a person may write by hand) it gives up and the
//! whole file is read by the TOML parser, so a file reads the same either way, and a file
//! that is not valid TOML gets the parser's error with its line.

use crate::model::date::parse_iso;
use crate::model::survey::{Response, Survey};
use crate::store::file::{self, FileError};
use std::collections::BTreeMap;
use std::path::Path;

/// Where a survey file's own fields end: at its first line that opens a table.
pub fn head_end(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('[') {
            return at;
        }
        at += line.len();
    }
    text.len()
}

/// Read a survey file's text.
pub fn parse(path: &Path, text: &str) -> Result<Survey, FileError> {
    let cut = head_end(text);
    if let Ok(mut s) = toml::from_str::<Survey>(&text[..cut])
        && s.responses.is_empty()
        && let Some(responses) = responses(&text[cut..])
    {
        s.responses = responses;
        return Ok(s);
    }
    file::parse(path, text)
}

/// A response being read: each field at most once.
#[derive(Default)]
struct Partial {
    id: Option<String>,
    batch: Option<String>,
    imported: Option<chrono::NaiveDate>,
    partner: Option<String>,
    group: Option<String>,
    answers: Option<BTreeMap<String, f64>>,
    comments: Option<BTreeMap<String, String>>,
}

impl Partial {
    fn finish(self) -> Option<Response> {
        Some(Response {
            id: self.id?,
            batch: self.batch?,
            imported: self.imported?,
            partner: self.partner,
            group: self.group,
            answers: self.answers.unwrap_or_default(),
            comments: self.comments.unwrap_or_default(),
        })
    }
}

/// Set a field once; a second value is not the shape expected.
fn once<T>(slot: &mut Option<T>, v: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(v);
    Some(())
}

/// The responses of the text after a survey's own fields, if every line is one the reader
/// expects.
pub fn responses(rest: &str) -> Option<Vec<Response>> {
    let mut out = Vec::new();
    let mut cur: Option<Partial> = None;
    for raw in rest.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        if line == "[[response]]" {
            if let Some(p) = cur.take() {
                out.push(p.finish()?);
            }
            cur = Some(Partial::default());
            continue;
        }
        let p = cur.as_mut()?;
        let (key, value) = line.split_once(" = ")?;
        match key {
            "id" => once(&mut p.id, string(value)?)?,
            "batch" => once(&mut p.batch, string(value)?)?,
            "imported" => once(&mut p.imported, date(value)?)?,
            "partner" => once(&mut p.partner, string(value)?)?,
            "group" => once(&mut p.group, string(value)?)?,
            "answers" => once(&mut p.answers, inline(value, number)?)?,
            "comments" => once(&mut p.comments, inline(value, string_prefix)?)?,
            _ => return None,
        }
    }
    if let Some(p) = cur.take() {
        out.push(p.finish()?);
    }
    Some(out)
}

/// A date value: `2026-11-02`.
fn date(value: &str) -> Option<chrono::NaiveDate> {
    (value.len() == 10).then(|| parse_iso(value)).flatten()
}

/// A value that is exactly one basic string.
fn string(value: &str) -> Option<String> {
    let (s, rest) = string_prefix(value)?;
    rest.is_empty().then_some(s)
}

/// A basic string at the start of `text`, and what follows it.
fn string_prefix(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' | 'U' => {
                        let n = if e == 'u' { 4 } else { 8 };
                        let mut hex = String::with_capacity(n);
                        for _ in 0..n {
                            hex.push(chars.next()?.1);
                        }
                        if !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                            return None;
                        }
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                }
            }
            // Control characters must be escaped in TOML: leave them to the parser.
            c if c.is_control() && c != '\t' => return None,
            c => out.push(c),
        }
    }
    None
}

/// A number as TOML writes a plain decimal one, at the start of `text`, and what follows:
/// an optional `-`, digits without a leading zero, an optional fraction.
fn number(text: &str) -> Option<(f64, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(text.len());
    let token = &text[..end];
    let digits = token.strip_prefix('-').unwrap_or(token);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !plain(whole)
        || (whole.len() > 1 && whole.starts_with('0'))
        || fraction.is_some_and(|f| !plain(f))
    {
        return None;
    }
    Some((token.parse().ok()?, &text[end..]))
}

/// A key of an inline table: bare (letters, digits, `-`, `_`) or a basic string.
fn key(text: &str) -> Option<(String, &str)> {
    if text.starts_with('"') {
        return string_prefix(text);
    }
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(text.len());
    (end > 0).then(|| (text[..end].to_string(), &text[end..]))
}

/// An inline table on one line, `{ key = value, key = value }` or `{}`, its values read
/// by `value`; no key twice.
fn inline<T>(text: &str, value: impl Fn(&str) -> Option<(T, &str)>) -> Option<BTreeMap<String, T>> {
    let mut rest = text.strip_prefix('{')?.trim_start_matches(' ');
    let mut out = BTreeMap::new();
    if rest == "}" {
        return Some(out);
    }
    loop {
        let (k, after) = key(rest)?;
        let after = after.trim_start_matches(' ').strip_prefix('=')?;
        let (v, after) = value(after.trim_start_matches(' '))?;
        if out.insert(k, v).is_some() {
            return None;
        }
        let after = after.trim_start_matches(' ');
        if after == "}" {
            return Some(out);
        }
        rest = after.strip_prefix(',')?.trim_start_matches(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> (Survey, Option<Vec<Response>>) {
        let whole: Survey = toml::from_str(text).expect("valid TOML");
        let cut = head_end(text);
        (whole, responses(&text[cut..]))
    }

    const FILE: &str = r#"# A survey.
title = "T"
instrument = "accord"
groups = ["teachers"]
notes = "Line one"

[[response]]
id = "a0000001"
batch = "b0000001"
imported = 2026-11-02
answers = { vision = 4, communication = 3.5, value = -0 }
comments = { "Is there anything else? \"Yes\"" = "Great, thanks.\nMore\\less \u00e9 \t", other = "" }

[[response]]
id = "a0000002"
batch = "b0000001"
imported = 2026-11-02
partner = "acme"
group = "partner-staff"
answers = {}
"#;

    #[test]
    fn the_shape_import_writes_reads_as_the_toml_parser_reads_it() {
        let (whole, fast) = both(FILE);
        assert_eq!(fast.as_deref(), Some(whole.responses.as_slice()));
        let crlf = FILE.replace('\n', "\r\n");
        let (whole, fast) = both(&crlf);
        assert_eq!(fast.as_deref(), Some(whole.responses.as_slice()));
        let s = parse(Path::new("s.toml"), FILE).unwrap();
        assert_eq!(s.responses, whole.responses);
        assert_eq!(s.title, "T");
    }

    #[test]
    fn anything_else_is_left_to_the_toml_parser() {
        for (from, to) in [
            ("answers = {}", "answers = {} # none"),
            ("id = \"a0000002\"", "id = 'a0000002'"),
            ("id = \"a0000002\"", "id=\"a0000002\""),
            ("vision = 4,", "vision = 4_0,"),
            ("vision = 4,", "vision = 04,"),
            ("vision = 4,", "vision = 4e0,"),
            ("partner = \"acme\"", "partner = \"acme\"\nnote = \"x\""),
            (
                "imported = 2026-11-02\npartner",
                "imported = 2026-11-02T10:00:00\npartner",
            ),
            (
                "[[response]]\nid = \"a0000002\"",
                "[[response]] # second\nid = \"a0000002\"",
            ),
            (
                "vision = 4, communication",
                "vision = 4, vision = 4, communication",
            ),
        ] {
            let text = FILE.replacen(from, to, 1);
            assert_ne!(text, FILE, "{from}");
            let cut = head_end(&text);
            assert_eq!(responses(&text[cut..]), None, "{to}");
        }
        // A file that is not TOML gets the parser's error.
        let bad = FILE.replace("answers = {}", "answers = {");
        let err = parse(Path::new("s.toml"), &bad).unwrap_err();
        assert!(err.to_string().starts_with("s.toml:"), "{err}");
    }

    proptest::proptest! {
        /// Any comment, as `survey import` writes it, reads back as it was, and as the
        /// TOML parser reads it.
        #[test]
        fn comments_read_back_as_written(text in "\\PC*|[\\x00-\\x7f]{0,40}") {
            let written = crate::store::survey::one_line(&text).to_string();
            let written = written.trim();
            proptest::prop_assert_eq!(string(written), Some(text.clone()));
            let table: toml::Table = toml::from_str(&format!("x = {written}")).unwrap();
            proptest::prop_assert_eq!(table["x"].as_str(), Some(text.as_str()));
        }

        /// Numbers read as the TOML parser reads them, or are left to it.
        #[test]
        fn numbers_read_as_toml_reads_them(n in -1000.0f64..1000.0, whole in proptest::bool::ANY) {
            let n = if whole { n.trunc() } else { n };
            let text = if whole { format!("{}", n as i64) } else { format!("{n}") };
            if let Some((v, rest)) = number(&text) {
                proptest::prop_assert_eq!(rest, "");
                let table: toml::Table = toml::from_str(&format!("x = {text}")).unwrap();
                let toml_value = table["x"].as_float().or(table["x"].as_integer().map(|i| i as f64));
                proptest::prop_assert_eq!(Some(v), toml_value);
            }
        }
    }

    #[test]
    fn a_head_holding_a_table_header_line_in_a_string_is_read_whole() {
        let text = FILE.replace(
            "notes = \"Line one\"",
            "notes = \"\"\"\n[draft] one\n\"\"\"",
        );
        let s = parse(Path::new("s.toml"), &text).unwrap();
        assert_eq!(s.notes.as_deref(), Some("[draft] one\n"));
        assert_eq!(s.responses.len(), 2);
    }
}
