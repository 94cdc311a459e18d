use crate::common::TestEnv;
use serde_json::json;
use std::collections::BTreeSet;

/// A workspace with two partners.
fn env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Harvest Table Food Bank",
        "--id",
        "harvest",
    ]);
    env.ok(&["partner", "add", "Valley College", "--id", "valley-college"]);
    env
}

/// Run a command that must fail with `code`, and check that its message says each of `says`.
fn refused(env: &TestEnv, code: i32, args: &[&str], says: &[&str]) {
    let err = env.fails(code, args);
    for s in says {
        assert!(err.contains(s), "{s:?} is not in:\n{err}");
    }
}

fn add_reach(env: &TestEnv) {
    env.ok(&[
        "goal",
        "add",
        "Reach 450 families",
        "--metric",
        "families served per month",
        "--unit",
        "families",
        "--baseline",
        "280",
        "--target",
        "450",
        "--start",
        "2025-09-01",
        "--due",
        "2027-06-30",
        "--partner",
        "harv",
        "--owner",
        "Keisha Monroe",
        "--id",
        "reach",
    ]);
}

#[test]
fn add_writes_a_readable_file_with_defaults() {
    let env = env();
    let err = env.ok_err(&[
        "goal",
        "add",
        "Cut chronic absence to 12%",
        "--metric",
        "chronic absence rate",
        "--unit",
        "%",
        "--baseline",
        "18",
        "--target",
        "12",
        "--due",
        "2027-06-30",
    ]);
    assert!(
        err.contains("added goal `cut-chronic-absence-to-12` (program-wide)"),
        "{err}"
    );
    assert_eq!(
        env.read("goals/cut-chronic-absence-to-12.toml"),
        "title = \"Cut chronic absence to 12%\"\nmetric = \"chronic absence rate\"\nunit = \"%\"\nbaseline = 18.0\ntarget = 12.0\ndirection = \"decrease\"\nstart = 2026-11-23\ndue = 2027-06-30\nby = \"Test User\"\n"
    );
    add_reach(&env);
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    assert_eq!(
        g["partners"],
        json!([{"id": "harvest", "name": "Harvest Table Food Bank"}])
    );
    assert_eq!(g["direction"], "increase");
    assert_eq!(g["status"], "no-data");
    // no baseline: allowed, with a warning
    let err = env.ok_err(&[
        "goal", "add", "Mentors", "--metric", "mentors", "--unit", "people", "--target", "25",
    ]);
    assert!(
        err.contains("warning: without a baseline its progress cannot be measured; set one with `accord goal set mentors --baseline N`"),
        "{err}"
    );
}

#[test]
fn add_refuses_what_does_not_add_up() {
    let env = env();
    let before = env.snapshot();
    let base = [
        "goal", "add", "Reach", "--metric", "families", "--unit", "families", "--target", "450",
    ];
    fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [base, extra].concat()
    }
    refused(
        &env,
        1,
        &with(&base, &["--partner", "harvset"]),
        &["no partner `harvset`", "did you mean `harvest`"],
    );
    refused(
        &env,
        1,
        &with(&base, &["--baseline", "500", "--direction", "increase"]),
        &[
            "a goal to increase needs a target above its baseline (500 families), not 450 families",
            "`--direction decrease`",
        ],
    );
    refused(
        &env,
        1,
        &with(&base, &["--baseline", "300", "--tolerance", "5"]),
        &["tolerance is the band of a goal to maintain"],
    );
    refused(
        &env,
        2,
        &with(&base, &["--start", "2026-09-01", "--due", "2026-08-01"]),
        &["due (2026-08-01) before it starts (2026-09-01)"],
    );
    refused(
        &env,
        2,
        &with(&base, &["--baseline", "many"]),
        &["`many` is not a number"],
    );
    refused(
        &env,
        1,
        &with(&base, &["--id", "../x"]),
        &["invalid id `../x`"],
    );
    assert_eq!(env.snapshot(), before, "nothing was written");
    env.ok(&with(&base, &[]));
    refused(
        &env,
        1,
        &with(&base, &[]),
        &["a goal with the id `reach` already exists"],
    );
}

#[test]
fn track_records_measurements_and_refuses_bad_ones() {
    let env = env();
    add_reach(&env);
    let err = env.ok_err(&["goal", "track", "reach", "296", "--date", "2025-10-31"]);
    assert_eq!(
        err,
        "recorded 296 families for `reach` on 2025-10-31; status stale (was no-data)\n"
    );
    let err = env.ok_err(&[
        "goal",
        "track",
        "reach",
        "322",
        "--date",
        "2026-10-30",
        "--source",
        "monthly report",
        "--note",
        "volunteer shortage",
    ]);
    assert!(err.contains("status off-track (was stale)"), "{err}");
    let file = env.read("goals/reach.toml");
    assert!(
        file.contains("\n[[measurement]]\nid = \"") && file.contains("\"\ndate = 2026-10-30\nvalue = 322.0\nnote = \"volunteer shortage\"\nsource = \"monthly report\"\nby = \"Test User\"\n"),
        "{file}"
    );

    let before = env.snapshot();
    refused(
        &env,
        1,
        &["goal", "track", "reach", "330", "--date", "2026-10-30"],
        &[
            "`reach` already has a measurement on 2026-10-30: 322 families",
            "accord goal track reach 330 --date 2026-10-30 --replace",
        ],
    );
    refused(
        &env,
        2,
        &["goal", "track", "reach", "3O0"],
        &["`3O0` is not a number"],
    );
    refused(
        &env,
        2,
        &["goal", "track", "reach", "300", "--date", "tomorrow"],
        &["2026-11-24 is in the future"],
    );
    refused(
        &env,
        1,
        &["goal", "track", "reach", "300", "--date", "2025-08-31"],
        &[
            "2025-08-31 is before the goal starts (2025-09-01)",
            "accord goal set reach --start 2025-08-31",
        ],
    );
    refused(
        &env,
        1,
        &["goal", "track", "nope", "300"],
        &["no goal `nope`"],
    );
    assert_eq!(
        env.snapshot(),
        before,
        "refused measurements change nothing"
    );

    let err = env.ok_err(&[
        "goal",
        "track",
        "reach",
        "330",
        "--date",
        "2026-10-30",
        "--replace",
    ]);
    assert!(
        err.starts_with("replaced 322 families with 330 families for `reach` on 2026-10-30"),
        "{err}"
    );
    let file = env.read("goals/reach.toml");
    assert_eq!(file.matches("[[measurement]]").count(), 2);
    assert!(
        file.contains("value = 330.0\nby = \"Test User\"\n"),
        "note and source replaced too: {file}"
    );
    // negative values are numbers too
    env.ok(&["goal", "track", "reach", "-5", "--date", "2025-09-30"]);

    env.ok_err(&["goal", "untrack", "reach", "--date", "2025-09-30"]);
    refused(
        &env,
        1,
        &["goal", "untrack", "reach", "--date", "2025-09-29"],
        &[
            "`reach` has no measurement on 2025-09-29",
            "its measurements are on 2025-10-31, 2026-10-30",
        ],
    );
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    let dates: Vec<&str> = g["measurements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2025-10-31", "2026-10-30"]);
    assert_eq!(g["measurements"][1]["change"], 34.0);
}

#[test]
fn show_gives_the_series_the_chart_and_the_reason() {
    let env = env();
    add_reach(&env);
    for (date, v) in [
        ("2025-10-31", "296"),
        ("2026-03-31", "301"),
        ("2026-10-30", "322"),
    ] {
        env.ok(&["goal", "track", "reach", v, "--date", date]);
    }
    let out = env.ok(&["goal", "show", "reach"]);
    assert_eq!(
        out,
        "\
Reach 450 families  reach
with Harvest Table Food Bank (harvest) · increase · families served per month (families)

  baseline  280 families
  target    450 families by 2027-06-30
  start     2025-09-01
  owner     Keisha Monroe

Measurements
  2025-10-31  296 families
  2026-03-31  301 families   +5
  2026-10-30  322 families  +21

  ▂▂▃  296 families → 322 families since 2025-10-31

Status
  off-track: 24% of the way from 280 families to 450 families, with 67% of the time to 2027-06-30 gone (on track from 57%)
  progress        ██░░░░░░░░ 24%
  expected today  394 families
"
    );
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    assert_eq!(g["status"], "off-track");
    assert_eq!(g["trend"], "▂▂▃");
    assert_eq!(g["latest"], json!({"date": "2026-10-30", "value": 322.0}));
    let progress = g["progress"].as_f64().unwrap();
    assert!((progress - 100.0 * 42.0 / 170.0).abs() < 1e-9, "{progress}");
    assert_eq!(g["measurements"][0]["change"], json!(null));
}

#[test]
fn list_filters_and_formats() {
    let env = env();
    add_reach(&env);
    env.ok(&["goal", "track", "reach", "322", "--date", "2026-10-30"]);
    env.ok(&[
        "goal",
        "add",
        "Hold attendance at 94%",
        "--id",
        "attendance",
        "--metric",
        "attendance",
        "--unit",
        "%",
        "--baseline",
        "94",
        "--target",
        "94",
        "--tolerance",
        "1",
    ]);
    env.ok(&["goal", "track", "attendance", "94.4"]);
    env.ok(&[
        "goal",
        "add",
        "Dual-credit hours",
        "--metric",
        "hours",
        "--unit",
        "hours",
        "--baseline",
        "0",
        "--target",
        "9000",
        "--partner",
        "valley-college",
    ]);
    assert_eq!(
        env.ok(&["goal", "list"]),
        "\
TITLE                   ID                 PARTNERS        BASELINE  LATEST              TARGET  DUE         PROGRESS        STATUS
Reach 450 families      reach              harvest              280  322 (2026-10-30)       450  2027-06-30  ██░░░░░░░░ 24%  off-track
Dual-credit hours       dual-credit-hours  valley-college         0  -                     9000  -           -               no-data
Hold attendance at 94%  attendance         program              94%  94.4% (2026-11-23)     94%  -           -               met
"
    );
    let ids = |args: &[&str]| -> Vec<String> {
        env.json(&[&["goal", "list", "--format", "json"], args].concat())
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["--partner", "valley"]), ["dual-credit-hours"]);
    assert_eq!(ids(&["--status", "met"]), ["attendance"]);
    env.ok(&[
        "goal",
        "close",
        "reach",
        "--dropped",
        "--note",
        "pantries closed",
    ]);
    assert_eq!(ids(&[]), ["dual-credit-hours", "attendance"]);
    assert_eq!(
        ids(&["--all"]),
        ["dual-credit-hours", "attendance", "reach"]
    );
    assert_eq!(
        ids(&["--status", "dropped"]),
        ["reach"],
        "asking for an outcome shows closed goals"
    );
    let err = env.ok_err(&["goal", "list"]);
    assert_eq!(err, "1 closed goal not shown; --all includes them\n");
    let csv = env.ok(&["goal", "list", "--all", "--format", "csv"]);
    assert_eq!(
        csv.lines().last().unwrap(),
        "Reach 450 families,reach,harvest,280,322 (2026-10-30),450,2027-06-30,24%,closed (dropped)"
    );
    refused(
        &env,
        2,
        &["goal", "list", "--status", "late"],
        &["possible values: overdue, off-track"],
    );
}

#[test]
fn set_changes_fields_and_keeps_the_rest() {
    let env = env();
    add_reach(&env);
    let path = "goals/reach.toml";
    let text = env.read(path).replace(
        "baseline = 280.0\n",
        "baseline = 280.0   # September 2025\n",
    );
    env.write(
        path,
        &format!("# Our food-bank goal\n{text}custom = \"kept\"\n"),
    );
    let err = env.ok_err(&[
        "goal",
        "set",
        "reach",
        "--target",
        "500",
        "--add-partner",
        "valley",
        "--owner",
        "",
        "--no-due",
        "--title",
        "Reach 500 families",
    ]);
    assert_eq!(
        err,
        "updated goal `reach`: title Reach 500 families, target 500, removed the due date, added partner valley-college, removed owner\n"
    );
    let after = env.read(path);
    assert!(
        after.starts_with("# Our food-bank goal\ntitle = \"Reach 500 families\"\n"),
        "{after}"
    );
    assert!(
        after.contains("baseline = 280.0   # September 2025\ntarget = 500.0\n"),
        "{after}"
    );
    assert!(
        after.contains("partners = [\"harvest\", \"valley-college\"]"),
        "{after}"
    );
    assert!(
        after.contains("custom = \"kept\"") && !after.contains("due =") && !after.contains("owner"),
        "{after}"
    );

    let before = env.snapshot();
    refused(
        &env,
        1,
        &["goal", "set", "reach", "--target", "200"],
        &["a goal to increase needs a target above its baseline"],
    );
    refused(
        &env,
        1,
        &["goal", "set", "reach", "--remove-partner", "techforward"],
        &["its partners are `harvest` or `valley-college`"],
    );
    refused(&env, 2, &["goal", "set", "reach"], &["nothing to change"]);
    assert_eq!(env.snapshot(), before);

    env.ok(&[
        "goal",
        "set",
        "reach",
        "--target",
        "200",
        "--direction",
        "decrease",
    ]);
    env.ok(&[
        "goal",
        "set",
        "reach",
        "--remove-partner",
        "valley",
        "--remove-partner",
        "harvest",
    ]);
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    assert_eq!(
        (g["partners"].clone(), g["direction"].clone()),
        (json!([]), json!("decrease"))
    );
    // measurements before a new start are in the way
    env.ok(&["goal", "track", "reach", "270", "--date", "2025-10-01"]);
    refused(
        &env,
        1,
        &["goal", "set", "reach", "--start", "2026-01-01"],
        &["`reach` has measurements before 2026-01-01 (the first is on 2025-10-01)"],
    );
}

#[test]
fn close_and_reopen() {
    let env = env();
    add_reach(&env);
    env.ok(&["goal", "track", "reach", "300", "--date", "2026-10-30"]);
    let err = env.ok_err(&["goal", "close", "reach", "--met"]);
    assert_eq!(
        err,
        "closed goal `reach` as met on 2026-11-23\nwarning: closed as met, but the latest value is 300 families on 2026-10-30, short of the target\n"
    );
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    assert_eq!(
        (g["status"].clone(), g["outcome"].clone()),
        (json!("met"), json!("met"))
    );
    refused(
        &env,
        1,
        &["goal", "close", "reach", "--missed"],
        &[
            "already closed as met on 2026-11-23",
            "accord goal set reach --reopen",
        ],
    );
    env.fails(2, &["goal", "close", "reach", "--met", "--missed"]);
    env.fails(2, &["goal", "close", "reach"]);
    env.ok(&["goal", "set", "reach", "--reopen"]);
    let file = env.read("goals/reach.toml");
    assert!(
        !file.contains("outcome") && !file.contains("closed"),
        "{file}"
    );
    env.ok(&[
        "goal",
        "close",
        "reach",
        "--missed",
        "--date",
        "2026-07-01",
        "--note",
        "short by 150",
    ]);
    let g = env.json(&["goal", "show", "reach", "--format", "json"]);
    assert_eq!(g["reason"], "closed as missed on 2026-07-01: short by 150");
    // as of before it closed, it was still open
    let g = env.json(&[
        "goal",
        "show",
        "reach",
        "--format",
        "json",
        "--today",
        "2026-06-30",
    ]);
    assert_eq!(g["status"], "no-data");
}

#[test]
fn status_lists_goals_that_need_attention() {
    let env = env();
    add_reach(&env);
    env.ok(&["goal", "track", "reach", "322", "--date", "2026-10-30"]);
    env.ok(&[
        "goal",
        "add",
        "Mentors",
        "--metric",
        "mentors",
        "--unit",
        "people",
        "--target",
        "25",
        "--partner",
        "valley-college",
        "--start",
        "2026-01-10",
    ]);
    let json = env.json(&["status", "--format", "json"]);
    let items: Vec<(String, String, String)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["subject"].is_string())
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["subject"].as_str().unwrap().to_string(),
                i["fix"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let item = |k: &str, s: &str, f: &str| (k.to_string(), s.to_string(), f.to_string());
    assert_eq!(
        items,
        [
            item("goal-no-data", "mentors", "accord goal track mentors VALUE"),
            item("goal-off-track", "reach", "accord goal show reach"),
            item(
                "goal-no-baseline",
                "mentors",
                "accord goal set mentors --baseline N"
            ),
        ]
    );
    let text = env.ok(&["status"]);
    assert!(
        text.contains("watch    Harvest Table Food Bank  goal \"Reach 450 families\" is off track: 24% of the way with 67% of the time gone\n         → accord goal show reach\n"),
        "{text}"
    );
}

#[test]
fn partner_show_lists_its_goals() {
    let env = env();
    add_reach(&env);
    env.ok(&["goal", "track", "reach", "322", "--date", "2026-10-30"]);
    env.ok(&[
        "goal",
        "add",
        "Old goal",
        "--metric",
        "m",
        "--unit",
        "x",
        "--baseline",
        "0",
        "--target",
        "1",
        "--partner",
        "harvest",
    ]);
    env.ok(&["goal", "close", "old-goal", "--dropped"]);
    let out = env.ok(&["partner", "show", "harvest"]);
    assert!(
        out.contains("\nGoals\n  Reach 450 families  reach  ██░░░░░░░░ 24%  off-track\n  1 closed goal: `accord goal list --partner harvest --all`\n\n"),
        "{out}"
    );
    let p = env.json(&["partner", "show", "harvest", "--format", "json"]);
    let goals: Vec<(&str, &str)> = p["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["id"].as_str().unwrap(), g["status"].as_str().unwrap()))
        .collect();
    assert_eq!(goals, [("reach", "off-track"), ("old-goal", "dropped")]);
    let out = env.ok(&["partner", "show", "valley-college"]);
    assert!(!out.contains("Goals"), "no section without goals: {out}");
}

#[test]
fn check_validates_goals() {
    let env = env();
    env.write(
        "goals/hold.toml",
        "title = \"Hold\"\nmetric = \"rate\"\nbaseline = 90.0\ntarget = 90.0\ndirection = \"increase\"\ntolerance = 1.0\npartners = [\"harvest\"]\n\n[[measurement]]\nid = \"m1\"\ndate = 2026-01-05\nvalue = 90.5\n\n[[measurement]]\nid = \"m2\"\ndate = 2026-01-05\nvalue = 91.0\n",
    );
    let report = env.json_code(1, &["check", "--format", "json"]);
    let messages: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "the target equals the baseline, so there is no progress to measure; use direction = \"maintain\" to hold a value",
            "tolerance is used only by maintain goals, and this one is increase",
            "a second measurement on 2026-01-05 (measurement 1 has the same date); keep one",
        ]
    );
}

#[test]
fn the_example_shows_every_status() {
    let env = TestEnv::example();
    let goals = env.json(&["goal", "list", "--all", "--format", "json"]);
    let statuses: BTreeSet<&str> = goals
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["status"].as_str().unwrap())
        .collect();
    for s in [
        "met",
        "on-track",
        "at-risk",
        "off-track",
        "overdue",
        "stale",
        "no-data",
    ] {
        assert!(
            statuses.contains(s),
            "no {s} goal in the example: {statuses:?}"
        );
    }
    let goals = goals.as_array().unwrap();
    assert!(
        goals.iter().any(|g| g["partners"] == json!([])),
        "a program-wide goal"
    );
    assert!(goals.iter().any(|g| g["closed"] == true), "a closed goal");
    assert!(goals.iter().any(|g| g["direction"] == "decrease"));
    assert!(goals.iter().any(|g| g["direction"] == "maintain"));
    for g in goals.iter().filter(|g| g["status"] != "no-data") {
        let id = g["id"].as_str().unwrap();
        let show = env.json(&["goal", "show", id, "--format", "json"]);
        let ms = show["measurements"].as_array().unwrap();
        let first = ms.first().unwrap()["date"].as_str().unwrap();
        let last = ms.last().unwrap()["date"].as_str().unwrap();
        assert!(
            ms.len() >= 2 && first <= "2025-11-23" && last >= "2025-11-23",
            "{id}: a year of measurements"
        );
    }
}

#[test]
fn the_readme_goal_file_is_valid() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let section = &readme[readme.find("\n## Goals\n").expect("a Goals section")..];
    let start = section.find("```toml\n").expect("a goal file") + "```toml\n".len();
    let block = &section[start..start + section[start..].find("```\n").unwrap()];
    let env = TestEnv::new();
    env.write("goals/chronic-absence.toml", block);
    assert_eq!(env.ok(&["check"]), "checked 2 files: no problems\n");
    let g = env.json(&["goal", "show", "chronic", "--format", "json"]);
    assert_eq!(
        (g["status"].as_str(), g["latest"]["value"].as_f64()),
        (Some("stale"), Some(17.9))
    );
}

/// A goal added with the title of one there is (or one like it) is added, with the
/// warning `partner add` gives for a partner added twice; the next goal with another
/// title gets none.
#[test]
fn a_goal_added_twice_is_doubted() {
    let env = TestEnv::example();
    let said = env.ok_err(&[
        "goal",
        "add",
        "Reach 450 pantry families a month",
        "--metric",
        "families",
        "--unit",
        "families",
        "--target",
        "450",
    ]);
    assert!(
        said.contains("warning: `Reach 450 pantry families a month` has the same title as `pantry-families` (Reach 450 pantry families a month), which already exists; if it is the same goal, `accord undo` takes this one back"),
        "{said}"
    );
    let said = env.ok_err(&[
        "goal",
        "add",
        "Plant 40 trees",
        "--metric",
        "trees",
        "--unit",
        "trees",
        "--target",
        "40",
        "--baseline",
        "0",
    ]);
    assert!(!said.contains("warning"), "{said}");
}

/// A partner a goal lists twice (a hand edit, a merge) is still one partner to remove.
#[test]
fn a_partner_listed_twice_on_a_goal_is_removed() {
    let env = TestEnv::example();
    let rel = "goals/dual-credit-hours.toml";
    let text = env.read(rel).replace(
        "partners = [\"valley-college\"]",
        "partners = [\"valley-college\", \"valley-college\"]",
    );
    env.write(rel, &text);
    env.ok(&[
        "goal",
        "set",
        "dual-credit-hours",
        "--remove-partner",
        "valley-college",
    ]);
    assert!(
        !env.read(rel).contains("partners = [\"valley-college\""),
        "{}",
        env.read(rel)
    );
}
