//! `accord eval` and `accord instrument`: recording evaluations on an instrument, showing
//! them, the status items they raise, and instruments kept in the workspace.

use crate::common::TestEnv;
use serde_json::Value;

const ALL_SEVEN: [&str; 14] = [
    "--score",
    "vision=4",
    "--score",
    "communication=3.5",
    "--score",
    "roles=4",
    "--score",
    "investment=2",
    "--score",
    "trust=5",
    "--score",
    "value=4",
    "--score",
    "flexibility=3",
];

fn with_acme() -> TestEnv {
    let env = TestEnv::new();
    // added to accord when the partnership began, so evaluations are due from then
    env.ok(&[
        "partner",
        "add",
        "Acme",
        "--since",
        "2020-01-01",
        "--today",
        "2020-01-01",
    ]);
    env
}

fn record(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec!["eval", "record", "acme"];
    args.extend(extra);
    env.ok_err(&args)
}

/// The id of the last record in a partner file.
fn last_id(env: &TestEnv, partner: &str) -> String {
    let text = env.read(&format!("partners/{partner}.toml"));
    let line = text.lines().rev().find(|l| l.starts_with("id = ")).unwrap();
    line.trim_start_matches("id = ")
        .trim_matches('"')
        .to_string()
}

#[test]
fn record_writes_one_evaluation_in_the_instruments_order() {
    let env = with_acme();
    let mut args = ALL_SEVEN.to_vec();
    args.extend([
        "--comment",
        "investment=We carry the cost",
        "--note",
        "First round",
        "--date",
        "2026-10-01",
    ]);
    let said = record(&env, &args);
    assert!(
        said.contains("on `accord`, ours side: overall 3.6 (borderline)"),
        "{said}"
    );
    let id = last_id(&env, "acme");
    let text = env.read("partners/acme.toml");
    let expected = format!(
        "\n[[evaluation]]\nid = \"{id}\"\ndate = 2026-10-01\ninstrument = \"accord\"\nside = \"ours\"\nby = \"Test User\"\nscores = {{ vision = 4, communication = 3.5, roles = 4, investment = 2, trust = 5, value = 4, flexibility = 3 }}\ncomments = {{ investment = \"We carry the cost\" }}\nnote = \"First round\"\n"
    );
    assert!(text.ends_with(&expected), "{text}");
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
    // The partner's view was not rated by us: without --by, no one is named for it.
    let mut args = ALL_SEVEN.to_vec();
    args.extend(["--side", "partner", "--date", "2026-10-02"]);
    record(&env, &args);
    let id = last_id(&env, "acme");
    let text = env.read("partners/acme.toml");
    let theirs = text.split(&format!("id = \"{id}\"")).nth(1).unwrap();
    assert!(
        theirs.contains("side = \"partner\"") && !theirs.contains("by = "),
        "{text}"
    );
}

#[test]
fn bad_scores_keys_and_instruments_are_refused_with_the_valid_ones() {
    let env = with_acme();
    let before = env.snapshot();
    let err = env.fails(2, &["eval", "record", "acme", "--score", "vison=4"]);
    assert!(
        err.contains("`vison` is not a dimension of the `accord` instrument; its keys are: vision, communication, roles, investment, trust, value, flexibility"),
        "{err}"
    );
    let err = env.fails(2, &["eval", "record", "acme", "--score", "vision=6"]);
    assert!(err.contains("must be from 1 to 5"), "{err}");
    let err = env.fails(2, &["eval", "record", "acme", "--score", "vision=high"]);
    assert!(err.contains("`high` is not a number"), "{err}");
    let err = env.fails(2, &["eval", "record", "acme", "--score", "vision"]);
    assert!(err.contains("KEY=N"), "{err}");
    let err = env.fails(
        2,
        &[
            "eval",
            "record",
            "acme",
            "--instrument",
            "wildr",
            "--score",
            "x=1",
        ],
    );
    assert!(
        err.contains(
            "no instrument `wildr`; the instruments are: accord, wilder, trust-value, nuffield"
        ),
        "{err}"
    );
    let err = env.fails(2, &["eval", "record", "acme", "--score", "vision=4"]);
    assert!(
        err.contains("no score for communication, roles, investment, trust, value, flexibility")
            && err.contains("--partial"),
        "{err}"
    );
    let err = env.fails(2, &["eval", "record", "acme"]);
    assert!(
        err.contains("no scores given") && err.contains("vision, communication"),
        "{err}"
    );
    let mut future = ALL_SEVEN.to_vec();
    future.extend(["--date", "tomorrow"]);
    let mut args = vec!["eval", "record", "acme"];
    args.extend(&future);
    let err = env.fails(2, &args);
    assert!(err.contains("after today"), "{err}");
    let err = env.fails(
        2,
        &[
            "eval",
            "record",
            "acme",
            "--score",
            "vision=4",
            "--partial",
            "--comment",
            "trst=x",
        ],
    );
    assert!(err.contains("`trst` is not a dimension"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_partial_evaluation_is_marked_and_other_instruments_use_their_scale() {
    let env = with_acme();
    record(
        &env,
        &[
            "--score",
            "trust=2",
            "--partial",
            "--side",
            "partner",
            "--by",
            "Sam Ortiz",
        ],
    );
    let text = env.read("partners/acme.toml");
    assert!(
        text.contains(
            "side = \"partner\"\nby = \"Sam Ortiz\"\nscores = { trust = 2 }\npartial = true\n"
        ),
        "{text}"
    );
    let err = env.fails(
        2,
        &[
            "eval",
            "record",
            "acme",
            "--instrument",
            "trust-value",
            "--partial",
            "--score",
            "openness=5",
        ],
    );
    assert!(err.contains("must be from 1 to 4"), "{err}");
    record(
        &env,
        &[
            "--instrument",
            "trust-value",
            "--partial",
            "--score",
            "openness=4",
            "--score",
            "mission=3",
        ],
    );
    let list = env.json(&["eval", "list", "--format", "json"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["instrument"], "trust-value");
    assert_eq!(rows[1]["overall"], 3.5);
    assert_eq!(rows[1]["band"], "strength");
    assert_eq!(rows[1]["scored"], 2);
    assert_eq!(rows[1]["dimensions"], 6);
    assert_eq!(rows[0]["partial"], true);
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn on_a_terminal_it_asks_each_question_showing_the_scale() {
    let env = with_acme();
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let out = env
        .program(std::path::Path::new("script"))
        .args([
            "-qec",
            &format!("{} eval record acme --side partner", bin.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            std::thread::sleep(std::time::Duration::from_millis(500));
            child
                .stdin
                .as_mut()
                .unwrap()
                .write_all(b"4\n9\nsoon\n3\n\n4\n2\n5\n4.5\n3\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("[1/7] Shared vision and goals"), "{screen}");
    assert!(
        screen.contains(
            "Do both sides want the same things from this partnership and agree on its goals?"
        ),
        "{screen}"
    );
    assert!(
        screen
            .contains("1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree"),
        "{screen}"
    );
    assert!(
        screen.contains("[7/7] Flexibility and sustainability"),
        "{screen}"
    );
    assert!(
        screen.contains("must be from 1 to 5 on the `accord` scale, not 9"),
        "{screen}"
    );
    assert!(screen.contains("`soon` is not a number"), "{screen}");
    assert!(screen.contains("a score is needed"), "{screen}");
    assert!(screen.contains("recorded evaluation"), "{screen}");
    let text = env.read("partners/acme.toml");
    assert!(
        text.contains("scores = { vision = 4, communication = 3, roles = 4, investment = 2, trust = 5, value = 4.5, flexibility = 3 }"),
        "{text}"
    );
}

/// Two rounds from both sides: a divergence on investment, a concern on communication.
fn two_rounds() -> TestEnv {
    let env = with_acme();
    let round = |date: &str, side: &str, v: [&str; 7]| {
        let keys = [
            "vision",
            "communication",
            "roles",
            "investment",
            "trust",
            "value",
            "flexibility",
        ];
        let scores: Vec<String> = keys
            .iter()
            .zip(v)
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let mut args = vec!["eval", "record", "acme", "--date", date, "--side", side];
        for s in &scores {
            args.extend(["--score", s.as_str()]);
        }
        env.ok(&args);
    };
    round("2025-10-01", "ours", ["4", "4", "4", "4", "4", "5", "4"]);
    round("2025-10-08", "partner", ["4", "3", "4", "3", "4", "5", "4"]);
    round(
        "2026-10-01",
        "ours",
        ["4", "2.5", "4", "4.5", "4", "5", "4"],
    );
    round(
        "2026-10-08",
        "partner",
        ["4", "2", "4", "2.5", "4", "5", "4"],
    );
    env
}

#[test]
fn show_gives_latest_scores_changes_trend_and_divergence() {
    let env = two_rounds();
    let out = env.ok(&["eval", "show", "acme"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["Acme", "acme"]
    );
    let row = |title: &str| -> Vec<&str> {
        let l = lines.iter().find(|l| l.starts_with(title)).unwrap();
        l[title.len()..].split_whitespace().collect()
    };
    assert_eq!(
        row("DIMENSION"),
        [
            "OURS", "CHANGE", "PARTNER", "CHANGE", "SCORE", "BAND", "GAP"
        ]
    );
    assert_eq!(
        row("Communication"),
        ["2.5", "-1.5", "2.0", "-1.0", "2.3", "concern", "0.5"]
    );
    assert_eq!(
        row("Balanced investment"),
        ["4.5", "+0.5", "2.5", "-0.5", "3.5", "borderline", "2.0"]
    );
    assert_eq!(
        row("Value to students"),
        ["5.0", "=", "5.0", "=", "5.0", "strength", "0.0"]
    );
    assert!(
        out.contains("divergence  Balanced investment: ours 4.5, partner 2.5"),
        "{out}"
    );
    assert!(out.contains("concern     Communication 2.3"), "{out}");
    assert!(
        out.contains("falling     Communication 4.0 → 2.5 (ours)"),
        "{out}"
    );
    assert!(
        out.contains("trend       ours 4.1 (2025-10-01) → 4.0 (2026-10-01), falling"),
        "{out}"
    );

    let json = env.json(&["eval", "show", "acme", "--format", "json"]);
    assert_eq!(json["instrument"], "accord");
    assert_eq!(json["divergences"], serde_json::json!(["investment"]));
    assert_eq!(json["concerns"], serde_json::json!(["communication"]));
    let comm = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "communication")
        .unwrap();
    assert_eq!(comm["ours"]["score"], 2.5);
    assert_eq!(comm["partner"]["change"], -1.0);
    assert_eq!(comm["band"], "concern");
    assert_eq!(json["trend"].as_array().unwrap().len(), 4);
    assert_eq!(json["latest"], "2026-10-08");

    // a wider `divergence` setting sees no divergence
    let settings = env
        .read("accord.toml")
        .replace("divergence = 1.0", "divergence = 2.5");
    env.write("accord.toml", &settings);
    let json = env.json(&["eval", "show", "acme", "--format", "json"]);
    assert_eq!(json["divergences"], serde_json::json!([]));
}

#[test]
fn show_picks_the_latest_instrument_unless_told() {
    let env = two_rounds();
    record(
        &env,
        &[
            "--instrument",
            "nuffield",
            "--partial",
            "--score",
            "trust=3",
            "--date",
            "2025-01-01",
        ],
    );
    let json = env.json(&["eval", "show", "acme", "--format", "json"]);
    assert_eq!(json["instrument"], "accord");
    let json = env.json(&[
        "eval",
        "show",
        "acme",
        "--instrument",
        "nuffield",
        "--format",
        "json",
    ]);
    assert_eq!(json["overall"], 3.0);
    let err = env.fails(1, &["eval", "show", "acme", "--instrument", "wilder"]);
    assert!(
        err.contains("`acme` has no evaluations on `wilder`"),
        "{err}"
    );
    assert!(
        err.contains("it has evaluations on: accord, nuffield"),
        "{err}"
    );
    env.ok(&["partner", "add", "Beta"]);
    let err = env.fails(1, &["eval", "show", "beta"]);
    assert!(err.contains("`beta` has no evaluations yet"), "{err}");
}

#[test]
fn list_filters_by_partner_instrument_and_side() {
    let env = two_rounds();
    let out = env.ok(&["eval", "list", "acme", "--side", "partner"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[1].starts_with("2025-10-08  acme"), "{out}");
    let last: Vec<&str> = lines[2].split_whitespace().collect();
    // recorded without --by: the partner's rater is not named
    assert_eq!(last[4..], ["partner", "-", "7/7", "3.6", "borderline"]);
    let csv = env.ok(&["eval", "list", "--instrument", "wilder", "--format", "csv"]);
    assert_eq!(
        csv,
        "date,partner,id,instrument,side,by,scored,overall,band\n"
    );
    assert_eq!(
        env.ok(&["eval", "list", "--instrument", "wilder"]),
        "no evaluations yet; record one with `accord eval record PARTNER`\n"
    );
}

fn kinds(env: &TestEnv) -> Vec<(String, String)> {
    kinds_as_of(env, crate::common::TODAY)
}

/// The evaluation items of `status` as of `today`: (kind, problem).
fn kinds_as_of(env: &TestEnv, today: &str) -> Vec<(String, String)> {
    let json = env.json(&["status", "--today", today, "--format", "json"]);
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["problem"].as_str().unwrap().to_string(),
            )
        })
        .filter(|(k, _)| k.starts_with("evaluation"))
        .collect()
}

#[test]
fn status_lists_concerns_divergences_and_falling_scores() {
    let env = two_rounds();
    assert_eq!(
        kinds(&env),
        [
            (
                "evaluation-concern".to_string(),
                "in the concern band on accord: Communication 2.3".to_string()
            ),
            (
                "evaluation-falling".to_string(),
                "scores fell since the previous evaluation: Communication 4.0 → 2.5 (ours), Communication 3.0 → 2.0 (partner), Balanced investment 3.0 → 2.5 (partner)".to_string()
            ),
            (
                "evaluation-divergence".to_string(),
                "the two sides differ by 1 or more on Balanced investment (ours 4.5, partner 2.5)"
                    .to_string()
            ),
        ]
    );
    // as of before the second round, only the first round counts
    assert_eq!(
        kinds_as_of(&env, "2026-09-01"),
        [(
            "evaluation-divergence".to_string(),
            "the two sides differ by 1 or more on Communication (ours 4.0, partner 3.0), Balanced investment (ours 4.0, partner 3.0)"
                .to_string()
        )]
    );
}

#[test]
fn evaluations_come_due_by_the_eval_cadence() {
    let env = with_acme();
    let due = kinds(&env);
    assert_eq!(due.len(), 1);
    assert_eq!(
        due[0],
        (
            "evaluation-due".to_string(),
            "annual evaluation overdue: never evaluated in 6 years".to_string()
        )
    );
    let mut args = ALL_SEVEN.to_vec();
    args.extend(["--date", "2026-01-10"]);
    record(&env, &args);
    let due = |env: &TestEnv| {
        kinds(env)
            .into_iter()
            .filter(|(k, _)| k == "evaluation-due")
            .count()
    };
    assert_eq!(due(&env), 0, "evaluated within the year");
    let settings = env
        .read("accord.toml")
        .replace("eval_cadence = \"annual\"", "eval_cadence = \"semiannual\"");
    env.write("accord.toml", &settings);
    let json = env.json(&["status", "--format", "json"]);
    let item = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "evaluation-due")
        .unwrap()
        .clone();
    assert_eq!(item["urgency"], "overdue");
    assert_eq!(item["date"], "2026-07-10");
    assert_eq!(item["fix"], "accord eval record acme");
    // a paused partner is not due
    env.ok(&["partner", "set", "acme", "--stage", "paused"]);
    assert_eq!(due(&env), 0);
}

#[test]
fn instruments_are_listed_shown_and_exported() {
    let env = TestEnv::new();
    let out = env.ok(&["instrument", "list"]);
    assert!(
        out.contains("accord (default)  Partnership health check"),
        "{out}"
    );
    assert!(out.contains("wilder            Collaboration factors                   1-5    20 in 6 categories  built-in"), "{out}");
    let show = env.ok(&["instrument", "show", "wilder"]);
    assert!(
        show.contains(
            "strength    4.0 to 5.0\n  borderline  3.0 to 3.9\n  concern     1.0 to 2.9\n"
        ),
        "{show}"
    );
    assert!(
        show.contains("Resources (score: the mean of its dimensions)"),
        "{show}"
    );
    let json = env.json(&["instrument", "show", "trust-value", "--format", "json"]);
    assert_eq!(json["source"], "built-in");
    assert_eq!(json["scale"]["max"], 4.0);
    assert_eq!(json["category"][0]["key"], "trust");
    let err = env.fails(2, &["instrument", "show", "wildr"]);
    assert!(
        err.contains("the instruments are: accord, wilder, trust-value, nuffield"),
        "{err}"
    );

    // export writes the built-in as shipped, then the file replaces it
    env.ok_err(&["instrument", "export", "nuffield"]);
    let text = env.read("instruments/nuffield.toml");
    assert!(text.starts_with("# The six principles"), "{text}");
    let err = env.fails(1, &["instrument", "export", "nuffield"]);
    assert!(err.contains("already exists"), "{err}");
    env.write("instruments/nuffield.toml", &text.replace("max = 5", "max = 7").replace(
        "labels = [\"strongly disagree\", \"disagree\", \"neutral\", \"agree\", \"strongly agree\"]",
        "labels = [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]",
    ));
    let json = env.json(&["instrument", "list", "--format", "json"]);
    let nuffield = &json.as_array().unwrap()[3];
    assert_eq!(nuffield["source"], "override");
    assert_eq!(nuffield["scale"], "1-7");
    env.ok(&["partner", "add", "Acme"]);
    record(
        &env,
        &[
            "--instrument",
            "nuffield",
            "--partial",
            "--score",
            "trust=7",
        ],
    );

    // a copy under a new name is a new instrument
    let said = env.ok_err(&["instrument", "export", "accord", "--as", "quick-check"]);
    assert!(said.contains("--instrument quick-check"), "{said}");
    assert!(
        env.read("instruments/quick-check.toml")
            .contains("name = \"quick-check\"")
    );
    record(
        &env,
        &[
            "--instrument",
            "quick-check",
            "--partial",
            "--score",
            "trust=4",
        ],
    );
    assert_eq!(env.ok(&["check"]), "checked 4 files: no problems\n");
}

#[test]
fn check_validates_instruments_and_evaluations_against_them() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&["instrument", "export", "accord", "--as", "mine"]);
    let mine = env.read("instruments/mine.toml");
    env.write(
        "instruments/mine.toml",
        &mine
            .replace("min = 3.0", "min = 4.5")
            .replace("key = \"roles\"", "key = \"trust\""),
    );
    env.write(
        "instruments/broken.toml",
        "title = \"Broken\"\n[scale]\nmin = 1\nmax = \"five\"\n",
    );
    let acme = env.read("partners/acme.toml");
    env.write(
        "partners/acme.toml",
        &format!(
            "{acme}\n[[evaluation]]\nid = \"e1\"\ndate = 2026-10-01\ninstrument = \"acord\"\nside = \"ours\"\nscores = {{ vision = 4 }}\n\n[[evaluation]]\nid = \"e2\"\ndate = 2026-10-01\ninstrument = \"accord\"\nside = \"ours\"\nscores = {{ vision = 7, trst = 3 }}\n\n[[evaluation]]\nid = \"e3\"\ndate = 2026-10-01\ninstrument = \"mine\"\nside = \"ours\"\nscores = {{ vision = 4 }}\npartial = true\n"
        ),
    );
    let stdout = env.check_errors();
    for expected in [
        "instruments/broken.toml:4:7: error: `max`: found the text \"five\", expected a number",
        "instruments/mine.toml:22:7: error: bands go from the highest to the lowest; `borderline` starts at 4.5 but the band above it at 4",
        "instruments/mine.toml:48:7: error: a second dimension `trust`",
        "error: no instrument `acord`; the instruments are: accord, wilder, trust-value, nuffield, broken, mine",
        "warning: no score for communication, roles, investment, trust, value, flexibility; add them, or mark the evaluation `partial = true`",
        "error: the score of `vision` must be from 1 to 5 on the `accord` scale, not 7",
        "error: `trst` is not a dimension of the `accord` instrument",
        "error: `instruments/mine.toml` is not a valid instrument:",
    ] {
        assert!(stdout.contains(expected), "missing {expected}\n{stdout}");
    }
    let settings = env.read("accord.toml");
    env.write(
        "accord.toml",
        &settings.replace("instrument = \"accord\"", "instrument = \"acord\""),
    );
    let stdout = String::from_utf8(env.cmd().arg("check").output().unwrap().stdout).unwrap();
    assert!(
        stdout.contains(
            "accord.toml:23:14: error: no instrument `acord`; the instruments are: accord,"
        ),
        "{stdout}"
    );
    env.write("accord.toml", &settings);
    // a broken instrument does not stop the others
    record(&env, &["--score", "vision=4", "--partial"]);
    let err = env.fails(
        1,
        &[
            "eval",
            "record",
            "acme",
            "--instrument",
            "mine",
            "--score",
            "vision=4",
        ],
    );
    assert!(
        err.contains("`instruments/mine.toml` is not a valid instrument"),
        "{err}"
    );
    assert!(err.contains("hint: fix the file"), "{err}");
}

#[test]
fn partner_show_summarizes_evaluations_contributions_and_wins() {
    let env = TestEnv::example();
    let out = env.ok(&["partner", "show", "riverside-hospital"]);
    assert!(
        out.contains("Evaluation\n  accord, latest 2026-10-20: 4.0 strength (ours 4.2, partner 3.8)\n  ! the sides differ on: Balanced investment\n  next due 2027-10-20\n"),
        "{out}"
    );
    assert!(
        out.contains("Contributions\n  FY2026-Q3 to FY2027-Q2 (9 entries)\n"),
        "{out}"
    );
    assert!(
        out.contains("Wins\n  2026-09-25  The hospital renewed"),
        "{out}"
    );
    let json = env.json(&["partner", "show", "riverside-hospital", "--format", "json"]);
    assert_eq!(
        json["evaluation"]["divergences"],
        serde_json::json!(["Balanced investment"])
    );
    assert_eq!(json["contributions"]["from"], "FY2026-Q3");
    assert!(
        json["contributions"]["lopsided"]
            .as_str()
            .unwrap()
            .starts_with("our side put in 7%")
    );
    assert_eq!(json["wins"].as_array().unwrap().len(), 2);
    let none = env.json(&["partner", "show", "bright-path-mentors", "--format", "json"]);
    assert_eq!(none["evaluation"], Value::Null);
    assert_eq!(none["contributions"], Value::Null);
    assert!(
        env.ok(&["partner", "show", "bright-path"])
            .contains("Evaluation\n  none yet (`accord eval record bright-path-mentors`)")
    );
}

#[test]
fn the_example_has_two_rounds_with_a_divergence_and_a_concern() {
    let env = TestEnv::example();
    let hospital = env.json(&["eval", "show", "riverside-hospital", "--format", "json"]);
    let sides: Vec<u64> = hospital["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["evaluations"].as_u64().unwrap())
        .collect();
    assert_eq!(
        sides,
        [3, 2],
        "two rounds, with two raters of ours in the first"
    );
    assert_eq!(hospital["divergences"], serde_json::json!(["investment"]));
    let college = env.json(&["eval", "show", "valley-college", "--format", "json"]);
    assert_eq!(college["concerns"], serde_json::json!(["communication"]));
    assert_eq!(college["trend"].as_array().unwrap().len(), 4);
}
