//! `accord import`: spreadsheets in, all or nothing.

use crate::common::TestEnv;
use std::path::Path;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// A goal of the example's hospital partnership, with no measurements yet.
const GOAL: &str = "title = \"Raise attendance at Lincoln High\"
metric = \"attendance rate\"
unit = \"%\"
baseline = 88.0
target = 94.0
start = 2026-07-01
due = 2027-06-30
partners = [\"riverside-hospital\"]
";

#[test]
fn an_excel_export_imports_with_its_headers_understood() {
    let env = TestEnv::new();
    let err = env.ok_err(&["import", "partners", &fixture("excel-partners.csv")]);
    assert!(
        err.contains("warning: not imported: column `Region`"),
        "{err}"
    );
    assert!(err.contains("created 3 partners"), "{err}");
    let p = env.json(&[
        "partner",
        "show",
        "lumen-arts-collective",
        "--format",
        "json",
    ]);
    assert_eq!(p["type"], "cultural");
    assert_eq!(p["stage"], "prospect");
    assert_eq!(p["since"], "2026-10-14");
    assert_eq!(p["focus"], serde_json::json!(["arts", "after-school"]));
    assert_eq!(
        p["notes"],
        "Met at the fall showcase.\nWants to run a mural project with 8th graders."
    );
    assert_eq!(p["contacts"][0]["name"], "Ana Ruiz");
    assert_eq!(p["contacts"][0]["title"], "Program Director");
    assert_eq!(p["contacts"][0]["email"], "ana@lumenarts.example.org");
    assert_eq!(p["contacts"][0]["phone"], "+1 555 0190");
    let g = env.json(&[
        "partner",
        "show",
        "greenway-landscaping-inc",
        "--format",
        "json",
    ]);
    assert_eq!(g["name"], "Greenway Landscaping, Inc.");
    assert_eq!(g["agreement"]["ends"], "2027-02-28");
    assert_eq!(g["notes"], "Hosts two summer interns, \"paid\".");
    let lib = env.json(&[
        "partner",
        "show",
        "riverside-public-library",
        "--format",
        "json",
    ]);
    assert_eq!(
        lib["since"],
        serde_json::Value::Null,
        "an empty cell stays empty"
    );
    assert_eq!(lib["contacts"], serde_json::json!([]));
    let text = env.read("partners/greenway-landscaping-inc.toml");
    assert!(text.contains("since = 2025-03-01\n"), "{text}");
    assert!(text.contains("[agreement]\nends = 2027-02-28\n"), "{text}");
    assert_eq!(env.ok(&["check"]), "checked 4 files: no problems\n");
}

#[test]
fn every_bad_row_is_listed_and_nothing_is_written() {
    let env = TestEnv::example_profiles();
    env.write(
        "in.csv",
        "Partner,Date,Kind,Rating\n\
         riverside-hospital,2026-10-02,call,4\n\
         valley-college,10/02/2026,chat,4\n\
         riversde-hospital,2026-10-03,,9\n\
         techforward,2026-10-04 09:30,,\n",
    );
    let before = env.snapshot();
    let err = env.fails(1, &["import", "checkins", "in.csv"]);
    let expected = "\
error: 5 problems in 3 rows of `in.csv`, so nothing was imported:
  row 3, column `Date`: `10/02/2026` could be 10 February 2026 or 2 October 2026: day and month order differ from country to country; format the column as YYYY-MM-DD (e.g. 2026-10-02) before saving the file
  row 3, column `Kind`: `chat` is not one of: review, meeting, call, visit, event, email (--map-value FIELD:VALUE=WORD reads it as one)
  row 4, column `Rating`: `9` is not a rating; write a whole number from 1 to 5
  row 4, column `Partner`: no partner `riversde-hospital` in this workspace; did you mean `riverside-hospital`?
  row 5, column `Date`: `2026-10-04 09:30` has a time of day; write the date alone, as YYYY-MM-DD: 2026-10-04
hint: fix those rows and import the file again; `--dry-run` checks a file without writing anything
";
    assert_eq!(err, expected);
    assert_eq!(env.snapshot(), before);
    // the dry run finds the same problems
    let err = env.fails(1, &["import", "checkins", "in.csv", "--dry-run"]);
    assert!(err.starts_with("error: 5 problems in 3 rows"), "{err}");
}

#[test]
fn missing_and_clashing_columns_are_reported_before_any_row() {
    let env = TestEnv::example_profiles();
    env.write("in.csv", "Organization,Value,Amount\nacme,1,2\n");
    let err = env.fails(1, &["import", "contributions", "in.csv"]);
    assert!(
        err.contains("columns `Value`, `Amount` all mean `amount`"),
        "{err}"
    );
    assert!(err.contains("no column for `date`"), "{err}");
    assert!(err.contains("no column for `kind`"), "{err}");
    assert!(
        err.contains(
            "hint: the fields of contributions are: id, partner (required), date (required)"
        ),
        "{err}"
    );
    let err = env.fails(
        2,
        &["import", "contributions", "in.csv", "--map", "Value=colour"],
    );
    assert!(
        err.contains("contributions have no field `colour`"),
        "{err}"
    );
    let err = env.fails(2, &["import", "contributions", "in.csv", "--map", "Value"]);
    assert!(err.contains("is not COLUMN=FIELD"), "{err}");
}

#[test]
fn map_overrides_headers() {
    let env = TestEnv::example_profiles();
    env.write(
        "in.csv",
        "Org,When we met,Value,Amount,Type,Region\n\
         techforward,2026-10-01,7,\"$12,500\",Funding,West\n\
         harvest-food-bank,2026-10-02,8,40,Volunteer Hours,East\n",
    );
    let err = env.ok_err(&[
        "import",
        "contributions",
        "in.csv",
        "--map",
        "when we met=date",
        "--map",
        "Value=-",
        "--map",
        "REGION=note",
    ]);
    assert!(err.contains("created 2 contributions"), "{err}");
    assert!(!err.contains("not imported"), "{err}");
    let out = env.ok(&["export", "contributions"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "partner,id,date,kind,amount,side,note,by");
    assert!(
        lines[1].starts_with("harvest-food-bank,")
            && lines[1].ends_with(",2026-10-02,volunteer-hours,40,partner,East,Test User"),
        "{out}"
    );
    assert!(
        lines[2].ends_with(",2026-10-01,funding,12500,partner,West,Test User"),
        "{out}"
    );
}

#[test]
fn dry_run_shows_the_plan_and_writes_nothing() {
    let env = TestEnv::example_profiles();
    env.write(
        "partners.csv",
        "Name,Type,Stage\n\
         Lumen Arts Collective,cultural,prospect\n\
         Riverside Regional Hospital,health,paused\n\
         Valley College,academic,active\n",
    );
    let before = env.snapshot();
    let out = env
        .cmd()
        .args([
            "import",
            "partners",
            "partners.csv",
            "--dry-run",
            "--update",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "row 2: create partner `lumen-arts-collective` (Lumen Arts Collective)\n\
         row 3: update partner `riverside-hospital` (Riverside Regional Hospital): stage: active → paused\n\
         row 4: no change to partner `valley-college` (Riverside Valley Community College)\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "dry run of `partners.csv`: would create 1 partner, update 1, leave 1 unchanged; nothing was written\n"
    );
    assert_eq!(env.snapshot(), before);
    assert!(
        !env.path(".accord.lock").exists(),
        "a dry run takes no lock"
    );
}

#[test]
fn existing_records_are_skipped_unless_update_which_keeps_comments() {
    let env = TestEnv::example_profiles();
    let original = env.read("partners/riverside-hospital.toml");
    env.write(
        "partners.csv",
        "Partner ID,Stage,MOU Expires,Contact Name,Phone,Email\n\
         riverside-hospital,paused,2028-06-30,Dr. Maya Chen,555-0199,\n\
         techforward,,,Sam Lee,,sam.lee@techforward.example.com\n",
    );
    let before = env.snapshot();
    let err = env.ok_err(&["import", "partners", "partners.csv"]);
    assert_eq!(
        err,
        "imported `partners.csv`: created 0 partners, skipped 2 that exist (--update changes them)\n"
    );
    assert_eq!(env.snapshot(), before);

    let err = env.ok_err(&["import", "partners", "partners.csv", "--update"]);
    assert_eq!(
        err,
        "imported `partners.csv`: created 0 partners, updated 2\n"
    );
    let changed = env.read("partners/riverside-hospital.toml");
    assert_eq!(
        changed,
        original
            .replace("stage = \"active\"", "stage = \"paused\"")
            .replace("ends = 2027-06-30", "ends = 2028-06-30")
            .replace("phone = \"555-0142\"", "phone = \"555-0199\""),
        "only the changed values differ; comments and everything else stay"
    );
    let tf = env.json(&["partner", "show", "techforward", "--format", "json"]);
    let names: Vec<&str> = tf["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Priya Natarajan", "Sam Lee"]);
    // a second run changes nothing
    let err = env.ok_err(&["import", "partners", "partners.csv", "--update"]);
    assert!(err.contains("left 2 unchanged"), "{err}");
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn rows_must_name_partners_and_goals_that_exist() {
    let env = TestEnv::example_profiles();
    env.write("goals/attendance.toml", GOAL);
    env.write(
        "m.csv",
        "Goal,Date,Value\n\
         Raise attendance at Lincoln High,2026-09-30,89.5\n\
         attendance,2026-10-31,90.1\n\
         graduation,2026-10-31,80\n",
    );
    let err = env.fails(1, &["import", "measurements", "m.csv"]);
    assert!(
        err.contains("row 4, column `Goal`: no goal `graduation` in this workspace"),
        "{err}"
    );
    env.write(
        "m.csv",
        "Goal,Date,Value\n\
         Raise attendance at Lincoln High,2026-09-30,89.5\n\
         attendance,2026-10-31,90.1\n\
         attendance,2026-10-31,90.2\n",
    );
    let err = env.fails(1, &["import", "measurements", "m.csv"]);
    assert!(
        err.contains("row 4: row 3 is the same measurement (`attendance`, 2026-10-31); give each row an `id` to keep both"),
        "{err}"
    );
    env.write(
        "m.csv",
        "Goal,Date,Value,Source\n\
         Raise attendance at Lincoln High,2026-09-30,89.5,district SIS\n\
         attendance,2026-10-31,90.1,\n",
    );
    let err = env.ok_err(&["import", "measurements", "m.csv"]);
    assert!(err.contains("created 2 measurements"), "{err}");
    let text = env.read("goals/attendance.toml");
    assert!(text.starts_with(GOAL), "{text}");
    assert!(
        text.contains(
            "date = 2026-09-30\nvalue = 89.5\nsource = \"district SIS\"\nby = \"Test User\"\n"
        ),
        "{text}"
    );
    // the same dates again are the same measurements
    env.write("m2.csv", "goal,date,value\nattendance,2026-10-31,91\n");
    let err = env.ok_err(&["import", "measurements", "m2.csv"]);
    assert!(err.contains("skipped 1 that exists"), "{err}");
    let err = env.ok_err(&["import", "measurements", "m2.csv", "--update"]);
    assert!(err.contains("updated 1"), "{err}");
    assert!(env.read("goals/attendance.toml").contains("value = 91.0\n"));
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn actions_refer_to_check_ins_of_their_partner_and_get_defaults() {
    let env = TestEnv::example_profiles();
    env.write(
        "c.csv",
        "id,partner,date,kind,summary\nk7q2m9x4,riverside-hospital,2026-10-02,review,Fall review\n",
    );
    env.ok(&["import", "checkins", "c.csv"]);
    env.write(
        "a.csv",
        "Partner,Action Item,Assigned To,Side,Due Date,Check-in\n\
         riverside-hospital,Send the attendance data,Dana Whitfield,ours,2026-12-01,k7q2m9x4\n\
         valley-college,Share the dual-credit roster,Prof. Alan Okafor,partner,2026-12-15,k7q2m9x4\n",
    );
    let err = env.fails(1, &["import", "actions", "a.csv"]);
    assert!(
        err.contains("row 3, column `Check-in`: `valley-college` has no check-in `k7q2m9x4`; import the check-ins first"),
        "{err}"
    );
    env.write(
        "a.csv",
        "Partner,Action Item,Assigned To,Side,Due Date,Check-in\n\
         riverside-hospital,Send the attendance data,Dana Whitfield,ours,2026-12-01,k7q2m9x4\n",
    );
    env.ok(&["import", "actions", "a.csv"]);
    let out = env.json(&["export", "actions", "--format", "json"]);
    let a = &out[0];
    assert_eq!(a["partner"], "riverside-hospital");
    assert_eq!(a["text"], "Send the attendance data");
    assert_eq!(a["checkin"], "k7q2m9x4");
    assert_eq!(a["created"], "2026-11-23", "recorded today");
    assert_eq!(a["by"], "Test User");
    assert_eq!(a["id"].as_str().unwrap().len(), 8);
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn ids_in_the_file_must_be_free_and_unique() {
    let env = TestEnv::example_profiles();
    env.write(
        "c.csv",
        "id,partner,date\nk7q2m9x4,riverside-hospital,2026-10-02\n",
    );
    env.ok(&["import", "checkins", "c.csv"]);
    env.write(
        "c2.csv",
        "id,partner,date\n\
         k7q2m9x4,techforward,2026-10-05\n\
         zz000001,techforward,2026-10-06\n\
         zz000001,techforward,2026-10-07\n",
    );
    let err = env.fails(1, &["import", "checkins", "c2.csv"]);
    assert!(
        err.contains("row 2, column `id`: the id `k7q2m9x4` is already used by the check-in of `riverside-hospital`"),
        "{err}"
    );
    assert!(
        err.contains("row 4, column `id`: row 3 has the same id `zz000001`"),
        "{err}"
    );
}

#[test]
fn a_partners_file_must_not_name_one_partner_twice() {
    let env = TestEnv::new();
    env.write(
        "p.csv",
        "Name,Email\nAcme,\nACME ,\nBeta,jane@beta.example.org\n",
    );
    let err = env.fails(1, &["import", "partners", "p.csv"]);
    assert!(
        err.contains("row 3: row 2 is also partner `acme`; keep one of them"),
        "{err}"
    );
    assert!(
        err.contains("row 4: email given without a contact name"),
        "{err}"
    );
    assert_eq!(
        env.ok(&["partner", "list"]),
        "no partners yet; add one with `accord partner add NAME`\n"
    );
}

#[test]
fn standard_input_and_semicolons() {
    let env = TestEnv::example_profiles();
    let out = env
        .cmd()
        .args(["import", "contacts", "-"])
        .write_stdin("Partner;Full Name;Job Title\nscience-museum;Ravi Shah;School Programs Lead\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "imported `standard input`: created 1 contact\n"
    );
    let m = env.json(&["partner", "show", "science-museum", "--format", "json"]);
    assert_eq!(m["contacts"][1]["title"], "School Programs Lead");
}

#[test]
fn twenty_thousand_check_ins_over_two_hundred_partners() {
    let env = TestEnv::new();
    let mut partners = String::from("name,type\n");
    for i in 0..200 {
        partners.push_str(&format!("Partner {i:03},nonprofit\n"));
    }
    env.write("partners.csv", &partners);
    env.ok(&["import", "partners", "partners.csv"]);
    let mut checkins = String::from("partner,date,kind,attendees,notes,rating\n");
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    for i in 0..20_000 {
        let date = start + chrono::Days::new((i / 200) as u64);
        checkins.push_str(&format!(
            "partner-{:03},{date},call,Dana; Sam,\"Row {i}, with a comma\",{}\n",
            i % 200,
            i % 5 + 1
        ));
    }
    env.write("checkins.csv", &checkins);
    let err = env.ok_err(&["import", "checkins", "checkins.csv"]);
    assert_eq!(
        err, "imported `checkins.csv`: created 20000 check-ins\n",
        "no progress lines when stderr is not a terminal"
    );
    let mut total = 0;
    for i in 0..200 {
        let file = env.read(&format!("partners/partner-{i:03}.toml"));
        assert_eq!(file.matches("[[checkin]]").count(), 100, "partner-{i:03}");
        total += file.matches("by = \"Test User\"").count();
    }
    assert_eq!(total, 20_000);
    let file = env.read("partners/partner-007.toml");
    assert!(
        file.contains("date = 2026-01-01\nkind = \"call\"\nattendees = [\"Dana\", \"Sam\"]\nnotes = \"Row 7, with a comma\"\nrating = 3\n"),
        "{file}"
    );
}

#[test]
fn progress_is_shown_on_a_terminal() {
    let env = TestEnv::new();
    let mut partners = String::from("name\n");
    for i in 0..300 {
        partners.push_str(&format!("Partner {i:03}\n"));
    }
    env.write("partners.csv", &partners);
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let out = env
        .program(Path::new("script"))
        .args([
            "-qec",
            &format!("{} import partners partners.csv", bin.display()),
            "/dev/null",
        ])
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("writing files: "), "{screen:?}");
    assert!(screen.contains("created 300 partners"), "{screen:?}");
}

#[test]
fn the_default_workspace_is_made_only_when_something_is_written() {
    let env = TestEnv::bare();
    env.write("c.csv", "partner,date\nacme,2026-10-02\n");
    let err = env.fails(1, &["import", "checkins", "c.csv"]);
    assert!(err.contains("no partner `acme`"), "{err}");
    let default = env.tmp.path().join("data/accord");
    assert!(
        !default.exists(),
        "a failed import made the default workspace"
    );
    env.write("p.csv", "name\nAcme\n");
    env.ok(&["import", "partners", "p.csv"]);
    assert!(default.join("partners/acme.toml").is_file());
    assert!(default.join("accord.toml").is_file());
}

#[test]
fn a_quote_that_never_closes_is_refused_at_the_row_it_opens() {
    let env = TestEnv::example_profiles();
    env.write(
        "in.csv",
        "name,type,notes\n\
         Acme,corporate,fine\n\
         Beta,nonprofit,\"opens here and never closes\n\
         City Parks,government,more\n\
         Delta,community,rest\n",
    );
    let before = env.snapshot();
    let err = env.fails(1, &["import", "partners", "in.csv"]);
    assert!(
        err.contains("row 3: a quoted cell opens at line 3 and is never closed, so the rest of the file would be read as one cell"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing is written");
}

#[test]
fn a_row_with_too_few_cells_is_refused_by_its_number() {
    let env = TestEnv::example_profiles();
    env.write(
        "in.csv",
        "Partner,Date,Kind,Summary\n\
         riverside-hospital,2026-10-02,call,Met\n\
         valley-college,2026-10-03\n",
    );
    let before = env.snapshot();
    let err = env.fails(1, &["import", "checkins", "in.csv"]);
    assert!(
        err.contains(
            "row 3: the row has 2 cells but the header names 4 columns; give every column a cell"
        ),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "nothing is written");
    // empty cells are cells
    env.write(
        "in.csv",
        "Partner,Date,Kind,Summary\nvalley-college,2026-10-03,,\n",
    );
    env.ok(&["import", "checkins", "in.csv"]);
}

/// Import reads a number the way the command line does: `1,000` and `$5` are amounts on
/// both, `12%` is one on neither, and a measurement takes no unit on either.
#[test]
fn import_and_the_command_line_read_numbers_by_one_set_of_rules() {
    let env = TestEnv::example_profiles();
    env.write(
        "in.csv",
        "Partner,Date,Kind,Side,Amount\n\
         riverside-hospital,2026-10-02,funding,partner,\"1,000\"\n\
         valley-college,2026-10-03,in-kind,partner,$5\n",
    );
    env.ok(&["import", "contributions", "in.csv"]);
    let rows = env.json(&["contrib", "list", "--format", "json"]);
    let amounts: Vec<f64> = rows["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["amount"].as_f64().unwrap())
        .collect();
    assert!(
        amounts.contains(&1000.0) && amounts.contains(&5.0),
        "{rows}"
    );
    for amount in ["1,000", "$5"] {
        env.ok(&[
            "contrib",
            "log",
            "techforward",
            "--kind",
            "funding",
            "--amount",
            amount,
        ]);
    }
    // a percent is refused on both, in the same words
    env.write(
        "pct.csv",
        "Partner,Date,Kind,Side,Amount\ntechforward,2026-10-02,funding,partner,12%\n",
    );
    let err = env.fails(1, &["import", "contributions", "pct.csv"]);
    let words = "`12%` is a percent, not an amount; write money or hours, such as 1500 or $1,500";
    assert!(
        err.contains(&format!("row 2, column `Amount`: {words}")),
        "{err}"
    );
    let err = env.fails(
        2,
        &[
            "contrib",
            "log",
            "techforward",
            "--kind",
            "funding",
            "--amount",
            "12%",
        ],
    );
    assert!(err.contains(words), "{err}");

    env.write("goals/attendance.toml", GOAL);
    env.write("m.csv", "Goal,Date,Value\nattendance,2026-09-30,94.5%\n");
    let err = env.fails(1, &["import", "measurements", "m.csv"]);
    let words = "`94.5%` has a percent sign; write the number alone, such as 94.5";
    assert!(err.contains(words), "{err}");
    let err = env.fails(2, &["goal", "track", "attendance", "94.5%"]);
    assert!(err.contains(words), "{err}");
    env.write(
        "m.csv",
        "Goal,Date,Value\nattendance,2026-09-30,\"1,094.5\"\n",
    );
    env.ok(&["import", "measurements", "m.csv"]);
    env.ok(&[
        "goal",
        "track",
        "attendance",
        "1,095",
        "--date",
        "2026-10-30",
    ]);
}

/// A spreadsheet in ordinary wording goes in: `Partner Organization`, `Non-profit`,
/// `Business`, `Higher Ed`, `Type of Contact`, dates in any order that can mean one day,
/// amounts with thousands separators; what accord cannot know is said with
/// `--map-value`, and a mapping saved with `--save-mapping` is read back with `--mapping`.
#[test]
fn ordinary_wording_dates_in_any_order_and_value_maps() {
    let env = TestEnv::new();
    env.write(
        "partners.csv",
        "Partner Organization,Type,Partner Since,Status\n\
         Acme Corp,Business,8/15/2023,Current\n\
         Hope Shelter,Non-profit,2026/11/23,prospect\n\
         State U,Higher Ed,\"Aug 3, 2020\",active\n\
         Big U,University,15.02.2021,active\n\
         Kind Hearts,Social Enterprise,5/5/2024,On hold\n",
    );
    let err = env.fails(1, &["import", "partners", "partners.csv"]);
    assert!(
        err.contains("row 6, column `Type`: unknown partner type `Social Enterprise`")
            && err.contains("--map-value type:Social Enterprise=TYPE"),
        "{err}"
    );
    let err = env.fails(
        1,
        &[
            "import",
            "partners",
            "partners.csv",
            "--map-value",
            "type:Social Enterprise=nonprofitt",
        ],
    );
    assert!(
        err.contains(
            "--map-value type:Social Enterprise=nonprofitt: unknown partner type `nonprofitt`"
        ),
        "{err}"
    );
    env.ok(&[
        "import",
        "partners",
        "partners.csv",
        "--map-value",
        "type:Social Enterprise=nonprofit",
        "--dry-run",
        "--save-mapping",
        "fair.toml",
    ]);
    assert_eq!(
        env.read("fair.toml"),
        "# accord import mapping: `accord import partners FILE --mapping fair.toml`\n[values.type]\n\"Social Enterprise\" = \"nonprofit\"\n"
    );
    env.ok(&[
        "import",
        "partners",
        "partners.csv",
        "--mapping",
        "fair.toml",
    ]);
    let rows: Vec<(String, String, String, String)> = env
        .json(&["partner", "list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("-").to_string();
            (s("id"), s("type"), s("since"), s("stage"))
        })
        .collect();
    let row = |a: &str, b: &str, c: &str, d: &str| {
        (a.to_string(), b.to_string(), c.to_string(), d.to_string())
    };
    assert_eq!(
        rows,
        [
            row("acme-corp", "corporate", "2023-08-15", "active"),
            row("big-u", "academic", "2021-02-15", "active"),
            row("hope-shelter", "nonprofit", "2026-11-23", "prospect"),
            row("kind-hearts", "nonprofit", "2024-05-05", "paused"),
            row("state-u", "academic", "2020-08-03", "active"),
        ]
    );
    // check-ins with a `Type of Contact` column, and contributions with amounts as a
    // spreadsheet writes them
    env.write(
        "checkins.csv",
        "Partner Organization,Date of Contact,Type of Contact,Notes\n\
         Acme Corp,10/30/2026,Phone call,Planned the spring fair\n\
         State U,2026-11-05,Site visit,\n\
         Big U,10/02/2026,Zoom,\n",
    );
    let err = env.fails(1, &["import", "checkins", "checkins.csv"]);
    assert!(
        err.contains("row 4, column `Date of Contact`: `10/02/2026` could be 10 February 2026 or 2 October 2026"),
        "{err}"
    );
    env.ok(&[
        "import",
        "checkins",
        "checkins.csv",
        "--map-value",
        "date:10/02/2026=2026-10-02",
    ]);
    let kinds: Vec<String> = env
        .json(&["checkin", "list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                c["partner"].as_str().unwrap(),
                c["date"].as_str().unwrap(),
                c["kind"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "state-u 2026-11-05 visit",
            "acme-corp 2026-10-30 call",
            "big-u 2026-10-02 meeting",
        ]
    );
    env.write(
        "money.csv",
        "Partner,Date,Type,Amount\nAcme Corp,2026-10-01,Cash,\"$1,500.50\"\n",
    );
    env.ok(&["import", "contributions", "money.csv"]);
    env.ok(&[
        "contrib",
        "log",
        "acme-corp",
        "--kind",
        "funding",
        "--amount",
        "$1,500.50",
        "--date",
        "2026-10-02",
    ]);
    let amounts: Vec<f64> = env.json(&["contrib", "list", "--format", "json"])["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["amount"].as_f64().unwrap())
        .collect();
    assert_eq!(amounts, [1500.5, 1500.5]);
}
