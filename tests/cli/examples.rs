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
