use crate::common::TestEnv;

#[test]
fn a_clean_workspace_passes() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    assert_eq!(env.ok(&["check"]), "checked 2 files: no problems\n");
}

#[test]
fn a_rating_that_is_not_a_number_is_named_in_the_scales_words() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let file = env.read("partners/acme.toml");
    env.write(
        "partners/acme.toml",
        &(file + "\n[[checkin]]\nid = \"c1\"\ndate = 2026-11-01\nrating = \"four\"\n"),
    );
    let stdout = env.check_errors();
    assert!(
        stdout.contains(
            "partners/acme.toml:10:10: error: `rating`: found the text \"four\", expected a whole number from 1 to 5"
        ),
        "{stdout}"
    );
}

#[test]
fn every_problem_is_reported_with_file_line_and_column() {
    let env = TestEnv::new();
    env.write(
        "partners/acme.toml",
        concat!(
            "name = \"Acme\"\n",
            "stage = \"actve\"\n",
            "nots = \"typo\"\n",
            "\n[agreement]\nsigned = 2026-07-01\nends = 2026-06-30\n",
            "\n[[checkin]]\nid = \"c1\"\ndate = 2026-11-01\nrating = 9\n",
            "\n[[checkin]]\nid = \"c2\"\ndate = 2026-11-02\nkind = \"meting\"\n",
            "\n[[checkin]]\nid = \"c3\"\ndate = 2026-11-03\n",
            "\n[[action]]\nid = \"a1\"\ntext = \"Send roster\"\ncheckin = \"c9\"\n",
        ),
    );
    env.write(
        "partners/beta.toml",
        "name = \"Beta\"\n\n[[checkin]]\nid = \"c3\"\ndate = 2026-11-01\n",
    );
    env.write(
        "partners/broken.toml",
        "name = \"Broken\nstage = \"active\"\n",
    );
    env.write("partners/Bad Name.toml", "name = \"Bad\"\n");
    env.write(
        "goals/reach.toml",
        "title = \"Reach\"\nmetric = \"families\"\ntarget = 100\npartners = [\"acme\", \"acmee\"]\n\n[[measurement]]\nid = \"m1\"\ndate = 2026-01-01\nvalue = 5\n\n[[measurement]]\nid = \"m2\"\ndate = 2026-01-01\nvalue = \"six\"\n",
    );
    let stdout = env.check_errors();
    let expected = [
        "goals/reach.toml:3:10: warning: the goal has no baseline",
        "goals/reach.toml:4:21: error: no partner `acmee` in this workspace; did you mean `acme`?",
        "goals/reach.toml:14:9: error: `value`: found the text \"six\", expected a number",
        "partners/Bad Name.toml: error: the file name is not a usable partner id",
        "partners/acme.toml:2:9: error: `stage`: unknown value `actve`",
        "partners/acme.toml:3:1: warning: unknown field `nots`",
        "partners/acme.toml:7:8: error: the agreement ends (2026-06-30) before it was signed (2026-07-01)",
        "partners/acme.toml:12:10: error: rating 9 is outside 1 to 5",
        "partners/acme.toml:17:8: error: `kind`: unknown value `meting`",
        "partners/acme.toml:26:11: error: no check-in `c9` in this file",
        "partners/beta.toml:4:6: error: check-in id `c3` is also used by a check-in in partners/acme.toml:20",
        "partners/broken.toml:1:15: error: invalid basic string",
    ];
    let mut at = 0;
    for line in expected {
        let found = stdout[at..]
            .find(line)
            .unwrap_or_else(|| panic!("missing or out of order: {line}\n{stdout}"));
        at += found + line.len();
    }
    assert!(
        stdout.ends_with("checked 6 files: 10 errors, 2 warnings\n"),
        "{stdout}"
    );
    let json = env.json_code(1, &["check", "--format", "json"]);
    assert_eq!(json["errors"], 10);
    assert_eq!(json["warnings"], 2);
    let first = &json["problems"][0];
    assert_eq!(
        (
            first["file"].as_str(),
            first["line"].as_u64(),
            first["severity"].as_str()
        ),
        (Some("goals/reach.toml"), Some(3), Some("warning"))
    );
}

#[test]
fn warnings_alone_exit_zero() {
    let env = TestEnv::new();
    env.write(
        "partners/acme.toml",
        "name = \"Acme\"\nfavorite_color = \"blue\"\n",
    );
    let out = env.ok(&["check"]);
    assert!(
        out.contains("partners/acme.toml:2:1: warning: unknown field `favorite_color`"),
        "{out}"
    );
    assert!(
        out.ends_with("checked 2 files: 0 errors, 1 warning\n"),
        "{out}"
    );
}

#[test]
fn bad_settings_are_reported() {
    let env = TestEnv::new();
    let s = env
        .read("accord.toml")
        .replace("fiscal_year_start = 1", "fiscal_year_start = 13");
    env.write("accord.toml", &s);
    let err = env.fails(1, &["partner", "list"]);
    assert!(
        err.contains("fiscal_year_start must be a month from 1 to 12, not 13"),
        "{err}"
    );
}

/// A record set aside for a field that does not read is still in the file: the action
/// items agreed at it do not point at nothing, and the one problem is the field's.
#[test]
fn a_check_in_with_a_bad_field_is_not_missing_for_its_action_items() {
    let env = TestEnv::new();
    env.write(
        "partners/acme.toml",
        concat!(
            "name = \"Acme\"\n",
            "\n[[checkin]]\nid = \"c1\"\ndate = \"soon\"\nsummary = \"Met\"\n",
            "\n[[action]]\nid = \"a1\"\ntext = \"Send roster\"\ncheckin = \"c1\"\n",
            "\n[[action]]\nid = \"a2\"\ntext = \"Call back\"\ncheckin = \"c9\"\n",
        ),
    );
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        concat!(
            "partners/acme.toml:5:8: error: `date`: invalid date `soon`, expected YYYY-MM-DD; dates must fall between 0001-01-01 and 9999-12-31\n",
            "partners/acme.toml:16:11: error: no check-in `c9` in this file\n",
            "checked 2 files: 2 errors, 0 warnings\n",
        )
    );
}

/// Commands look ids up in lowercase, so an id written by hand with a capital letter
/// could never be named: `check` says so.
#[test]
fn a_record_id_with_a_capital_letter_is_an_error() {
    let env = TestEnv::new();
    env.write(
        "partners/acme.toml",
        "name = \"Acme\"\n\n[[checkin]]\nid = \"My-Call_1\"\ndate = 2026-11-01\nsummary = \"Met\"\n",
    );
    let stdout = env.check_errors();
    assert!(
        stdout.contains("partners/acme.toml:4:6: error: `My-Call_1` is not a usable id; use lowercase letters, digits, `-` or `_`"),
        "{stdout}"
    );
}
