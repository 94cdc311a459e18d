//! The merge driver (`accord merge-file`) on the largest partner file the generator
//! makes, end to end (process start to exit), as git runs it during a pull.
//!
//! ```sh
//! cargo bench --bench merge                          # 1000 partners, 3 years, 15 runs
//! cargo bench --bench merge -- --partners 5000 --years 10 --runs 15
//! ```
//!
//! Three merges of one file: both sides add a check-in (the common case), both add
//! records and change different fields, and both change one field (a conflict). Prints
//! a Markdown table to paste into BENCHMARKS.md.

#[allow(dead_code)]
mod generator;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

fn value(flag: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
}

/// Run the driver once; returns (seconds, peak resident memory in KiB, exit code).
#[allow(clippy::zombie_processes)] // the child is reaped by wait4, which also gives its memory
fn measure(dir: &Path, base: &str, ours: &str, theirs: &str) -> (f64, i64, i32) {
    std::fs::write(dir.join("base"), base).unwrap();
    std::fs::write(dir.join("current"), ours).unwrap();
    std::fs::write(dir.join("other"), theirs).unwrap();
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args([
            "merge-file",
            "base",
            "current",
            "other",
            "partners/big.toml",
        ])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("accord starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which std has not waited for.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed().as_secs_f64();
    assert!(
        pid > 0 && libc::WIFEXITED(status),
        "the driver did not exit normally"
    );
    (elapsed, usage.ru_maxrss, libc::WEXITSTATUS(status))
}

fn checkin(id: &str, date: &str) -> String {
    format!(
        "\n[[checkin]]\nid = \"{id}\"\ndate = {date}\nkind = \"call\"\nsummary = \"Bench {id}\"\n"
    )
}

fn main() {
    let partners = value("--partners").unwrap_or(1000);
    let years = value("--years").unwrap_or(3);
    let runs = value("--runs").unwrap_or(15);
    let mut rng = generator::Rng::new(42);
    let base = (0..partners)
        .map(|i| generator::partner(&mut rng, i, years))
        .max_by_key(String::len)
        .expect("at least one partner");
    let tmp = tempfile::tempdir().expect("temp dir");
    let with = |text: &str, extra: &str| format!("{text}{extra}");
    let set = |text: &str, line: &str| text.replacen("\n", &format!("\n{line}\n"), 1);
    let cases: Vec<(&str, String, String)> = vec![
        (
            "a one-line file (process start, for scale)",
            "name = \"x\"\n".to_string(),
            "name = \"y\"\n".to_string(),
        ),
        (
            "both add a check-in",
            with(&base, &checkin("benchaaa", "2026-11-20")),
            with(&base, &checkin("benchbbb", "2026-11-21")),
        ),
        (
            "both add records and set different fields",
            set(
                &with(&base, &checkin("benchaaa", "2026-11-20")),
                "website = \"https://a.example.org\"",
            ),
            set(
                &with(&base, &checkin("benchbbb", "2026-11-21")),
                "cadence = \"monthly\"",
            ),
        ),
        (
            "both set one field (a conflict)",
            set(&base, "cadence = \"weekly\""),
            set(&base, "cadence = \"monthly\""),
        ),
    ];
    println!(
        "Largest generated partner file ({partners} partners, {years} years): {:.1} KB, {} records\n",
        base.len() as f64 / 1024.0,
        base.matches("[[").count()
    );
    println!("| merge | time (median of {runs}) | peak memory | exit |");
    println!("|---|---|---|---|");
    for (name, ours, theirs) in cases {
        let mut times = Vec::new();
        let (mut rss, mut code) = (0, 0);
        let base = if ours.len() < 20 {
            "name = \"w\"\n"
        } else {
            base.as_str()
        };
        for _ in 0..runs {
            let (t, r, c) = measure(tmp.path(), base, &ours, &theirs);
            times.push(t);
            rss = rss.max(r);
            code = c;
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| {name} | {:.1} ms | {:.1} MB | {code} |",
            times[times.len() / 2] * 1000.0,
            rss as f64 / 1024.0
        );
    }
}
