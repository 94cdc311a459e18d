//! Finding partners and goals the way people name them: by id, id prefix, name in any
//! case, or a word or phrase of the name.

use crate::common::TestEnv;

fn env() -> TestEnv {
    let env = TestEnv::new();
    for name in [
        "Northwind Medical Center",
        "Lakeview Public Library",
        "Riverside Regional Hospital",
        "Riverside Valley Community College",
    ] {
        env.ok(&["partner", "add", name]);
    }
    env
}

fn shown(env: &TestEnv, typed: &str) -> String {
    let json = env.json(&["partner", "show", typed, "--format", "json"]);
    json["id"].as_str().unwrap().to_string()
}

#[test]
fn a_partner_by_id_case_prefix_word_or_phrase() {
    let env = env();
    assert_eq!(
        shown(&env, "lakeview-public-library"),
        "lakeview-public-library"
    );
    assert_eq!(
        shown(&env, "NORTHWIND MEDICAL CENTER"),
        "northwind-medical-center"
    );
    assert_eq!(shown(&env, "northw"), "northwind-medical-center");
    assert_eq!(shown(&env, "Northwind"), "northwind-medical-center");
    assert_eq!(shown(&env, "medical center"), "northwind-medical-center");
    assert_eq!(shown(&env, "lakeview library"), "lakeview-public-library");
    assert_eq!(
        shown(&env, "community college"),
        "riverside-valley-community-college"
    );
}

#[test]
fn commands_that_write_take_names_too() {
    let env = env();
    env.ok(&[
        "checkin",
        "log",
        "lakeview library",
        "--summary",
        "Tour of the maker space",
    ]);
    let list = env.json(&["checkin", "list", "Lakeview", "--format", "json"]);
    assert_eq!(list[0]["partner"], "lakeview-public-library");
    env.ok(&[
        "role", "assign", "hospital", "--side", "ours", "--title", "Liaison", "--person", "Dana",
    ]);
    let roles = env.json(&[
        "role",
        "list",
        "Riverside Regional Hospital",
        "--format",
        "json",
    ]);
    assert_eq!(roles[0]["partner"], "riverside-regional-hospital");
}

#[test]
fn several_matches_are_listed_and_nothing_changes() {
    let env = env();
    let before = env.snapshot();
    let err = env.fails(1, &["checkin", "log", "riverside", "--summary", "Call"]);
    assert_eq!(
        err,
        "error: `riverside` matches several partners:\n  riverside-regional-hospital         Riverside Regional Hospital\n  riverside-valley-community-college  Riverside Valley Community College\nhint: give the id, or more of the name\n"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn no_match_suggests_the_closest() {
    let env = env();
    let err = env.fails(1, &["partner", "show", "Northwnd"]);
    assert_eq!(
        err,
        "error: no partner `Northwnd`\nhint: did you mean `northwind-medical-center`? `accord partner list` shows them all\n"
    );
    let err = env.fails(1, &["partner", "show", "zoo"]);
    assert_eq!(
        err,
        "error: no partner `zoo`\nhint: `accord partner list` shows them all\n"
    );
}

#[test]
fn removing_still_wants_the_exact_id() {
    let env = env();
    let err = env.fails(1, &["partner", "remove", "Northwind", "--yes"]);
    assert!(
        err.contains("give the exact id to delete; did you mean `northwind-medical-center`?"),
        "{err}"
    );
}

#[test]
fn a_goal_by_its_title() {
    let env = env();
    env.ok(&[
        "goal",
        "add",
        "Raise attendance at Lincoln High",
        "--metric",
        "attendance rate",
        "--unit",
        "%",
        "--target",
        "94",
    ]);
    env.ok(&[
        "goal",
        "add",
        "Place forty interns",
        "--metric",
        "internships",
        "--unit",
        "students",
        "--target",
        "40",
    ]);
    env.ok(&["goal", "track", "lincoln high", "91"]);
    let g = env.json(&["goal", "show", "ATTENDANCE", "--format", "json"]);
    assert_eq!(g["id"], "raise-attendance-at-lincoln-high");
    assert_eq!(g["measurements"][0]["value"], 91.0);
    let err = env.fails(1, &["goal", "show", "students"]);
    assert!(err.contains("no goal `students`"), "{err}");
}

#[test]
fn goals_take_partners_by_name() {
    let env = TestEnv::example();
    env.ok(&["goal", "set", "pantry", "--remove-partner", "food bank"]);
    let g = env.json(&["goal", "show", "pantry", "--format", "json"]);
    assert_eq!(g["partners"], serde_json::json!([]));
    env.ok(&["goal", "set", "pantry", "--add-partner", "Harvest Table"]);
    let g = env.json(&["goal", "show", "pantry", "--format", "json"]);
    assert_eq!(g["partners"][0]["id"], "harvest-food-bank");
}
