//! Survey benchmarks, end to end (process start to exit), median of several runs:
//!
//! - `survey import` of a form export of 5,000 respondents x 20 questions (the `wilder`
//!   instrument), with a Timestamp, an Email Address, a group column and comments, into
//!   an empty survey; then importing the same file again (which adds nothing);
//! - `survey show` on the survey it made, in each format;
//! - `status` and `report quarterly` on a generated workspace, without and with 50
//!   surveys (three years of partner, multi-partner and program-wide surveys, 15 to 300
//!   respondents each), and how much the surveys add.
//!
//! ```sh
//! cargo bench --bench surveys
//! cargo bench --bench surveys -- --partners 100,1000 --runs 7 --respondents 5000
//! cargo bench --bench surveys -- --keep /tmp/surveys   # leave the workspaces there
//! ```
//!
//! Prints Markdown tables to paste into BENCHMARKS.md.

#[allow(dead_code)]
mod generator;

use generator::Rng;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const TODAY: &str = "2026-11-23";

struct Options {
    partners: Vec<usize>,
    runs: usize,
    respondents: usize,
    accord: PathBuf,
    /// Where to generate the workspaces and leave them, instead of a temporary folder.
    keep: Option<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        partners: vec![100, 1000],
        runs: 7,
        respondents: 5000,
        accord: PathBuf::from(env!("CARGO_BIN_EXE_accord")),
        keep: None,
    };
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if let Some(s) = value("--partners") {
        o.partners = s.split(',').filter_map(|n| n.trim().parse().ok()).collect();
    }
    if let Some(r) = value("--runs").and_then(|r| r.parse().ok()) {
        o.runs = r;
    }
    if let Some(r) = value("--respondents").and_then(|r| r.parse().ok()) {
        o.respondents = r;
    }
    if let Some(a) = value("--accord") {
        o.accord = PathBuf::from(a);
    }
    o.keep = value("--keep").map(PathBuf::from);
    o
}

/// Run accord once in `ws`; returns (wall seconds, CPU seconds: user and system) of the
/// accord process. CPU time is what the benchmarks compare: on a machine shared with
/// other work, wall time swings with the load while CPU time stays put. Panics if the
/// command fails.
#[allow(clippy::zombie_processes)] // the child is reaped by wait4, which also gives its usage
fn run(accord: &Path, ws: &Path, args: &[&str]) -> (f64, f64) {
    let command = || {
        let mut c = Command::new(accord);
        c.args(args)
            .current_dir(ws)
            .env("ACCORD_TODAY", TODAY)
            .env("ACCORD_USER", "Bench")
            .env_remove("ACCORD_WORKSPACE");
        c
    };
    let start = Instant::now();
    let child = command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("accord starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which std has not waited for.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    assert!(pid > 0, "wait4 failed");
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let out = command().output().expect("accord starts");
        panic!(
            "`accord {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (wall, secs(usage.ru_utime) + secs(usage.ru_stime))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn ms(s: f64) -> String {
    format!("{:.1} ms", s * 1e3)
}

/// The median (wall, CPU) time of `args` in `ws` over `runs` runs, after one warm-up run.
fn time(o: &Options, ws: &Path, args: &[&str]) -> (f64, f64) {
    run(&o.accord, ws, args);
    let runs: Vec<(f64, f64)> = (0..o.runs).map(|_| run(&o.accord, ws, args)).collect();
    (
        median(runs.iter().map(|r| r.0).collect()),
        median(runs.iter().map(|r| r.1).collect()),
    )
}

/// "12.3 ms (wall 20.1 ms)".
fn both((wall, cpu): (f64, f64)) -> String {
    format!("{} ({})", ms(cpu), ms(wall))
}

const LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neutral",
    "Agree",
    "Strongly agree",
];

/// The questions of the built-in `wilder` instrument (20), as accord words them.
fn wilder_questions(accord: &Path, ws: &Path) -> Vec<String> {
    let out = Command::new(accord)
        .args(["instrument", "show", "wilder", "--format", "json"])
        .current_dir(ws)
        .output()
        .expect("accord starts");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("instrument JSON");
    v["dimension"]
        .as_array()
        .or_else(|| v["dimensions"].as_array())
        .expect("dimensions")
        .iter()
        .map(|d| d["question"].as_str().unwrap().to_string())
        .collect()
}

fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A Google Forms export of `n` respondents to `questions`.
fn form_export(questions: &[String], n: usize, rng: &mut Rng) -> String {
    let mut out =
        String::from("\u{feff}Timestamp,Email Address,Which of these describes you best?");
    for q in questions {
        out.push(',');
        out.push_str(&quoted(q));
    }
    out.push_str(",Is there anything else you would like to tell us?\r\n");
    let groups = [
        "Teacher",
        "Student",
        "Parent or family member",
        "Partner staff",
    ];
    let comments = [
        "More visits, please.",
        "The schedule changed too often, and nobody told us.",
        "Great mentors.\nWould do it again.",
    ];
    for i in 0..n {
        let _ = write!(
            out,
            "2026/10/{:02} {}:{:02}:{:02} AM GMT-7,person{i}@example.org,{}",
            1 + i % 28,
            1 + i % 12,
            i % 60,
            (i * 7) % 60,
            groups[i % groups.len()]
        );
        for _ in questions {
            let a = 2 + rng.below(4) as usize;
            out.push(',');
            out.push_str(LABELS[a - 1]);
        }
        out.push(',');
        if i % 9 == 0 {
            out.push_str(&quoted(comments[i % comments.len()]));
        }
        out.push_str("\r\n");
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A day `days` before today, as TOML writes it.
fn day(days: i64) -> String {
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    (today - chrono::Duration::days(days)).to_string()
}

/// The text of one generated survey file: written the way `survey import` writes one.
fn survey_file(rng: &mut Rng, i: usize, partners: usize) -> String {
    const ACCORD: [&str; 7] = [
        "vision",
        "communication",
        "roles",
        "investment",
        "trust",
        "value",
        "flexibility",
    ];
    // Every fifth survey is program-wide and larger; every seventh covers three partners.
    let wide = i.is_multiple_of(5);
    let several = !wide && i.is_multiple_of(7);
    let p = |k: usize| format!("partner-{:05}", (i * 17 + k * 5) % partners.max(1));
    let partners_line = if wide {
        String::new()
    } else if several {
        format!("partners = [\"{}\", \"{}\", \"{}\"]\n", p(0), p(1), p(2))
    } else {
        format!("partners = [\"{}\"]\n", p(0))
    };
    let groups = if wide {
        vec!["families", "community"]
    } else {
        vec!["teachers", "partner-staff"]
    };
    // Spread over three years; a few still open.
    let closes = 3 + (i as i64 * 1093) / 50;
    let closes = if i % 12 == 3 { -5 } else { closes };
    let mut s = format!(
        "title = \"Survey {i}\"\ninstrument = \"accord\"\n{partners_line}groups = [\"{}\"]\nopens = {}\ncloses = {}\ninvited = {}\nby = \"Bench\"\n",
        groups.join("\", \""),
        day(closes + 28),
        day(closes),
        if wide { 600 } else { 60 }
    );
    let n = if wide {
        150 + rng.below(150) as usize
    } else {
        15 + rng.below(30) as usize
    };
    let batch = rng.id();
    let imported = day((closes - 2).max(1));
    for r in 0..n {
        let _ = write!(
            s,
            "\n[[response]]\nid = \"{}\"\nbatch = \"{batch}\"\nimported = {imported}\n",
            rng.id()
        );
        if several {
            let _ = writeln!(s, "partner = \"{}\"", p(r % 3));
        }
        let _ = writeln!(s, "group = \"{}\"", groups[r % 2]);
        s.push_str("answers = { ");
        let answers: Vec<String> = ACCORD
            .iter()
            .map(|k| format!("{k} = {}", 2 + rng.below(4)))
            .collect();
        s.push_str(&answers.join(", "));
        s.push_str(" }\n");
        if r % 6 == 0 {
            s.push_str(
                "comments = { \"Is there anything else you would like to tell us?\" = \"Keep it going, and tell us sooner when plans change.\" }\n",
            );
        }
    }
    s
}

fn main() {
    let o = options();
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = o.keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    if root.exists() && o.keep.is_some() {
        std::fs::remove_dir_all(&root).expect("remove the workspaces kept last time");
    }
    let root = root.as_path();

    // 1. A form export of 5,000 respondents x 20 questions.
    let base = root.join("import");
    generator::generate(
        &base,
        generator::Size {
            partners: 10,
            years: 1,
            goals: 3,
        },
        42,
    )
    .expect("generate");
    run(
        &o.accord,
        &base,
        &[
            "survey",
            "new",
            "Collaboration factors, everyone",
            "--id",
            "big",
            "--instrument",
            "wilder",
            "--group",
            "teachers",
            "--group",
            "students",
            "--group",
            "families",
            "--group",
            "partner-staff",
            "--opens",
            "2026-10-01",
            "--closes",
            "2026-10-31",
        ],
    );
    let questions = wilder_questions(&o.accord, &base);
    assert_eq!(questions.len(), 20);
    let mut rng = Rng::new(7);
    let export = form_export(&questions, o.respondents, &mut rng);
    let csv = root.join("form.csv");
    std::fs::write(&csv, &export).unwrap();
    let csv = csv.to_string_lossy().to_string();
    let mut imports: Vec<(f64, f64)> = Vec::new();
    for k in 0..=o.runs {
        let ws = root.join(format!("import-{k}"));
        copy_dir(&base, &ws);
        let t = run(&o.accord, &ws, &["survey", "import", "big", &csv]);
        if k > 0 {
            imports.push(t);
        }
        if k < o.runs {
            std::fs::remove_dir_all(&ws).unwrap();
        }
    }
    let ws = root.join(format!("import-{}", o.runs));
    let file = ws.join("surveys/big.toml");
    let size = std::fs::metadata(&file).unwrap().len();
    println!(
        "Form export: {} respondents x {} questions, {:.1} MB of CSV; survey file after import {:.1} MB.\n",
        o.respondents,
        questions.len(),
        export.len() as f64 / 1e6,
        size as f64 / 1e6
    );
    println!(
        "| command | CPU time (wall time), median of {} runs |",
        o.runs
    );
    println!("|---|---|");
    let import = (
        median(imports.iter().map(|r| r.0).collect()),
        median(imports.iter().map(|r| r.1).collect()),
    );
    println!(
        "| `survey import` (5,000 x 20, into an empty survey) | {} |",
        both(import)
    );
    println!(
        "| `survey import` (the same file again: nothing to add) | {} |",
        both(time(&o, &ws, &["survey", "import", "big", &csv]))
    );
    for format in ["table", "json", "csv", "markdown"] {
        let args = ["survey", "show", "big", "--format", format];
        println!(
            "| `survey show --format {format}` | {} |",
            both(time(&o, &ws, &args))
        );
    }

    // 2. 50 surveys in a generated workspace.
    println!();
    println!("| command | partners | without surveys | with 50 surveys | added (CPU time) |");
    println!("|---|---|---|---|---|");
    for &n in &o.partners {
        let plain = root.join(format!("ws-{n}"));
        generator::generate(
            &plain,
            generator::Size {
                partners: n,
                years: 3,
                goals: (n / 20).max(3),
            },
            42,
        )
        .expect("generate");
        let with = root.join(format!("ws-{n}-surveys"));
        copy_dir(&plain, &with);
        std::fs::create_dir_all(with.join("surveys")).unwrap();
        let mut rng = Rng::new(11);
        let mut responses_bytes = 0;
        for i in 0..50 {
            let text = survey_file(&mut rng, i, n);
            responses_bytes += text.len();
            std::fs::write(with.join(format!("surveys/survey-{i:02}.toml")), text).unwrap();
        }
        eprintln!(
            "{n} partners: 50 surveys, {:.1} MB",
            responses_bytes as f64 / 1e6
        );
        run(&o.accord, &with, &["check"]);
        for (name, args) in [
            ("status", vec!["status"]),
            ("report quarterly", vec!["report", "quarterly"]),
            (
                "report quarterly --format json",
                vec!["report", "quarterly", "--format", "json"],
            ),
        ] {
            let a = time(&o, &plain, &args);
            let b = time(&o, &with, &args);
            println!(
                "| `{name}` | {n} | {} | {} | {:+.1}% |",
                both(a),
                both(b),
                (b.1 - a.1) / a.1 * 100.0
            );
        }
    }
}
