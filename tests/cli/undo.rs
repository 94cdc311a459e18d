//! `accord undo`: each kind of write taken back, refusals that change nothing, the
//! journal's bound.

use crate::common::TestEnv;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Every file of the workspace except the journal and the lock.
fn data(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut all = env.snapshot();
    all.retain(|p, _| !p.strip_prefix(&env.root).unwrap().starts_with(".accord"));
    all
}

#[test]
fn undo_takes_back_a_new_file() {
    let env = TestEnv::new();
    let before = data(&env);
    env.ok(&["partner", "add", "Northwind Medical Center"]);
    let err = env.ok_err(&["undo"]);
    assert_eq!(
        err,
        "undid `accord partner add \"Northwind Medical Center\"` (2026-11-23 14:05)\n  removed `partners/northwind-medical-center.toml`, which it had made\nan undo cannot be undone; to redo, run the command again\n"
    );
    assert_eq!(data(&env), before);
}

/// Surveys are data files like the others: what changes them is undone too.
#[test]
fn undo_takes_back_survey_commands() {
    let env = TestEnv::example();
    let before = data(&env);
    env.ok(&[
        "survey",
        "new",
        "Teachers",
        "--id",
        "teachers",
        "--closes",
        "2026-12-20",
    ]);
    let started = data(&env);
    env.ok(&["survey", "set", "hospital-teachers", "--invited", "30"]);
    assert_ne!(data(&env), started);
    let err = env.ok_err(&["undo"]);
    assert!(err.contains("surveys/hospital-teachers.toml"), "{err}");
    assert_eq!(data(&env), started);
    let err = env.ok_err(&["undo"]);
    assert!(
        err.contains("removed `surveys/teachers.toml`, which it had made"),
        "{err}"
    );
    assert_eq!(data(&env), before);
}

#[test]
fn undo_takes_back_a_change_and_goes_back_n() {
    let env = TestEnv::example();
    let start = data(&env);
    env.ok(&["checkin", "log", "riverside-hospital", "--summary", "Call"]);
    let after_log = data(&env);
    env.ok(&["partner", "set", "riverside-hospital", "--stage", "paused"]);
    env.ok(&["undo"]);
    assert_eq!(data(&env), after_log);
    env.ok(&["partner", "set", "riverside-hospital", "--stage", "paused"]);
    env.ok(&["win", "log", "city-parks", "Trail day"]);
    let err = env.ok_err(&["undo", "3"]);
    assert!(
        err.starts_with("undid `accord win log city-parks \"Trail day\"`"),
        "{err}"
    );
    assert!(
        err.contains("undid `accord checkin log riverside-hospital --summary Call`"),
        "{err}"
    );
    assert_eq!(data(&env), start);
    assert_eq!(
        env.ok(&["undo", "--list"]),
        "nothing to undo: no command has changed this workspace since the journal began\n"
    );
}

#[test]
fn undo_puts_back_a_removed_file() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = data(&env);
    env.ok(&["partner", "remove", "acme", "--yes"]);
    let err = env.ok_err(&["undo"]);
    assert!(
        err.contains("made `partners/acme.toml` again, which it had removed"),
        "{err}"
    );
    assert_eq!(data(&env), before);
}

#[test]
fn undo_takes_back_a_whole_import() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = data(&env);
    env.write(
        "../rows.csv",
        "name,type\nLumen Arts,cultural\nGreenway,corporate\nCity Parks,government\n",
    );
    env.ok(&["import", "partners", "../rows.csv"]);
    let list = env.ok(&["undo", "--list"]);
    assert_eq!(
        list,
        "#  WHEN              COMMAND                             FILES\n\
         1  2026-11-23 14:05  accord import partners ../rows.csv  partners/lumen-arts.toml (created), partners/greenway.toml (created), partners/city-parks.toml (created)\n\
         2  2026-11-23 14:05  accord partner add Acme             partners/acme.toml (created)\n"
    );
    env.ok(&["undo"]);
    assert_eq!(data(&env), before);
}

#[test]
fn undo_refuses_over_a_hand_edit_and_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&["partner", "set", "acme", "--stage", "paused"]);
    let text = env.read("partners/acme.toml");
    env.write("partners/acme.toml", &format!("{text}# a note by hand\n"));
    let before = env.snapshot();
    let err = env.fails(1, &["undo"]);
    assert_eq!(
        err,
        "error: cannot undo `accord partner set acme --stage paused` (2026-11-23 14:05, the last command): `partners/acme.toml` was changed since (by hand, by a command accord does not journal, or by a git pull); nothing was changed\n\
         hint: undo only puts back files that are exactly as accord left them; look at `partners/acme.toml` (`git diff` shows what changed) and fix it by hand, or run `accord check`\n"
    );
    assert_eq!(env.snapshot(), before);

    // a file removed by hand is refused too
    std::fs::remove_file(env.path("partners/acme.toml")).unwrap();
    let err = env.fails(1, &["undo", "2"]);
    assert!(
        err.contains("`partners/acme.toml` was removed since"),
        "{err}"
    );
}

#[test]
fn the_journal_keeps_the_last_50_commands() {
    let env = TestEnv::new();
    for i in 0..52 {
        env.ok(&["partner", "add", &format!("Partner {i}")]);
    }
    let rows = env.json(&["undo", "--list", "--format", "json"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 50);
    assert_eq!(rows[0]["command"], "accord partner add \"Partner 51\"");
    assert_eq!(rows[49]["command"], "accord partner add \"Partner 2\"");
    assert_eq!(
        std::fs::read_dir(env.path(".accord/journal"))
            .unwrap()
            .count(),
        50
    );
    let err = env.fails(1, &["undo", "51"]);
    assert!(err.contains("only 50 commands can be undone"), "{err}");
    env.ok(&["undo", "50"]);
    assert_eq!(
        env.ok(&["partner", "list", "--format", "csv"])
            .lines()
            .count(),
        3
    );
}

#[test]
fn reads_and_failed_commands_are_not_journaled() {
    let env = TestEnv::example();
    env.ok(&["status"]);
    env.ok(&["export", "partners", "--output", "partners.csv"]);
    env.fails(
        2,
        &["checkin", "log", "riverside-hospital", "--rating", "9"],
    );
    assert_eq!(
        env.ok(&["undo", "--list"]),
        "nothing to undo: no command has changed this workspace since the journal began\n"
    );
    let err = env.fails(1, &["undo"]);
    assert!(
        err.starts_with("error: there is nothing to undo\n"),
        "{err}"
    );
    assert!(!env.path(".accord/journal").exists());
}

#[test]
fn the_journal_is_never_shared() {
    let env = TestEnv::new();
    assert!(
        env.read(".gitignore").lines().any(|l| l == "/.accord/"),
        "{}",
        env.read(".gitignore")
    );
    env.ok(&["partner", "add", "Acme"]);
    // ignored from inside too, for workspaces made before init listed it
    assert_eq!(
        env.read(".accord/.gitignore"),
        "# accord's local undo journal: never shared\n*\n"
    );
}

#[test]
fn the_readme_shows_what_undo_says() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let section = &readme[readme.find("### Undo").unwrap()..];
    let shown = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap();
    let env = TestEnv::example();
    env.ok(&[
        "checkin",
        "log",
        "city-parks",
        "--summary",
        "Trail walk with the rangers",
    ]);
    env.ok(&[
        "win",
        "log",
        "city-parks",
        "Sixty families came to trail day",
    ]);
    assert_eq!(env.ok_err(&["undo", "2"]), shown);
}

#[test]
fn an_edit_in_the_editor_is_undone_too() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = env.read("partners/acme.toml");
    let out = env
        .cmd()
        .env("EDITOR", "sed -i s/other/corporate/")
        .args(["partner", "edit", "acme"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(env.read("partners/acme.toml").contains("corporate"));
    env.ok(&["undo"]);
    assert_eq!(env.read("partners/acme.toml"), before);
}
