//! `examples/riverside` is a realistic workspace; it must stay valid and keep showing what
//! it is meant to show.

use crate::common::TestEnv;
use std::collections::BTreeSet;

#[test]
fn the_example_is_valid() {
    let env = TestEnv::example();
    let out = env.ok(&["check"]);
    assert!(out.ends_with("no problems\n"), "{out}");
}

#[test]
fn the_example_has_the_partners_it_promises() {
    let env = TestEnv::example();
    let partners = env.json(&["partner", "list", "--all", "--format", "json"]);
    let partners = partners.as_array().unwrap();
    assert!(partners.len() >= 8);
    let types: BTreeSet<&str> = partners
        .iter()
        .map(|p| p["type"].as_str().unwrap())
        .collect();
    let stages: BTreeSet<&str> = partners
        .iter()
        .map(|p| p["stage"].as_str().unwrap())
        .collect();
    assert!(types.len() >= 6, "{types:?}");
    for stage in ["prospect", "exploring", "active", "paused", "ended"] {
        assert!(stages.contains(stage), "no {stage} partner");
    }
    let days: Vec<i64> = partners
        .iter()
        .filter_map(|p| p["agreement_days_left"].as_i64())
        .collect();
    assert!(
        days.iter().any(|&d| (0..=90).contains(&d)),
        "an agreement expiring soon"
    );
    assert!(days.iter().any(|&d| d < 0), "an expired agreement");
    for p in partners.iter().filter(|p| p["stage"] == "active") {
        let id = p["id"].as_str().unwrap();
        let show = env.json(&["partner", "show", id, "--format", "json"]);
        assert!(
            !show["contacts"].as_array().unwrap().is_empty(),
            "{id} has contacts"
        );
        assert!(
            !show["roles"]["partner"].as_array().unwrap().is_empty(),
            "{id} names the partner's liaison"
        );
    }
}

#[test]
fn commands_run_over_a_copy_of_the_example() {
    let env = TestEnv::example();
    env.ok(&["partner", "set", "riverside-h", "--add-tag", "renewal-2027"]);
    env.ok(&[
        "role",
        "assign",
        "science-museum",
        "--side",
        "ours",
        "--title",
        "Liaison",
        "--person",
        "Dana Whitfield",
    ]);
    let museum = env.json(&["partner", "show", "science-museum", "--format", "json"]);
    assert_eq!(museum["gaps"], serde_json::json!([]));
    let original = std::fs::read_to_string(
        crate::common::example_dir().join("partners/riverside-hospital.toml"),
    )
    .unwrap();
    let changed = env.read("partners/riverside-hospital.toml");
    assert_eq!(
        changed,
        original.replace(
            "tags = [\"anchor\", \"funder\"]",
            "tags = [\"anchor\", \"funder\", \"renewal-2027\"]"
        )
    );
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn the_example_has_the_surveys_it_promises() {
    let env = TestEnv::example();
    let surveys = env.json(&["survey", "list", "--format", "json"]);
    let surveys = surveys.as_array().unwrap();
    let find = |f: &dyn Fn(&serde_json::Value) -> bool| {
        surveys
            .iter()
            .find(|s| f(s))
            .cloned()
            .unwrap_or_else(|| panic!("no such survey in {surveys:?}"))
    };
    // Teachers about the hospital partnership, closed, with responses.
    let teachers = find(&|s| {
        s["partners"] == serde_json::json!(["riverside-hospital"])
            && s["groups"] == serde_json::json!(["teachers"])
    });
    assert_eq!(teachers["state"], "closed");
    assert!(teachers["responses"].as_u64().unwrap() >= 5);
    // A program-wide family survey, with a group small enough to show how it is kept
    // anonymous or large enough to compare, and responses.
    let families = find(&|s| {
        s["partners"] == serde_json::json!([])
            && s["groups"].as_array().unwrap().contains(&"families".into())
    });
    assert!(families["responses"].as_u64().unwrap() >= 5);
    let shown = env.json(&[
        "survey",
        "show",
        families["id"].as_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(!shown["differences"].as_array().unwrap().is_empty());
    // A survey of several partners, one of them too small to show.
    let several = find(&|s| s["partners"].as_array().unwrap().len() > 1);
    let shown = env.json(&[
        "survey",
        "show",
        several["id"].as_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        shown["by_partner"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["hidden"] == "fewer than 5 responses")
    );
}
