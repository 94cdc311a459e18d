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

/// A check-in pasted by hand into a second partner's file (a joint meeting logged twice)
/// leaves two records with one id: commands that take that id, or a prefix of it alone,
/// name both and do nothing, with the cache and without it.
#[test]
fn an_id_two_records_share_names_both_and_changes_nothing() {
    let env = TestEnv::example();
    let text = env.read("partners/riverside-hospital.toml");
    let block = text
        .split("\n\n")
        .find(|b| b.starts_with("[[checkin]]"))
        .unwrap();
    let id = block
        .lines()
        .find_map(|l| l.strip_prefix("id = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    let copy = format!("{}\n{block}\n", env.read("partners/city-parks.toml"));
    env.write("partners/city-parks.toml", &copy);
    let before = env.snapshot();
    let both =
        format!("names 2 check-ins with the same id: {id} (city-parks), {id} (riverside-hospital)");
    let prefix = &id[..5];
    for args in [
        vec!["checkin", "show", id.as_str()],
        vec!["checkin", "show", prefix],
        vec!["checkin", "set", id.as_str(), "--summary", "Changed"],
        vec!["checkin", "remove", id.as_str(), "--yes"],
    ] {
        for cache in [true, false] {
            let out = env
                .cmd()
                .env("ACCORD_NO_CACHE", if cache { "" } else { "1" })
                .args(&args)
                .output()
                .unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(1), "`{}`: {err}", args.join(" "));
            assert!(err.contains(&both), "`{}`: {err}", args.join(" "));
            assert!(err.contains("ids must be unique"), "{err}");
        }
    }
    let err = env.fails(1, &["edit", &id]);
    assert!(err.contains("names 2 records with the same id"), "{err}");
    let after = env.snapshot();
    let changed: Vec<_> = after
        .iter()
        .filter(|(p, bytes)| before.get(*p) != Some(*bytes))
        .map(|(p, _)| p)
        .collect();
    assert!(
        changed.is_empty() && after.len() == before.len(),
        "changed: {changed:?}"
    );
    // `check` says where both are.
    let said = env.check_errors();
    assert!(
        said.contains(&format!("check-in id `{id}` is also used")),
        "{said}"
    );
}

/// A partner file a merge left with conflict markers is left out, with a warning, when
/// a record is looked up by id, as lists leave it out: records of every other partner
/// are found and changed. An id only that file could hold is the conflict's error.
#[test]
fn a_conflicted_file_does_not_stop_lookups_in_the_others() {
    let env = TestEnv::example();
    let rel = "partners/city-parks.toml";
    let text = env.read(rel);
    let marked = text.replacen(
        "\n[[checkin]]\n",
        "\n<<<<<<< Bob\nstage = \"paused\"\n=======\nstage = \"active\"\n>>>>>>> Alice\n\n[[checkin]]\n",
        1,
    );
    env.write(rel, &marked);
    let ids = env.json(&["checkin", "list", "riverside-hospital", "--format", "json"]);
    let id = ids[0]["id"].as_str().unwrap().to_string();
    for cache in ["", "1"] {
        let out = env
            .cmd()
            .env("ACCORD_NO_CACHE", cache)
            .args(["checkin", "show", &id])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert_eq!(
            err.matches("warning: `partners/city-parks.toml` has a merge conflict to settle")
                .count(),
            1,
            "{err}"
        );
    }
    env.ok(&["checkin", "set", &id, "--rating", "5"]);
    // A prefix an id in the conflicted file starts with could name that record too:
    // nothing is acted on (city-parks holds a check-in whose id starts as this one's).
    let city: Vec<String> = marked
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect();
    let shared = id
        .char_indices()
        .map(|(i, _)| &id[..=i])
        .take_while(|p| city.iter().any(|c| c.starts_with(p)))
        .last()
        .map(str::to_string);
    let prefix = shared.unwrap_or_else(|| panic!("no id of city-parks starts as {id}"));
    let err = env.fails(1, &["checkin", "set", &prefix, "--summary", "oops"]);
    assert!(err.contains("has a merge conflict to settle"), "{err}");
    // An id no other file holds may be in the conflicted one: that is what is said.
    let err = env.fails(1, &["checkin", "show", "zzzzzzzz"]);
    assert!(
        err.contains("`partners/city-parks.toml` has a merge conflict to settle"),
        "{err}"
    );
    assert_eq!(env.read(rel), marked);
}

/// An id of another kind of record, given where one kind is wanted, is named for what it
/// is, not just "not found".
#[test]
fn an_id_of_another_kind_says_what_it_is() {
    let env = TestEnv::example();
    let first = |group: &str| {
        env.json(&[group, "list", "--format", "json"])[0]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let action = first("action");
    let err = env.fails(1, &["checkin", "show", &action]);
    assert!(
        err.contains(&format!(
            "no check-in `{action}`: `{action}` is an action item of `"
        )),
        "{err}"
    );
    assert!(err.contains("`accord action --help`"), "{err}");
    let checkin = first("checkin");
    let err = env.fails(1, &["action", "done", &checkin]);
    assert!(
        err.contains(&format!(
            "no action item `{checkin}`: `{checkin}` is a check-in of `"
        )),
        "{err}"
    );
}
