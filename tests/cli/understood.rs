//! Saying what was understood: action items echoed with their text, owner, side and due
//! date, warnings about what may have been misread, contacts read as name, email and
//! phone, and partners added twice.

use crate::common::TestEnv;

fn readme_block_after(marker: &str) -> String {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let at = readme.find(marker).unwrap();
    readme[at..]
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .unwrap()
        .to_string()
}

/// The stderr lines with the random record ids replaced by `ID`.
fn without_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        let inner = &rest[open + 1..open + 1 + len];
        out.push_str(&rest[..=open]);
        let is_id = inner.len() == 8 && inner.bytes().all(|b| b.is_ascii_alphanumeric());
        out.push_str(if is_id { "ID" } else { inner });
        out.push('`');
        rest = &rest[open + len + 2..];
    }
    out.push_str(rest);
    out
}

#[test]
fn checkin_log_says_what_it_understood_as_the_readme_shows() {
    let env = TestEnv::example();
    let err = env.ok_err(&[
        "checkin",
        "log",
        "city-parks",
        "--summary",
        "Walked the new trail",
        "--action",
        "Send flyers to families @derek due 2026-12-01",
        "--action",
        "Call the rangers tomorrow @marcus",
        "--action",
        "Print the sign-up sheet @jo",
    ]);
    let shown = readme_block_after("--action \"Print the sign-up sheet @jo\"");
    assert_eq!(without_ids(&err), without_ids(&shown));
    let actions = env.json(&[
        "action",
        "list",
        "--partner",
        "city-parks",
        "--format",
        "json",
    ]);
    let flyers = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["text"] == "Send flyers to families")
        .unwrap();
    assert_eq!(flyers["due"], "2026-12-01");
    assert_eq!(flyers["side"], "partner");
}

/// `@Dr. Maya Chen` is read as the whole name of the partner's contact, not `Dr.` with
/// "Maya Chen" left in the text.
#[test]
fn an_owner_written_in_several_words_is_read_whole() {
    let env = TestEnv::example();
    let err = env.ok_err(&[
        "checkin",
        "log",
        "riverside-hospital",
        "--summary",
        "Badges",
        "--action",
        "Send the badge list @Dr. Maya Chen due:2026-12-04",
        "--action",
        "Ask @Maya Chen about parking",
    ]);
    assert!(
        err.contains("\"Send the badge list\" · owner Dr. Maya Chen (partner) · due 2026-12-04\n"),
        "{err}"
    );
    assert!(
        err.contains("\"Ask about parking\" · owner Dr. Maya Chen (partner) · no due date\n"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn warnings_name_keywords_typos_and_our_own_user() {
    let env = TestEnv::example();
    let err = env.ok_err(&[
        "checkin",
        "log",
        "city-parks",
        "--summary",
        "Call",
        "--action",
        "Order badges side=ours @Marcus_Bel",
        "--action",
        "Book the van @test",
    ]);
    assert!(
        err.contains("warning: action item \"Order badges side=ours\": `side=ours` looks like a keyword but was kept as text; write side:ours\n"),
        "{err}"
    );
    assert!(
        err.contains("`Marcus Bel` holds no role on either side of `city-parks` and is not one of its contacts (did you mean @Marcus_Bell?), so the item has no side"),
        "{err}"
    );
    // the user recording (`Test User` in the tests) is on our side without a role
    assert!(
        err.contains("\"Book the van\" · owner Test User (ours) · no due date\n"),
        "{err}"
    );
    assert!(!err.contains("\"Book the van\": "), "{err}");
}

#[test]
fn action_add_warns_about_an_owner_nobody_knows() {
    let env = TestEnv::example();
    let err = env.ok_err(&["action", "add", "harvest", "Print signs", "--owner", "Zed"]);
    assert!(
        err.contains("\"Print signs\" · owner Zed (no side) · no due date\n"),
        "{err}"
    );
    assert!(err.contains("add --side ours or --side partner"), "{err}");
    assert!(
        err.ends_with("if that is not what you meant, `accord undo` takes it back\n"),
        "{err}"
    );
    env.ok(&["undo"]);
    let quiet = env.ok_err(&[
        "action",
        "add",
        "harvest",
        "Print signs",
        "--owner",
        "Zed",
        "--side",
        "ours",
    ]);
    assert!(!quiet.contains("warning"), "{quiet}");
}

#[test]
fn contacts_are_read_as_name_email_and_phone() {
    let env = TestEnv::new();
    let err = env.ok_err(&[
        "partner",
        "add",
        "Northwind Medical Center",
        "--contact",
        "Maya Chen, mchen@example.org",
        "--contact",
        "Luis Park, 555-014-2000",
    ]);
    assert!(
        err.contains(
            "  contact Maya Chen · mchen@example.org\n  contact Luis Park · 555-014-2000\n"
        ),
        "{err}"
    );
    let p = env.json(&["partner", "show", "northwind", "--format", "json"]);
    assert_eq!(p["contacts"][0]["name"], "Maya Chen");
    assert_eq!(p["contacts"][0]["email"], "mchen@example.org");
    assert_eq!(p["contacts"][1]["phone"], "555-014-2000");
    let err = env.fails(
        2,
        &[
            "partner",
            "add",
            "Acme",
            "--contact",
            "Sam, a@b.org, c@d.org",
        ],
    );
    assert!(err.contains("has two emails"), "{err}");
}

#[test]
fn an_exact_repeat_is_refused_and_shows_the_partner() {
    let env = TestEnv::example();
    let before = env.snapshot();
    for typed in ["Riverside Regional Hospital", "riverside regional HOSPITAL"] {
        let err = env.fails(1, &["partner", "add", typed]);
        assert_eq!(
            err,
            "error: partner `riverside-hospital` (Riverside Regional Hospital) already exists\nhint: see it with `accord partner show riverside-hospital`\n"
        );
    }
    assert_eq!(env.snapshot(), before);
    // an id of its own says it is another partner of that name
    let err = env.ok_err(&[
        "partner",
        "add",
        "Riverside Regional Hospital",
        "--id",
        "rrh-east",
    ]);
    assert!(
        err.contains("has the same name as `riverside-hospital`"),
        "{err}"
    );
}

#[test]
fn a_near_duplicate_is_added_with_a_warning_naming_the_existing_one() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Northwind Medical Center"]);
    env.ok(&["partner", "add", "Lumen Arts Collective"]);
    let err = env.ok_err(&["partner", "add", "Northwind Medical Centre"]);
    assert!(
        err.ends_with("warning: `Northwind Medical Centre` looks like `northwind-medical-center` (Northwind Medical Center), which already exists; if it is the same partner, `accord undo` takes this one back\n"),
        "{err}"
    );
    let err = env.ok_err(&["partner", "add", "The Lumen Arts Collective"]);
    assert!(
        err.contains("`The Lumen Arts Collective` has the same name as `lumen-arts-collective`"),
        "{err}"
    );
    let quiet = env.ok_err(&["partner", "add", "Lincoln Middle School"]);
    assert!(!quiet.contains("warning"), "{quiet}");
}

#[test]
fn the_readme_shows_what_a_near_duplicate_says() {
    let env = TestEnv::example();
    let err = env.ok_err(&["partner", "add", "The Harvest Table Food Bank"]);
    assert_eq!(
        err,
        readme_block_after("$ accord partner add \"The Harvest Table Food Bank\"")
    );
}
