//! The storage guarantees: hands are respected, nothing is lost, ids are not paths.

use crate::common::TestEnv;
use std::process::Command;

const HAND_EDITED: &str = r#"# Acme Robotics: our STEM anchor partner.
# Dana keeps this file; talk to her before changing the agreement.

name = "Acme Robotics"   # legal name is Acme Robotics LLC
type = "corporate"
stage = "active"
since = 2022-09-01
favorite_snack = "pretzels"          # not an accord field: must survive
tags = [
    "stem",   # robotics club
    "anchor",
]

[agreement]
kind = "MOU"
signed = 2024-07-01
ends = 2027-06-30
budget_code = "R-17"   # ours, unknown to accord

# People we work with
[[contact]]
name = "Jo Lee"
email = "jo@acme.example"

[[contact]]
name = "Sam Ortiz"
notes = '''
Prefers email.
Out on Fridays.'''

[custom_section]
anything = { goes = true, n = 12_000.0 }
"#;

#[test]
fn rewrites_keep_comments_order_and_unknown_fields_byte_for_byte() {
    let env = TestEnv::new();
    env.write("partners/acme.toml", HAND_EDITED);
    env.ok(&[
        "partner",
        "set",
        "acme",
        "--stage",
        "paused",
        "--add-tag",
        "k12",
    ]);
    let after = env.read("partners/acme.toml");
    let expected = HAND_EDITED
        .replace("stage = \"active\"", "stage = \"paused\"")
        .replace("    \"anchor\",\n]", "    \"anchor\",\n    \"k12\",\n]");
    assert_eq!(after, expected);

    env.ok(&[
        "partner",
        "contact",
        "add",
        "acme",
        "Kim Diaz",
        "--email",
        "kim@acme.example",
    ]);
    let after_contact = env.read("partners/acme.toml");
    assert!(
        after_contact.starts_with(&expected[..expected.find("[custom_section]").unwrap()]),
        "{after_contact}"
    );
    assert!(
        after_contact.contains("[[contact]]\nname = \"Kim Diaz\"\nemail = \"kim@acme.example\"\n"),
        "{after_contact}"
    );
    assert!(after_contact.contains("[custom_section]\nanything = { goes = true, n = 12_000.0 }\n"));
}

#[test]
fn setting_a_value_keeps_its_trailing_comment() {
    let env = TestEnv::new();
    env.write("partners/acme.toml", HAND_EDITED);
    env.ok(&["partner", "set", "acme", "--name", "Acme Robotics Inc"]);
    assert!(
        env.read("partners/acme.toml")
            .contains("name = \"Acme Robotics Inc\"   # legal name is Acme Robotics LLC\n")
    );
}

#[test]
fn files_are_toml_1_0_that_python_reads() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Riverside \"Regional\" Hospital",
        "--type",
        "health",
        "--contact",
        "Dr. Maya Chen <m@rrh.org>",
        "--agreement-signed",
        "2024-07-01",
        "--agreement-ends",
        "2027-06-30",
        "--note",
        "Line one\nLine two ✓",
    ]);
    env.ok(&[
        "role",
        "assign",
        "riverside-regional-hospital",
        "--side",
        "ours",
        "--title",
        "Liaison",
        "--person",
        "Dana",
        "--resp",
        "Plan visits",
    ]);
    env.ok(&[
        "partner",
        "end",
        "riverside-regional-hospital",
        "--reason",
        "Merged",
    ]);
    let script = r#"
import pathlib, sys, tomllib
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.toml")):
    with open(path, "rb") as f:
        tomllib.load(f)
    print(path.name)
"#;
    let Some(python) =
        crate::common::outside_program("python3", "Python's tomllib reads every file as TOML 1.0")
    else {
        return;
    };
    for dir in [env.root.clone(), crate::common::example_dir()] {
        let out = Command::new(&python)
            .args(["-c", script])
            .arg(&dir)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "tomllib refused a file in {}: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("accord.toml"));
    }
}

#[test]
fn concurrent_writers_all_land() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Shared"]);
    let children: Vec<_> = (0..8)
        .map(|i| {
            env.cmd()
                .args([
                    "partner",
                    "contact",
                    "add",
                    "shared",
                    &format!("Person {i}"),
                ])
                .ok()
                .map(|_| ())
                .err()
                .map(|e| e.to_string())
        })
        .collect();
    assert!(children.iter().all(Option::is_none), "{children:?}");
    // Now truly at once: 8 processes adding partners and contacts to one file.
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let spawned: Vec<_> = (0..8)
        .map(|i| {
            let mut c = Command::new(bin);
            c.current_dir(&env.root)
                .env("ACCORD_TODAY", crate::common::TODAY)
                .env("ACCORD_USER", "Test")
                .env_remove("ACCORD_WORKSPACE")
                .args(["partner", "add", &format!("Partner {i}")]);
            let mut d = Command::new(bin);
            d.current_dir(&env.root)
                .env("ACCORD_TODAY", crate::common::TODAY)
                .env("ACCORD_USER", "Test")
                .env_remove("ACCORD_WORKSPACE")
                .args(["partner", "contact", "add", "shared", &format!("Racer {i}")]);
            for cmd in [&mut c, &mut d] {
                cmd.stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null());
            }
            (c.spawn().unwrap(), d.spawn().unwrap())
        })
        .collect();
    for (mut c, mut d) in spawned {
        assert!(c.wait().unwrap().success());
        assert!(d.wait().unwrap().success());
    }
    let list = env.json(&["partner", "list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 9);
    let shared = env.json(&["partner", "show", "shared", "--format", "json"]);
    assert_eq!(
        shared["contacts"].as_array().unwrap().len(),
        16,
        "every concurrent contact landed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(env.path("partners"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temp files left behind: {leftovers:?}"
    );
}

#[test]
fn a_file_that_does_not_parse_is_never_rewritten() {
    let env = TestEnv::new();
    let broken =
        "name = \"Acme\"\nstage = \"active\"\nsince = 2026-02-30\n# hand edit in progress\n";
    env.write("partners/acme.toml", broken);
    let err = env.fails(1, &["partner", "set", "acme", "--stage", "paused"]);
    assert!(err.contains("partners/acme.toml:3:9"), "{err}");
    assert!(err.contains("accord check"), "{err}");
    assert_eq!(env.read("partners/acme.toml"), broken);
    let wrong_type = "name = \"Acme\"\nstage = 5\n";
    env.write("partners/acme.toml", wrong_type);
    let err = env.fails(1, &["partner", "contact", "add", "acme", "Jo"]);
    assert!(err.contains("partners/acme.toml:2:9"), "{err}");
    assert_eq!(env.read("partners/acme.toml"), wrong_type);
}

#[test]
fn ids_that_are_not_safe_file_names_are_refused() {
    let env = TestEnv::new();
    for bad in ["../x", "/etc/passwd", "", "con", "a/b", "UPPER"] {
        let err = env.fails(1, &["partner", "add", "Escape", "--id", bad]);
        assert!(err.contains("invalid id"), "{bad}: {err}");
    }
    let err = env.fails(1, &["partner", "show", "../../etc/passwd"]);
    assert!(err.contains("invalid id"), "{err}");
    assert!(!env.tmp.path().join("x.toml").exists());
    assert_eq!(std::fs::read_dir(env.path("partners")).unwrap().count(), 0);
}

#[test]
fn a_failed_command_leaves_every_byte_as_it_was() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme", "--contact", "Jo Lee"]);
    env.ok(&[
        "role", "assign", "acme", "--side", "ours", "--title", "Liaison", "--person", "Dana",
    ]);
    let before = env.snapshot();
    let failing: &[&[&str]] = &[
        &["partner", "add", "Acme"],
        &["partner", "add", "X", "--type", "alien"],
        &[
            "partner",
            "set",
            "acme",
            "--agreement-signed",
            "2027-01-01",
            "--agreement-ends",
            "2026-01-01",
        ],
        &["partner", "set", "acme", "--remove-tag", "missing"],
        &["partner", "set", "acme", "--stage", "ended"],
        &["partner", "contact", "add", "acme", "Jo Lee"],
        &["partner", "contact", "remove", "acme", "Nobody"],
        &[
            "partner",
            "end",
            "acme",
            "--reason",
            "x",
            "--date",
            "1999-01-01",
        ],
        &["partner", "remove", "acme"],
        &[
            "role", "unassign", "acme", "--side", "partner", "--title", "Liaison",
        ],
        &[
            "role", "assign", "acme", "--side", "ours", "--title", "Liaison", "--person", "X",
            "--email", "bad",
        ],
        &["init"],
    ];
    for args in failing {
        let out = env.cmd().args(*args).output().unwrap();
        assert!(!out.status.success(), "`{}` should fail", args.join(" "));
        assert_eq!(
            env.snapshot(),
            before,
            "`{}` changed the workspace",
            args.join(" ")
        );
    }
}
