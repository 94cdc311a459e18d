//! What an adversarial run found (issue 14), each case as it was reproduced: hand edits
//! racing a write, symlinks, interrupted writes, a lock held forever, line endings, dates
//! and numbers out of range, and messages that pointed the wrong way.

use crate::common::TestEnv;

// Input: dates outside the years 1 to 9999 are refused when typed.

#[test]
fn dates_outside_years_1_to_9999_are_refused_with_the_range() {
    let env = TestEnv::new();
    let err = env.fails(2, &["partner", "add", "Acme", "--since", "0000-01-01"]);
    assert!(err.contains("0001-01-01 and 9999-12-31"), "{err}");
    let err = env.fails(
        2,
        &[
            "goal", "add", "Reach", "--metric", "m", "--unit", "%", "--target", "3", "--due",
            "+99999y",
        ],
    );
    assert!(err.contains("0001-01-01 and 9999-12-31"), "{err}");
    assert!(!err.contains("please report"), "{err}");
    assert!(!env.path("partners/acme.toml").exists());
    assert!(!env.path("goals/reach.toml").exists());
}

// Messages that pointed the wrong way.

#[test]
fn a_rating_that_is_not_a_whole_number_from_1_to_5_says_so() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    for bad in ["3.5", "6", "0"] {
        let err = env.fails(
            2,
            &["checkin", "log", "acme", "--summary", "x", "--rating", bad],
        );
        assert!(err.contains("a whole number from 1 to 5"), "{bad}: {err}");
    }
}

#[test]
fn an_hour_value_that_is_not_a_number_says_so() {
    let env = TestEnv::new();
    let settings = env.read("accord.toml");
    env.write(
        "accord.toml",
        &settings.replace("# hour_value = 33.49", "hour_value = nan"),
    );
    let err = env.fails(1, &["status"]);
    assert!(err.contains("hour_value must be a number"), "{err}");
    assert!(!err.contains("negative"), "{err}");
}

#[test]
fn a_reserved_file_name_is_not_told_to_rename_to_itself() {
    let env = TestEnv::new();
    env.write("partners/con.toml", "name = \"Con\"\n");
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("rename it to `con-1.toml`"), "{stdout}");
    assert!(!stdout.contains("rename it to `con.toml`"), "{stdout}");
}

// Hand-edited numbers.

#[test]
fn hand_edited_numbers_are_errors_in_check_and_never_wrong_totals() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let mut text = env.read("partners/acme.toml");
    for (id, amount) in [
        ("c1", "nan"),
        ("c2", "inf"),
        ("c3", "9223372036854775807"),
        ("c4", "9223372036854775807"),
        ("c5", "500"),
    ] {
        text.push_str(&format!(
            "\n[[contribution]]\nid = \"{id}\"\ndate = 2026-10-01\nkind = \"funding\"\namount = {amount}\nside = \"ours\"\n"
        ));
    }
    env.write("partners/acme.toml", &text);
    env.write(
        "goals/reach.toml",
        "title = \"Reach\"\nmetric = \"m\"\nunit = \"%\"\nbaseline = 10.0\ntarget = 20.0\nstart = 2026-10-01\ndue = 2027-10-01\n\n[[measurement]]\nid = \"m1\"\ndate = 2026-11-01\nvalue = nan\n",
    );
    let out = env.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for (needle, what) in [
        ("amount = nan", "not a number"),
        ("amount = inf", "not a number"),
        ("amount = 9223372036854775807", "too large"),
    ] {
        for (i, _) in lines.iter().enumerate().filter(|(_, l)| **l == needle) {
            let at = format!("partners/acme.toml:{}:10: error: amount", i + 1);
            let line = stdout
                .lines()
                .find(|l| l.starts_with(&at))
                .unwrap_or_else(|| panic!("no {at}\n{stdout}"));
            assert!(line.contains(what), "{line}");
        }
    }
    assert!(
        stdout.contains("goals/reach.toml:12:9: error: value must be a number"),
        "{stdout}"
    );
    for args in [
        &["report", "partner", "acme"][..],
        &["contrib", "list"],
        &["goal", "list"],
        &["status"],
    ] {
        let shown = env.ok(args);
        for bad in ["NaN", "inf", "92,233,720,368,547,758", "18,446,744"] {
            assert!(
                !shown.contains(bad),
                "`{}` shows {bad}:\n{shown}",
                args.join(" ")
            );
        }
    }
    assert!(env.ok(&["report", "partner", "acme"]).contains("$500"));
}
