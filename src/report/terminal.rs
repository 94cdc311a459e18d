//! The edge between accord and a terminal. The terminal is not an attack surface: text
//! from data (a name, a note, a file name in an error) may hold control characters or
//! bidi controls, and none of them reaches the terminal raw. Every one is shown as a
//! visible escape, `\u{1b}` or `\u{202e}` (see `model::text`); a screen keeps its line
//! breaks and tabs, and a one-line field (a table cell, a name) shows a line break as `⏎`.
//!
//! accord's own color sequences still work: the painter (`report::style`) and the table
//! renderer write them with a mark in place of ESC, a noncharacter and a number drawn once
//! per run, which data cannot forge; [`screen`] turns the marks back into ESC last of all.
//! Everything printed on a terminal (stdout and stderr) goes through [`screen`].

use crate::model::text;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Stands for ESC in accord's own escape sequences until [`screen`] writes them out.
pub fn esc_mark() -> &'static str {
    static MARK: OnceLock<String> = OnceLock::new();
    MARK.get_or_init(|| format!("\u{fdd0}{:016x}\u{fdd1}", fastrand::u64(..)))
}

/// Replace ESC with the mark in a sequence accord wrote itself (a color, a reset).
pub fn own(sequence: &str) -> String {
    sequence.replace('\u{1b}', esc_mark())
}

/// Text ready for the terminal: every unsafe character shown as `\u{..}`, line breaks
/// (LF, CRLF) and tabs kept, and accord's own marked sequences turned back into ESC.
pub fn screen(text: &str) -> Cow<'_, str> {
    let mark = esc_mark();
    if !text.contains(mark) {
        return text::escaped(text);
    }
    let pieces: Vec<Cow<'_, str>> = text.split(mark).map(text::escaped).collect();
    Cow::Owned(pieces.join("\u{1b}"))
}

/// One line of text for a table cell or a painted span: as [`screen`] shows it, and a
/// line break shown as `⏎` (CRLF too), a tab as a space, so a row never splits.
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(text::is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => out.push('⏎'),
            '\t' => out.push(' '),
            c if text::is_unsafe(c) => out.push_str(&text::visible(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_from_data_are_shown_not_obeyed() {
        assert_eq!(
            screen("Evil\u{1b}[2J\u{1b}[31mCo\n"),
            "Evil\\u{1b}[2J\\u{1b}[31mCo\n"
        );
        assert_eq!(
            screen("see \u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ and \u{1b}]0;pwned\u{7}"),
            "see \\u{1b}]8;;http://x\\u{1b}\\link\\u{1b}]8;;\\u{1b}\\ and \\u{1b}]0;pwned\\u{7}"
        );
        assert_eq!(screen("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(screen("c1 \u{9b}2J"), "c1 \\u{9b}2J");
        assert_eq!(screen("a\r\nb\tc\rd"), "a\r\nb\tc\\u{d}d");
        assert!(matches!(screen("plain\ntext"), Cow::Borrowed(_)));
    }

    #[test]
    fn accord_own_sequences_pass_and_forged_ones_do_not() {
        let painted = format!("{}red{}", own("\u{1b}[31m"), own("\u{1b}[0m"));
        assert_eq!(screen(&painted), "\u{1b}[31mred\u{1b}[0m");
        let forged = "\u{fdd0}0000000000000000\u{fdd1}[2J";
        assert_eq!(screen(forged), forged);
    }

    #[test]
    fn one_line_fields_never_split() {
        assert_eq!(line("Two\nLines"), "Two⏎Lines");
        assert_eq!(line("Two\r\nLines\tx"), "Two⏎Lines x");
        assert_eq!(line("Evil\u{1b}[2J"), "Evil\\u{1b}[2J");
    }
}
