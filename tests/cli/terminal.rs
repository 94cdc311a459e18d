//! The terminal is not an attack surface: control characters and bidi controls written
//! into a workspace by hand never reach the terminal raw, in any output, with color on or
//! off; accord's own colors still work; JSON escapes them; and commands refuse them.

use crate::common::TestEnv;

/// A partner file with a control or bidi character in every kind of text: ESC sequences
/// that clear the screen and turn text red, an OSC 8 hidden link and a window-title OSC in
/// the notes, a right-to-left override in a summary, a newline in names, a C1 CSI.
const EVIL: &str = r#"name = "Evil\u001B[2J\u001B[31mCo"
type = "corporate"
stage = "active"
since = 2026-01-05
tags = ["tag\u001B[8m"]
website = "https://evil.example.org/\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\"
notes = "see \u001B]8;;http://attacker.example\u001B\\here\u001B]8;;\u001B\\ and \u001B]0;pwned\u0007 done"

[agreement]
kind = "MOU\u202E"
signed = 2026-01-05
ends = 2026-12-31
notes = "renews \u009B2J"

[[contact]]
name = "Two\nLines"
title = "Direc\u202Etor"
email = "c@evil.example.org"

[[role]]
side = "ours"
title = "Liaison\u001B[2J"
person = "Dana\nWhitfield"
resp = ["Call\u0007 monthly"]

[[role]]
side = "partner"
title = "Liaison"
person = "Pat \u2066Lee\u2069"

[[checkin]]
id = "c1evil01"
date = 2026-06-01
kind = "meeting"
attendees = ["Ann\u001B[2J"]
summary = "abc\u202Edef"
notes = "line one\n\u001B]0;title\u0007line two"
rating = 2
by = "Mal\u001B[5mlory"

[[action]]
id = "a1evil01"
text = "Send\u009B31m the roster"
owner = "Ow\u001B[2Jner"
side = "partner"
due = 2026-07-01
checkin = "c1evil01"
created = 2026-06-01

[[evaluation]]
id = "e1evil01"
date = 2026-06-02
instrument = "accord"
side = "ours"
scores = { vision = 2.0, communication = 4.0 }
note = "low\u001B[2J"

[[contribution]]
id = "k1evil01"
date = 2026-06-03
kind = "funding"
amount = 500.0
side = "partner"
note = "gift\u001B[31m"

[[win]]
id = "w1evil01"
date = 2026-06-04
text = "Won\u001B[2J\nbig"
"#;

const GOAL: &str = r#"title = "Goal\u001B[2J\u202Eevil"
metric = "rate\u001B[31m"
unit = "%"
baseline = 10.0
target = 20.0
start = 2026-01-01
due = 2027-06-30
partners = ["evil"]
owner = "Own\u001B[2Jer"

[[measurement]]
id = "m1evil01"
date = 2026-06-01
value = 12.0
note = "noted\u001B[2J"
source = "src\u202E"
"#;

fn evil_env() -> TestEnv {
    let env = TestEnv::new();
    env.write("partners/evil.toml", EVIL);
    env.write("goals/evil-goal.toml", GOAL);
    env
}

/// Every output a person reads, in the terminal format.
const SCREENS: &[&[&str]] = &[
    &["partner", "list"],
    &["partner", "show", "evil"],
    &["status"],
    &["report", "quarterly", "--quarter", "2026-Q2"],
    &["report", "partner", "evil"],
    &["checkin", "list"],
    &["checkin", "show", "c1evil01"],
    &["action", "list", "--all"],
    &["goal", "list"],
    &["goal", "show", "evil-goal"],
    &["eval", "list"],
    &["eval", "show", "e1evil01"],
    &["contrib", "list"],
    &["win", "list"],
    &["role", "list"],
    &["check"],
    &["export", "partners"],
    &["export", "checkins", "--format", "json"],
    &["calendar"],
    &[
        "report",
        "quarterly",
        "--quarter",
        "2026-Q2",
        "--format",
        "markdown",
    ],
    &["report", "partner", "evil", "--format", "html"],
    &["report", "partner", "evil", "--format", "csv"],
];

/// The characters of `text` a terminal would act on, other than line breaks (LF, or CRLF
/// in iCalendar) and, when
/// `color` is on, the ESC of accord's own color sequences, which must be SGR: `ESC [ ... m`).
fn raw_controls(text: &str, color: bool) -> Vec<String> {
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        let crlf = c == '\r' && text[i + 1..].starts_with('\n');
        if c == '\n' || crlf || !(c.is_control() || is_bidi(c)) {
            continue;
        }
        if c == '\u{1b}' && color {
            let rest = &text[i + 1..];
            let sgr = rest.strip_prefix('[').and_then(|r| {
                let end = r.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
                r[end..].starts_with('m').then_some(())
            });
            if sgr.is_some() {
                continue;
            }
        }
        found.push(format!("{c:?} at {i}"));
    }
    found
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn control_characters_from_data_never_reach_the_terminal_raw() {
    let env = evil_env();
    for color in ["never", "always"] {
        for args in SCREENS {
            let out = env
                .cmd()
                .args(*args)
                .args(["--color", color])
                .output()
                .unwrap();
            let (stdout, stderr) = (
                String::from_utf8(out.stdout).unwrap(),
                String::from_utf8(out.stderr).unwrap(),
            );
            assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
            for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
                let raw = raw_controls(text, color == "always");
                assert!(
                    raw.is_empty(),
                    "`accord {}` --color {color} printed {raw:?} raw on {stream}:\n{text}",
                    args.join(" ")
                );
            }
        }
    }
}

#[test]
fn controls_show_as_escapes_and_a_newline_never_splits_a_row() {
    let env = evil_env();
    let list = env.ok(&["partner", "list", "--color", "never"]);
    assert!(list.contains("Evil\\u{1b}[2J\\u{1b}[31mCo  evil"), "{list}");
    assert_eq!(list.lines().count(), 2, "one header and one row:\n{list}");
    let show = env.ok(&["partner", "show", "evil", "--color", "never"]);
    assert!(
        show.contains("see \\u{1b}]8;;http://attacker.example\\u{1b}\\here\\u{1b}]8;;\\u{1b}\\ and \\u{1b}]0;pwned\\u{7} done"),
        "{show}"
    );
    assert!(show.contains("  Two⏎Lines  "), "{show}");
    assert!(show.contains("abc\\u{202e}def"), "{show}");
    let contacts = env.ok(&["export", "contacts"]);
    assert!(
        contacts.contains("Two\nLines"),
        "CSV keeps a quoted line break:\n{contacts}"
    );
    let checkins = env.ok(&["checkin", "list", "--color", "never"]);
    assert_eq!(checkins.lines().count(), 2, "{checkins}");
}

#[test]
fn accord_colors_still_work_beside_escaped_data() {
    let env = evil_env();
    let list = env.ok(&["partner", "list", "--color", "always"]);
    assert!(
        list.contains("\u{1b}[1mNAME"),
        "the header is bold:\n{list:?}"
    );
    assert!(
        list.contains("Evil\\u{1b}[2J\\u{1b}[31mCo"),
        "the name's sequences are shown, not obeyed:\n{list:?}"
    );
    let show = env.ok(&["partner", "show", "evil", "--color", "always"]);
    assert!(
        show.starts_with("\u{1b}[1mEvil\\u{1b}[2J\\u{1b}[31mCo\u{1b}[0m"),
        "{show:?}"
    );
}

#[test]
fn json_escapes_c1_and_bidi_controls_and_reads_back() {
    let env = evil_env();
    let out = env.ok(&["partner", "show", "evil", "--format", "json"]);
    assert!(raw_controls(&out, false).is_empty(), "{out}");
    assert!(
        out.contains(r#""name": "Evil\u001b[2J\u001b[31mCo""#),
        "{out}"
    );
    assert!(out.contains(r#"abc\u202edef"#), "{out}");
    assert!(out.contains(r#"renews \u009b2J"#), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["name"], "Evil\u{1b}[2J\u{1b}[31mCo");
}

#[test]
fn errors_and_warnings_show_controls_as_escapes() {
    let env = evil_env();
    let err = env.fails(1, &["partner", "show", "nope\u{1b}[2J"]);
    assert!(err.contains("`nope\\u{1b}[2J`"), "{err}");
    assert!(raw_controls(&err, false).is_empty(), "{err:?}");
    let err = env.fails(2, &["checkin", "list", "--since", "x\u{1b}]0;t\u{7}"]);
    assert!(err.contains("x\\u{1b}]0;t\\u{7}"), "{err}");
    assert!(raw_controls(&err, false).is_empty(), "{err:?}");
    // a warning naming a column of an imported file
    env.write(
        "in.csv",
        "Partner,Date,Kind,Region\u{1b}]0;t\u{7}\nevil,2026-06-05,call,north\n",
    );
    let warned = env.ok_err(&["import", "checkins", "in.csv", "--dry-run"]);
    assert!(warned.contains("warning: "), "{warned}");
    assert!(warned.contains("Region\\u{1b}]0;t\\u{7}"), "{warned}");
    assert!(raw_controls(&warned, false).is_empty(), "{warned:?}");
}

#[test]
fn commands_refuse_control_characters_in_names_and_one_line_fields() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = env.snapshot();
    for (args, expected) in [
        (
            vec!["partner", "add", "Evil\u{1b}[2J\u{1b}[31mCo"],
            "a control character (`\\u{1b}`) in the partner field `name`",
        ),
        (
            vec!["partner", "add", "Two\nLines"],
            "a line break in the partner field `name`, which takes one line of text",
        ),
        (
            vec!["partner", "add", "\u{200b}\u{202e} "],
            "a bidi control character (`\\u{202e}`) in the partner field `name`",
        ),
        (
            vec!["partner", "add", " \u{200b}\u{feff}"],
            "the partner's name cannot be empty",
        ),
        (
            vec!["partner", "add", "Good Co", "--tag", "a\u{9b}b"],
            "a control character (`\\u{9b}`) in the partner field `tags`",
        ),
        (
            vec!["partner", "set", "acme", "--name", "Ac\nme"],
            "a line break in the partner field `name`",
        ),
        (
            vec!["partner", "set", "acme", "--website", "https://x\u{1b}]8;;"],
            "in the partner field `website`",
        ),
        (
            vec!["partner", "contact", "add", "acme", "Dana\u{1b}[8m"],
            "a control character (`\\u{1b}`) in the contact field `name`",
        ),
        (
            vec!["checkin", "log", "acme", "--summary", "abc\u{202e}def"],
            "a bidi control character (`\\u{202e}`) in the check-in field `summary`",
        ),
        (
            vec![
                "checkin",
                "log",
                "acme",
                "--summary",
                "ok",
                "--notes",
                "a\u{1b}]0;t\u{7}",
            ],
            "a control character (`\\u{1b}`) in the check-in field `notes`",
        ),
        (
            vec!["action", "add", "acme", "Send\u{1b}[2J it"],
            "in the action item field `text`",
        ),
        (
            vec!["win", "log", "acme", "Won\nbig"],
            "a line break in the win field `text`",
        ),
        (
            vec![
                "role",
                "assign",
                "acme",
                "--side",
                "ours",
                "--title",
                "Liaison",
                "--person",
                "Pat\u{2066}",
            ],
            "a bidi control character (`\\u{2066}`) in the role field `person`",
        ),
        (
            vec![
                "goal",
                "add",
                "Goal\u{1b}[2J",
                "--metric",
                "m",
                "--unit",
                "%",
                "--target",
                "5",
            ],
            "in the goal field `title`",
        ),
        (
            vec![
                "goal",
                "add",
                "Fine goal",
                "--metric",
                "m\u{1b}",
                "--unit",
                "%",
                "--target",
                "5",
            ],
            "in the goal field `metric`",
        ),
    ] {
        let err = env.fails(2, &args);
        assert!(
            err.contains(expected),
            "{args:?}: no `{expected}` in\n{err}"
        );
        assert!(!err.contains('\u{1b}'), "{err:?}");
    }
    assert_eq!(env.snapshot(), before, "nothing was written");
    // Notes keep their line breaks and tabs.
    env.ok(&[
        "checkin",
        "log",
        "acme",
        "--summary",
        "Met",
        "--notes",
        "one\n\ttwo",
    ]);
}

#[test]
fn check_reports_control_characters_written_by_hand() {
    let env = evil_env();
    let out = env.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "partners/evil.toml:1:8: error: a control character (`\\u{1b}`) in the partner field `name`",
        "partners/evil.toml:16:8: error: a line break in the contact field `name`",
        "a bidi control character (`\\u{202e}`) in the check-in field `summary`",
        "goals/evil-goal.toml:1:9: error: a control character (`\\u{1b}`) in the goal field `title`",
    ] {
        assert!(text.contains(expected), "no `{expected}` in\n{text}");
    }
    assert!(
        !text.contains("the partner's notes"),
        "notes may hold line breaks:\n{text}"
    );
}
