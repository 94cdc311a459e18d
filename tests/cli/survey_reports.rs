//! Surveys in the rest of accord: `status`, `partner show`, `report partner`, `report
//! quarterly` (in every format) and the calendar feed, with small groups hidden in each.

use crate::common::TestEnv;

/// A form export (no identifying columns needed here) of `n` respondents of `group`, each
/// answering `answer` to every question of the `accord` instrument.
fn form(rows: &[(&str, usize, &str, &str)]) -> String {
    let questions = [
        "Shared vision and goals",
        "Communication",
        "Roles and responsibilities",
        "Balanced investment",
        "Trust and respect",
        "Value to students",
        "Flexibility and sustainability",
    ];
    let mut out = format!(
        "Timestamp,Which of these describes you best?,{},Comments\n",
        questions.join(",")
    );
    for (group, n, answer, comment) in rows {
        for i in 0..*n {
            out.push_str(&format!("2026-10-0{} 09:00,{group}", 1 + i % 9));
            out.push_str(&format!(",{answer}").repeat(questions.len()));
            out.push_str(&format!(",{}\n", if i == 0 { *comment } else { "" }));
        }
    }
    out
}

/// The example with a survey of the museum partnership closed on 2026-10-15, answered by
/// `rows`, imported on 2026-10-20.
fn museum(rows: &[(&str, usize, &str, &str)]) -> TestEnv {
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Museum visits",
        "--id",
        "museum",
        "--partner",
        "science-museum",
        "--group",
        "teachers",
        "--group",
        "partner-staff",
        "--opens",
        "2026-10-01",
        "--closes",
        "2026-10-15",
        "--invited",
        "30",
    ]);
    env.write("form.csv", &form(rows));
    env.cmd()
        .args(["survey", "import", "museum", "form.csv"])
        .env("ACCORD_TODAY", "2026-10-20")
        .assert()
        .success();
    env
}

#[test]
fn status_flags_a_survey_closing_with_few_answers_a_concern_and_one_with_none() {
    let env = TestEnv::example();
    let status = env.json(&["status", "--format", "json"]);
    let items: Vec<(&str, &str)> = status["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"].as_str().unwrap().starts_with("survey"))
        .map(|i| (i["kind"].as_str().unwrap(), i["subject"].as_str().unwrap()))
        .collect();
    assert_eq!(
        items,
        [
            ("survey-closing", "student-voice-fall"),
            ("survey-concern", "family-survey-2026"),
        ]
    );
    // A survey that closed with nothing imported is overdue, about its partner.
    env.ok(&[
        "survey",
        "new",
        "Summer interns",
        "--partner",
        "techforward",
        "--opens",
        "2026-07-01",
        "--closes",
        "2026-08-31",
    ]);
    let out = env.ok(&["status"]);
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("overdue TechForward Solutions survey \"Summer interns\" closed 2026-08-31 (2 months ago) and no responses were imported"),
        "{out}"
    );
    assert!(
        out.contains("→ accord survey import summer-interns FILE.csv"),
        "{out}"
    );
    // A quarter after it closed, it is history.
    let later = env.ok(&["--today", "2026-12-01", "status"]);
    assert!(!later.contains("Summer interns"), "{later}");
}

#[test]
fn a_survey_file_written_by_hand_reads_the_same_in_status() {
    let env = TestEnv::example();
    // Its own fields hold a line that looks like a table header, inside a string.
    let mut text = String::from(
        r#"title = "By hand"
instrument = "accord"
partners = ["science-museum"]
notes = """
[draft] asked at the fall open house
"""
opens = 2026-10-01
closes = 2026-11-20
"#,
    );
    for i in 1..=5 {
        let vision = if i == 1 { 1 } else { 2 };
        text.push_str(&format!(
            "\n[[response]]\nid = \"h000000{i}\"\nbatch = \"b0000001\"\nimported = 2026-11-21\nanswers = {{ vision = {vision}, communication = 1 }}\n"
        ));
    }
    env.write("surveys/by-hand.toml", &text);
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
    let out = env.ok(&["status"]);
    assert!(
        out.contains("in the concern band in survey \"By hand\": Shared vision and goals 1.8, Communication 1.0"),
        "{out}"
    );
}

#[test]
fn a_concern_is_flagged_only_where_enough_answered() {
    // Four teachers in the concern band: too few to show, so too few to flag.
    let env = museum(&[("Teacher", 4, "Disagree", "")]);
    let out = env.ok(&["status"]);
    assert!(!out.contains("\"Museum visits\""), "{out}");
    let env = museum(&[("Teacher", 5, "Disagree", "")]);
    let out = env.ok(&["status"]);
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Riverside Museum of Science & History in the concern band in survey \"Museum visits\": Shared vision and goals 2.0"),
        "{out}"
    );
}

#[test]
fn partner_show_and_report_partner_show_the_latest_survey() {
    let env = TestEnv::example();
    let out = env.ok(&["partner", "show", "riverside-hospital"]);
    assert!(
        out.contains("Surveys\n  Teachers on the hospital partnership (teachers, closed 2026-10-30)\n  19 responses of 28 invited (68%): overall 3.9 borderline\n"),
        "{out}"
    );
    // A partner of a survey of several, with too few answering about it.
    let out = env.ok(&["partner", "show", "valley-college"]);
    assert!(
        out.contains("10 responses of 64 invited (16%); results not shown for this partner: fewer than 5 responses"),
        "{out}"
    );
    let json = env.json(&["partner", "show", "valley-college", "--format", "json"]);
    let brief = &json["surveys"][0];
    assert_eq!(brief["partner"], "valley-college");
    assert_eq!(brief["partner_responses"], serde_json::Value::Null);
    assert_eq!(brief["overall"], serde_json::Value::Null);
    assert_eq!(brief["strongest"], serde_json::json!([]));
    let report = env.ok(&["report", "partner", "riverside-hospital"]);
    assert!(report.contains("What stakeholders say"), "{report}");
    assert!(
        report.contains("Teachers on the hospital partnership  Riverside Regional Hospital · teachers, closed 2026-10-30"),
        "{report}"
    );
    let csv = env.ok(&[
        "report",
        "partner",
        "valley-college",
        "--format",
        "csv",
        "--section",
        "surveys",
    ]);
    assert!(csv.ends_with(",fewer than 5 responses\n"), "{csv}");
}

#[test]
fn the_quarterly_report_says_what_stakeholders_say_in_every_format() {
    // Teachers (6) and partner staff (6) differ by two points on everything.
    let env = museum(&[
        ("Teacher", 6, "Strongly agree", "Loved it"),
        ("Partner staff", 6, "Neutral", "We need the schedule sooner"),
    ]);
    let q = ["report", "quarterly", "--quarter", "FY2027-Q2"];
    let table = env.ok(&q);
    let section = &table[table.find("What stakeholders say").unwrap()..];
    // Cells apart by one space, whatever the widths of the columns.
    let squeezed = section
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        squeezed.contains("Museum visits Riverside Museum of Science & History · teachers, partner-staff, closed 2026-10-15 12 responses of 30 invited (40%) 4.0 strength\n"),
        "{section}"
    );
    assert!(
        squeezed
            .contains("Museum visits Shared vision and goals teachers 5.0 partner-staff 3.0 2.0"),
        "{section}"
    );
    let md = env.ok(&[&q[..], &["--format", "markdown"]].concat());
    assert!(md.contains("## What stakeholders say"), "{md}");
    let html = env.ok(&[&q[..], &["--format", "html"]].concat());
    assert!(html.contains("<h2>What stakeholders say</h2>"), "{html}");
    let json = env.json(&[&q[..], &["--format", "json"]].concat());
    let museum = json["stakeholders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["survey"] == "museum")
        .unwrap()
        .clone();
    assert_eq!(museum["responses"], 12);
    assert_eq!(museum["differences"].as_array().unwrap().len(), 7);
    let csv = env.ok(&[&q[..], &["--format", "csv", "--section", "stakeholders"]].concat());
    assert!(
        csv.lines().any(|l| l.starts_with("FY2027-Q2,museum,Museum visits,science-museum,teachers; partner-staff,2026-10-15,12,30,0.4,4,")),
        "{csv}"
    );
    // The quarter before saw no survey close.
    let before = env.ok(&["report", "quarterly", "--quarter", "FY2027-Q1"]);
    assert!(before.contains("no survey closed this quarter"), "{before}");
}

#[test]
fn a_survey_under_the_floor_shows_no_number_in_any_report_format() {
    let env = museum(&[
        ("Teacher", 3, "Strongly disagree", "Only three of us went"),
        ("Partner staff", 1, "Agree", "I was the only educator there"),
    ]);
    let q = ["report", "quarterly", "--quarter", "FY2027-Q2"];
    for format in ["table", "markdown", "html", "json"] {
        let out = env.ok(&[&q[..], &["--format", format]].concat());
        let at = out
            .find("Museum visits")
            .unwrap_or_else(|| panic!("{format}: {out}"));
        let rest = &out[at..];
        let museum = &rest[..rest.find("Fall family survey").unwrap_or(rest.len())];
        assert!(
            museum.contains("fewer than 5 responses"),
            "{format}: {museum}"
        );
        for leak in [
            "1.0",
            "1.8",
            "Only three",
            "only educator",
            "strongly disagree",
        ] {
            assert!(!museum.contains(leak), "{format} shows `{leak}`: {museum}");
        }
    }
    let csv = env.ok(&[&q[..], &["--format", "csv", "--section", "stakeholders"]].concat());
    let row = csv.lines().find(|l| l.contains(",museum,")).unwrap();
    assert!(
        row.ends_with(",4,30,0.133,,,,,,fewer than 5 responses"),
        "{row}"
    );
    let show = env.json(&["partner", "show", "science-museum", "--format", "json"]);
    assert_eq!(show["surveys"][0]["hidden"], "fewer than 5 responses");
    assert_eq!(show["surveys"][0]["overall"], serde_json::Value::Null);
}

#[test]
fn a_past_quarter_leaves_out_responses_imported_after_it() {
    let env = museum(&[("Teacher", 5, "Agree", "")]);
    // Five more come in after the quarter's end, about the same survey.
    env.write("form.csv", &form(&[("Teacher", 10, "Agree", "")]));
    env.cmd()
        .args(["survey", "import", "museum", "form.csv"])
        .env("ACCORD_TODAY", "2027-01-05")
        .assert()
        .success();
    let json = env
        .cmd()
        .args([
            "report",
            "quarterly",
            "--quarter",
            "FY2027-Q2",
            "--format",
            "json",
        ])
        .env("ACCORD_TODAY", "2027-01-10")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let museum = json["stakeholders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["survey"] == "museum")
        .unwrap()
        .clone();
    assert_eq!(museum["responses"], 5);
}

#[test]
fn the_calendar_has_each_open_survey_closing_date() {
    let env = TestEnv::example();
    let feed = env.ok(&["calendar"]);
    let unfolded = feed.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:Survey closes: Students in internships and college classes"),
        "{unfolded}"
    );
    assert!(unfolded.contains("UID:survey-closes-student-voice-fall@accord"));
    assert!(unfolded.contains(
        "DESCRIPTION:Closes 2026-11-27.\\nA survey of students about TechForward Solutions\\, Riverside Valley Community College. 10 of 64 invited had answered on 2026-11-23.\\nImport the responses: accord survey import student-voice-fall FILE.csv"
    ), "{unfolded}");
    // Closed surveys have nothing left to do by a date.
    assert!(!unfolded.contains("survey-closes-hospital-teachers"));
    let later = env.ok(&["--today", "2026-11-28", "calendar"]);
    assert!(!later.contains("survey-closes-student-voice-fall"));
}
