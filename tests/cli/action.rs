use crate::common::TestEnv;

/// A workspace with two partners, each with a liaison on both sides.
fn workspace() -> TestEnv {
    let env = TestEnv::new();
    for (name, ours, theirs) in [
        ("Harvest Table", "Keisha Monroe", "Tom Reyes"),
        ("TechForward", "Dana Whitfield", "Priya Natarajan"),
    ] {
        env.ok(&["partner", "add", name, "--since", "2026-01-05"]);
        let id = name.to_lowercase().replace(' ', "-");
        for (side, person) in [("ours", ours), ("partner", theirs)] {
            env.ok(&[
                "role", "assign", &id, "--side", side, "--title", "Liaison", "--person", person,
            ]);
        }
    }
    env
}

/// The id of the only action item whose text is `text`.
fn id_of(env: &TestEnv, text: &str) -> String {
    let all = env.json(&["action", "list", "--format", "json"]);
    all.as_array()
        .unwrap()
        .iter()
        .find(|a| a["text"] == text)
        .unwrap_or_else(|| panic!("no item `{text}`"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn add_finds_the_owner_and_their_side() {
    let env = workspace();
    let err = env.ok_err(&[
        "action",
        "add",
        "harvest",
        "Deliver backpacks to Madison",
        "--owner",
        "tom",
        "--due",
        "+2w",
    ]);
    assert!(err.contains("for `harvest-table`: `"), "{err}");
    assert!(
        err.ends_with(
            "\"Deliver backpacks to Madison\" · owner Tom Reyes (partner) · due 2026-12-07\n"
        ),
        "{err}"
    );
    env.ok(&[
        "action",
        "add",
        "harvest",
        "Find a volunteer",
        "--side",
        "ours",
    ]);
    env.ok(&[
        "action",
        "add",
        "harvest",
        "Call the principal",
        "--owner",
        "Ana Flores",
    ]);
    let text = env.read("partners/harvest-table.toml");
    assert!(
        text.contains(
            "text = \"Deliver backpacks to Madison\"\nowner = \"Tom Reyes\"\nside = \"partner\"\ndue = 2026-12-07\ncreated = 2026-11-23\nby = \"Test User\"\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("text = \"Call the principal\"\nowner = \"Ana Flores\"\ncreated"),
        "someone not found keeps the name, without a side:\n{text}"
    );
    assert!(
        text.contains("text = \"Find a volunteer\"\nside = \"ours\"\n"),
        "{text}"
    );
    let before = env.snapshot();
    env.fails(2, &["action", "add", "harvest", "  "]);
    env.fails(2, &["action", "add", "harvest", "x", "--side", "both"]);
    env.fails(2, &["action", "add", "harvest", "x", "--due", "someday"]);
    env.fails(1, &["action", "add", "nobody", "x"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn list_filters_and_orders_most_urgent_first() {
    let env = workspace();
    env.ok(&[
        "checkin",
        "log",
        "harvest",
        "--date",
        "2026-10-01",
        "--summary",
        "Fall review",
        "--action",
        "Send the family list @keisha due:2026-10-15",
        "--action",
        "Add a sixth school @tom due:2026-11-13",
        "--action",
        "Share market numbers @tom due:2026-12-04",
    ]);
    env.ok(&[
        "checkin",
        "log",
        "techforward",
        "--date",
        "2026-09-01",
        "--summary",
        "Kickoff",
        "--action",
        "Name mentors @priya due:2026-10-01",
        "--action",
        "Send the club schedule @dana",
    ]);
    let mentors = id_of(&env, "Name mentors");
    env.ok(&["action", "done", &mentors, "--date", "2026-10-09"]);
    let list = env.ok(&["action", "list"]);
    let texts: Vec<&str> = list
        .lines()
        .skip(1)
        .map(|l| l.rsplit("  ").next().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Send the family list",
            "Add a sixth school",
            "Share market numbers",
            "Send the club schedule",
            "Name mentors",
        ]
    );
    assert!(list.contains("39 days overdue"), "{list}");
    assert!(list.contains("done 2026-10-09, 8 days late"), "{list}");
    assert!(list.contains("due in 11 days"), "{list}");
    let texts = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["action", "list", "--format", "json"];
        a.extend_from_slice(args);
        env.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        texts(&["--overdue"]),
        ["Send the family list", "Add a sixth school"]
    );
    assert_eq!(texts(&["--done"]), ["Name mentors"]);
    assert_eq!(
        texts(&["--open", "--partner", "tech"]),
        ["Send the club schedule"]
    );
    assert_eq!(
        texts(&["--side", "partner"]),
        ["Add a sixth school", "Share market numbers", "Name mentors"]
    );
    assert_eq!(
        texts(&["--owner", "REYES", "--overdue"]),
        ["Add a sixth school"]
    );
    let json = env.json(&["action", "list", "--overdue", "--format", "json"]);
    assert_eq!(json[0]["days_overdue"], 39);
    assert_eq!(json[0]["partner_name"], "Harvest Table");
    let csv = env.ok(&["action", "list", "--done", "--format", "csv"]);
    assert!(
        csv.starts_with("id,partner,side,owner,due,status,text\n")
            && csv.contains(",techforward,partner,Priya Natarajan,2026-10-01,\"done 2026-10-09, 8 days late\",Name mentors\n"),
        "{csv}"
    );
    env.fails(2, &["action", "list", "--open", "--done"]);
    assert_eq!(
        env.ok(&["action", "list", "--owner", "nobody"]),
        "no action items match\n"
    );
    assert!(
        TestEnv::new()
            .ok(&["action", "list"])
            .starts_with("no action items yet")
    );
}

#[test]
fn done_and_reopen() {
    let env = workspace();
    env.ok(&[
        "action",
        "add",
        "harvest",
        "Send the list",
        "--owner",
        "keisha",
        "--due",
        "-1d",
    ]);
    let id = id_of(&env, "Send the list");
    let before = env.snapshot();
    let err = env.fails(2, &["action", "done", &id, "--date", "tomorrow"]);
    assert!(err.contains("in the future"), "{err}");
    let err = env.fails(2, &["action", "done", &id, "--date", "-1w"]);
    assert!(
        err.contains("before the item was recorded (2026-11-23)"),
        "{err}"
    );
    let err = env.fails(1, &["action", "done", "zz"]);
    assert!(
        err.contains("no action item `zz`") && err.contains("accord action list"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);

    let err = env.ok_err(&["action", "done", &id[..4]]);
    assert!(
        err.contains(&format!(
            "done on 2026-11-23, 1 day after it was due: `{id}` Send the list"
        )),
        "{err}"
    );
    let file = env.read("partners/harvest-table.toml");
    assert!(
        file.contains("by = \"Test User\"\ndone = 2026-11-23\n"),
        "{file}"
    );
    let again = env.ok_err(&["action", "done", &id]);
    assert!(
        again.contains("already done on 2026-11-23; nothing changed"),
        "{again}"
    );
    assert_eq!(env.read("partners/harvest-table.toml"), file);
    let err = env.ok_err(&["action", "reopen", &id]);
    assert!(
        err.contains(&format!("reopened `{id}` Send the list")),
        "{err}"
    );
    assert_eq!(
        env.read("partners/harvest-table.toml"),
        before_file(&before)
    );
    let err = env.ok_err(&["action", "reopen", &id]);
    assert!(err.contains("already open; nothing changed"), "{err}");
}

/// The partner file's bytes in a snapshot.
fn before_file(snapshot: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>) -> String {
    let (_, bytes) = snapshot
        .iter()
        .find(|(p, _)| p.ends_with("partners/harvest-table.toml"))
        .unwrap();
    String::from_utf8(bytes.clone()).unwrap()
}

#[test]
fn reliability_per_side_on_partner_show() {
    let env = workspace();
    env.ok(&[
        "checkin",
        "log",
        "techforward",
        "--date",
        "2026-09-01",
        "--summary",
        "Kickoff",
        "--action",
        "On time @dana due:2026-10-01",
        "--action",
        "Late @dana due:2026-10-01",
        "--action",
        "Never done @dana due:2026-11-01",
        "--action",
        "Not due yet @dana due:2026-12-01",
        "--action",
        "Theirs on the day @priya due:2026-11-23",
    ]);
    env.ok(&[
        "action",
        "done",
        &id_of(&env, "On time"),
        "--date",
        "2026-09-30",
    ]);
    env.ok(&[
        "action",
        "done",
        &id_of(&env, "Late"),
        "--date",
        "2026-10-02",
    ]);
    env.ok(&["action", "done", &id_of(&env, "Theirs on the day")]);
    let show = env.ok(&["partner", "show", "techforward"]);
    assert!(
        show.contains(
            "  reliability  ours: 33% (1 of 3 on time) · partner: 100% (1 of 1 on time)\n"
        ),
        "{show}"
    );
    let never = id_of(&env, "Never done");
    assert!(
        show.contains(&format!(
            "  {never}  22 days overdue   Never done (Dana Whitfield, ours)\n"
        )),
        "{show}"
    );
    let json = env.json(&["partner", "show", "techforward", "--format", "json"]);
    assert_eq!(json["reliability"]["ours"]["came_due"], 3);
    assert_eq!(json["reliability"]["ours"]["on_time"], 1);
    assert_eq!(json["reliability"]["partner"]["share"], 1.0);
    let open: Vec<&str> = json["open_actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(open, ["Never done", "Not due yet"]);
    // as of an earlier date, the ones done later are still open
    let then = env.json(&[
        "--today",
        "2026-10-01",
        "partner",
        "show",
        "techforward",
        "--format",
        "json",
    ]);
    assert_eq!(then["reliability"]["ours"]["came_due"], 2);
    assert_eq!(then["reliability"]["ours"]["on_time"], 1);
    assert_eq!(then["open_actions"].as_array().unwrap().len(), 4);
}
