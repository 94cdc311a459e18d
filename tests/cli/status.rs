use crate::common::TestEnv;

#[test]
fn nothing_to_do_is_one_line() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["status"]),
        "nothing needs attention as of 2026-11-23\n"
    );
    let json = env.json(&["status", "--format", "json"]);
    assert_eq!(json["items"], serde_json::json!([]));
    env.ok(&["status", "--exit-code"]);
}

#[test]
fn agreements_and_missing_roles_are_listed_most_urgent_first() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Expired",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "2026-09-30",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Ending",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "+30d",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Fine",
        "--agreement-signed",
        "2024-01-01",
        "--agreement-ends",
        "+91d",
    ]);
    for id in ["expired", "ending", "fine"] {
        for side in ["ours", "partner"] {
            env.ok(&[
                "role", "assign", id, "--side", side, "--title", "Liaison", "--person", "Someone",
            ]);
        }
    }
    env.ok(&["partner", "add", "Roleless", "--stage", "active"]);
    env.ok(&["partner", "add", "Prospect", "--stage", "prospect"]);
    let json = env.json(&["status", "--format", "json"]);
    let items: Vec<(String, String, String)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["urgency"].as_str().unwrap().to_string(),
                i["kind"].as_str().unwrap().to_string(),
                i["partner"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = |u: &str, k: &str, p: &str| (u.to_string(), k.to_string(), p.to_string());
    assert_eq!(
        items,
        vec![
            expect("overdue", "agreement-expired", "expired"),
            expect("soon", "agreement-ending", "ending"),
            expect("watch", "no-role", "roleless"),
            expect("watch", "no-role", "roleless"),
        ]
    );
    assert_eq!(json["items"][0]["days"], 54);
    assert_eq!(
        (
            json["overdue"].as_u64(),
            json["soon"].as_u64(),
            json["watch"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
    let text = env.ok(&["status"]);
    assert!(text.starts_with("overdue  Expired   MOU ended 2026-09-30 (54 days ago) and was not renewed\n         → accord partner set expired --agreement-signed DATE --agreement-ends DATE\n"), "{text}");
    assert!(
        text.ends_with("\n1 overdue, 1 due soon, 2 to watch as of 2026-11-23\n"),
        "{text}"
    );
    env.fails(1, &["status", "--exit-code"]);
}

/// Add an active partner with a liaison on both sides (so it has no role gap) and a
/// recent, healthy evaluation (so it is not due one). A partner given `--since` is
/// added to accord on that day.
fn staffed(env: &TestEnv, name: &str, extra: &[&str]) -> String {
    let mut args = vec!["partner", "add", name];
    args.extend_from_slice(extra);
    if let Some(at) = extra.iter().position(|a| *a == "--since")
        && !extra.contains(&"--today")
    {
        args.extend(["--today", extra[at + 1]]);
    }
    env.ok(&args);
    let id = name.to_lowercase().replace(' ', "-");
    for (side, person) in [("ours", "Pat Ours"), ("partner", "Lee Theirs")] {
        env.ok(&[
            "role", "assign", &id, "--side", side, "--title", "Liaison", "--person", person,
        ]);
    }
    let scores = [
        "vision",
        "communication",
        "roles",
        "investment",
        "trust",
        "value",
        "flexibility",
    ]
    .map(|key| format!("{key}=4"));
    let mut eval = vec!["eval", "record", &id, "--date", "2026-10-01"];
    for score in &scores {
        eval.extend(["--score", score]);
    }
    env.ok(&eval);
    id
}

fn log(env: &TestEnv, id: &str, date: &str, extra: &[&str]) {
    let mut args = vec!["checkin", "log", id, "--date", date, "--summary", "Met"];
    args.extend_from_slice(extra);
    env.ok(&args);
}

#[test]
fn checkins_and_action_items_list_each_planted_problem_and_nothing_else() {
    let env = TestEnv::new();
    // planted: last contact 2026-07-01, quarterly: overdue since 2026-10-01
    let overdue = staffed(&env, "Overdue Org", &["--since", "2024-01-01"]);
    log(&env, &overdue, "2026-07-01", &[]);
    // planted: quarterly from 2026-09-01: due 2026-12-01, in 8 days
    let soon = staffed(&env, "Soon Org", &["--since", "2024-01-01"]);
    log(&env, &soon, "2026-09-01", &[]);
    // planted: monthly, but the next meeting was planned for 2026-11-20
    let planned = staffed(
        &env,
        "Planned Org",
        &["--since", "2024-01-01", "--cadence", "monthly"],
    );
    log(&env, &planned, "2026-11-01", &["--next", "2026-11-20"]);
    // planted: never met since 2026-06-01 (added to accord then), quarterly: due 2026-09-01
    staffed(&env, "Never Met", &["--since", "2026-06-01"]);
    // planted: exploring with a monthly cadence of its own, never met since 2026-10-01
    env.ok(&[
        "partner",
        "add",
        "Exploring Monthly",
        "--stage",
        "exploring",
        "--since",
        "2026-10-01",
        "--today",
        "2026-10-01",
        "--cadence",
        "monthly",
    ]);
    // planted: one item overdue on each side; the check-in itself is current
    let actions = staffed(&env, "Action Org", &["--since", "2024-01-01"]);
    log(
        &env,
        &actions,
        "2026-10-10",
        &[
            "--action",
            "Send the roster @Pat due:2026-11-01",
            "--action",
            "Share the data @lee due:2026-10-24",
        ],
    );

    // not problems: a current partner, items due today or done (even late)
    let current = staffed(&env, "Current Org", &["--since", "2024-01-01"]);
    log(
        &env,
        &current,
        "2026-11-01",
        &[
            "--action",
            "Due today @pat due:today",
            "--action",
            "Done late @lee due:2026-11-05",
            "--action",
            "Later @lee due:2026-12-20",
        ],
    );
    let late = env
        .json(&[
            "action",
            "list",
            "--partner",
            "current-org",
            "--format",
            "json",
        ])
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["text"] == "Done late")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["action", "done", &late, "--date", "2026-11-10"]);
    // not problems: a partner added today, exploring without a cadence, a prospect,
    // a paused partner and an ended one with old contact and overdue items
    staffed(&env, "New Org", &[]);
    env.ok(&[
        "partner",
        "add",
        "Exploring Free",
        "--stage",
        "exploring",
        "--since",
        "2025-01-01",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Prospect Org",
        "--stage",
        "prospect",
        "--since",
        "2025-01-01",
    ]);
    let paused = staffed(
        &env,
        "Paused Org",
        &["--since", "2020-01-01", "--stage", "paused"],
    );
    log(
        &env,
        &paused,
        "2025-01-01",
        &["--action", "Old item @pat due:2025-02-01"],
    );
    let ended = staffed(&env, "Ended Org", &["--since", "2020-01-01"]);
    log(
        &env,
        &ended,
        "2025-01-01",
        &["--action", "Old item @lee due:2025-02-01"],
    );
    env.ok(&[
        "partner",
        "end",
        &ended,
        "--reason",
        "Closed",
        "--date",
        "2026-10-01",
    ]);

    let json = env.json(&["status", "--format", "json"]);
    let items: Vec<(String, String, String, Option<String>, i64)> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["urgency"].as_str().unwrap().to_string(),
                i["kind"].as_str().unwrap().to_string(),
                i["partner"].as_str().unwrap().to_string(),
                i["side"].as_str().map(str::to_string),
                i["days"].as_i64().unwrap(),
            )
        })
        .collect();
    let item = |u: &str, k: &str, p: &str, side: Option<&str>, days: i64| {
        (
            u.to_string(),
            k.to_string(),
            p.to_string(),
            side.map(str::to_string),
            days,
        )
    };
    assert_eq!(
        items,
        vec![
            item("overdue", "checkin-overdue", "never-met", None, 83),
            item("overdue", "checkin-overdue", "overdue-org", None, 53),
            item(
                "overdue",
                "action-overdue",
                "action-org",
                Some("partner"),
                30
            ),
            item("overdue", "action-overdue", "action-org", Some("ours"), 22),
            item("overdue", "checkin-overdue", "exploring-monthly", None, 22),
            item("overdue", "checkin-overdue", "planned-org", None, 3),
            item("soon", "checkin-due", "soon-org", None, -8),
        ]
    );
    let roster = &json["items"][3];
    assert_eq!(
        roster["problem"],
        "our action item 22 days overdue: Send the roster (Pat Ours)"
    );
    assert_eq!(roster["date"], "2026-11-01");
    assert_eq!(
        roster["fix"],
        format!("accord action done {}", roster["subject"].as_str().unwrap())
    );
    assert_eq!(json["items"][0]["fix"], "accord checkin log never-met");
    assert_eq!(
        json["items"][5]["problem"],
        "check-in 3 days overdue: planned for 2026-11-20 at the check-in of 2026-11-01"
    );
    let text = env.ok(&["status"]);
    assert!(
        text.contains("soon     Soon Org           check-in due in 8 days: last contact 2026-09-01 (2 months ago), meets quarterly\n         → accord checkin log soon-org\n"),
        "{text}"
    );
    assert!(
        text.ends_with("\n6 overdue, 1 due soon as of 2026-11-23\n"),
        "{text}"
    );
    env.fails(1, &["status", "--exit-code"]);

    // as of an earlier date, what was due then: Planned Org and Current Org had not
    // met yet, and no action item was overdue
    let then = env.json(&["--today", "2026-10-20", "status", "--format", "json"]);
    let kinds: Vec<(&str, &str)> = then["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["kind"].as_str().unwrap(), i["partner"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("checkin-overdue", "planned-org"),
            ("checkin-overdue", "current-org"),
            ("checkin-overdue", "never-met"),
            ("checkin-overdue", "overdue-org"),
            ("checkin-due", "exploring-monthly"),
        ]
    );
}

/// A partnership that began years ago and is entered today, with no history, is not
/// flagged for years of meetings and evaluations nobody recorded: expectations start
/// when accord began tracking it (`added`), for `partner add` and `import` alike.
#[test]
fn a_partnership_entered_late_starts_its_expectations_when_it_was_added() {
    let env = TestEnv::new();
    let id = staffed_without_evaluation(&env, "Old Friend", &["--since", "2018-06-01"]);
    assert!(
        env.read(&format!("partners/{id}.toml"))
            .contains("\nadded = 2026-11-23\n")
    );
    env.write("old.csv", "Name,Since\nOlder Friend,2017-09-01\n");
    env.ok(&["import", "partners", "old.csv"]);
    assert!(
        env.read("partners/older-friend.toml")
            .contains("\nadded = 2026-11-23\n")
    );
    let status = env.json(&["status", "--format", "json"]);
    let kinds: Vec<(&str, &str)> = status["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["partner"].as_str().unwrap(), i["kind"].as_str().unwrap()))
        .collect();
    // only the roles the imported partner has not named yet
    assert_eq!(
        kinds,
        [("older-friend", "no-role"), ("older-friend", "no-role")]
    );
    // a quarter on, the check-in is due from the day it was added...
    let later = env.ok(&["status", "--today", "2027-02-20"]);
    assert!(
        later.contains("check-in due in 3 days: no check-in recorded since it was added to accord on 2026-11-23, meets quarterly"),
        "{later}"
    );
    // ...and a year on, so is the evaluation
    let year = env.ok(&["status", "--today", "2027-12-01"]);
    assert!(
        year.contains("annual evaluation overdue: none recorded since it was added to accord on 2026-11-23 (12 months ago)"),
        "{year}"
    );
    // a file without `added` keeps the old rule: due from `since`
    let file = env
        .read(&format!("partners/{id}.toml"))
        .replace("added = 2026-11-23\n", "");
    env.write(&format!("partners/{id}.toml"), &file);
    let old = env.ok(&["status"]);
    assert!(
        old.contains("no check-in recorded since the partnership began 2018-06-01"),
        "{old}"
    );
}

/// An active partner with a liaison on both sides.
fn staffed_without_evaluation(env: &TestEnv, name: &str, extra: &[&str]) -> String {
    let mut args = vec!["partner", "add", name];
    args.extend_from_slice(extra);
    env.ok(&args);
    let id = name.to_lowercase().replace(' ', "-");
    for (side, person) in [("ours", "Pat Ours"), ("partner", "Lee Theirs")] {
        env.ok(&[
            "role", "assign", &id, "--side", side, "--title", "Liaison", "--person", person,
        ]);
    }
    id
}

/// The problems `status` lists for `args`, as (kind, partner or "program").
fn listed(env: &TestEnv, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["status", "--format", "json"];
    all.extend_from_slice(args);
    env.json(&all)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["partner"].as_str().unwrap_or("program").to_string(),
            )
        })
        .collect()
}

#[test]
fn status_narrows_to_a_partner_a_person_a_side_an_urgency_a_kind_a_type_or_a_tag() {
    let env = TestEnv::example();
    let all = listed(&env, &[]);
    // 19 about partners and goals, 2 about the example's surveys
    assert_eq!(all.len(), 21);
    let only = |args: &[&str]| listed(&env, args);
    // a partner, by any unique prefix; repeated
    let museum = only(&["--partner", "science"]);
    assert_eq!(museum.len(), 6);
    assert!(museum.iter().all(|(_, p)| p == "science-museum"));
    let two = only(&["--partner", "science", "--partner", "valley-college"]);
    // and the survey Valley College shares with TechForward, listed under either
    assert_eq!(two.len(), 6 + 6 + 1);
    let tech = only(&["--partner", "techforward"]);
    assert!(
        tech.contains(&("survey-closing".to_string(), "techforward".to_string())),
        "the shared survey is listed for TechForward too: {tech:?}"
    );
    // a person: what they own, and everything about the partners where they are our
    // liaison; --mine is the same for the user
    let marcus = only(&["--owner", "marcus"]);
    assert!(
        marcus
            .iter()
            .all(|(k, p)| p == "valley-college" || k == "survey-closing"),
        "{marcus:?}"
    );
    assert_eq!(marcus.len(), 6 + 1);
    let angela = only(&["--owner", "Angela Ruiz"]);
    assert!(
        angela.contains(&("goal-at-risk".into(), "program".into())),
        "the program goal she owns: {angela:?}"
    );
    let mine = env
        .cmd()
        .env("ACCORD_USER", "Marcus Bell")
        .args(["status", "--mine", "--format", "json"])
        .output()
        .unwrap();
    let mine: serde_json::Value = serde_json::from_slice(&mine.stdout).unwrap();
    assert_eq!(mine["items"].as_array().unwrap().len(), marcus.len());
    // a side, an urgency, a kind or a group of kinds
    assert!(
        only(&["--side", "partner"])
            .iter()
            .all(|(k, _)| k == "action-overdue")
    );
    assert_eq!(
        only(&["--side", "ours"]),
        [
            ("action-overdue".into(), "valley-college".into()),
            ("action-overdue".into(), "techforward".into()),
            ("no-role".into(), "science-museum".into()),
            ("investment-lopsided".into(), "riverside-hospital".into()),
        ]
    );
    // one of them a survey closing with few answers
    assert_eq!(only(&["--urgency", "soon"]).len(), 3);
    assert_eq!(
        only(&["--urgency", "soon", "--urgency", "overdue"]).len(),
        12
    );
    assert_eq!(only(&["--kind", "checkin"]).len(), 2);
    assert_eq!(only(&["--kind", "checkin-due"]).len(), 1);
    assert_eq!(only(&["--kind", "goal", "--kind", "role"]).len(), 5);
    // a partner type or tag; program-wide goals are about no partner
    assert!(
        only(&["--type", "Cultural"])
            .iter()
            .all(|(_, p)| p == "science-museum")
    );
    assert_eq!(
        only(&["--tag", "funder"]),
        [
            ("action-overdue".into(), "riverside-hospital".into()),
            ("evaluation-divergence".into(), "riverside-hospital".into()),
            ("investment-lopsided".into(), "riverside-hospital".into()),
        ]
    );
    // the table says when the filters leave nothing
    assert_eq!(
        env.ok(&["status", "--owner", "nobody"]),
        "nothing matches as of 2026-11-23 (21 without the filters)\n"
    );
    // and wrong values are refused, naming the right ones
    let err = env.fails(2, &["status", "--kind", "checkins"]);
    assert!(err.contains("checkin-overdue"), "{err}");
    let err = env.fails(2, &["status", "--type", "helth"]);
    assert!(err.contains("unknown partner type `helth`"), "{err}");
    let err = env.fails(1, &["status", "--partner", "nowhere"]);
    assert!(err.contains("nowhere"), "{err}");
}

#[test]
fn a_long_status_shows_the_most_urgent_and_counts_the_rest_by_kind() {
    let env = TestEnv::new();
    env.import_new_partners(30);
    let text = env.ok(&["status"]);
    assert_eq!(text.matches("\n         → ").count(), 25, "{text}");
    assert!(
        text.ends_with(
            "\nand 95 more, by kind (`--all` lists every item):\n   \
             5 check-ins overdue         --kind checkin-overdue\n  \
             30 evaluations due           --kind evaluation-due\n  \
             60 sides with no role named  --kind no-role\n\n\
             60 overdue, 60 to watch as of 2026-11-23\n"
        ),
        "{text}"
    );
    assert_eq!(env.ok(&["status", "--all"]).matches(" → ").count(), 120);
    // JSON always has every item
    let json = env.json(&["status", "--format", "json"]);
    assert_eq!(json["items"].as_array().unwrap().len(), 120);
    // narrowed to a kind, the rest is counted without repeating the flag
    let checkins = env.ok(&["status", "--kind", "checkin"]);
    assert!(
        checkins.ends_with(
            "\nand 5 more, by kind (`--all` lists every item):\n  5 check-ins overdue\n\n30 overdue as of 2026-11-23\n"
        ),
        "{checkins}"
    );
}

/// `status --today DATE` says what the quarterly report's attention section says for the
/// quarter ending that day: one rule for a partner as it stood on a date. The example
/// has a partner that ended in 2025 (active before then), partners that began in 2026
/// (absent before then), and one added here that ends after the last date.
#[test]
fn status_on_a_past_date_is_the_reports_attention_for_that_day() {
    let env = TestEnv::example();
    env.ok(&[
        "partner",
        "add",
        "Late Bloomer",
        "--since",
        "2026-02-01",
        "--today",
        "2026-02-01",
        "--agreement-signed",
        "2026-02-01",
        "--agreement-ends",
        "2026-05-31",
    ]);
    env.ok(&[
        "partner",
        "end",
        "late-bloomer",
        "--reason",
        "Moved away",
        "--date",
        "2026-10-31",
    ]);
    for day in [
        "2025-03-31",
        "2025-06-30",
        "2025-09-30",
        "2025-12-31",
        "2026-03-31",
        "2026-06-30",
        "2026-09-30",
    ] {
        let status = env.json(&["status", "--today", day, "--format", "json"]);
        let report = env.json(&["report", "quarterly", "--quarter", day, "--format", "json"]);
        assert_eq!(report["as_of"], day);
        assert_eq!(
            status["items"], report["attention"],
            "status and the report disagree on {day}"
        );
        let about = |who: &str| {
            status["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|i| i["partner"] == who)
                .count()
        };
        // not begun: nothing; ended later: still listed as the active partner it was
        if day < "2026-02-01" {
            assert_eq!(about("late-bloomer"), 0, "{day}");
        } else {
            assert!(about("late-bloomer") > 0, "{day}");
        }
        if day < "2025-06-30" {
            assert!(about("summit-engineering") > 0, "{day}");
        }
    }
}
