use crate::common::TestEnv;
use std::path::Path;

/// A workspace with one active partner whose roles name a person on each side.
fn with_partner() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Riverside Regional Hospital",
        "--id",
        "rrh",
        "--since",
        "2024-01-10",
        "--cadence",
        "monthly",
        "--contact",
        "Luis Park",
    ]);
    for (side, person) in [("ours", "Dana Whitfield"), ("partner", "Dr. Maya Chen")] {
        env.ok(&[
            "role", "assign", "rrh", "--side", side, "--title", "Liaison", "--person", person,
        ]);
    }
    env
}

#[test]
fn log_writes_a_checkin_and_its_action_items() {
    let env = with_partner();
    let err = env.ok_err(&[
        "checkin",
        "log",
        "rrh",
        "--date",
        "2026-11-12",
        "--kind",
        "review",
        "--attendee",
        "Dana Whitfield",
        "--attendee",
        "Dr. Maya Chen",
        "--summary",
        "Reviewed the fall data",
        "--notes",
        "Pass rate is up.\n\nShadowing waits on the consent form.",
        "--topic",
        "data",
        "--topic",
        "goals",
        "--topic",
        "data",
        "--rating",
        "4",
        "--action",
        "Send the consent form @maya due:2026-11-20",
        "--action",
        "Share attendance @dana due:+3w",
        "--action",
        "Order badges @luis side:partner",
        "--action",
        "Call the union @Sam_Ortiz due:2026-12-01 side:ours",
        "--next",
        "2026-12-10",
    ]);
    assert!(
        err.contains("logged a review with `rrh` on 2026-11-12 as `"),
        "{err}"
    );
    assert!(
        err.contains("\"Send the consent form\" · owner Dr. Maya Chen (partner) · due 2026-11-20"),
        "{err}"
    );
    assert!(
        err.contains("next check-in due 2026-12-10 (in 17 days)"),
        "{err}"
    );
    let text = env.read("partners/rrh.toml");
    assert!(
        text.contains(concat!(
            "date = 2026-11-12\n",
            "kind = \"review\"\n",
            "attendees = [\"Dana Whitfield\", \"Dr. Maya Chen\"]\n",
            "summary = \"Reviewed the fall data\"\n",
            "notes = \"\"\"\nPass rate is up.\n\nShadowing waits on the consent form.\"\"\"\n",
            "topics = [\"goals\", \"data\"]\n",
            "rating = 4\n",
            "next = 2026-12-10\n",
            "by = \"Test User\"\n"
        )),
        "{text}"
    );
    let list = env.json(&["action", "list", "--format", "json"]);
    type Item<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    let items: Vec<Item> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["text"].as_str().unwrap(),
                a["owner"].as_str(),
                a["side"].as_str(),
                a["due"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![
            (
                "Send the consent form",
                Some("Dr. Maya Chen"),
                Some("partner"),
                Some("2026-11-20")
            ),
            (
                "Call the union",
                Some("Sam Ortiz"),
                Some("ours"),
                Some("2026-12-01")
            ),
            (
                "Share attendance",
                Some("Dana Whitfield"),
                Some("ours"),
                Some("2026-12-14")
            ),
            ("Order badges", Some("Luis Park"), Some("partner"), None),
        ]
    );
    let checkin_id = env.json(&["checkin", "list", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(list.as_array().unwrap().iter().all(|a| {
        a["checkin"] == checkin_id.as_str() && a["created"] == "2026-11-12" && a["status"] != "done"
    }));
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn bad_logs_change_nothing() {
    let env = with_partner();
    let before = env.snapshot();
    let fails = |code, args: &[&str], says: &[&str]| {
        let mut all = vec!["checkin", "log"];
        all.extend_from_slice(args);
        let err = env.fails(code, &all);
        for s in says {
            assert!(err.contains(s), "`{}`: {err}", all.join(" "));
        }
    };
    let dated = ["the check-in date 2026-11-24 is in the future", "--next"];
    fails(1, &["rrh", "--date", "+1d", "--summary", "x"], &dated);
    let early = ["the next check-in (2026-10-01) would be before this one"];
    fails(
        2,
        &[
            "rrh",
            "--date",
            "2026-11-01",
            "--next",
            "2026-10-01",
            "--summary",
            "x",
        ],
        &early,
    );
    let summary = ["a check-in needs a summary", "hint: add --summary"];
    fails(1, &["rrh"], &summary);
    fails(1, &["rrh", "--notes", "only notes"], &summary);
    fails(
        2,
        &["rrh", "--summary", "x", "--action", "@dana due:today"],
        &["has no text"],
    );
    fails(
        2,
        &["rrh", "--summary", "x", "--action", "Send due:10/02/2026"],
        &["could be 10 February 2026 or 2 October 2026"],
    );
    fails(2, &["rrh", "--summary", "x", "--rating", "6"], &["6"]);
    fails(
        2,
        &["rrh", "--summary", "x", "--kind", "lunch"],
        &["review, meeting, call"],
    );
    fails(1, &["rrhh", "--summary", "x"], &["did you mean `rrh`"]);
    assert_eq!(env.snapshot(), before);
    // two people called Dana: the owner must be said more precisely
    env.ok(&["partner", "contact", "add", "rrh", "Dana Cole"]);
    let before = env.snapshot();
    let who = ["could be Dana Cole (partner) or Dana Whitfield (ours)"];
    fails(
        2,
        &["rrh", "--summary", "x", "--action", "Call @dana"],
        &who,
    );
    assert_eq!(env.snapshot(), before);
}

/// An executable editor script.
fn editor(env: &TestEnv, body: &str) -> String {
    env.script("editor.sh", body)
}

/// Run `accord ARGS` on a terminal (through script(1)); returns the screen.
fn on_terminal(env: &TestEnv, editor: &str, args: &str) -> (Option<i32>, String) {
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let out = env
        .program(Path::new("script"))
        .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
        .env("EDITOR", editor)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn on_a_terminal_without_a_summary_the_editor_opens() {
    let env = with_partner();
    let seen = env.tmp.path().join("seen.txt");
    let ed = editor(
        &env,
        &format!(
            "cp \"$1\" {}\ncat > \"$1\" <<'END'\n\nReviewed the fall data\n\nPass rate is up.\n# a comment\naction: Order badges @luis due:2026-12-01\nEND",
            seen.display()
        ),
    );
    let (code, screen) = on_terminal(
        &env,
        &ed,
        "checkin log rrh --kind call --action 'Book the lab @dana'",
    );
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("logged a call with `rrh` on 2026-11-23"),
        "{screen}"
    );
    let template = std::fs::read_to_string(&seen).unwrap();
    assert!(
        template.contains("# Check-in with Riverside Regional Hospital on 2026-11-23 (call).")
            && template.contains("action: "),
        "{template}"
    );
    let c = &env.json(&["checkin", "list", "--format", "json"])[0];
    assert_eq!(c["summary"], "Reviewed the fall data");
    assert_eq!(c["notes"], "Pass rate is up.");
    assert_eq!(c["kind"], "call");
    assert_eq!(c["actions"], 2);
    let actions = env.json(&["action", "list", "--format", "json"]);
    let texts: Vec<(&str, &str)> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["text"].as_str().unwrap(), a["owner"].as_str().unwrap()))
        .collect();
    assert_eq!(
        texts,
        [
            ("Order badges", "Luis Park"),
            ("Book the lab", "Dana Whitfield")
        ]
    );
}

#[test]
fn an_empty_summary_in_the_editor_logs_nothing() {
    let env = with_partner();
    let before = env.snapshot();
    let (code, screen) = on_terminal(&env, "true", "checkin log rrh");
    assert_eq!(code, Some(1), "{screen}");
    assert!(screen.contains("no summary was written"), "{screen}");
    // a mistake in an action line keeps what was written
    let ed = editor(&env, "printf 'Met\\naction: @dana\\n' > \"$1\"");
    let (code, screen) = on_terminal(&env, &ed, "checkin log rrh");
    assert_eq!(code, Some(1), "{screen}");
    assert!(
        screen.contains("has no text") && screen.contains("what you wrote is kept in"),
        "{screen}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn list_filters_by_partner_dates_quarter_and_kind() {
    let env = with_partner();
    env.ok(&["partner", "add", "Acme"]);
    for (p, date, kind) in [
        ("rrh", "2026-06-30", "review"),
        ("rrh", "2026-07-01", "call"),
        ("acme", "2026-09-30", "call"),
        ("rrh", "2026-10-01", "visit"),
    ] {
        env.ok(&[
            "checkin",
            "log",
            p,
            "--date",
            date,
            "--kind",
            kind,
            "--summary",
            &format!("{kind} on {date}"),
        ]);
    }
    let dates = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["checkin", "list", "--format", "json"];
        a.extend_from_slice(args);
        env.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["date"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        dates(&[]),
        ["2026-10-01", "2026-09-30", "2026-07-01", "2026-06-30"]
    );
    assert_eq!(dates(&["rr"]), ["2026-10-01", "2026-07-01", "2026-06-30"]);
    assert_eq!(
        dates(&["--quarter", "2026-Q3"]),
        ["2026-09-30", "2026-07-01"]
    );
    assert_eq!(
        dates(&["--quarter", "previous"]),
        ["2026-09-30", "2026-07-01"]
    );
    assert_eq!(dates(&["--quarter", "current"]), ["2026-10-01"]);
    assert_eq!(
        dates(&["--since", "2026-07-01", "--until", "2026-09-30"]),
        ["2026-09-30", "2026-07-01"]
    );
    assert_eq!(dates(&["--kind", "call", "acme"]), ["2026-09-30"]);
    let table = env.ok(&["checkin", "list", "--kind", "visit"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "DATE", "PARTNER", "KIND", "ACTIONS", "SUMMARY"]
    );
    assert!(
        lines[1].ends_with("  2026-10-01  rrh      visit        0  visit on 2026-10-01"),
        "{table}"
    );
    assert_eq!(
        env.ok(&["checkin", "list", "--kind", "email"]),
        "no check-ins match\n"
    );
    env.fails(
        2,
        &["checkin", "list", "--quarter", "current", "--since", "-1y"],
    );
    let fresh = TestEnv::new();
    assert!(
        fresh
            .ok(&["checkin", "list"])
            .starts_with("no check-ins yet; log one with")
    );
}

#[test]
fn quarters_follow_the_fiscal_year() {
    let env = with_partner();
    let s = env
        .read("accord.toml")
        .replace("fiscal_year_start = 1", "fiscal_year_start = 7");
    env.write("accord.toml", &s);
    for date in ["2026-06-30", "2026-07-01", "2026-10-01"] {
        env.ok(&["checkin", "log", "rrh", "--date", date, "--summary", "x"]);
    }
    let json = env.json(&[
        "checkin",
        "list",
        "--quarter",
        "FY2027-Q1",
        "--format",
        "json",
    ]);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["date"], "2026-07-01");
}

#[test]
fn show_by_prefix_with_notes_and_action_items() {
    let env = with_partner();
    env.ok(&[
        "checkin",
        "log",
        "rrh",
        "--date",
        "2026-11-12",
        "--summary",
        "Reviewed the fall data",
        "--notes",
        "Pass rate is up.",
        "--attendee",
        "Dana Whitfield",
        "--topic",
        "data",
        "--rating",
        "5",
        "--action",
        "Send the consent form @maya due:2026-11-20",
    ]);
    let id = env.json(&["checkin", "list", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let action = env.json(&["action", "list", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let text = env.ok(&["checkin", "show", &id[..5].to_uppercase()]);
    assert_eq!(
        text,
        format!(
            "Meeting with Riverside Regional Hospital on 2026-11-12  {id}
Reviewed the fall data

  attendees  Dana Whitfield
  topics     data
  rating     5 of 5
  logged by  Test User

Notes
  Pass rate is up.

Action items
  {action}  3 days overdue    Send the consent form (Dr. Maya Chen, partner)
"
        )
    );
    let json = env.json(&["checkin", "show", &id, "--format", "json"]);
    assert_eq!(json["partner"], "rrh");
    assert_eq!(json["rating"], 5);
    assert_eq!(json["action_items"][0]["status"], "overdue");
    assert_eq!(json["action_items"][0]["days_overdue"], 3);
    let err = env.fails(1, &["checkin", "show", "zzzzzzzz"]);
    assert!(
        err.contains("no check-in `zzzzzzzz`") && err.contains("accord checkin list"),
        "{err}"
    );
}

#[test]
fn partner_list_and_show_tell_last_contact_and_next_due() {
    let env = with_partner();
    env.ok(&[
        "partner",
        "add",
        "Quiet Org",
        "--since",
        "2026-01-05",
        "--today",
        "2026-01-05",
    ]);
    env.ok(&["partner", "add", "Prospect Org", "--stage", "prospect"]);
    for (date, summary) in [
        ("2026-09-01", "First"),
        ("2026-10-01", "Second"),
        ("2026-10-20", "Third"),
        ("2026-11-01", "Fourth"),
    ] {
        env.ok(&[
            "checkin",
            "log",
            "rrh",
            "--date",
            date,
            "--summary",
            summary,
        ]);
    }
    let rows = env.json(&["partner", "list", "--format", "json"]);
    let get = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    let rrh = get("rrh");
    assert_eq!(
        (
            rrh["last_contact"].as_str(),
            rrh["next_due"].as_str(),
            rrh["next_due_days_left"].as_i64(),
            rrh["checkin_state"].as_str()
        ),
        (
            Some("2026-11-01"),
            Some("2026-12-01"),
            Some(8),
            Some("soon")
        )
    );
    let quiet = get("quiet-org");
    assert_eq!(
        (
            quiet["last_contact"].as_str(),
            quiet["next_due"].as_str(),
            quiet["checkin_state"].as_str()
        ),
        (None, Some("2026-04-05"), Some("overdue"))
    );
    assert_eq!(get("prospect-org")["next_due"], serde_json::Value::Null);
    let table = env.ok(&["partner", "list"]);
    assert!(
        table
            .lines()
            .next()
            .unwrap()
            .ends_with("LAST CONTACT  NEXT DUE"),
        "{table}"
    );
    assert!(table.contains("2026-11-01    2026-12-01\n"), "{table}");

    env.ok(&[
        "action",
        "add",
        "rrh",
        "Send the roster",
        "--owner",
        "dana",
        "--due",
        "2026-11-30",
    ]);
    let show = env.ok(&["partner", "show", "rrh"]);
    let from = show.find("Check-ins").unwrap();
    let mut expected = String::from(
        "Check-ins
  last contact 2026-11-01 (22 days ago) · next due 2026-12-01 (in 8 days)
",
    );
    let ids = env.json(&["checkin", "list", "--format", "json"]);
    for (i, (date, summary)) in [
        ("2026-11-01", "Fourth"),
        ("2026-10-20", "Third"),
        ("2026-10-01", "Second"),
    ]
    .into_iter()
    .enumerate()
    {
        expected.push_str(&format!(
            "  {date}  meeting  {summary}  {}\n",
            ids[i]["id"].as_str().unwrap()
        ));
    }
    let action = env.json(&["action", "list", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    expected.push_str(&format!(
        "  4 in all: `accord checkin list rrh`

Action items
  {action}  due in 7 days     Send the roster (Dana Whitfield, ours)
  reliability  ours: none came due yet · partner: none came due yet
"
    ));
    let to = show.find("\nEvaluation\n").unwrap_or(show.len());
    assert_eq!(&show[from..to], expected);
    let json = env.json(&["partner", "show", "rrh", "--format", "json"]);
    assert_eq!(json["checkin_count"], 4);
    assert_eq!(json["latest_checkins"].as_array().unwrap().len(), 3);
    assert_eq!(json["latest_checkins"][0]["summary"], "Fourth");
    assert_eq!(json["open_actions"][0]["owner"], "Dana Whitfield");
    assert_eq!(json["reliability"]["ours"]["came_due"], 0);
    assert_eq!(
        json["reliability"]["ours"]["share"],
        serde_json::Value::Null
    );
    let prospect = env.ok(&["partner", "show", "prospect-org"]);
    assert!(
        prospect.contains("Check-ins\n  no check-ins yet · not expected to meet while prospect\n"),
        "{prospect}"
    );
}

#[test]
fn the_example_has_a_year_of_checkins() {
    let env = TestEnv::example();
    let checkins = env.json(&[
        "checkin",
        "list",
        "--since",
        "2025-11-24",
        "--format",
        "json",
    ]);
    assert!(checkins.as_array().unwrap().len() >= 30);
    assert!(
        checkins
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["notes"].is_string())
    );
    let partners = env.json(&["partner", "list", "--format", "json"]);
    let states: Vec<(&str, &str)> = partners
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p["checkin_state"].as_str()?)))
        .collect();
    let with = |s: &str| -> Vec<&str> {
        states
            .iter()
            .filter(|(_, st)| *st == s)
            .map(|(id, _)| *id)
            .collect()
    };
    assert_eq!(with("overdue"), ["science-museum"]);
    assert_eq!(with("soon"), ["valley-college"]);
    assert!(with("current").len() >= 4, "{states:?}");
    let overdue = env.json(&["action", "list", "--overdue", "--format", "json"]);
    for side in ["ours", "partner"] {
        assert!(
            overdue
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["side"] == side),
            "an overdue item on {side}"
        );
    }
    let status = env.json(&["status", "--format", "json"]);
    let kinds: Vec<&str> = status["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"checkin-overdue") && kinds.contains(&"checkin-due"));
    assert!(kinds.contains(&"action-overdue"));
}

/// The small words: "an email", "an event"; a summary of several lines (by hand) keeps the list
/// to one line per check-in; a fiscal quarter written short (`FY27-Q1`).
#[test]
fn messages_read_as_written_english_and_tables_keep_one_line_per_row() {
    let env = TestEnv::new();
    let out = env.ok_err(&["partner", "add", "St. Mark's Community Kitchen"]);
    assert!(out.contains("`st-marks-community-kitchen`"), "{out}");
    assert!(env.ok(&["workspace"]).contains("1 partner, 0 goals"));
    for (kind, said) in [
        ("email", "logged an email"),
        ("event", "logged an event"),
        ("call", "logged a call"),
    ] {
        let out = env.ok_err(&[
            "checkin",
            "log",
            "st-marks",
            "--kind",
            kind,
            "--date",
            "2026-11-02",
            "--summary",
            "Menu planning",
        ]);
        assert!(out.contains(said), "{out}");
    }
    // A summary is one line on the command line; a hand edit may still break it.
    let file = "partners/st-marks-community-kitchen.toml";
    let text = env.read(file).replace(
        "summary = \"Menu planning\"",
        "summary = \"Menu planning\\nand the volunteer rota\"",
    );
    env.write(file, &text);
    let list = env.ok(&["checkin", "list", "--quarter", "2026-Q4"]);
    assert_eq!(list.lines().count(), 4, "{list}");
    assert!(list.lines().all(|l| !l.starts_with("and the")), "{list}");
    assert!(list.contains("Menu planning …"), "{list}");
    // a January-start workspace names quarters by the calendar; FY27-Q1 is FY2027-Q1
    assert_eq!(
        env.ok(&["checkin", "list", "--quarter", "FY27-Q4"]),
        env.ok(&["checkin", "list", "--quarter", "FY2027-Q4"])
    );
}

/// A next meeting planned later than the cadence's due date does not put the next
/// check-in off; `checkin log` says so when it is logged. One planned earlier is the
/// due date, without a word.
#[test]
fn a_next_meeting_planned_after_the_cadence_is_doubted() {
    let env = TestEnv::example();
    let said = env.ok_err(&[
        "checkin",
        "log",
        "valley-college",
        "--summary",
        "Later",
        "--next",
        "2027-02-24",
    ]);
    assert!(said.contains("next check-in due 2027-02-23"), "{said}");
    assert!(
        said.contains("warning: the meeting planned for 2027-02-24 is after the quarterly cadence's due date, which stays 2027-02-23"),
        "{said}"
    );
    let said = env.ok_err(&[
        "checkin",
        "log",
        "valley-college",
        "--summary",
        "Sooner",
        "--next",
        "2027-01-24",
    ]);
    assert!(said.contains("next check-in due 2027-01-24"), "{said}");
    assert!(!said.contains("warning"), "{said}");
}

/// Logging a check-in, a win or a contribution after the partnership ended is done, and
/// warned about at once, in the words `check` uses later.
#[test]
fn records_logged_after_the_end_are_doubted_at_once() {
    let env = TestEnv::example();
    for args in [
        &["checkin", "log", "summit", "--summary", "Stopped by"][..],
        &["win", "log", "summit", "A late win"],
        &[
            "contrib", "log", "summit", "--kind", "funding", "--amount", "100",
        ],
    ] {
        let said = env.ok_err(args);
        assert!(
            said.contains("dated 2026-11-23, after the partnership ended (2025-06-30); if it goes on, `accord partner set summit-engineering --stage active`"),
            "{}: {said}",
            args.join(" ")
        );
    }
    let said = env.ok_err(&["checkin", "log", "valley-college", "--summary", "Fine"]);
    assert!(!said.contains("after the partnership ended"), "{said}");
}
