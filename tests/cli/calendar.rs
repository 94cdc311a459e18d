//! `accord calendar`: the iCalendar feed, byte for byte the same for the same data, and
//! read by a real parser (Python's `icalendar` package from PyPI).

use crate::common::TestEnv;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The events of the example as of 2026-11-23 within 180 days: 9 overdue items on today
/// (a check-in, 2 evaluations, an expired MOU, 4 action items and a goal), then 6 check-ins,
/// 5 action items, an MOU end, 3 evaluations and a survey's closing date.
const EXAMPLE_EVENTS: usize = 25;

/// A partner with a long name in Spanish, so lines must be folded between multi-octet
/// characters.
const RIO_GRANDE: &str =
    "Fundación Educativa Río Grande — Programa de Mentoría Bilingüe para Familias Recién Llegadas";
/// Its action items. The first one's summary line is 150 octets once escaped, which the
/// icalendar crate alone folds into lines of 75 and 76 octets; the second one's is folded
/// where a character would straddle the 75th octet.
const RIO_ACTIONS: [(&str, &str); 2] = [
    (
        "Revisar y traducir el boletín de invierno; enviarlo a las 42 familias, con copia a la coordinación",
        "2026-12-18",
    ),
    (
        "Reservar el salón y confirmar la sesión de orientación para las familias del sábado",
        "2027-01-09",
    ),
];

/// The example plus Río Grande: active since 2026-10-01 (check-in due 2027-01-01), its
/// agreement ending 2027-03-31, and two action items.
fn with_rio_grande() -> TestEnv {
    let env = TestEnv::example();
    env.ok(&[
        "partner",
        "add",
        RIO_GRANDE,
        "--id",
        "rio-grande",
        "--type",
        "nonprofit",
        "--since",
        "2026-10-01",
        "--today",
        "2026-10-01",
        "--agreement-signed",
        "2026-10-01",
        "--agreement-ends",
        "2027-03-31",
    ]);
    for (text, due) in RIO_ACTIONS {
        env.ok(&["action", "add", "rio-grande", text, "--due", due]);
    }
    env
}

/// The summaries of Río Grande's events.
fn rio_summaries() -> Vec<String> {
    let mut out = vec![
        format!("Check-in due: {RIO_GRANDE}"),
        format!("MOU ends: {RIO_GRANDE}"),
    ];
    out.extend(
        RIO_ACTIONS
            .iter()
            .map(|(text, _)| format!("Action due: {text} ({RIO_GRANDE})")),
    );
    out
}

fn bytes(env: &TestEnv, args: &[&str]) -> Vec<u8> {
    let out = env.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The content lines of iCalendar text, unfolded.
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split_terminator("\r\n")
        .map(str::to_string)
        .collect()
}

fn events(text: &str) -> usize {
    text.matches("\r\nBEGIN:VEVENT\r\n").count()
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let env = with_rio_grande();
    let first = bytes(&env, &["calendar"]);
    assert_eq!(first, bytes(&env, &["calendar"]));
    let text = String::from_utf8(first.clone()).unwrap();
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{text}"
    );
    assert!(text.ends_with("\r\nEND:VCALENDAR\r\n"));
    assert_eq!(events(&text), EXAMPLE_EVENTS + 4);
    assert_eq!(
        text.matches("\r\nDTSTAMP:20261123T000000Z\r\n").count(),
        EXAMPLE_EVENTS + 4
    );
    // the stamp is today's midnight, so another day gives another stamp
    let next_day = String::from_utf8(bytes(&env, &["--today", "2026-11-24", "calendar"])).unwrap();
    assert!(next_day.contains("\r\nDTSTAMP:20261124T000000Z\r\n"));
    assert!(!next_day.contains("20261123T"));
}

#[test]
fn events_are_all_day_with_uids_from_their_records() {
    let env = TestEnv::example();
    let text = env.ok(&["calendar"]);
    let lines = unfold(&text);
    let event = |uid: &str| -> Vec<String> {
        let at = lines
            .iter()
            .position(|l| l == &format!("UID:{uid}"))
            .unwrap_or_else(|| panic!("no {uid} in\n{text}"));
        let start = lines[..at]
            .iter()
            .rposition(|l| l == "BEGIN:VEVENT")
            .unwrap();
        let end = at + lines[at..].iter().position(|l| l == "END:VEVENT").unwrap();
        lines[start + 1..end].to_vec()
    };
    assert_eq!(
        event("checkin-due-valley-college@accord"),
        [
            "DESCRIPTION:Due 2026-12-03.\\nLast contact 2026-09-03\\; meets quarterly.\\nLog it: accord checkin log valley-college",
            "DTEND;VALUE=DATE:20261204",
            "DTSTAMP:20261123T000000Z",
            "DTSTART;VALUE=DATE:20261203",
            "SUMMARY:Check-in due: Riverside Valley Community College",
            "TRANSP:TRANSPARENT",
            "UID:checkin-due-valley-college@accord",
        ]
    );
    // overdue: on today, saying since when
    let museum = event("checkin-due-science-museum@accord");
    assert!(museum.contains(&"DTSTART;VALUE=DATE:20261123".to_string()));
    assert!(museum.contains(&"DTEND;VALUE=DATE:20261124".to_string()));
    assert!(museum[0].starts_with("DESCRIPTION:Overdue since 2026-09-12.\\n"));
    assert!(
        museum.contains(
            &"SUMMARY:Check-in overdue: Riverside Museum of Science & History".to_string()
        )
    );
    for uid in [
        "evaluation-due-harvest-food-bank@accord",
        "agreement-end-science-museum@accord",
        "agreement-end-valley-college@accord",
        "action-h7y7nb1d@accord",
        "action-haw9gpez@accord",
        "goal-due-museum-field-trips@accord",
    ] {
        event(uid);
    }
    // closed goals, done action items and ended partners have none
    assert!(!text.contains("techforward-internships"));
    assert!(!text.contains("summit-engineering"), "ended");
    let actions = lines
        .iter()
        .filter(|l| l.starts_with("UID:action-"))
        .count();
    assert_eq!(actions, 9, "the 9 open action items of 31");
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("X-WR-CALNAME:"))
            .collect::<Vec<_>>(),
        ["X-WR-CALNAME:Riverside Unified Partnerships"]
    );
}

#[test]
fn the_horizon_bounds_the_feed() {
    let env = TestEnv::example();
    let count = |horizon: &str| events(&env.ok(&["calendar", "--horizon", horizon]));
    assert_eq!(count("180d"), EXAMPLE_EVENTS);
    assert_eq!(count("6m"), EXAMPLE_EVENTS, "a month counts 30 days");
    // up to 2026-12-07: the 9 overdue items and 6 due by then (a survey closes 2026-11-27)
    assert_eq!(count("14d"), 15);
    assert_eq!(count("2w"), 15);
    assert_eq!(count("0d"), 9, "today only: what is overdue");
    assert!(count("1y") > EXAMPLE_EVENTS);
    for bad in ["soon", "-3d", "12", "3x"] {
        let err = env.fails(2, &["calendar", "--horizon", bad]);
        assert!(
            err.contains(&format!("`{bad}` is not a span of time")),
            "{err}"
        );
    }
}

#[test]
fn output_replaces_a_file() {
    let env = TestEnv::example();
    let before = env.snapshot();
    env.write("feeds/partners.ics", "old feed\n");
    let said = env.ok_err(&["calendar", "--output", "feeds/partners.ics"]);
    assert_eq!(
        said,
        format!("wrote {EXAMPLE_EVENTS} events to `feeds/partners.ics`\n")
    );
    assert_eq!(
        std::fs::read(env.path("feeds/partners.ics")).unwrap(),
        bytes(&env, &["calendar"])
    );
    std::fs::remove_dir_all(env.path("feeds")).unwrap();
    assert_eq!(env.snapshot(), before, "nothing else was written");
    // nothing on stdout with --output; one event is "event"
    let out = env
        .cmd()
        .args(["calendar", "-o", "one.ics", "--horizon", "0d"])
        .output()
        .unwrap();
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "wrote 9 events to `one.ics`\n"
    );
}

#[test]
fn an_empty_workspace_gives_an_empty_calendar() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["calendar"]),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//accord//partnership calendar//EN\r\n\
         CALSCALE:GREGORIAN\r\nNAME;VALUE=TEXT:Test Program\r\nX-WR-CALNAME:Test Program\r\n\
         END:VCALENDAR\r\n"
    );
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let env = with_rio_grande();
    let raw = bytes(&env, &["calendar"]);
    let physical: Vec<&[u8]> = raw.split(|&b| b == b'\n').collect();
    assert_eq!(physical.last(), Some(&&b""[..]), "ends with a line break");
    let physical: Vec<&[u8]> = physical[..physical.len() - 1]
        .iter()
        .map(|l| l.strip_suffix(b"\r").expect("every line ends with CRLF"))
        .collect();
    let mut short_folds = 0;
    for (i, line) in physical.iter().enumerate() {
        assert!(!line.contains(&b'\r'));
        assert!(
            line.len() <= 75,
            "line {i} has {} octets: {:?}",
            line.len(),
            String::from_utf8_lossy(line)
        );
        // a fold inside a character would leave both halves invalid UTF-8
        std::str::from_utf8(line)
            .unwrap_or_else(|e| panic!("line {i} splits a character ({e}): {line:?}"));
        let folded = physical
            .get(i + 1)
            .is_some_and(|next| next.starts_with(b" "));
        if folded && line.len() < 75 {
            short_folds += 1;
        }
    }
    assert!(
        short_folds > 0,
        "some fold moved a character that would not fit to the next line"
    );
    let text = String::from_utf8(raw).unwrap();
    let lines = unfold(&text);
    for summary in rio_summaries() {
        let line = format!(
            "SUMMARY:{}",
            summary.replace(';', "\\;").replace(',', "\\,")
        );
        assert!(line.len() > 75);
        assert!(lines.contains(&line), "no {line} in\n{text}");
    }
}

/// The version of Python's `icalendar` package the feed is checked with.
const ICALENDAR: &str = "7.3.0";

/// Reads the feed given as the first argument with `icalendar`, checks every event is
/// an all-day event ending the next day with a unique UID and today's stamp, that no
/// component had errors, and that the summaries given as further arguments are there;
/// prints what it read as JSON.
const CHECK_ICS: &str = r#"
import datetime, json, sys
import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert cal.name == "VCALENDAR", cal.name
errors = [(c.name, c.errors) for c in cal.walk() if c.errors]
assert not errors, errors
stamp = datetime.datetime(2026, 11, 23, tzinfo=datetime.timezone.utc)
events = []
for e in cal.walk("VEVENT"):
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    assert type(start) is datetime.date and type(end) is datetime.date, (start, end)
    assert end == start + datetime.timedelta(days=1), (start, end)
    assert e.decoded("DTSTAMP") == stamp, e.decoded("DTSTAMP")
    events.append({
        "uid": str(e["UID"]),
        "summary": str(e["SUMMARY"]),
        "description": str(e["DESCRIPTION"]),
        "start": start.isoformat(),
    })
uids = [e["uid"] for e in events]
assert len(set(uids)) == len(uids), uids
summaries = [e["summary"] for e in events]
for expected in sys.argv[2:]:
    assert expected in summaries, (expected, summaries)
print(json.dumps({
    "version": icalendar.__version__,
    "name": str(cal["X-WR-CALNAME"]),
    "events": events,
}))
"#;

#[test]
fn a_real_icalendar_parser_reads_the_feed() {
    let env = with_rio_grande();
    env.ok(&["calendar", "--output", "feed.ics"]);
    let summaries = rio_summaries();
    let Some(python) = python() else {
        return;
    };
    let out = Command::new(&python)
        .args(["-c", CHECK_ICS])
        .arg(env.path("feed.ics"))
        .args(&summaries)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{}`: {e}", python.display()));
    assert!(
        out.status.success(),
        "the icalendar package rejected the feed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(read["version"], ICALENDAR, "checked with the pinned parser");
    assert_eq!(read["name"], "Riverside Unified Partnerships");
    let events = read["events"].as_array().unwrap();
    assert_eq!(events.len(), EXAMPLE_EVENTS + 4);
    let find = |uid: &str| {
        events
            .iter()
            .find(|e| e["uid"] == uid)
            .unwrap_or_else(|| panic!("no {uid}"))
    };
    let e = find("checkin-due-rio-grande@accord");
    assert_eq!(e["summary"].as_str(), Some(summaries[0].as_str()));
    assert_eq!(e["start"], "2027-01-01");
    assert_eq!(
        e["description"],
        "Due 2027-01-01.\n\
         No check-in since the partnership began 2026-10-01; meets quarterly.\n\
         Log it: accord checkin log rio-grande"
    );
    let end = find("agreement-end-rio-grande@accord");
    assert_eq!(end["summary"].as_str(), Some(summaries[1].as_str()));
    assert_eq!(end["start"], "2027-03-31");
    for ((_, due), summary) in RIO_ACTIONS.iter().zip(&summaries[2..]) {
        let a = events
            .iter()
            .find(|e| e["summary"] == summary.as_str())
            .unwrap_or_else(|| panic!("no {summary}"));
        assert!(a["uid"].as_str().unwrap().starts_with("action-"));
        assert_eq!(a["start"], *due);
    }
}

/// A Python interpreter with the pinned `icalendar` package: `ACCORD_TEST_PYTHON` (which
/// `.ci/run` sets), else a virtual environment made on first use under Cargo's target
/// folder and kept for later runs. `None` (the test is skipped, except under CI) when
/// there is no Python 3 or the package cannot be installed.
fn python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ACCORD_TEST_PYTHON").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(tmp).unwrap();
    let venv = tmp.join(format!("icalendar-{ICALENDAR}-venv"));
    let python = if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    };
    // test runs at the same time wait for the one making the environment
    let lock = File::create(tmp.join("icalendar-venv.lock")).unwrap();
    lock.lock().unwrap();
    let ready = Command::new(&python)
        .args([
            "-c",
            &format!("import icalendar, sys; sys.exit(icalendar.__version__ != {ICALENDAR:?})"),
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ready {
        let _ = std::fs::remove_dir_all(&venv);
        let base = if cfg!(windows) { "python" } else { "python3" };
        let made = run(Command::new(base).args(["-m", "venv"]).arg(&venv)).and_then(|()| {
            run(Command::new(&python).args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                &format!("icalendar=={ICALENDAR}"),
            ]))
        });
        if let Err(why) = made {
            crate::common::skip_or_fail(&format!(
                "Python's `icalendar` {ICALENDAR} could not be installed ({why}); the calendar \
                 feed is read back with it (set ACCORD_TEST_PYTHON to a Python that has it)"
            ));
            return None;
        }
    }
    Some(python)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}
