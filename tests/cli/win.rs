//! `accord win`: success stories and milestones, logged and listed.

use crate::common::TestEnv;

#[test]
fn wins_are_logged_and_listed_newest_first() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&["partner", "add", "Beta"]);
    let said = env.ok_err(&[
        "win",
        "log",
        "acme",
        "Twelve seniors earned their CNA certification",
        "--date",
        "2026-06-10",
        "--tag",
        "students",
        "--tag",
        "board-report",
        "--tag",
        "Students",
    ]);
    assert!(
        said.starts_with("logged win ") && said.ends_with(" for `acme`\n"),
        "{said}"
    );
    let text = env.read("partners/acme.toml");
    let tail = &text[text.find("[[win]]").unwrap()..];
    let id = tail.lines().nth(1).unwrap();
    assert_eq!(
        tail,
        format!(
            "[[win]]\n{id}\ndate = 2026-06-10\ntext = \"Twelve seniors earned their CNA certification\"\ntags = [\"students\", \"board-report\"]\nby = \"Test User\"\n"
        )
    );
    env.ok(&["win", "log", "beta", "Robotics team went to state"]);

    let out = env.ok(&["win", "list"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("DATE        PARTNER  ID"), "{out}");
    assert!(
        lines[1].starts_with("2026-11-23  beta"),
        "newest first: {out}"
    );
    assert!(
        lines[2].ends_with("Twelve seniors earned their CNA certification  students, board-report"),
        "{out}"
    );
    let json = env.json(&["win", "list", "--tag", "STUDENTS", "--format", "json"]);
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["partner"], "acme");
    assert_eq!(
        rows[0]["tags"],
        serde_json::json!(["students", "board-report"])
    );
    assert_eq!(
        env.json(&["win", "list", "beta", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn empty_or_future_wins_are_refused() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = env.snapshot();
    assert!(
        env.fails(2, &["win", "log", "acme", "  "])
            .contains("needs a sentence")
    );
    assert!(
        env.fails(2, &["win", "log", "acme", "Soon", "--date", "+1d"])
            .contains("after today")
    );
    assert!(
        env.fails(1, &["win", "log", "zeta", "x"])
            .contains("no partner `zeta`")
    );
    assert_eq!(env.snapshot(), before);
    assert_eq!(
        env.ok(&["win", "list"]),
        "no wins yet; record one with `accord win log PARTNER \"What happened\"`\n"
    );
}
