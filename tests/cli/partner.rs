use crate::common::TestEnv;

#[test]
fn add_uses_defaults_and_a_slug_of_the_name() {
    let env = TestEnv::new();
    let err = env.ok_err(&["partner", "add", "Café Luna & Co."]);
    assert!(err.contains("added partner `cafe-luna-co`"), "{err}");
    let p = env.json(&["partner", "show", "cafe-luna-co", "--format", "json"]);
    assert_eq!(p["name"], "Café Luna & Co.");
    assert_eq!(p["type"], "other");
    assert_eq!(p["stage"], "active");
    assert_eq!(p["since"], "2026-11-23");
    assert_eq!(p["cadence"], "quarterly");
    assert_eq!(p["cadence_is_default"], true);
}

#[test]
fn add_with_everything() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Riverside Regional Hospital",
        "--id",
        "riverside",
        "--type",
        "health",
        "--stage",
        "exploring",
        "--since",
        "2021-08-15",
        "--contact",
        "Dr. Maya Chen <mchen@rrh.org>",
        "--contact",
        "Sam Ortiz",
        "--focus",
        "health education",
        "--focus",
        "Health Education",
        "--tag",
        "anchor",
        "--cadence",
        "45d",
        "--agreement-signed",
        "2024-07-01",
        "--agreement-ends",
        "+30d",
        "--website",
        "https://rrh.example.org",
        "--note",
        "Our largest funder",
    ]);
    let p = env.json(&["partner", "show", "riverside", "--format", "json"]);
    assert_eq!(p["stage"], "exploring");
    assert_eq!(p["cadence"], "45d");
    assert_eq!(p["focus"], serde_json::json!(["health education"]));
    assert_eq!(p["contacts"][0]["email"], "mchen@rrh.org");
    assert_eq!(p["contacts"][1]["name"], "Sam Ortiz");
    assert_eq!(p["agreement"]["ends"], "2026-12-23");
    assert_eq!(p["agreement"]["days_left"], 30);
    assert_eq!(p["notes"], "Our largest funder");
    let text = env.read("partners/riverside.toml");
    assert!(
        text.contains("since = 2021-08-15\n"),
        "dates are native TOML dates:\n{text}"
    );
    assert!(
        text.contains("[agreement]\n") && text.contains("[[contact]]\n"),
        "{text}"
    );
}

#[test]
fn add_refuses_clashes_and_bad_values() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Tech Forward"]);
    let err = env.fails(1, &["partner", "add", "Tech Forward"]);
    assert!(
        err.contains("partner `tech-forward` (Tech Forward) already exists")
            && err.contains("hint: see it with `accord partner show tech-forward`"),
        "{err}"
    );
    // another name that makes the same id
    let err = env.fails(1, &["partner", "add", "Tech & Forward"]);
    assert!(
        err.contains("`tech-forward` already exists") && err.contains("--id tech-forward-2"),
        "{err}"
    );
    let err = env.fails(2, &["partner", "add", "X", "--type", "alien"]);
    assert!(
        err.contains("unknown partner type `alien`") && err.contains("public-private"),
        "{err}"
    );
    let err = env.fails(2, &["partner", "add", "X", "--stage", "actve"]);
    assert!(err.contains("prospect"), "{err}");
    let err = env.fails(2, &["partner", "add", "X", "--contact", "Sam <nope>"]);
    assert!(err.contains("does not look like an email"), "{err}");
    let err = env.fails(2, &["partner", "add", "X", "--since", "10/02/2026"]);
    assert!(
        err.contains("could be 10 February 2026 or 2 October 2026") && err.contains("YYYY-MM-DD"),
        "{err}"
    );
    let err = env.fails(
        2,
        &[
            "partner",
            "add",
            "X",
            "--agreement-signed",
            "2026-01-01",
            "--agreement-ends",
            "2025-01-01",
        ],
    );
    assert!(
        err.contains("end (2025-01-01) before it was signed"),
        "{err}"
    );
    let err = env.fails(2, &["partner", "add", "!!!"]);
    assert!(err.contains("--id"), "{err}");
}

#[test]
fn workspace_types_are_accepted() {
    let env = TestEnv::new();
    let settings = env.read("accord.toml");
    env.write(
        "accord.toml",
        &settings.replace(
            "# partner_types = [\"workforce-board\"]",
            "partner_types = [\"workforce-board\"]",
        ),
    );
    env.ok(&[
        "partner",
        "add",
        "County Workforce Board",
        "--type",
        "workforce-board",
    ]);
}

#[test]
fn list_filters_and_hides_ended_partners() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Alpha Corp",
        "--type",
        "corporate",
        "--tag",
        "stem",
        "--focus",
        "internships",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Beta Museum",
        "--type",
        "cultural",
        "--stage",
        "prospect",
    ]);
    env.ok(&["partner", "add", "Gamma Foundation", "--type", "nonprofit"]);
    env.ok(&[
        "partner",
        "end",
        "gamma-foundation",
        "--reason",
        "Funding ended",
    ]);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["partner", "list", "--format", "json"];
        a.extend_from_slice(args);
        env.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), ["alpha-corp", "beta-museum"]);
    assert_eq!(
        ids(&["--all"]),
        ["alpha-corp", "beta-museum", "gamma-foundation"]
    );
    assert_eq!(ids(&["--stage", "ended"]), ["gamma-foundation"]);
    assert_eq!(ids(&["--type", "cultural"]), ["beta-museum"]);
    assert_eq!(ids(&["--tag", "STEM"]), ["alpha-corp"]);
    assert_eq!(ids(&["--focus", "internships"]), ["alpha-corp"]);
    let out = env.cmd().args(["partner", "list"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stdout.starts_with("NAME"), "{stdout}");
    assert!(
        stderr.contains("1 ended partner not shown; --all includes them"),
        "{stderr}"
    );
    let csv = env.ok(&["partner", "list", "--format", "csv"]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "name,id,type,stage,since,agreement_ends,contacts,last_contact,next_due"
    );
    assert!(
        csv.contains("\nAlpha Corp,alpha-corp,corporate,active,2026-11-23,,0,,2027-02-23\n"),
        "{csv}"
    );
}

#[test]
fn list_of_an_empty_workspace_says_how_to_start() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok(&["partner", "list"]),
        "no partners yet; add one with `accord partner add NAME`\n"
    );
    assert_eq!(env.ok(&["partner", "list", "--format", "json"]), "[]\n");
}

#[test]
fn show_puts_the_whole_partner_on_one_screen() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Riverside Regional Hospital",
        "--id",
        "riverside",
        "--type",
        "health",
        "--since",
        "2021-08-15",
        "--contact",
        "Dr. Maya Chen <mchen@rrh.org>",
        "--focus",
        "health education",
        "--cadence",
        "monthly",
        "--agreement-signed",
        "2024-07-01",
        "--agreement-ends",
        "2026-10-31",
    ]);
    env.ok(&[
        "partner",
        "contact",
        "add",
        "riverside",
        "Luis Park",
        "--title",
        "Volunteer Coordinator",
        "--phone",
        "555-0142",
    ]);
    env.ok(&[
        "role",
        "assign",
        "riverside",
        "--side",
        "ours",
        "--title",
        "Liaison",
        "--person",
        "Dana Whitfield",
        "--email",
        "dana@rusd.org",
        "--resp",
        "Schedule quarterly reviews",
    ]);
    insta::assert_snapshot!(env.ok(&["partner", "show", "river"]), @"
    Riverside Regional Hospital  riverside
    health · active · since 2021-08-15 · in accord since 2026-11-23 · meets monthly

      focus  health education

    Agreement
      MOU, signed 2024-07-01, ended 2026-10-31 (23 days ago)

    Contacts
      Dr. Maya Chen  mchen@rrh.org
      Luis Park  Volunteer Coordinator · 555-0142

    Roles
      ours     Liaison: Dana Whitfield <dana@rusd.org>
                 - Schedule quarterly reviews
      partner  none named
      ! no role named on the partner's side

    Check-ins
      no check-ins yet · next due 2026-12-23 (in 30 days)

    Evaluation
      none yet (`accord eval record riverside`)

    Contributions
      none in the last four quarters (`accord contrib log riverside`)

    Wins
      none yet (`accord win log riverside TEXT`)
    ");
}

#[test]
fn unknown_ids_suggest_the_closest() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Riverside Regional Hospital"]);
    env.ok(&["partner", "add", "River Valley Museum"]);
    let err = env.fails(1, &["partner", "show", "riverside-regional-hosptal"]);
    assert!(
        err.contains("error: no partner `riverside-regional-hosptal`"),
        "{err}"
    );
    assert!(
        err.contains("hint: did you mean `riverside-regional-hospital`?"),
        "{err}"
    );
    let err = env.fails(1, &["partner", "show", "river"]);
    assert!(err.contains("matches several partners"), "{err}");
}

#[test]
fn set_changes_fields_and_says_what() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme", "--tag", "old"]);
    let err = env.ok_err(&[
        "partner",
        "set",
        "acme",
        "--name",
        "Acme Robotics",
        "--type",
        "corporate",
        "--stage",
        "paused",
        "--cadence",
        "monthly",
        "--agreement-ends",
        "2027-06-30",
        "--add-tag",
        "stem",
        "--remove-tag",
        "old",
        "--add-focus",
        "internships",
        "--note",
        "Met at the fair",
    ]);
    assert!(
        err.contains("updated partner `acme`: name Acme Robotics, type corporate"),
        "{err}"
    );
    let p = env.json(&["partner", "show", "acme", "--format", "json"]);
    assert_eq!(p["name"], "Acme Robotics");
    assert_eq!(p["stage"], "paused");
    assert_eq!(p["tags"], serde_json::json!(["stem"]));
    assert_eq!(p["focus"], serde_json::json!(["internships"]));
    assert_eq!(p["agreement"]["ends"], "2027-06-30");
    let err = env.fails(2, &["partner", "set", "acme"]);
    assert!(err.contains("nothing to change"), "{err}");
    // asked for what is already so: nothing changes, and it says so
    let before = env.read("partners/acme.toml");
    let said = env.ok_err(&["partner", "set", "acme", "--add-tag", "stem"]);
    assert_eq!(said, "nothing changed: `acme` already is as asked\n");
    assert_eq!(env.read("partners/acme.toml"), before);
    let err = env.fails(1, &["partner", "set", "acme", "--stage", "ended"]);
    assert!(err.contains("accord partner end acme --reason"), "{err}");
    let err = env.fails(2, &["partner", "set", "acme", "--remove-tag", "nope"]);
    assert!(err.contains("no tag `nope`"), "{err}");
    let err = env.fails(
        2,
        &["partner", "set", "acme", "--agreement-signed", "2028-01-01"],
    );
    assert!(err.contains("before it was signed"), "{err}");
}

#[test]
fn contacts_are_added_and_removed_by_name() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&[
        "partner",
        "contact",
        "add",
        "acme",
        "Jo Lee",
        "--email",
        "jo@acme.org",
        "--title",
        "HR",
    ]);
    let err = env.fails(1, &["partner", "contact", "add", "acme", "jo lee"]);
    assert!(err.contains("already has a contact named jo lee"), "{err}");
    let err = env.fails(1, &["partner", "contact", "remove", "acme", "Jo Leigh"]);
    assert!(err.contains("its contacts are `Jo Lee`"), "{err}");
    let err = env.fails(1, &["partner", "contact", "remove", "acme", "JO LEE"]);
    assert!(err.contains("needs --yes"), "{err}");
    env.ok(&["partner", "contact", "remove", "acme", "JO LEE", "--yes"]);
    assert_eq!(
        env.json(&["partner", "show", "acme", "--format", "json"])["contacts"],
        serde_json::json!([])
    );
    assert!(!env.read("partners/acme.toml").contains("contact"));
}

#[test]
fn end_keeps_the_date_and_reason() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme", "--since", "2020-01-01"]);
    env.ok(&[
        "partner",
        "end",
        "acme",
        "--reason",
        "Company relocated",
        "--date",
        "2026-06-30",
    ]);
    let p = env.json(&["partner", "show", "acme", "--format", "json"]);
    assert_eq!(
        (p["stage"].as_str(), p["ended"].as_str()),
        (Some("ended"), Some("2026-06-30"))
    );
    assert_eq!(p["end_reason"], "Company relocated");
    // the stage it ended from, so that it counts as the active partner it was until then
    assert!(
        env.read("partners/acme.toml")
            .contains("ended_from = \"active\"")
    );
    let err = env.fails(1, &["partner", "end", "acme", "--reason", "again"]);
    assert!(err.contains("already ended on 2026-06-30"), "{err}");
    env.ok(&["partner", "set", "acme", "--stage", "active"]);
    let p = env.json(&["partner", "show", "acme", "--format", "json"]);
    assert_eq!(
        (p["stage"].as_str(), p["ended"].is_null()),
        (Some("active"), true)
    );
    assert!(!env.read("partners/acme.toml").contains("ended_from"));
}

#[test]
fn remove_needs_yes_and_no_goal_referring_to_it() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&["partner", "add", "Beta"]);
    env.write(
        "goals/internships.toml",
        "title = \"Internships\"\nmetric = \"internships placed\"\nbaseline = 0\ntarget = 20\npartners = [\"acme\"]\n",
    );
    let err = env.fails(1, &["partner", "remove", "acme", "--yes"]);
    assert!(err.contains("goals refer to it: `internships`"), "{err}");
    let err = env.fails(1, &["partner", "remove", "bet"]);
    assert!(err.contains("give the exact id"), "{err}");
    let err = env.fails(1, &["partner", "remove", "beta"]);
    assert!(err.contains("--yes"), "{err}");
    assert!(env.path("partners/beta.toml").exists());
    env.ok(&["partner", "remove", "beta", "--yes"]);
    assert!(!env.path("partners/beta.toml").exists());
}

/// An editor that runs a sed script over the file.
fn sed_editor(env: &TestEnv, script: &str) -> String {
    let name = format!("editor-{}.sh", script.len());
    env.script(&name, &format!("sed -i '{script}' \"$1\""))
}

#[test]
fn edit_saves_a_valid_edit() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let editor = sed_editor(
        &env,
        "s/stage = \"active\"/stage = \"paused\"  # waiting on budget/",
    );
    env.ok_with(&["partner", "edit", "acme"], &[("EDITOR", &editor)]);
    assert!(
        env.read("partners/acme.toml")
            .contains("stage = \"paused\"  # waiting on budget\n")
    );
}

#[test]
fn edit_never_saves_an_invalid_file() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = env.read("partners/acme.toml");
    let editor = sed_editor(&env, "s/stage = \"active\"/stage = \"actve\"/");
    let out = env
        .cmd()
        .args(["partner", "edit", "acme"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("partners/acme.toml:3:9: error: `stage`: unknown value `actve`"),
        "{stderr}"
    );
    assert!(stderr.contains("left unchanged"), "{stderr}");
    assert_eq!(env.read("partners/acme.toml"), before);
}

#[test]
fn edit_on_a_terminal_offers_to_reopen_or_abandon() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let before = env.read("partners/acme.toml");
    // The first edit breaks the file; the second (after "e") fixes it.
    let editor = env.tmp.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nif [ -e \"$0.done\" ]; then sed -i 's/actve/paused/' \"$1\"; else sed -i 's/\"active\"/\"actve\"/' \"$1\"; touch \"$0.done\"; fi\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} partner edit acme", bin.display()),
            "/dev/null",
        ])
        .current_dir(&env.root)
        .env("ACCORD_TODAY", "2026-11-23")
        .env("EDITOR", &editor)
        .env("NO_COLOR", "1")
        .env("HOME", env.tmp.path().join("home"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            std::thread::sleep(std::time::Duration::from_millis(500));
            child.stdin.as_mut().unwrap().write_all(b"e\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("(e)dit again or (a)bandon?"), "{screen}");
    assert!(screen.contains("saved `partners/acme.toml`"), "{screen}");
    assert_eq!(
        env.read("partners/acme.toml"),
        before.replace("\"active\"", "\"paused\"")
    );
}

/// `partner list` shows each partner as it stands today, as `status` does: one whose end
/// is dated later is still active, until that day; one that begins later is listed as written (a planned
/// partnership is seen), and its start after today is doubted when added and by `check`.
#[test]
fn partner_list_shows_partners_as_they_stand_today() {
    let env = TestEnv::example();
    env.ok(&[
        "partner",
        "end",
        "techforward",
        "--reason",
        "Moving on",
        "--date",
        "2027-01-01",
    ]);
    let rows = env.json(&["partner", "list", "--format", "json"]);
    let tech = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "techforward")
        .unwrap_or_else(|| panic!("listed until it ends: {rows}"));
    assert_eq!(tech["stage"], "active");
    assert_eq!(tech["ends"], "2027-01-01");
    let table = env.ok(&["partner", "list"]);
    let line = table.lines().find(|l| l.contains("techforward")).unwrap();
    assert!(line.contains("active until 2027-01-01"), "{table}");
    let said = env.ok_err(&[
        "partner",
        "add",
        "Planned Partner",
        "--type",
        "nonprofit",
        "--since",
        "2027-02-01",
    ]);
    assert!(
        said.contains("warning: the partnership begins 2027-02-01, after today: until then `status` and the reports do not count it"),
        "{said}"
    );
    assert!(env.ok(&["partner", "list"]).contains("Planned Partner"));
    let out = env.cmd().arg("check").output().unwrap();
    let checked = String::from_utf8_lossy(&out.stdout);
    assert!(
        checked.contains("partners/planned-partner.toml:")
            && checked.contains("`accord partner set planned-partner --since DATE`"),
        "{checked}"
    );
}

/// Names are at most 200 characters, wherever they are typed: a partner's, a contact's
/// and a contact's title, a role's title and its holder's. A longer one written by hand is a warning in `check`.
#[test]
fn every_name_is_at_most_200_characters() {
    let env = TestEnv::example();
    let long = "x".repeat(201);
    let refused = |args: &[&str], what: &str| {
        let err = env.fails(2, args);
        assert!(
            err.contains(&format!("{what} is 201 characters long")),
            "{args:?}: {err}"
        );
    };
    refused(&["partner", "add", &long], "the partner's name");
    let contact = format!("{long}, a@example.org");
    refused(
        &["partner", "add", "Long Contact", "--contact", &contact],
        "the contact's name",
    );
    refused(
        &["partner", "contact", "add", "city-parks", &long],
        "the contact's name",
    );
    refused(
        &[
            "partner",
            "contact",
            "add",
            "city-parks",
            "Bo",
            "--title",
            &long,
        ],
        "the contact's title",
    );
    refused(
        &[
            "partner",
            "contact",
            "set",
            "riverside-hospital",
            "Luis Park",
            "--name",
            &long,
        ],
        "the contact's name",
    );
    let role = |title: &str, person: &str, what: &str| {
        let args = ["role", "assign", "city-parks", "--side", "ours"];
        let named = ["--title", title, "--person", person];
        refused(&[&args[..], &named[..]].concat(), what);
    };
    role(&long, "Bo", "the role's title");
    role("Lead", &long, "the role holder's name");
    // A new holder of a role that is there already.
    let replace = ["role", "assign", "riverside-hospital", "--side", "ours"];
    let named = ["--title", "Liaison", "--person", &long];
    refused(
        &[&replace[..], &named[..]].concat(),
        "the role holder's name",
    );
    // A partner imported with its contact.
    env.write("in.csv", &format!("name,contact\nLong Import,{long}\n"));
    let err = env.fails(1, &["import", "partners", "in.csv"]);
    assert!(
        err.contains("column `contact`: the contact's name is 201 characters long"),
        "{err}"
    );
    assert!(!env.path("partners/long-contact.toml").exists());
    assert!(!env.path("partners/long-import.toml").exists());
    let file = env.path("partners/city-parks.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}\n[[contact]]\nname = \"{long}\"\n")).unwrap();
    let out = env.cmd().arg("check").output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("warning: the contact's name is 201 characters long"),
        "{said}"
    );
}
