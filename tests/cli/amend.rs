//! Every kind of record in the registry (`accord::model::kinds::all`) can be changed,
//! cleared, moved, edited and removed by command, and every refusal leaves each byte as
//! it was. The flags come from each kind's declared fields (a list field `attendees` is
//! set with `--attendee`, an optional one cleared with `--no-...`), with an example
//! value per field type, and what changed is read back from `accord export KIND --format
//! json`. A new kind is tested by being declared.

use crate::common::{TODAY, TestEnv};
use accord::model::kinds;
use accord::model::registry::{Future, Identity, KindDef, Ty, future_message};
use chrono::{Days, NaiveDate};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

/// The flag that sets a field: its name, singular for a list or table (`--attendee`,
/// `--score`).
fn flag(name: &str, ty: Ty) -> String {
    match ty {
        Ty::List | Ty::Words(_) | Ty::Map => name.strip_suffix('s').unwrap_or(name).to_string(),
        _ => name.to_string(),
    }
}

/// Whether `help` offers `--flag`.
fn offers(help: &str, flag: &str) -> bool {
    let want = format!("--{flag}");
    help.lines().any(|l| {
        l.split([' ', ','])
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| w == want)
    })
}

/// The export rows of a kind.
fn rows(env: &TestEnv, kind: &KindDef) -> Vec<Value> {
    env.json(&["export", kind.sheet.as_str(), "--format", "json"])
        .as_array()
        .cloned()
        .unwrap()
}

/// How a record is named on the command line, and found among the export rows.
#[derive(Debug, Clone)]
enum Named {
    Id(String),
    Contact { partner: String, name: String },
}

impl Named {
    fn of(kind: &KindDef, row: &Value) -> Named {
        match kind.identity {
            Identity::Id => Named::Id(row["id"].as_str().unwrap().to_string()),
            _ => Named::Contact {
                partner: row["partner"].as_str().unwrap().to_string(),
                name: row["name"].as_str().unwrap().to_string(),
            },
        }
    }

    /// The words naming it after `accord COMMAND set|remove`; an id as a unique prefix.
    fn args(&self) -> Vec<String> {
        match self {
            Named::Id(id) => vec![id[..6].to_string()],
            Named::Contact { partner, name } => vec![partner.clone(), name.clone()],
        }
    }

    fn row(&self, env: &TestEnv, kind: &KindDef) -> Option<Value> {
        rows(env, kind).into_iter().find(|r| match self {
            Named::Id(id) => r["id"] == json!(id),
            Named::Contact { partner, name } => {
                r["partner"] == json!(partner) && r["name"] == json!(name)
            }
        })
    }
}

/// `accord COMMAND SUB NAMED... ARGS...`
fn command(kind: &KindDef, sub: &str, named: &Named, args: &[String]) -> Vec<String> {
    let mut out: Vec<String> = kind.command.split(' ').map(String::from).collect();
    out.push(sub.to_string());
    out.extend(named.args());
    out.extend(args.iter().cloned());
    out
}

fn run_ok(env: &TestEnv, args: &[String]) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.ok_err(&args)
}

fn run_fails(env: &TestEnv, code: i32, args: &[String]) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.fails(code, &args)
}

/// A field's value in a row: absent as null.
fn value(row: &Value, field: &str) -> Value {
    row.get(field).cloned().unwrap_or(Value::Null)
}

/// Whether two JSON values are the same, numbers by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        (a, b) => a == b,
    }
}

/// Whether a value is what an export shows for a cleared field.
fn cleared(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// An example change of one field of `row`, as arguments and the value export then
/// shows (for a table, the one key set). `None` when the field is not set by a flag.
fn example(env: &TestEnv, kind: &KindDef, row: &Value, name: &str, ty: Ty) -> (Vec<String>, Value) {
    let flag = format!("--{}", flag(name, ty));
    let current = value(row, name);
    match ty {
        Ty::Date => {
            // A day after the date it has (never after today), so the dates around it
            // still agree; today when it has none.
            let date = current
                .as_str()
                .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
                .map_or(today(), |d| {
                    let next = d.checked_add_days(Days::new(1)).unwrap().min(today());
                    if next == d {
                        d.checked_sub_days(Days::new(1)).unwrap()
                    } else {
                        next
                    }
                })
                .to_string();
            (vec![flag, date.clone()], json!(date))
        }
        Ty::Text | Ty::Notes if name.contains("email") => (
            vec![flag, "amended@example.org".into()],
            json!("amended@example.org"),
        ),
        Ty::Text if name == "instrument" => {
            // Another instrument with the same dimensions: a copy of this one.
            let from = current.as_str().unwrap();
            env.ok(&["instrument", "export", from, "--as", "amended-copy"]);
            (vec![flag, "amended-copy".into()], json!("amended-copy"))
        }
        Ty::Text | Ty::Notes => {
            let text = format!("Amended {name}");
            (vec![flag, text.clone()], json!(text))
        }
        Ty::Number => (vec![flag, "123.5".into()], json!(123.5)),
        Ty::Whole => {
            let n = if current == json!(3) { 2 } else { 3 };
            (vec![flag, n.to_string()], json!(n))
        }
        Ty::Word(names) => {
            let word = names.iter().find(|w| json!(w) != current).unwrap();
            (vec![flag, word.to_string()], json!(word))
        }
        Ty::Words(names) => (vec![flag, names[0].into()], json!([names[0]])),
        Ty::List => (
            vec![
                flag.clone(),
                "Amended one".into(),
                flag,
                "Amended two".into(),
            ],
            json!(["Amended one", "Amended two"]),
        ),
        Ty::Map => {
            // A key the record has in this table, or in another of its tables.
            let key = current
                .as_object()
                .and_then(|m| m.keys().next().cloned())
                .or_else(|| {
                    kind.fields
                        .iter()
                        .filter(|f| f.ty == Ty::Map)
                        .find_map(|f| value(row, f.name).as_object()?.keys().next().cloned())
                })
                .unwrap();
            let numbers = current
                .as_object()
                .is_some_and(|m| m.values().any(Value::is_number));
            if numbers {
                (vec![flag, format!("{key}=3")], json!({ key: 3.0 }))
            } else {
                (
                    vec![flag, format!("{key}=Amended")],
                    json!({ key: "Amended" }),
                )
            }
        }
        Ty::Id | Ty::Flag | Ty::Ref(_) => unreachable!("not set by a flag"),
    }
}

/// The fields a `set` command must offer: every declared one but the record's id, who
/// recorded it and when (stamped, never typed), references (changed by moving or
/// removing), and flags worked out from the rest (an evaluation is partial when a
/// dimension has no score).
fn settable(kind: &KindDef) -> impl Iterator<Item = (&'static str, Ty)> {
    kind.fields
        .iter()
        .filter(|f| !matches!(f.ty, Ty::Id | Ty::Flag | Ty::Ref(_)))
        .filter(|f| !["by", "created"].contains(&f.name))
        .map(|f| (f.name, f.ty))
}

/// The first record of a kind in the example, a step into the list so that the records
/// around it are of the same owner.
fn first_row(env: &TestEnv, kind: &KindDef) -> Value {
    rows(env, kind)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("the example has no {}", kind.noun))
}

#[test]
fn every_field_of_every_kind_can_be_set_and_cleared() {
    let mut kinds_tested = 0;
    for kind in kinds::all() {
        if kind.identity == Identity::SideTitle || answered(kind) {
            continue; // roles: `role assign` replaces a holder (tests/cli/role.rs)
        }
        let env = TestEnv::example();
        let row = first_row(&env, kind);
        let mut named = Named::of(kind, &row);
        let mut help_args: Vec<&str> = kind.command.split(' ').collect();
        help_args.extend(["set", "--help"]);
        let help = env.ok(&help_args);
        for (name, ty) in settable(kind) {
            let f = flag(name, ty);
            assert!(
                offers(&help, &f),
                "`accord {} set` has no --{f} for the field `{name}`:\n{help}",
                kind.command
            );
            let (args, expected) = example(&env, kind, &row, name, ty);
            let said = run_ok(&env, &command(kind, "set", &named, &args));
            assert!(said.contains("changed the"), "{}: {said}", kind.table);
            if name == "name"
                && let Named::Contact { name: old, .. } = &mut named
            {
                *old = expected.as_str().unwrap().to_string();
            }
            let now = named
                .row(&env, kind)
                .unwrap_or_else(|| panic!("{}: the record is gone after --{f}", kind.table));
            let got = value(&now, name);
            let ok = match (&expected, &got) {
                (Value::Object(want), Value::Object(have)) => want
                    .iter()
                    .all(|(k, v)| have.get(k).is_some_and(|h| same(v, h))),
                _ => same(&expected, &got),
            };
            assert!(ok, "{}: --{f} {args:?} gave {got}", kind.table);

            // Clearing, where the field may be absent.
            let field = kind.field(name).unwrap();
            let no = match ty {
                Ty::Map => format!("no-{f}"),
                _ => format!("no-{name}"),
            };
            assert!(
                !(field.required && offers(&help, &no)),
                "{}: a required field has --{no}",
                kind.table
            );
            if !offers(&help, &no) {
                continue;
            }
            let mut args = vec![format!("--{no}")];
            if let Value::Object(m) = &expected {
                args.push(m.keys().next().unwrap().clone());
            }
            run_ok(&env, &command(kind, "set", &named, &args));
            let now = named.row(&env, kind).unwrap();
            let got = value(&now, name);
            let gone = match &expected {
                Value::Object(m) => m.keys().all(|k| got.get(k).is_none()),
                _ => cleared(&got),
            };
            assert!(gone, "{}: --{no} left {got}", kind.table);
        }
        // Moving it to another owner, where the kind can move: the records that refer to
        // it go along.
        let owner = kind.owner.noun();
        if offers(&help, owner) {
            let from = row[owner].as_str().unwrap().to_string();
            let to = env
                .json(&["export", &format!("{owner}s"), "--format", "json"])
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string())
                .find(|o| *o != from)
                .unwrap();
            let id = row["id"].as_str().unwrap();
            let along: Vec<(String, &KindDef)> = referring(kind)
                .into_iter()
                .flat_map(|(k, f)| {
                    rows(&env, k)
                        .into_iter()
                        .filter(|r| r[f] == json!(id))
                        .map(|r| (r["id"].as_str().unwrap().to_string(), k))
                        .collect::<Vec<_>>()
                })
                .collect();
            run_ok(
                &env,
                &command(kind, "set", &named, &[format!("--{owner}"), to.clone()]),
            );
            assert_eq!(named.row(&env, kind).unwrap()[owner], json!(to));
            for (rid, k) in &along {
                let r = rows(&env, k).into_iter().find(|r| r["id"] == json!(rid));
                assert_eq!(r.unwrap()[owner], json!(to), "{} moved along", k.noun);
            }
        }
        assert_eq!(
            env.cmd().arg("check").output().unwrap().status.code(),
            Some(0),
            "{}: the workspace still checks",
            kind.table
        );
        kinds_tested += 1;
    }
    let answered_kinds = kinds::all().into_iter().filter(|k| answered(k)).count();
    assert_eq!(kinds_tested, kinds::all().len() - 1 - answered_kinds);
}

#[test]
fn refused_changes_leave_every_byte_as_it_was() {
    let tomorrow = today().succ_opt().unwrap().to_string();
    for kind in kinds::all() {
        if kind.identity == Identity::SideTitle || answered(kind) {
            continue;
        }
        let env = TestEnv::example();
        let row = first_row(&env, kind);
        let named = Named::of(kind, &row);
        let (name, ty) = settable(kind).next().unwrap();
        let (some_change, _) = example(&env, kind, &row, name, ty);
        let before = env.snapshot();

        // Nothing to change.
        let err = run_fails(&env, 2, &command(kind, "set", &named, &[]));
        assert!(err.contains("nothing to change"), "{}: {err}", kind.table);

        // A date that may not be after today, in the words every command uses.
        for &(field, future) in kind.not_after_today {
            if future != Future::Refused {
                continue;
            }
            let args = vec![format!("--{field}"), tomorrow.clone()];
            let err = run_fails(&env, 2, &command(kind, "set", &named, &args));
            let date = NaiveDate::parse_from_str(&tomorrow, "%Y-%m-%d").unwrap();
            assert!(
                err.contains(&future_message(kind.noun, field, date)),
                "{}: {err}",
                kind.table
            );
        }

        // A record that is not there.
        let missing = match &named {
            Named::Id(_) => Named::Id("zzzzzzzz".into()),
            Named::Contact { partner, .. } => Named::Contact {
                partner: partner.clone(),
                name: "Nobody Atall".into(),
            },
        };
        let err = run_fails(&env, 1, &command(kind, "set", &missing, &some_change));
        assert!(err.contains("no "), "{}: {err}", kind.table);

        // Removing without --yes, where accord cannot ask.
        let err = run_fails(&env, 1, &command(kind, "remove", &named, &[]));
        assert!(
            err.contains("needs --yes") || err.contains("so nothing was removed"),
            "{}: {err}",
            kind.table
        );
        assert_eq!(
            env.snapshot(),
            before,
            "{}: nothing was written",
            kind.table
        );
    }
}

/// Survey responses are read whole from a form's export and kept anonymous: they are
/// replaced by importing the form again, not changed one by one.
fn answered(kind: &KindDef) -> bool {
    kind.owner == accord::model::registry::Owner::Survey
}

/// The kinds whose records refer to records of `kind`, with the field that does.
fn referring(kind: &KindDef) -> Vec<(&'static KindDef, &'static str)> {
    kinds::all()
        .into_iter()
        .filter(|k| k.owner == kind.owner)
        .flat_map(|k| {
            k.fields
                .iter()
                .filter(|f| f.ty == Ty::Ref(kind.table))
                .map(move |f| (k, f.name))
        })
        .collect()
}

#[test]
fn every_kind_can_be_removed_with_what_refers_to_it_removed_or_kept() {
    for kind in kinds::all() {
        if kind.identity == Identity::SideTitle || answered(kind) {
            continue;
        }
        let refs = referring(kind);
        // A record that others refer to, when some kind does.
        let pick = |env: &TestEnv| -> (Named, Vec<(String, &'static KindDef, &'static str)>) {
            for (rk, field) in &refs {
                if let Some(r) = rows(env, rk).iter().find(|r| r[*field].is_string()) {
                    let id = r[*field].as_str().unwrap().to_string();
                    let pointing = refs
                        .iter()
                        .flat_map(|(k, f)| {
                            rows(env, k)
                                .into_iter()
                                .filter(|r| r[*f] == json!(id))
                                .map(|r| (r["id"].as_str().unwrap().to_string(), *k, *f))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    return (Named::Id(id), pointing);
                }
            }
            (Named::of(kind, &first_row(env, kind)), Vec::new())
        };
        for keep in [false, true] {
            let env = TestEnv::example();
            let (named, pointing) = pick(&env);
            let count = rows(&env, kind).len();
            let mut args = vec!["--yes".to_string()];
            if let Some((_, rk, _)) = pointing.first() {
                let before = env.snapshot();
                let err = run_fails(&env, 1, &command(kind, "remove", &named, &args));
                assert!(
                    err.contains("so nothing was removed"),
                    "{}: {err}",
                    kind.table
                );
                assert_eq!(env.snapshot(), before);
                let what = if keep { "keep" } else { "with" };
                args.push(format!("--{what}-{}s", rk.table));
            } else if keep {
                continue;
            }
            let said = run_ok(&env, &command(kind, "remove", &named, &args));
            assert!(said.contains("removed the"), "{said}");
            assert!(
                named.row(&env, kind).is_none(),
                "{}: still there",
                kind.table
            );
            assert_eq!(rows(&env, kind).len(), count - 1);
            for (id, rk, field) in &pointing {
                let still = rows(&env, rk).into_iter().find(|r| r["id"] == json!(id));
                match (keep, still) {
                    (true, Some(r)) => assert!(cleared(&value(&r, field)), "{r}"),
                    (false, None) => {}
                    (keep, r) => panic!("{}: keep={keep} left {r:?}", rk.table),
                }
            }
            assert_eq!(
                env.cmd().arg("check").output().unwrap().status.code(),
                Some(0),
                "{}: the workspace still checks",
                kind.table
            );
        }
    }
}

/// An executable editor script.
fn editor(env: &TestEnv, body: &str) -> String {
    env.script("editor.sh", body)
}

#[test]
fn every_kind_with_an_id_can_be_edited_in_the_editor() {
    for kind in kinds::all()
        .into_iter()
        .filter(|k| k.identity == Identity::Id && !answered(k))
    {
        let env = TestEnv::example();
        let row = first_row(&env, kind);
        let named = Named::of(kind, &row);
        let id = row["id"].as_str().unwrap().to_string();
        let ed = editor(
            &env,
            "sed -i -e '/^by = /d' -e 's/^id = \\(.*\\)$/id = \\1\\nby = \"Edited by hand\"  # fixed/' \"$1\"",
        );
        let out = env
            .cmd()
            .args(["edit", &id[..6]])
            .env("EDITOR", &ed)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            kind.table,
            String::from_utf8_lossy(&out.stderr)
        );
        let now = named.row(&env, kind).unwrap();
        assert_eq!(now["by"], json!("Edited by hand"), "{}", kind.table);
        let file = format!(
            "{}/{}.toml",
            if kind.owner.noun() == "goal" {
                "goals"
            } else {
                "partners"
            },
            row[kind.owner.noun()].as_str().unwrap()
        );
        assert!(env.read(&file).contains("by = \"Edited by hand\"  # fixed"));

        // A snippet that does not read: nothing is written.
        let before = env.snapshot();
        let broken = editor(&env, "sed -i 's/^id = .*/&\\nid = \"again\"/' \"$1\"");
        let out = env
            .cmd()
            .args(["edit", &id])
            .env("EDITOR", &broken)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", kind.table);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{}-{id}.toml:", kind.table)), "{err}");
        assert!(err.contains("was left unchanged"), "{err}");
        assert_eq!(env.snapshot(), before, "{}", kind.table);
    }
}

/// Two partners written by hand, with comments and a field accord does not know.
fn hand_written() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "partners/acme.toml",
        "name = \"Acme\"   # legal name\n\n# The fall kickoff.\n[[checkin]]\nid = \"k7q2m9x4\"\ndate = 2026-09-15 # as agreed\nkind = \"review\"\nsummary = \"Kickoff\"\nmood = \"good\"   # mine\nby = \"Dana\"\n\n[[checkin]]\nid = \"p3r8w1z0\"\ndate = 2026-10-01\nsummary = \"Second\"\n\n# Agreed at the kickoff.\n[[action]]\nid = \"a1b2c3d4\"\ntext = \"Send the roster\"\ncheckin = \"k7q2m9x4\"\ncreated = 2026-09-15\n\n[[action]]\nid = \"e5f6g7h8\"\ntext = \"Book the room\"\n",
    );
    env.write(
        "partners/beta.toml",
        "name = \"Beta\"\n\n[[action]]\nid = \"q9r8s7t6\"\ntext = \"Call back\"\n",
    );
    env
}

#[test]
fn a_change_rewrites_only_what_it_changes() {
    let env = hand_written();
    let said = env.ok_err(&[
        "checkin",
        "set",
        "k7q2",
        "--date",
        "2026-09-14",
        "--rating",
        "4",
        "--attendee",
        "Dana",
    ]);
    assert_eq!(
        said,
        "changed the check-in `k7q2m9x4` with `acme` on 2026-09-15 (review)\n  date       2026-09-15 → 2026-09-14\n  attendees  none → Dana\n  rating     none → 4\n"
    );
    assert_eq!(
        env.read("partners/acme.toml"),
        "name = \"Acme\"   # legal name\n\n# The fall kickoff.\n[[checkin]]\nid = \"k7q2m9x4\"\ndate = 2026-09-14 # as agreed\nkind = \"review\"\nattendees = [\"Dana\"]\nsummary = \"Kickoff\"\nrating = 4\nmood = \"good\"   # mine\nby = \"Dana\"\n\n[[checkin]]\nid = \"p3r8w1z0\"\ndate = 2026-10-01\nsummary = \"Second\"\n\n# Agreed at the kickoff.\n[[action]]\nid = \"a1b2c3d4\"\ntext = \"Send the roster\"\ncheckin = \"k7q2m9x4\"\ncreated = 2026-09-15\n\n[[action]]\nid = \"e5f6g7h8\"\ntext = \"Book the room\"\n"
    );
    // The same values again change nothing, and say so.
    let before = env.snapshot();
    let said = env.ok_err(&["checkin", "set", "k7q2", "--rating", "4"]);
    assert!(said.starts_with("nothing changed"), "{said}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_check_in_moves_to_another_partner_with_its_action_items() {
    let env = hand_written();
    let said = env.ok_err(&["checkin", "set", "k7q2m9x4", "--partner", "beta"]);
    assert!(
        said.contains("partner  acme → beta (with its 1 action item)"),
        "{said}"
    );
    assert_eq!(
        env.read("partners/acme.toml"),
        "name = \"Acme\"   # legal name\n\n[[checkin]]\nid = \"p3r8w1z0\"\ndate = 2026-10-01\nsummary = \"Second\"\n\n[[action]]\nid = \"e5f6g7h8\"\ntext = \"Book the room\"\n"
    );
    assert_eq!(
        env.read("partners/beta.toml"),
        "name = \"Beta\"\n\n# The fall kickoff.\n[[checkin]]\nid = \"k7q2m9x4\"\ndate = 2026-09-15 # as agreed\nkind = \"review\"\nsummary = \"Kickoff\"\nmood = \"good\"   # mine\nby = \"Dana\"\n\n[[action]]\nid = \"q9r8s7t6\"\ntext = \"Call back\"\n\n# Agreed at the kickoff.\n[[action]]\nid = \"a1b2c3d4\"\ntext = \"Send the roster\"\ncheckin = \"k7q2m9x4\"\ncreated = 2026-09-15\n"
    );
    let shown = env.json(&["checkin", "show", "k7q2", "--format", "json"]);
    assert_eq!(shown["partner"], json!("beta"));
    assert_eq!(shown["action_items"][0]["id"], json!("a1b2c3d4"));
    assert!(
        env.ok(&["check"]).contains("0 errors"),
        "only `mood` is unknown"
    );
}

#[test]
fn removing_asks_on_a_terminal_showing_the_record() {
    let env = hand_written();
    let on_terminal = |answer: &str, args: &str| env.on_terminal(answer, args);
    let before = env.snapshot();
    let Some((code, screen)) = on_terminal("n\n", "checkin remove k7q2 --with-actions") else {
        return;
    };
    assert_eq!(code, Some(1), "{screen}");
    assert!(
        screen.contains("Review with Acme on 2026-09-15  k7q2m9x4\nKickoff\n"),
        "{screen}"
    );
    assert!(
        screen.contains("a1b2c3d4"),
        "the action items show: {screen}"
    );
    assert!(
        screen.contains("remove this check-in and its action item `a1b2c3d4`? [y/N]"),
        "{screen}"
    );
    assert!(screen.contains("nothing was removed"), "{screen}");
    assert_eq!(env.snapshot(), before);

    let (code, screen) = on_terminal("y\n", "checkin remove k7q2 --with-actions").unwrap();
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("removed the check-in `k7q2m9x4` with `acme` on 2026-09-15 (review) and its action item `a1b2c3d4`"),
        "{screen}"
    );
    assert_eq!(
        env.read("partners/acme.toml"),
        "name = \"Acme\"   # legal name\n\n[[checkin]]\nid = \"p3r8w1z0\"\ndate = 2026-10-01\nsummary = \"Second\"\n\n[[action]]\nid = \"e5f6g7h8\"\ntext = \"Book the room\"\n"
    );

    let (code, screen) = on_terminal("y\n", "action remove e5f6").unwrap();
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("Action item of Acme  e5f6g7h8\n  text  Book the room\n"),
        "{screen}"
    );
}

#[test]
fn contacts_are_changed_by_name_or_a_word_of_it() {
    let env = TestEnv::example();
    let said = env.ok_err(&[
        "partner",
        "contact",
        "set",
        "riverside-hospital",
        "maya",
        "--email",
        "maya.chen@riversidehealth.example.org",
        "--no-title",
    ]);
    assert!(
        said.starts_with("changed the contact Dr. Maya Chen at `riverside-hospital`"),
        "{said}"
    );
    let contact =
        env.json(&["partner", "show", "riverside-hospital", "--format", "json"])["contacts"][0]
            .clone();
    assert_eq!(
        contact["email"],
        json!("maya.chen@riversidehealth.example.org")
    );
    assert_eq!(contact["title"], Value::Null);

    let before = env.snapshot();
    let err = env.fails(
        2,
        &[
            "partner",
            "contact",
            "set",
            "riverside-hospital",
            "Dr. Maya Chen",
            "--email",
            "not-an-email",
        ],
    );
    assert!(
        err.contains("`not-an-email` does not look like an email address"),
        "{err}"
    );
    let err = env.fails(
        2,
        &[
            "partner",
            "contact",
            "set",
            "riverside-hospital",
            "Dr. Maya Chen",
            "--name",
            "luis park",
        ],
    );
    assert!(
        err.contains("already has a contact named luis park"),
        "{err}"
    );
    let err = env.fails(
        1,
        &[
            "partner",
            "contact",
            "set",
            "riverside-hospital",
            "Nobody",
            "--phone",
            "1",
        ],
    );
    assert!(
        err.contains("its contacts are `Dr. Maya Chen` or `Luis Park`"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn without_an_editor_set_accord_says_how_to_set_one() {
    let env = TestEnv::example();
    let before = env.snapshot();
    for args in [
        &["edit", "1sxfczcf"][..],
        &["partner", "edit", "riverside-hospital"][..],
    ] {
        let err = env.fails(1, args);
        assert!(err.contains("no editor is set"), "{err}");
        assert!(
            err.contains("hint: set one for this shell, e.g. `export EDITOR=nano`"),
            "{err}"
        );
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn edit_refuses_what_a_command_would_refuse_and_finds_records_of_any_kind() {
    let env = TestEnv::example();
    let before = env.snapshot();
    let ed = editor(&env, "sed -i 's/^date = .*/date = 2026-12-01/' \"$1\"");
    let out = env
        .cmd()
        .args(["edit", "1sxfczcf"])
        .env("EDITOR", &ed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("checkin-1sxfczcf.toml:7:8: error: the check-in date 2026-12-01 is in the future (after today)"),
        "{err}"
    );
    let ed = editor(&env, "sed -i 's/^id = .*/id = \"other\"/' \"$1\"");
    let out = env
        .cmd()
        .args(["edit", "1sxfczcf"])
        .env("EDITOR", &ed)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("the id cannot be changed"));
    assert_eq!(env.snapshot(), before);

    let err = env.fails(1, &["edit", "riverside-hospital"]);
    assert!(
        err.contains("`accord partner edit riverside-hospital` edits its whole file"),
        "{err}"
    );
    let err = env.fails(1, &["edit", "zz"]);
    assert!(err.contains("no record `zz`"), "{err}");
    // Leaving the editor without a change changes nothing.
    let out = env
        .cmd()
        .args(["edit", "1sxf"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no changes"));
    assert_eq!(env.snapshot(), before);
}

/// A new owner is found as `action add` finds one: a role holder's side comes with them,
/// and someone nobody knows gets `add`'s warning and no side (the old owner's side is not
/// kept for them).
#[test]
fn a_new_owner_of_an_action_item_is_found_and_doubted_as_action_add_does() {
    let env = TestEnv::example();
    let id = env.json(&[
        "action",
        "list",
        "--partner",
        "riverside-hospital",
        "--format",
        "json",
    ])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let item = |env: &TestEnv| {
        env.json(&[
            "action",
            "list",
            "--partner",
            "riverside-hospital",
            "--format",
            "json",
        ])
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id.as_str())
        .cloned()
        .unwrap()
    };
    let said = env.ok_err(&["action", "set", &id, "--owner", "nobody"]);
    assert!(
        said.contains("warning: `nobody` holds no role on either side of `riverside-hospital`")
            && said.contains("add --side ours or --side partner"),
        "{said}"
    );
    let a = item(&env);
    assert_eq!(
        (a["owner"].as_str(), a["side"].as_str()),
        (Some("nobody"), None)
    );
    let said = env.ok_err(&["action", "set", &id, "--owner", "dana"]);
    assert!(!said.contains("warning"), "{said}");
    let a = item(&env);
    assert_eq!(
        (a["owner"].as_str(), a["side"].as_str()),
        (Some("Dana Whitfield"), Some("ours"))
    );
}
