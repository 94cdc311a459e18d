//! Text that is safe to keep and to show. Which characters must never reach a terminal
//! raw (control characters, and the bidi controls that reorder text on screen), how one
//! is written so a person can see it (`\u{1b}`), and the rule for the text a field may
//! hold: one line (names, titles, ids, summaries) or several lines (notes).
//!
//! The terminal edge (`report::terminal`) shows these characters as escapes; the
//! registry's rules and the commands that create partners and goals refuse them at input.
//! Pure: no I/O.

use std::borrow::Cow;

/// Whether `c` is a bidi control: the Arabic letter mark, the left-to-right and
/// right-to-left marks, and the embeddings, overrides and isolates (U+202A to U+202E,
/// U+2066 to U+2069), which can make text read differently from how it is stored.
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `c` must never reach a terminal raw: a C0 control (below U+0020), DEL, a C1
/// control (U+0080 to U+009F) or a bidi control.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi(c)
}

/// How an unsafe character is shown: `\u{1b}` for ESC, `\u{202e}` for the right-to-left
/// override (the form Rust and JavaScript read back).
pub fn visible(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// `s` with every unsafe character shown as `\u{..}`; line breaks (LF or CRLF, which an
/// iCalendar feed needs) and tabs are kept, a CR alone is not (it would let text print
/// over text). `report::terminal::screen` builds on it.
pub fn escaped(s: &str) -> Cow<'_, str> {
    if !needs_escapes(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c if is_unsafe(c) => out.push_str(&visible(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` for one line of a message: every unsafe character shown as [`escaped`] shows it,
/// and line breaks and tabs as escapes too, so a value read from a file (who holds the
/// lock, a file's name) can neither drive the terminal nor split the line.
pub fn escaped_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_unsafe(c) { visible(c) } else { c.into() })
            .collect(),
    )
}

/// Whether [`escaped`] changes `s`: a CR alone, or an unsafe character other than a line
/// break or a tab. One pass over the octets (text is megabytes at times, a calendar feed),
/// decoding only the characters beyond ASCII.
fn needs_escapes(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' '..=b'~' | b'\n' | b'\t' => i += 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => i += 2,
            0x80.. => {
                let c = s[i..].chars().next().unwrap_or_default();
                if is_unsafe(c) {
                    return true;
                }
                i += c.len_utf8();
            }
            _ => return true,
        }
    }
    false
}

/// Characters that take no room on screen: spaces, controls, soft hyphens, zero-width
/// spaces and joiners, the word joiner and the byte-order mark.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || is_unsafe(c)
        || matches!(
            c,
            '\u{ad}' | '\u{180e}' | '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}'
        )
}

/// `s` cut to at most `max` characters, the last of them `…` when anything was cut:
/// for a long text shown in a line.
pub fn cut(s: &str, max: usize) -> Cow<'_, str> {
    if s.chars().count() <= max {
        return Cow::Borrowed(s);
    }
    let mut short: String = s.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    Cow::Owned(short)
}

/// Whether `s` shows nothing: empty, or only spaces and invisible characters. A name
/// like this cannot be told from no name.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(invisible)
}

/// The shape of a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line: a name, a title, an id, a summary, an item of a list.
    Line,
    /// Several lines: notes, comments. Line breaks (LF or CRLF) and tabs are kept.
    Lines,
}

/// The first character of `s` that a field of this shape may not hold.
pub fn forbidden(s: &str, shape: Shape) -> Option<char> {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match (shape, c) {
            (Shape::Lines, '\n' | '\t') => true,
            (Shape::Lines, '\r') => chars.peek() == Some(&'\n'),
            _ => false,
        };
        if is_unsafe(c) && !allowed {
            return Some(c);
        }
    }
    None
}

/// What is wrong with `s` as the value of `what` (a field of this shape), in one
/// sentence: "a control character (`\u{1b}`) in the check-in field `summary`, which a
/// terminal would act on; remove it".
pub fn problem(what: &str, s: &str, shape: Shape) -> Option<String> {
    let c = forbidden(s, shape)?;
    Some(match c {
        '\n' | '\r' => format!("a line break in {what}, which takes one line of text"),
        '\t' => format!("a tab in {what}; use spaces instead"),
        c if is_bidi(c) => format!(
            "a bidi control character (`{}`) in {what}, which can make text read differently on screen; remove it",
            visible(c)
        ),
        c => format!(
            "a control character (`{}`) in {what}, which a terminal would act on; remove it",
            visible(c)
        ),
    })
}

/// Check the value of a one-line field that names something (a partner's name, a goal's
/// title): `Err` with the sentence to say when it has a control character (`what` names
/// the field: "the partner field `name`") or shows nothing (`blank` names the thing:
/// "the partner's name").
pub fn check_name(what: &str, blank: &str, s: &str) -> Result<(), String> {
    if let Some(p) = problem(what, s, Shape::Line) {
        return Err(p);
    }
    if is_blank(s) {
        return Err(format!("{blank} cannot be empty"));
    }
    match too_long(s) {
        Some(long) => Err(format!("{blank} {long}")),
        None => Ok(()),
    }
}

/// The longest a name or title may be, in characters: it has to fit a table's column.
pub const NAME_MAX: usize = 200;

/// How a name or title longer than [`NAME_MAX`] is said ("is 300 characters long;
/// ..."), or `None` when it fits.
pub fn too_long(s: &str) -> Option<String> {
    let long = s.chars().count();
    (long > NAME_MAX).then(|| {
        format!(
            "is {long} characters long; keep it to {NAME_MAX} or fewer (a note can hold the rest)"
        )
    })
}

/// Check the value of `what`, a text field of this shape: `Err` with the sentence to say
/// when it has a character the shape refuses.
pub fn check(what: &str, s: &str, shape: Shape) -> Result<(), String> {
    match problem(what, s, shape) {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_check_agrees_with_every_character() {
        // the rule `escaped` had before its one pass over octets
        let slow = |s: &str| {
            s.match_indices('\r')
                .any(|(i, _)| !s[i + 1..].starts_with('\n'))
                || s.chars()
                    .any(|c| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r'))
        };
        let chars = (0..0x3000u32)
            .chain([0xfdd0, 0xfeff, 0x1f600, 0x10ffff])
            .filter_map(char::from_u32);
        for c in chars {
            for s in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}\r\n"),
                format!("\r{c}"),
                format!("x\r\n{c}\n\t"),
            ] {
                assert_eq!(needs_escapes(&s), slow(&s), "{s:?}");
            }
        }
        for s in ["", "\r", "a\r", "\r\r\n", "\n\r", "a\r\nb", "\t\n"] {
            assert_eq!(needs_escapes(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn controls_and_bidi_are_unsafe_but_text_is_not() {
        for c in [
            '\u{1b}', '\u{7}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200f}',
        ] {
            assert!(is_unsafe(c), "{c:?}");
        }
        for c in ['a', 'é', 'ש', 'ع', '€', '\u{fdd0}', ' '] {
            assert!(!is_unsafe(c), "{c:?}");
        }
        assert_eq!(visible('\u{1b}'), "\\u{1b}");
        assert_eq!(visible('\u{202e}'), "\\u{202e}");
    }

    #[test]
    fn one_line_escapes_line_breaks_too() {
        assert!(matches!(escaped_line("Acme é"), Cow::Borrowed(_)));
        assert_eq!(
            escaped_line("a\u{1b}[2J\nb\u{202e}\t"),
            "a\\u{1b}[2J\\u{a}b\\u{202e}\\u{9}"
        );
    }

    #[test]
    fn one_line_and_several_lines() {
        assert_eq!(forbidden("Riverside Hospital", Shape::Line), None);
        assert_eq!(forbidden("Evil\u{1b}[2J", Shape::Line), Some('\u{1b}'));
        assert_eq!(forbidden("two\nlines", Shape::Line), Some('\n'));
        assert_eq!(forbidden("two\r\nlines\tand a tab", Shape::Lines), None);
        assert_eq!(forbidden("over\rwrite", Shape::Lines), Some('\r'));
        assert_eq!(forbidden("abc\u{202e}def", Shape::Lines), Some('\u{202e}'));
        assert_eq!(
            check(
                "the check-in field `summary`",
                "abc\u{202e}def",
                Shape::Line
            )
            .unwrap_err(),
            "a bidi control character (`\\u{202e}`) in the check-in field `summary`, which can make text read differently on screen; remove it"
        );
    }

    #[test]
    fn a_name_must_show_something() {
        let name = |s| check_name("the partner field `name`", "the partner's name", s);
        assert_eq!(name("Acme"), Ok(()));
        assert_eq!(name("שלום"), Ok(()));
        assert_eq!(
            name(" \u{200b}\u{feff} "),
            Err("the partner's name cannot be empty".into())
        );
        let (fits, over) = ("x".repeat(NAME_MAX), "x".repeat(NAME_MAX + 1));
        assert_eq!(name(&fits), Ok(()));
        assert_eq!(
            name(&over),
            Err("the partner's name is 201 characters long; keep it to 200 or fewer (a note can hold the rest)".into())
        );
        assert_eq!(
            name("Evil\u{1b}[2J\u{1b}[31mCo"),
            Err("a control character (`\\u{1b}`) in the partner field `name`, which a terminal would act on; remove it".into())
        );
    }
}
