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
