//! `accord survey`: questions out, a form's export in, results with small groups hidden.
//! The form exports here are written the way Google Forms writes them: a byte-order mark,
//! CRLF line ends, a Timestamp and an Email Address column, the questions' wording as
//! headers, the scale's labels as answers, and quoted comments holding commas and line
//! breaks.

use crate::common::TestEnv;

const QUESTIONS: [&str; 7] = [
    "Do both sides want the same things from this partnership and agree on its goals?",
    "Do the two sides talk often and openly enough to hear about problems early?",
    "Does each side know who does what, and do people follow through?",
    "Are both sides putting a fair share of money, time and resources into the work?",
    "Do the people involved trust each other and treat each other as equals?",
    "Are students getting a clear, real benefit from what this partnership does?",
    "Could the partnership adapt to change and outlast the people who run it today?",
];

const LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neutral",
    "Agree",
    "Strongly agree",
];

/// One respondent of a form export: their group, answers (1 to 5, 0 for none) and comment.
struct Respondent {
    group: &'static str,
    answers: [usize; 7],
    comment: &'static str,
}

fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A form export of `people`, with a group column when `grouped`.
fn export(people: &[Respondent], grouped: bool) -> String {
    let mut header = vec!["Timestamp".to_string(), "Email Address".to_string()];
    if grouped {
        header.push("Which of these describes you best?".into());
    }
    header.extend(QUESTIONS.iter().map(|q| q.to_string()));
    header.push("Is there anything else you would like to tell us?".into());
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|h| quoted(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for (i, p) in people.iter().enumerate() {
        let mut cells = vec![
            format!("2026/10/{:02} 8:{:02}:13 AM GMT-7", 2 + i % 20, i % 60),
            format!("respondent{i}@families.example.org"),
        ];
        if grouped {
            cells.push(p.group.to_string());
        }
        cells.extend(p.answers.iter().map(|&a| {
            if a == 0 {
                String::new()
            } else {
                LABELS[a - 1].to_string()
            }
        }));
        cells.push(p.comment.to_string());
        out.push_str(
            &cells
                .iter()
                .map(|c| quoted(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

fn teachers(n: usize) -> Vec<Respondent> {
    (0..n)
        .map(|i| Respondent {
            group: "Teacher",
            answers: [4, 3 + i % 3, 4, if i == 2 { 0 } else { 3 }, 5, 4, 4],
            comment: match i {
                0 => "The lab visits were great, the kids loved them.\nMore, please!",
                1 => "Tell us sooner when a visit moves.",
                _ => "",
            },
        })
        .collect()
}

/// The example with a survey of teachers about the hospital.
fn with_survey() -> TestEnv {
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Teachers on the hospital partnership",
        "--partner",
        "riverside-hospital",
        "--group",
        "teachers",
        "--opens",
        "2026-10-01",
        "--closes",
        "2026-10-31",
        "--invited",
        "40",
        "--id",
        "spring-teachers",
    ]);
    env
}

#[test]
fn a_form_export_is_read_as_it_comes_and_who_answered_is_dropped() {
    let env = with_survey();
    env.write("form.csv", &export(&teachers(12), false));
    let err = env.ok_err(&["survey", "import", "spring", "form.csv"]);
    assert!(
        err.contains("dropped, never stored: `Timestamp`, `Email Address`"),
        "{err}"
    );
    assert!(
        err.contains("kept as comments: `Is there anything else you would like to tell us?`"),
        "{err}"
    );
    assert!(
        err.contains("added 12 responses; 12 of 40 (30%) in all"),
        "{err}"
    );
    std::fs::remove_file(env.path("form.csv")).unwrap();
    // Nothing of who answered or when is anywhere in the workspace.
    for (path, bytes) in env.snapshot() {
        let text = String::from_utf8_lossy(&bytes);
        for needle in [
            "families.example.org",
            "respondent0@",
            "AM GMT-7",
            "2026/10/02",
        ] {
            assert!(
                !text.contains(needle),
                "`{needle}` is in {}",
                path.display()
            );
        }
    }
    let file = env.read("surveys/spring-teachers.toml");
    assert_eq!(file.matches("[[response]]").count(), 12);
    assert!(
        file.contains("\"The lab visits were great, the kids loved them.\\nMore, please!\""),
        "{file}"
    );
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
    let r = env.json(&["survey", "show", "spring", "--format", "json"]);
    assert_eq!(r["responses"], 12);
    let investment = r["overall"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "investment")
        .unwrap()
        .clone();
    assert_eq!(investment["answers"], 11, "the empty answer is no answer");
    assert_eq!(investment["counts"], serde_json::json!([0, 0, 11, 0, 0]));
    let comments = &r["comments"][0]["questions"][0][1];
    assert_eq!(
        comments[1],
        "The lab visits were great, the kids loved them.\nMore, please!"
    );
}

#[test]
fn importing_the_same_file_again_adds_nothing_and_a_later_download_adds_the_rest() {
    let env = with_survey();
    env.write("form.csv", &export(&teachers(6), false));
    env.ok(&["survey", "import", "spring-teachers", "form.csv"]);
    let before = env.snapshot();
    let err = env.ok_err(&["survey", "import", "spring-teachers", "form.csv"]);
    assert!(
        err.contains("nothing to add from `form.csv`: 6 rows were imported before (on 2026-11-23); nothing was written"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // The form downloaded again a week later holds the first six and three more.
    env.write("form.csv", &export(&teachers(9), false));
    let err = env.ok_err(&["survey", "import", "spring-teachers", "form.csv"]);
    assert!(
        err.contains(
            "added 3 responses; 6 rows were imported before (on 2026-11-23); 9 of 40 (23%) in all"
        ),
        "{err}"
    );
    assert_eq!(
        env.read("surveys/spring-teachers.toml")
            .matches("[[response]]")
            .count(),
        9
    );
}

#[test]
fn a_bad_row_stops_the_whole_import_and_every_problem_is_listed() {
    let env = with_survey();
    let mut text = export(&teachers(8), false);
    text = text.replacen(",Agree,", ",Agreee,", 1);
    // A respondent who answered nothing.
    text.push_str("2026/10/30 9:00:00 AM GMT-7,late@families.example.org,,,,,,,,\r\n");
    env.write("form.csv", &text);
    let before = env.snapshot();
    let err = env.fails(1, &["survey", "import", "spring-teachers", "form.csv"]);
    assert!(
        err.contains("2 problems in `form.csv`, so no response was imported:"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "row 2, column `{}`: `Agreee` is not an answer on the `accord` scale; the answers are: strongly disagree (1), disagree (2), neutral (3), agree (4), strongly agree (5)",
            QUESTIONS[0]
        )),
        "{err}"
    );
    assert!(
        err.contains("row 10: no answer to any question; take the row out of the file"),
        "{err}"
    );
    assert!(err.contains("hint: fix the file"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing is written");
    // The dry run says the same, and a clean file's dry run writes nothing either.
    env.fails(
        1,
        &[
            "survey",
            "import",
            "spring-teachers",
            "form.csv",
            "--dry-run",
        ],
    );
    env.write("form.csv", &export(&teachers(8), false));
    let before = env.snapshot();
    let out = env.ok(&[
        "survey",
        "import",
        "spring-teachers",
        "form.csv",
        "--dry-run",
    ]);
    assert!(out.contains("Email Address"), "{out}");
    assert!(out.contains("dropped: says who answered or when"), "{out}");
    assert!(out.contains("question `vision`"), "{out}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_column_that_matches_no_question_is_named_with_the_fix() {
    let env = with_survey();
    let text = export(&teachers(6), false).replace(
        "Do the two sides talk often and openly enough to hear about problems early?",
        "Do the two sides talk often and openly?",
    );
    env.write("form.csv", &text);
    let err = env.fails(1, &["survey", "import", "spring-teachers", "form.csv"]);
    assert!(
        err.contains("row 1, column `Do the two sides talk often and openly?`: its answers are on the scale but it matches no question of the `accord` instrument; if it is `communication`, say so with --map \"Do the two sides talk often and openly?=communication\""),
        "{err}"
    );
    env.ok(&[
        "survey",
        "import",
        "spring-teachers",
        "form.csv",
        "--map",
        "Do the two sides talk often and openly?=communication",
    ]);
}

/// A program-wide family survey asked of two groups: 8 students and `staff` partner staff.
fn two_groups(staff: usize) -> TestEnv {
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Program survey",
        "--group",
        "students",
        "--group",
        "partner-staff",
        "--opens",
        "2026-09-01",
        "--closes",
        "2026-09-30",
    ]);
    let mut people: Vec<Respondent> = (0..8)
        .map(|i| Respondent {
            group: "Student",
            answers: [5, 5, 4, 4, 5, 5, 4],
            comment: if i == 0 { "Best part of my week" } else { "" },
        })
        .collect();
    people.extend((0..staff).map(|_| Respondent {
        group: "Partner staff",
        answers: [3, 2, 4, 4, 3, 4, 4],
        comment: "We never hear back from the school, honestly",
    }));
    env.write("form.csv", &export(&people, true));
    env.ok(&["survey", "import", "program", "form.csv"]);
    env
}

#[test]
fn a_group_under_the_floor_is_hidden_in_every_format() {
    let env = two_groups(3);
    let check = |out: &str, format: &str| {
        assert!(
            out.contains("fewer than 5 responses"),
            "{format} does not say why:\n{out}"
        );
        assert!(
            !out.contains("never hear back"),
            "{format} shows the small group's comment:\n{out}"
        );
        assert!(!out.contains("partner-staff (3)"), "{format}:\n{out}");
    };
    let table = env.ok(&["survey", "show", "program"]);
    check(&table, "table");
    for format in ["json", "csv", "markdown"] {
        check(
            &env.ok(&["survey", "show", "program", "--format", format]),
            format,
        );
    }
    // Everyone is shown (11), the students are hidden too, or 11 minus 8 gives the staff.
    let r = env.json(&["survey", "show", "program", "--format", "json"]);
    assert_eq!(r["overall"]["responses"], 11);
    for g in r["by_group"].as_array().unwrap() {
        assert!(g["hidden"].is_string(), "{g}");
        assert_eq!(g["responses"], serde_json::Value::Null);
        assert_eq!(g["lines"], serde_json::json!([]));
    }
    assert!(r["comments"].as_array().unwrap().is_empty(), "{r}");
    // The import's id is random: the snapshot reads it as BATCH.
    insta::with_settings!({filters => vec![(r"\([0-9a-z]{8}\)", "(BATCH)")]}, {
        insta::assert_snapshot!(table, @"
        Program survey
        Partnership health check (accord, 1-5) · students, partner-staff · program-wide · 2026-09-01 to 2026-09-30 (closed) · as of 2026-11-23

        Responses
          responses  11
          imported   11 on 2026-11-23 (BATCH)
          answers    1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree
          shown      only groups of 5 or more people (survey_min_responses), so no one can be recognised

        Everyone (11 responses)
          the bars show how many gave each answer, from strongly disagree on the left; · is none
          QUESTION                        ANSWERED  MEAN  BAND      ANSWERS 1 TO 5
          Shared vision and goals               11   4.5  strength  ··▃·█
          Communication                         11   4.2  strength  ·▃··█
          Roles and responsibilities            11   4.0  strength  ···█·
          Balanced investment                   11   4.0  strength  ···█·
          Trust and respect                     11   4.5  strength  ··▃·█
          Value to students                     11   4.7  strength  ···▃█
          Flexibility and sustainability        11   4.0  strength  ···█·
          Overall                                    4.3  strength

        By group
          partner-staff  fewer than 5 responses
          students       hidden so that a smaller group cannot be worked out from the others

        Comments
          not shown: they come from groups of fewer than 5 people, or from a group hidden to protect one
        ");
    });
}

#[test]
fn groups_that_differ_by_a_point_are_said_to() {
    let env = two_groups(5);
    let out = env.ok(&["survey", "show", "program"]);
    assert!(out.contains("WHERE GROUPS DIFFER"), "{out}");
    assert!(out.contains("students 5.0"), "{out}");
    assert!(out.contains("partner-staff 2.0"), "{out}");
    let r = env.json(&["survey", "show", "program", "--format", "json"]);
    let diffs: Vec<&str> = r["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["key"].as_str().unwrap())
        .collect();
    assert_eq!(diffs, ["vision", "communication", "trust", "value"]);
    // Comments are shown by group, each group meeting the floor.
    let groups: Vec<&str> = r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["partner-staff", "students"]);
}

#[test]
fn the_floor_is_a_setting() {
    let env = two_groups(3);
    let settings = env
        .read("accord.toml")
        .replace("survey_min_responses = 5", "survey_min_responses = 3");
    env.write("accord.toml", &settings);
    let r = env.json(&["survey", "show", "program", "--format", "json"]);
    assert_eq!(r["min_responses"], 3);
    assert!(r["by_group"][0]["hidden"].is_null(), "{r}");
    env.write(
        "accord.toml",
        &settings.replace("survey_min_responses = 3", "survey_min_responses = 0"),
    );
    let err = env.fails(1, &["survey", "list"]);
    assert!(
        err.contains("survey_min_responses must be 1 or more"),
        "{err}"
    );
}

#[test]
fn questions_come_out_for_a_form_and_for_paper() {
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Partner staff and students",
        "--partner",
        "riverside-hospital",
        "--partner",
        "techforward",
        "--group",
        "students",
        "--group",
        "partner-staff",
        "--id",
        "both",
    ]);
    let csv = env.ok(&["survey", "questions", "both", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "number,question,type,answers,key");
    assert_eq!(
        lines[1],
        "1,Which partner are you answering about?,multiple choice,Riverside Regional Hospital; TechForward Solutions,partner"
    );
    assert_eq!(
        lines[2],
        "2,Which of these describes you best?,multiple choice,Student; Partner staff,group"
    );
    assert_eq!(lines.len(), 1 + 2 + 7 + 1);
    let md = env.ok(&["survey", "questions", "both", "--format", "markdown"]);
    assert!(
        md.contains("3. **Do both sides want the same things"),
        "{md}"
    );
    let html = env.ok(&["survey", "questions", "both", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("do not write your name"), "{html}");
    assert!(!html.contains("<script"));
    // A form built from these questions reads back without --map.
    let mut form = String::from(
        "Timestamp,Which partner are you answering about?,Which of these describes you best?",
    );
    for q in QUESTIONS {
        form.push_str(&format!(",\"{q}\""));
    }
    form.push('\n');
    for i in 0..6 {
        let partner = if i % 2 == 0 {
            "Riverside Regional Hospital"
        } else {
            "TechForward Solutions"
        };
        form.push_str(&format!("2026-11-0{} 10:00,{partner},Students", i + 1));
        form.push_str(&",Agree".repeat(7));
        form.push('\n');
    }
    env.write("form.csv", &form);
    env.ok(&["survey", "import", "both", "form.csv"]);
    let r = env.json(&["survey", "show", "both", "--format", "json"]);
    let partners: Vec<(&str, &serde_json::Value)> = r["by_partner"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap(), &b["hidden"]))
        .collect();
    assert_eq!(partners.len(), 2);
    assert!(
        partners.iter().all(|(_, h)| h.is_string()),
        "3 each: {partners:?}"
    );
}

#[test]
fn new_refuses_what_cannot_be_a_survey() {
    let env = TestEnv::example();
    let err = env.fails(
        2,
        &[
            "survey",
            "new",
            "X",
            "--opens",
            "2026-11-01",
            "--closes",
            "2026-10-01",
        ],
    );
    assert!(
        err.contains("the survey would close (2026-10-01) before it opens (2026-11-01)"),
        "{err}"
    );
    let err = env.fails(2, &["survey", "new", "X", "--instrument", "nope"]);
    assert!(err.contains("no instrument `nope`"), "{err}");
    let err = env.fails(1, &["survey", "new", "X", "--partner", "nobody"]);
    assert!(err.contains("no partner `nobody`"), "{err}");
    env.ok(&["survey", "new", "X"]);
    let err = env.fails(1, &["survey", "new", "X"]);
    assert!(
        err.contains("a survey with the id `x` already exists"),
        "{err}"
    );
    assert!(!env.path("surveys/.x.toml").exists());
}

#[test]
fn check_reads_survey_files_record_by_record() {
    let env = with_survey();
    env.write("form.csv", &export(&teachers(6), false));
    env.ok(&["survey", "import", "spring-teachers", "form.csv"]);
    let file = env.read("surveys/spring-teachers.toml");
    let bad = file.replacen("vision = 4", "visoin = 4", 1);
    env.write("surveys/spring-teachers.toml", &bad);
    let stdout = env.check_errors();
    assert!(
        stdout.contains("surveys/spring-teachers.toml:")
            && stdout.contains("`visoin` is not a question of the `accord` instrument"),
        "{stdout}"
    );
}

#[test]
fn mistakes_are_cheap_set_undo_an_import_and_remove() {
    let env = with_survey();
    env.write("form.csv", &export(&teachers(6), false));
    env.ok(&["survey", "import", "spring-teachers", "form.csv"]);
    env.write("more.csv", &export(&teachers(8)[6..], false));
    env.ok(&["survey", "import", "spring-teachers", "more.csv"]);
    let file = || env.read("surveys/spring-teachers.toml");
    assert_eq!(file().matches("[[response]]").count(), 8);
    // The second file was the wrong one: take it back.
    let err = env.ok_err(&["survey", "undo-import", "spring-teachers"]);
    assert!(err.contains("removed 2 responses"), "{err}");
    assert_eq!(file().matches("[[response]]").count(), 6);
    let err = env.fails(
        1,
        &[
            "survey",
            "undo-import",
            "spring-teachers",
            "--batch",
            "nope",
        ],
    );
    assert!(
        err.contains("survey `spring-teachers` has no import `nope`"),
        "{err}"
    );
    assert!(err.contains("its imports are: "), "{err}");
    // A deadline moved, and more people were asked.
    let before = file();
    let said = env.ok_err(&[
        "survey",
        "set",
        "spring",
        "--closes",
        "2026-11-30",
        "--invited",
        "45",
    ]);
    assert_eq!(
        said,
        "changed the survey `spring-teachers`\n  closes   2026-10-31 → 2026-11-30\n  invited  40 → 45\n"
    );
    assert_eq!(
        file(),
        before
            .replace("closes = 2026-10-31", "closes = 2026-11-30")
            .replace("invited = 40", "invited = 45")
    );
    let err = env.fails(2, &["survey", "set", "spring", "--closes", "2026-09-01"]);
    assert!(err.contains("before it opens (2026-10-01)"), "{err}");
    // Fewer invited than answered would put the response rate past 100%.
    let answered = env.json(&["survey", "show", "spring", "--format", "json"])["responses"]
        .as_u64()
        .unwrap();
    assert!(answered > 1, "{answered} responses");
    let fewer = (answered - 1).to_string();
    let err = env.fails(2, &["survey", "set", "spring", "--invited", &fewer]);
    assert!(
        err.contains(&format!(
            "{answered} responses, but only {fewer} people were invited"
        )),
        "{err}"
    );
    env.fails(2, &["survey", "set", "spring"]);
    // A partner with a survey about it is not removed; the survey is, by its exact id.
    env.ok(&[
        "goal",
        "set",
        "health-teachers-trained",
        "--remove-partner",
        "riverside-hospital",
    ]);
    let err = env.fails(1, &["partner", "remove", "riverside-hospital", "--yes"]);
    assert!(
        err.contains("surveys are about it: `hospital-teachers` and `spring-teachers`"),
        "{err}"
    );
    let err = env.fails(1, &["survey", "remove", "spring"]);
    assert!(err.contains("give the exact id"), "{err}");
    let err = env.fails(1, &["survey", "remove", "spring-teachers"]);
    assert!(err.contains("its 6 responses"), "{err}");
    env.ok(&["survey", "remove", "spring-teachers", "--yes"]);
    assert!(!env.path("surveys/spring-teachers.toml").exists());
}

#[test]
fn the_paper_form_of_twenty_questions_prints_on_one_page() {
    if crate::report::chromium().is_none() {
        return;
    }
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Collaboration factors",
        "--id",
        "factors",
        "--instrument",
        "wilder",
        "--partner",
        "riverside-hospital",
        "--partner",
        "techforward",
        "--group",
        "teachers",
        "--group",
        "partner-staff",
        "--closes",
        "2026-12-15",
    ]);
    let page = env.path("form.html");
    env.ok(&[
        "survey",
        "questions",
        "factors",
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    let pdf = env.path("form.pdf");
    crate::report::run_chromium(
        &env,
        &[
            "--no-pdf-header-footer".into(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
        &page,
        &env.path("chromium.out"),
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    // Page objects: `/Type /Page` (or `/Type/Page`), not `/Type /Pages`.
    let pages = ["/Type /Page", "/Type/Page"]
        .iter()
        .flat_map(|t| text.match_indices(t).map(move |(i, _)| i + t.len()))
        .filter(|&end| !text[end..].starts_with('s'))
        .count();
    assert_eq!(pages, 1, "23 questions on one printed page");
}

#[test]
fn an_import_says_when_results_cannot_be_broken_down() {
    let env = TestEnv::example();
    env.ok(&[
        "survey",
        "new",
        "Two partners, two groups",
        "--id",
        "two",
        "--partner",
        "riverside-hospital",
        "--partner",
        "techforward",
        "--group",
        "students",
        "--group",
        "teachers",
    ]);
    env.write("form.csv", &export(&teachers(5), false));
    let err = env.ok_err(&["survey", "import", "two", "form.csv"]);
    assert!(
        err.contains("warning: the survey is about 2 partners but no column says which one each person answered about"),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: the survey asks several groups but no column says each person's group"
        ),
        "{err}"
    );
}

/// A survey file a merge left conflict markers in is left out with a warning, as a
/// partner's file is: `status`, the reports and the calendar keep working, the report
/// names it, and `check` and `resolve` point at the conflict.
#[test]
fn a_conflicted_survey_file_is_left_out_not_fatal() {
    let env = TestEnv::example();
    let rel = "surveys/student-voice-fall.toml";
    let text = env.read(rel);
    let line = text.lines().find(|l| l.starts_with("invited = ")).unwrap();
    env.write(
        rel,
        &text.replacen(
            line,
            "<<<<<<< Bob\ninvited = 80\n=======\ninvited = 70\n>>>>>>> Alice",
            1,
        ),
    );
    for args in [
        &["status"][..],
        &["report", "quarterly"],
        &["calendar"],
        &["survey", "list"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "`{}`: {err}", args.join(" "));
        assert!(
            err.contains("`surveys/student-voice-fall.toml` has a merge conflict to settle"),
            "{err}"
        );
    }
    let json = env.json(&["report", "quarterly", "--format", "json"]);
    assert_eq!(json["left_out"], serde_json::json!([rel]));
    let listed = env.ok(&["resolve", "--list"]);
    assert!(listed.contains(&format!("{rel}:")), "{listed}");
    let out = env.cmd().arg("check").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("unsettled merge conflict"));
}

/// A survey's title is held to the rule partner names are: shown, and at most 200
/// characters.
#[test]
fn a_survey_title_is_at_most_200_characters() {
    let env = TestEnv::example();
    let long = "x".repeat(201);
    let err = env.fails(2, &["survey", "new", &long]);
    assert!(
        err.contains("the survey's title is 201 characters long"),
        "{err}"
    );
    let err = env.fails(2, &["survey", "set", "hospital-teachers", "--title", &long]);
    assert!(
        err.contains("the survey's title is 201 characters long"),
        "{err}"
    );
    env.fails(2, &["survey", "new", "  "]);
}
