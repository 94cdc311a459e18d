//! `accord contrib`: logging what each side puts in, totals per partner, kind and side,
//! valuing hours, and flagging a lopsided partnership.

use crate::common::TestEnv;

fn with_acme() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env
}

fn log(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["contrib", "log", "acme"];
    all.extend(args);
    env.ok_err(&all)
}

fn set_hour_value(env: &TestEnv, line: &str) {
    let s = env
        .read("accord.toml")
        .replace("# hour_value = 33.49", line);
    env.write("accord.toml", &s);
}

#[test]
fn log_writes_one_record_and_refuses_bad_amounts() {
    let env = with_acme();
    let before = env.snapshot();
    for (amount, why) in [
        ("0", "the amount must be more than zero, not `0`"),
        ("-250", "the amount must be more than zero, not `-250`"),
        ("lots", "`lots` is not an amount"),
        ("1,5", "`1,5` is not an amount"),
        ("12%", "`12%` is a percent, not an amount"),
        ("NaN", "`NaN` is not an amount"),
    ] {
        let err = env.fails(
            2,
            &[
                "contrib", "log", "acme", "--kind", "funding", "--amount", amount,
            ],
        );
        assert!(err.contains(why), "{amount}: {err}");
    }
    let err = env.fails(
        2,
        &["contrib", "log", "acme", "--kind", "cash", "--amount", "5"],
    );
    assert!(err.contains("funding, in-kind, staff-hours"), "{err}");
    assert_eq!(env.snapshot(), before);

    let said = log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "12000",
            "--date",
            "2026-09-01",
            "--note",
            "Lab equipment",
        ],
    );
    assert!(
        said.starts_with("logged $12,000 of funding from the partner's side of `acme`"),
        "{said}"
    );
    let text = env.read("partners/acme.toml");
    let tail = &text[text.find("[[contribution]]").unwrap()..];
    let id = tail.lines().nth(1).unwrap();
    assert_eq!(
        tail,
        format!(
            "[[contribution]]\n{id}\ndate = 2026-09-01\nkind = \"funding\"\namount = 12000.0\nside = \"partner\"\nnote = \"Lab equipment\"\nby = \"Test User\"\n"
        )
    );
    assert!(env.ok(&["check"]).ends_with("no problems\n"));
}

#[test]
fn hours_are_valued_at_the_hour_value_and_every_total_says_so() {
    let env = with_acme();
    let said = log(
        &env,
        &[
            "--kind",
            "volunteer-hours",
            "--amount",
            "40",
            "--date",
            "2026-10-01",
        ],
    );
    assert!(said.starts_with("logged 40 h of volunteer-hours"), "{said}");
    assert!(!said.contains("valued"), "no hour value yet: {said}");
    log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "1000",
            "--side",
            "ours",
            "--date",
            "2026-10-02",
        ],
    );
    let out = env.ok(&["contrib", "list"]);
    assert!(
        out.contains("40 h not valued: set hour_value in accord.toml to count hours."),
        "{out}"
    );
    let json = env.json(&["contrib", "list", "--format", "json"]);
    assert_eq!(json["total"]["ours"], 1000.0);
    assert_eq!(json["total"]["partner"], 0.0);
    assert_eq!(json["total"]["unvalued_hours"], 40.0);

    set_hour_value(&env, "hour_value = 25");
    let said = log(
        &env,
        &[
            "--kind",
            "staff-hours",
            "--amount",
            "8",
            "--date",
            "2026-10-03",
        ],
    );
    assert!(said.ends_with("valued at $200 at $25 an hour\n"), "{said}");
    let out = env.ok(&["contrib", "list"]);
    assert!(out.contains("Hours valued at $25 an hour."), "{out}");
    let json = env.json(&["contrib", "list", "--format", "json"]);
    assert_eq!(json["hour_value"], 25.0);
    assert_eq!(json["total"]["partner"], 1200.0);
    assert_eq!(json["total"]["valued_hours"], 48.0);
}

#[test]
fn list_totals_per_partner_kind_and_side_within_dates() {
    let env = with_acme();
    env.ok(&["partner", "add", "Beta"]);
    set_hour_value(&env, "hour_value = 30");
    log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "6000",
            "--date",
            "2026-07-15",
        ],
    );
    log(
        &env,
        &[
            "--kind",
            "volunteer-hours",
            "--amount",
            "100",
            "--date",
            "2026-10-01",
        ],
    );
    log(
        &env,
        &[
            "--kind",
            "facilities",
            "--amount",
            "1000",
            "--side",
            "ours",
            "--date",
            "2026-10-05",
        ],
    );
    env.ok(&[
        "contrib",
        "log",
        "beta",
        "--kind",
        "data",
        "--amount",
        "500",
        "--side",
        "ours",
        "--date",
        "2026-04-01",
    ]);

    let out = env.ok(&["contrib", "list"]);
    let row = |section: &str, first: &str| -> Vec<String> {
        let at = out
            .find(section)
            .unwrap_or_else(|| panic!("{section}\n{out}"));
        let line = out[at..].lines().find(|l| l.starts_with(first)).unwrap();
        line.split_whitespace().map(String::from).collect()
    };
    assert_eq!(
        row("Totals by partner", "acme"),
        ["acme", "$9,000", "$1,000", "$10,000", "90%", "10%"]
    );
    assert_eq!(
        row("Totals by partner", "all"),
        ["all", "$9,000", "$1,500", "$10,500", "86%", "14%"]
    );
    assert_eq!(
        row("Totals by kind", "volunteer-hours"),
        ["volunteer-hours", "1", "100", "h", "$3,000"]
    );
    assert_eq!(row("Totals by side", "ours"), ["ours", "$1,500", "14%"]);
    assert!(out.contains("! acme: our side put in 10% of the $10,000 invested in 2026-Q1 to 2026-Q4, under the 20% floor; hours valued at $30 an hour"), "{out}");
    assert!(
        out.contains("! beta: the partner's side put in 0% of the $500 invested"),
        "{out}"
    );

    let q = env.json(&[
        "contrib",
        "list",
        "--quarter",
        "2026-Q3",
        "--format",
        "json",
    ]);
    assert_eq!(q["since"], "2026-07-01");
    assert_eq!(q["until"], "2026-09-30");
    assert_eq!(q["contributions"].as_array().unwrap().len(), 1);
    let since = env.json(&[
        "contrib",
        "list",
        "acme",
        "--since",
        "2026-10-01",
        "--format",
        "json",
    ]);
    assert_eq!(since["contributions"].as_array().unwrap().len(), 2);
    assert_eq!(since["by_partner"][0]["total"], 4000.0);
    let until = env.json(&[
        "contrib",
        "list",
        "--until",
        "2026-06-30",
        "--format",
        "json",
    ]);
    assert_eq!(until["contributions"][0]["partner"], "beta");
    let csv = env.ok(&["contrib", "list", "beta", "--format", "csv"]);
    assert!(
        csv.starts_with("date,partner,id,side,kind,amount,value,note\n2026-04-01,beta,"),
        "{csv}"
    );
    assert!(csv.ends_with(",ours,data,$500,$500,\n"), "{csv}");
    let err = env.fails(
        2,
        &[
            "contrib",
            "list",
            "--quarter",
            "current",
            "--since",
            "2026-01-01",
        ],
    );
    assert!(err.contains("cannot be used with"), "{err}");
    let err = env.fails(
        2,
        &[
            "contrib",
            "list",
            "--since",
            "2026-10-01",
            "--until",
            "2026-09-01",
        ],
    );
    assert!(err.contains("before --since"), "{err}");
    assert_eq!(
        env.ok(&["contrib", "list", "--quarter", "2025-Q1"]),
        "no contributions recorded; log one with `accord contrib log PARTNER --kind funding --amount N`\n"
    );
}

#[test]
fn a_lopsided_partnership_is_flagged_over_the_last_four_quarters() {
    let env = with_acme();
    let lopsided = |env: &TestEnv| -> Vec<String> {
        let json = env.json(&["status", "--format", "json"]);
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "investment-lopsided")
            .map(|i| i["problem"].as_str().unwrap().to_string())
            .collect()
    };
    log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "9000",
            "--date",
            "2026-03-01",
        ],
    );
    // more than four quarters ago: does not count
    log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "50000",
            "--side",
            "ours",
            "--date",
            "2025-12-31",
        ],
    );
    assert_eq!(
        lopsided(&env),
        ["our side put in 0% of the $9,000 invested in 2026-Q1 to 2026-Q4, under the 20% floor"]
    );
    log(
        &env,
        &[
            "--kind",
            "in-kind",
            "--amount",
            "2000",
            "--side",
            "ours",
            "--date",
            "2026-11-01",
        ],
    );
    let floor = |env: &TestEnv, f: &str| {
        let s = env.read("accord.toml");
        let at = s.find("balance_floor = ").unwrap();
        let end = at + s[at..].find('\n').unwrap();
        env.write(
            "accord.toml",
            &format!("{}balance_floor = {f}{}", &s[..at], &s[end..]),
        );
    };
    assert_eq!(
        lopsided(&env),
        ["our side put in 18% of the $11,000 invested in 2026-Q1 to 2026-Q4, under the 20% floor"]
    );
    floor(&env, "0.15");
    assert!(lopsided(&env).is_empty(), "18% is above a 15% floor");
    floor(&env, "0.5");
    assert_eq!(
        lopsided(&env),
        ["our side put in 18% of the $11,000 invested in 2026-Q1 to 2026-Q4, under the 50% floor"]
    );
    let json = env.json(&["status", "--format", "json"]);
    let item = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "investment-lopsided")
        .unwrap()
        .clone();
    assert_eq!(
        item["fix"],
        "accord contrib log acme --side ours --kind KIND --amount N (if one side giving most is expected: accord partner set acme --balance off, or a lower floor such as 5%)"
    );
    assert_eq!(item["urgency"], "watch");
}

/// A funder that gives money and a volunteer group that gives hours are one-sided by
/// nature: the floor is set per partner type in accord.toml, or per partner (`partner
/// set --balance`), or turned off, and the item says how.
#[test]
fn the_balance_floor_is_set_per_type_or_per_partner_or_turned_off() {
    let env = TestEnv::example();
    let lopsided = |env: &TestEnv| {
        env.json(&["status", "--kind", "investment", "--format", "json"])["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["problem"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let before = lopsided(&env);
    assert_eq!(before.len(), 1);
    let text = env.ok(&["status", "--kind", "investment"]);
    assert!(
        text.contains("(if one side giving most is expected: accord partner set riverside-hospital --balance off, or a lower floor such as 5%)"),
        "{text}"
    );
    // per type, in accord.toml
    let settings = env.read("accord.toml");
    env.write(
        "accord.toml",
        &format!("{settings}\n[balance_floor_by_type]\nhealth = 0.1\n"),
    );
    assert_eq!(
        lopsided(&env),
        [before[0].replace(
            "under the 20% floor",
            "under the 10% floor for health partners"
        )]
    );
    env.write(
        "accord.toml",
        &format!("{settings}\n[balance_floor_by_type]\nhealth = \"off\"\n"),
    );
    assert!(lopsided(&env).is_empty());
    env.write("accord.toml", &settings);
    // per partner, by command
    let out = env.ok_err(&["partner", "set", "riverside-hospital", "--balance", "5%"]);
    assert!(out.contains("balance floor 5%"), "{out}");
    assert!(
        env.read("partners/riverside-hospital.toml")
            .contains("\nbalance = 0.05\n")
    );
    assert!(lopsided(&env).is_empty(), "7% is above its own 5% floor");
    env.ok(&["partner", "set", "riverside-hospital", "--balance", "0.1"]);
    assert!(lopsided(&env)[0].contains("under its own 10% floor"));
    env.ok(&["partner", "set", "riverside-hospital", "--balance", "off"]);
    assert!(
        env.read("partners/riverside-hospital.toml")
            .contains("\nbalance = \"off\"\n")
    );
    assert!(lopsided(&env).is_empty());
    assert!(
        env.ok(&["contrib", "list", "riverside-hospital"])
            .lines()
            .all(|l| !l.starts_with('!'))
    );
    env.ok(&[
        "partner",
        "set",
        "riverside-hospital",
        "--balance",
        "default",
    ]);
    assert_eq!(lopsided(&env), before);
    // bad values are refused with the forms that work; check finds them in files
    let err = env.fails(
        2,
        &["partner", "set", "riverside-hospital", "--balance", "150%"],
    );
    assert!(
        err.contains("out of range") && err.contains("`default`"),
        "{err}"
    );
    env.write(
        "accord.toml",
        &format!("{settings}\n[balance_floor_by_type]\nhelth = \"off\"\n"),
    );
    let err = env.fails(1, &["check"]);
    assert!(err.contains("balance_floor_by_type names `helth`"), "{err}");
}

/// Changing a contribution between money and hours keeps the number: `contrib set`
/// says what the amount now reads as, unless an amount comes with the kind.
#[test]
fn changing_money_to_hours_says_what_the_amount_becomes() {
    let env = TestEnv::example();
    let rows = env.json(&["contrib", "list", "--format", "json"]);
    let funding = rows["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "funding")
        .unwrap();
    let id = funding["id"].as_str().unwrap().to_string();
    let said = env.ok_err(&["contrib", "set", &id, "--kind", "staff-hours"]);
    assert!(
        said.contains("warning: the amount $")
            && said.contains("now reads")
            && said.contains(" h as staff-hours"),
        "{said}"
    );
    let said = env.ok_err(&[
        "contrib", "set", &id, "--kind", "funding", "--amount", "500",
    ]);
    assert!(!said.contains("warning"), "{said}");
}

/// An amount written by hand that no total can count is left out of the totals, and
/// `status` says so, with the command that fixes it; fixed, the item goes.
#[test]
fn a_hand_written_amount_no_total_counts_is_listed_by_status() {
    let env = with_acme();
    log(
        &env,
        &[
            "--kind",
            "funding",
            "--amount",
            "500",
            "--date",
            "2026-01-05",
        ],
    );
    let text = env
        .read("partners/acme.toml")
        .replace("amount = 500", "amount = -500");
    env.write("partners/acme.toml", &text);
    let id = env.json(&["contrib", "list", "--format", "json"])["contributions"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = env.ok(&["status", "--kind", "contribution"]);
    assert!(
        out.contains("the contribution of 2026-01-05 is left out of every total: amount -500 must be more than zero"),
        "{out}"
    );
    assert!(
        out.contains(&format!("accord contrib set {id} --amount N")),
        "{out}"
    );
    // Its row says so wherever it is listed.
    let list = env.ok(&["contrib", "list"]);
    assert!(list.contains("-$500 (not counted)"), "{list}");
    let report = env.ok(&["report", "partner", "acme"]);
    assert!(report.contains("-$500 (not counted)"), "{report}");
    env.ok(&["contrib", "set", &id, "--amount", "500"]);
    let json = env.json(&["status", "--format", "json", "--all"]);
    assert!(
        !json["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["kind"] == "contribution-uncounted"),
        "{json}"
    );
}
