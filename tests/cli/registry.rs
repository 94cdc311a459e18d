//! Every kind of record in the registry (`accord::model::kinds::all`) keeps the same
//! promises: what `export` writes `import` reads back, `check` finds an id used twice,
//! a date that may not be after today is refused by `import` in the words the commands
//! use, and every field shows in the kind's list JSON. A new kind is tested by being
//! declared.

use crate::common::{TODAY, TestEnv};
use accord::model::kinds;
use accord::model::registry::{Future, Identity, KindDef, Owner, future_message};
use chrono::NaiveDate;

/// The folder of the files that keep a kind of record.
fn folder(kind: &KindDef) -> &'static str {
    match kind.owner {
        Owner::Partner => "partners",
        Owner::Goal => "goals",
        Owner::Survey => "surveys",
    }
}

/// The owner files of a workspace, by path relative to its root, in name order.
fn owner_files(env: &TestEnv, kind: &KindDef) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(env.path(folder(kind)))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("{}/{n}", folder(kind)))
        .collect();
    files.sort();
    files
}

/// The example workspace with every record of `kind` taken out of its files (the
/// partners and goals, and the records of other kinds, stay).
fn without(kind: &KindDef) -> TestEnv {
    let env = TestEnv::example();
    for file in owner_files(&env, kind) {
        let mut doc: toml_edit::DocumentMut = env.read(&file).parse().unwrap();
        doc.remove(kind.table);
        env.write(&file, &doc.to_string());
    }
    env
}

/// The example's records of `kind` exported as CSV, saved in `env` as `name`.
fn exported(from: &TestEnv, kind: &KindDef, to: &TestEnv, name: &str) -> String {
    let csv = from.ok(&["export", kind.sheet.as_str()]);
    to.write(name, &csv);
    csv
}

#[test]
fn the_registry_lists_every_kind_of_record() {
    let tables: Vec<&str> = kinds::all().iter().map(|k| k.table).collect();
    assert_eq!(
        tables,
        [
            "contact",
            "role",
            "checkin",
            "action",
            "evaluation",
            "contribution",
            "win",
            "measurement",
            "response"
        ]
    );
}

/// (a) Export each kind from the example, import it into the example without those
/// records, export again: the same table, CSV and JSON, and `check` is clean.
#[test]
fn every_kind_round_trips_through_export_and_import() {
    let example = TestEnv::example();
    for kind in kinds::all() {
        let sheet = kind.sheet.as_str();
        let csv = example.ok(&["export", sheet]);
        assert!(
            csv.lines().count() > 1,
            "the example has no {}s to round-trip",
            kind.noun
        );
        let env = without(kind);
        assert_eq!(
            env.ok(&["export", sheet]).lines().count(),
            1,
            "{sheet}: the records were not taken out"
        );
        exported(&example, kind, &env, "in.csv");
        let err = env.ok_err(&["import", sheet, "in.csv"]);
        assert!(!err.contains("not imported"), "{sheet}: {err}");
        assert_eq!(
            env.ok(&["export", sheet]),
            csv,
            "{sheet} come back the same"
        );
        assert_eq!(
            env.ok(&["export", sheet, "--format", "json"]),
            example.ok(&["export", sheet, "--format", "json"]),
            "{sheet} come back the same (JSON)"
        );
        assert_eq!(
            env.ok(&["check"]),
            example.ok(&["check"]),
            "{sheet}: check finds what it finds in the example"
        );
        // Importing the same file again finds every record there already.
        let err = env.ok_err(&["import", sheet, "in.csv", "--update"]);
        assert!(
            !err.contains("updated") && !err.contains("created 1"),
            "{sheet}: {err}"
        );
    }
}

/// (b) A record of each kind with an id, copied into a second file of its owner's kind:
/// `check` reports the id used twice.
#[test]
fn check_reports_every_kind_of_id_used_twice() {
    for kind in kinds::all()
        .into_iter()
        .filter(|k| k.identity == Identity::Id)
    {
        let env = TestEnv::example();
        let files = owner_files(&env, kind);
        let mut found = None;
        for file in &files {
            let doc: toml_edit::DocumentMut = env.read(file).parse().unwrap();
            if let Some(first) = doc
                .get(kind.table)
                .and_then(|i| i.as_array_of_tables())
                .and_then(|a| a.get(0))
            {
                found = Some((file.clone(), first.clone()));
                break;
            }
        }
        let (from, record) = found.unwrap_or_else(|| panic!("the example has no {}", kind.noun));
        let id = record
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap()
            .to_string();
        let to = files.iter().find(|f| **f != from).unwrap();
        let mut doc: toml_edit::DocumentMut = env.read(to).parse().unwrap();
        if doc.get(kind.table).is_none() {
            doc.insert(
                kind.table,
                toml_edit::Item::ArrayOfTables(Default::default()),
            );
        }
        doc[kind.table]
            .as_array_of_tables_mut()
            .unwrap()
            .push(record);
        env.write(to, &doc.to_string());
        let out = env.cmd().arg("check").output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", kind.table);
        let stdout = String::from_utf8(out.stdout).unwrap();
        let (first, second) = if from < *to { (&from, to) } else { (to, &from) };
        let said = format!(
            "{} id `{id}` is also used by {} in {first}:",
            kind.noun,
            accord::model::words::a(kind.noun)
        );
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("{second}:")) && l.contains(&said)),
            "{}: no `{said}` in\n{stdout}",
            kind.table
        );
    }
}

/// (c) A record dated tomorrow, of each kind that records what happened, is refused by
/// `import` in the words every command uses, by row and column.
#[test]
fn import_refuses_a_later_date_in_the_commands_words() {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let tomorrow = today.succ_opt().unwrap();
    let example = TestEnv::example();
    let mut tested = 0;
    for kind in kinds::all() {
        for &(field, future) in kind.not_after_today {
            if future != Future::Refused {
                continue;
            }
            let env = without(kind);
            let csv = exported(&example, kind, &env, "all.csv");
            let mut reader = csv::Reader::from_reader(csv.as_bytes());
            let headers = reader.headers().unwrap().clone();
            let mut row = reader.records().next().unwrap().unwrap();
            let at = headers.iter().position(|h| h == field).unwrap();
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == at {
                        tomorrow.to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            row = csv::StringRecord::from(cells);
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(&headers).unwrap();
            writer.write_record(&row).unwrap();
            env.write(
                "late.csv",
                &String::from_utf8(writer.into_inner().unwrap()).unwrap(),
            );
            let before = env.snapshot();
            let err = env.fails(1, &["import", kind.sheet.as_str(), "late.csv"]);
            let expected = format!(
                "row 2, column `{field}`: {}",
                future_message(kind.noun, field, tomorrow)
            );
            assert!(
                err.lines().any(|l| l.trim() == expected),
                "{}: no `{expected}` in\n{err}",
                kind.table
            );
            assert_eq!(env.snapshot(), before, "{}: nothing is written", kind.table);
            tested += 1;
        }
    }
    assert!(tested >= 5, "only {tested} dates were tried");
}

/// (d) Every field a kind declares is a key of its rows in JSON: `accord COMMAND list
/// --format json` where the kind has a list command, else its owner's `show --format
/// json` (a partner's `contacts`, a goal's `measurements`); an absent field is there too,
/// as null (or empty). Survey responses are never shown one by one (that would break the
/// respondents' anonymity), so theirs is the export's JSON, where every field is in some
/// row.
#[test]
fn every_field_appears_in_the_kinds_json() {
    let example = TestEnv::example();
    for kind in kinds::all() {
        if kind.owner == Owner::Survey {
            let rows = example.json(&["export", kind.sheet.as_str(), "--format", "json"]);
            let rows = rows.as_array().unwrap();
            assert!(!rows.is_empty(), "{}: no rows to look at", kind.table);
            for field in kind.fields {
                assert!(
                    rows.iter().any(|r| r.get(field.name).is_some()),
                    "{}: `{}` is in no exported row",
                    kind.table,
                    field.name
                );
            }
            continue;
        }
        let mut args: Vec<&str> = kind.command.split(' ').collect();
        args.extend(["list", "--format", "json"]);
        let listed = example.cmd().args(&args).output().unwrap();
        // A kind listed under its owner's command (a goal's measurements) has no list of
        // its own.
        let own_list = listed.status.success() && kind.command != kind.owner.noun();
        let rows: Vec<serde_json::Value> = if own_list {
            let out: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
            // An array of rows, or an object holding them (a list with its totals).
            out.as_array()
                .or_else(|| out[format!("{}s", kind.table)].as_array())
                .cloned()
                .unwrap_or_default()
        } else {
            // The owner of the first exported record, shown whole.
            let exported = example.json(&["export", kind.sheet.as_str(), "--format", "json"]);
            let owner = exported[0][kind.owner.noun()].as_str().unwrap().to_string();
            let shown = example.json(&[kind.owner.noun(), "show", &owner, "--format", "json"]);
            shown[format!("{}s", kind.table)]
                .as_array()
                .cloned()
                .unwrap_or_else(|| panic!("{}: no `{}s` in {shown}", kind.table, kind.table))
        };
        let row = rows
            .first()
            .unwrap_or_else(|| panic!("{}: no rows to look at", kind.table));
        for field in kind.fields {
            assert!(
                row.get(field.name).is_some(),
                "{}: `{}` is not in the JSON {row}",
                kind.table,
                field.name
            );
        }
    }
}

/// The text rule, for every kind: a control character in any text field of a row is
/// refused by `import` in the words `check` and the commands use.
#[test]
fn import_refuses_a_control_character_in_every_text_field() {
    use accord::model::registry::Ty;
    let example = TestEnv::example();
    let mut tested = 0;
    for kind in kinds::all() {
        let env = without(kind);
        let csv = exported(&example, kind, &env, "all.csv");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let first = reader.records().next().unwrap().unwrap();
        for field in kind.fields {
            // An email and an instrument have rules of their own that speak first.
            let text = matches!(field.ty, Ty::Text | Ty::Notes | Ty::List);
            if !text || ["email", "instrument"].contains(&field.name) {
                continue;
            }
            let Some(at) = headers.iter().position(|h| h == field.name) else {
                continue;
            };
            let cells: Vec<String> = first
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == at {
                        "Evil\u{1b}[2J".to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(&headers).unwrap();
            writer.write_record(&cells).unwrap();
            let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
            env.write("evil.csv", &text);
            let before = env.snapshot();
            let err = env.fails(1, &["import", kind.sheet.as_str(), "evil.csv"]);
            let expected = format!(
                "row 2, column `{}`: a control character (`\\u{{1b}}`) in the {} field `{}`, which a terminal would act on; remove it",
                field.name, kind.noun, field.name
            );
            assert!(
                err.lines().any(|l| l.trim() == expected),
                "{}.{}: no `{expected}` in\n{err}",
                kind.table,
                field.name
            );
            assert_eq!(env.snapshot(), before, "{}: nothing is written", kind.table);
            tested += 1;
        }
    }
    assert!(tested >= 15, "only {tested} fields were tried");
}
