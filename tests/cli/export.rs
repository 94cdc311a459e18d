//! `accord export`, and the round trip: what export writes, import reads back to the
//! same records.

use crate::common::TestEnv;

/// Records of every importable kind (and evaluations and wins) added to the example by
/// hand, the way a person would write them.
const HOSPITAL_RECORDS: &str = r#"
[[checkin]]
id = "k7q2m9x4"
date = 2026-10-02
kind = "review"
attendees = ["Dana Whitfield", "Dr. Maya Chen"]
summary = "Fall review: nurse educator budget"
notes = """
Budget holds for spring.
=Ask about the summer training dates."""
topics = ["progress", "resources"]
rating = 4
next = 2026-12-04
by = "Dana Whitfield"

[[checkin]]
id = "p3d8v1rs"
date = 2026-11-06
kind = "call"
by = "Dana Whitfield"

[[action]]
id = "a1b2c3d4"
text = "Send the fall attendance data"
owner = "Dana Whitfield"
side = "ours"
due = 2026-11-15
done = 2026-11-12
checkin = "k7q2m9x4"
created = 2026-10-02
by = "Dana Whitfield"

[[contribution]]
id = "f9g8h7j6"
date = 2026-09-01
kind = "funding"
amount = 85000.0
side = "partner"
note = "Nurse educator position, 2026-27"
by = "Dana Whitfield"

[[contribution]]
id = "q5w4e3r2"
date = 2026-10-20
kind = "volunteer-hours"
amount = 42.5
side = "ours"
by = "Dana Whitfield"

[[evaluation]]
id = "v7b6n5m4"
date = 2026-06-15
instrument = "wilder"
side = "ours"
by = "Dana Whitfield"
scores = { shared-vision = 4.5, open-communication = 4.0 }
partial = true
comments = { open-communication = "Monthly calls are working" }

[[win]]
id = "w2x3y4z5"
date = 2026-05-20
text = "Twelve students earned CNA certificates"
tags = ["health", "board-report"]
by = "Dana Whitfield"
"#;

const GOAL: &str = r#"title = "Raise attendance at Lincoln High"
metric = "attendance rate"
unit = "%"
baseline = 88.0
target = 94.0
start = 2026-07-01
due = 2027-06-30
partners = ["riverside-hospital"]
"#;

const MEASUREMENTS: &str = r#"
[[measurement]]
id = "m1n2b3v4"
date = 2026-09-30
value = 89.5
source = "district SIS"
by = "Dana Whitfield"

[[measurement]]
id = "m5n6b7v8"
date = 2026-10-31
value = 90.25
note = "+1.5 since June"
by = "Dana Whitfield"
"#;

fn example_with_records() -> TestEnv {
    let env = TestEnv::example_profiles();
    let hospital = env.read("partners/riverside-hospital.toml");
    env.write(
        "partners/riverside-hospital.toml",
        &format!("{hospital}{HOSPITAL_RECORDS}"),
    );
    env.write("goals/attendance.toml", &format!("{GOAL}{MEASUREMENTS}"));
    assert!(
        env.ok(&["check"]).ends_with("no problems\n"),
        "the fixture is valid"
    );
    env
}

#[test]
fn every_kind_is_one_tidy_table() {
    let env = example_with_records();
    let header = |kind: &str| {
        env.ok(&["export", kind])
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        header("partners"),
        "id,name,type,stage,since,added,cadence,balance,focus,tags,website,notes,ended,end_reason,ended_from,agreement.kind,agreement.signed,agreement.ends,agreement.notes"
    );
    assert_eq!(header("contacts"), "partner,name,title,email,phone,notes");
    assert_eq!(header("roles"), "partner,side,title,person,email,resp");
    assert_eq!(
        header("goals"),
        "id,title,metric,unit,baseline,target,direction,tolerance,start,due,partners,owner,notes,outcome,closed,close_note,by"
    );
    assert_eq!(header("measurements"), "goal,id,date,value,note,source,by");
    assert_eq!(
        header("checkins"),
        "partner,id,date,kind,attendees,summary,notes,topics,rating,next,by"
    );
    assert_eq!(
        header("actions"),
        "partner,id,text,owner,side,due,done,checkin,created,by"
    );
    assert_eq!(
        header("evaluations"),
        "partner,id,date,instrument,side,by,scores.open-communication,scores.shared-vision,comments.open-communication,note,partial"
    );
    assert_eq!(
        header("contributions"),
        "partner,id,date,kind,amount,side,note,by"
    );
    assert_eq!(header("wins"), "partner,id,date,text,tags,by");

    let checkins = env.ok(&["export", "checkins"]);
    assert_eq!(
        checkins,
        "partner,id,date,kind,attendees,summary,notes,topics,rating,next,by\n\
         riverside-hospital,k7q2m9x4,2026-10-02,review,Dana Whitfield; Dr. Maya Chen,Fall review: nurse educator budget,\"Budget holds for spring.\n\
         =Ask about the summer training dates.\",progress; resources,4,2026-12-04,Dana Whitfield\n\
         riverside-hospital,p3d8v1rs,2026-11-06,call,,,,,,,Dana Whitfield\n"
    );
    let evals = env.ok(&["export", "evaluations"]);
    assert!(
        evals.ends_with("riverside-hospital,v7b6n5m4,2026-06-15,wilder,ours,Dana Whitfield,4,4.5,Monthly calls are working,,true\n"),
        "{evals}"
    );
    let measurements = env.ok(&["export", "measurements"]);
    assert!(
        measurements
            .contains("attendance,m5n6b7v8,2026-10-31,90.25,'+1.5 since June,,Dana Whitfield\n"),
        "a cell a spreadsheet would read as a formula is defused:\n{measurements}"
    );
}

#[test]
fn json_has_one_object_per_record() {
    let env = example_with_records();
    let c = env.json(&["export", "contributions", "--format", "json"]);
    assert_eq!(
        c,
        serde_json::json!([
            {"partner": "riverside-hospital", "id": "f9g8h7j6", "date": "2026-09-01", "kind": "funding",
             "amount": 85000.0, "side": "partner", "note": "Nurse educator position, 2026-27", "by": "Dana Whitfield"},
            {"partner": "riverside-hospital", "id": "q5w4e3r2", "date": "2026-10-20", "kind": "volunteer-hours",
             "amount": 42.5, "side": "ours", "by": "Dana Whitfield"}
        ])
    );
    let p = env.json(&["export", "partners", "--format", "json"]);
    assert_eq!(p.as_array().unwrap().len(), 10);
    assert_eq!(p[5]["id"], "riverside-hospital");
    assert_eq!(p[5]["agreement"]["ends"], "2027-06-30");
    assert!(p[5].get("contact").is_none() && p[5].get("checkin").is_none());
    let none = env.ok(&["export", "wins", "--format", "json"]);
    assert!(none.contains("Twelve students"), "{none}");
}

#[test]
fn output_replaces_a_file_and_says_so() {
    let env = example_with_records();
    env.write("out/wins.csv", "old contents that go away\n");
    let err = env.ok_err(&["export", "wins", "--output", "out/wins.csv"]);
    assert_eq!(err, "wrote 1 win to `out/wins.csv`\n");
    assert_eq!(
        env.read("out/wins.csv"),
        "partner,id,date,text,tags,by\nriverside-hospital,w2x3y4z5,2026-05-20,Twelve students earned CNA certificates,health; board-report,Dana Whitfield\n"
    );
    env.ok(&["export", "checkins", "-o", "checkins.json"]);
    let v: serde_json::Value = serde_json::from_str(&env.read("checkins.json")).unwrap();
    assert_eq!(v[0]["id"], "k7q2m9x4", "a .json file gets JSON");
    let leftovers: Vec<_> = std::fs::read_dir(env.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec!["wins.csv"], "no temp files are left");
}

#[test]
fn an_empty_kind_is_a_header_alone() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["export", "checkins"]),
        "partner,id,date,kind,attendees,summary,notes,topics,rating,next,by\n"
    );
    assert_eq!(
        env.ok(&["export", "measurements", "--format", "json"]),
        "[]\n"
    );
}

/// Export every importable kind from one workspace, import them into a new one, and
/// compare: the records must come back the same, ids and all.
#[test]
fn what_export_writes_import_reads_back() {
    let a = example_with_records();
    let kinds = [
        "partners",
        "contacts",
        "checkins",
        "actions",
        "contributions",
        "measurements",
    ];
    let b = TestEnv::new();
    // Goals cannot be imported; the new workspace gets the goal without measurements.
    b.write("goals/attendance.toml", GOAL);
    for kind in kinds {
        a.ok(&["export", kind, "--output", &format!("{kind}.csv")]);
        let file = a.path(&format!("{kind}.csv")).display().to_string();
        let err = b.ok_err(&["import", kind, &file]);
        assert!(!err.contains("not imported"), "{kind}: {err}");
    }
    for kind in kinds {
        assert_eq!(
            b.ok(&["export", kind]),
            a.ok(&["export", kind]),
            "{kind} come back the same"
        );
        assert_eq!(
            b.ok(&["export", kind, "--format", "json"]),
            a.ok(&["export", kind, "--format", "json"]),
            "{kind} come back the same (JSON)"
        );
    }
    assert!(b.ok(&["check"]).ends_with("no problems\n"));
    // Importing the same files again finds every record there already.
    for kind in kinds {
        let file = a.path(&format!("{kind}.csv")).display().to_string();
        let err = b.ok_err(&["import", kind, &file, "--update"]);
        assert!(!err.contains("updated"), "{kind}: {err}");
    }
}

#[test]
fn an_edited_export_updates_records_in_place() {
    let env = example_with_records();
    env.ok(&["export", "checkins", "-o", "checkins.csv"]);
    let before = env.read("partners/riverside-hospital.toml");
    let csv = env
        .read("checkins.csv")
        .replace(",4,2026-12-04,", ",5,2026-12-11,");
    env.write("checkins.csv", &csv);
    let out = env.ok(&[
        "import",
        "checkins",
        "checkins.csv",
        "--update",
        "--dry-run",
    ]);
    assert_eq!(
        out,
        "row 2: update check-in `k7q2m9x4` with `riverside-hospital` on 2026-10-02 (review): rating: 4 → 5; next: 2026-12-04 → 2026-12-11\n\
         row 3: no change to check-in `p3d8v1rs` with `riverside-hospital` on 2026-11-06 (call)\n"
    );
    env.ok(&["import", "checkins", "checkins.csv", "--update"]);
    assert_eq!(
        env.read("partners/riverside-hospital.toml"),
        before
            .replace("rating = 4\n", "rating = 5\n")
            .replace("next = 2026-12-04\n", "next = 2026-12-11\n")
    );
}

/// `--bom` starts CSV with a byte-order mark for Excel on Windows, in export, lists and
/// report CSV alike; import reads it back; other output is refused with where it applies.
#[test]
fn bom_marks_csv_for_excel() {
    let env = TestEnv::example();
    let bytes = |args: &[&str]| env.cmd().args(args).output().unwrap().stdout;
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    for args in [
        &["export", "partners", "--bom"][..],
        &["partner", "list", "--format", "csv", "--bom"],
        &["contrib", "list", "--format", "csv", "--bom"],
        &["--bom", "report", "quarterly", "--format", "csv"],
    ] {
        let out = bytes(args);
        assert!(out.starts_with(BOM), "{args:?}");
        assert_eq!(
            &out[3..],
            &bytes(
                &args
                    .iter()
                    .copied()
                    .filter(|a| *a != "--bom")
                    .collect::<Vec<_>>()
            )[..],
            "{args:?}"
        );
    }
    env.ok(&["export", "contacts", "--bom", "-o", "contacts.csv"]);
    assert!(
        std::fs::read(env.path("contacts.csv"))
            .unwrap()
            .starts_with(BOM)
    );
    let err = env.ok_err(&["import", "contacts", "contacts.csv"]);
    assert!(err.contains("skipped"), "{err}");
    let err = env.fails(2, &["partner", "list", "--bom"]);
    assert!(
        err.contains("--bom marks CSV output for Excel; add --format csv"),
        "{err}"
    );
    env.fails(2, &["export", "partners", "--format", "json", "--bom"]);
}
