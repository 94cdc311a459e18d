//! End-to-end benchmarks: time and peak memory of accord commands on generated
//! workspaces of growing size, and on `examples/riverside`.
//!
//! ```sh
//! cargo bench --bench workspace                      # sizes 100, 1000, 5000 partners
//! cargo bench --bench workspace -- --sizes 10,100 --runs 5 --years 2
//! cargo bench --bench workspace -- --sizes 100,1000 --only "report quarterly"
//! cargo bench --bench workspace -- --accord /tmp/accord-old --keep /tmp/ws
//! ```
//!
//! `--only TEXT` measures only the commands whose name contains TEXT; `--accord PATH`
//! runs another build of accord (an older commit's, to compare); `--keep DIR` generates
//! the workspaces into DIR (`DIR/ws-100`, ...) and leaves them there, to measure by hand
//! (`/usr/bin/time -v accord report quarterly`).
//!
//! Prints a Markdown table (median wall time and peak resident memory of the accord
//! process) to paste into BENCHMARKS.md. Writes are measured too: the time of a write
//! should not grow with the number of partners.

mod generator;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One command to measure. `{n}` in an argument is replaced by the run number, so
/// writes do not collide.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "partner add (write one file)",
        args: &["partner", "add", "Bench Partner {n}"],
    },
    Case {
        name: "partner set (rewrite one file)",
        args: &["partner", "set", "{first}", "--note", "run {n}"],
    },
    Case {
        name: "checkin log (append to one file)",
        args: &["checkin", "log", "{first}", "--summary", "Bench run {n}"],
    },
    Case {
        name: "partner show",
        args: &["partner", "show", "{first}"],
    },
    Case {
        name: "partner list",
        args: &["partner", "list"],
    },
    Case {
        name: "status",
        args: &["status"],
    },
    Case {
        name: "goal list",
        args: &["goal", "list"],
    },
    Case {
        name: "report quarterly",
        args: &["report", "quarterly"],
    },
    Case {
        name: "report quarterly --format html",
        args: &["report", "quarterly", "--format", "html"],
    },
    Case {
        name: "report quarterly --format markdown",
        args: &["report", "quarterly", "--format", "markdown"],
    },
    Case {
        name: "report quarterly --format json",
        args: &["report", "quarterly", "--format", "json"],
    },
    Case {
        name: "report quarterly --format csv",
        args: &["report", "quarterly", "--format", "csv"],
    },
    Case {
        name: "report partner",
        args: &["report", "partner", "{first}"],
    },
    Case {
        name: "calendar",
        args: &["calendar"],
    },
    Case {
        name: "export checkins",
        args: &["export", "checkins"],
    },
    Case {
        name: "check",
        args: &["check"],
    },
];

struct Options {
    sizes: Vec<usize>,
    runs: usize,
    years: usize,
    /// Only the cases whose name contains this.
    only: Option<String>,
    /// The accord binary to run.
    accord: PathBuf,
    /// Where to generate the workspaces and leave them, instead of a temporary folder.
    keep: Option<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        sizes: vec![100, 1000, 5000],
        runs: 7,
        years: 3,
        only: None,
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
    if let Some(s) = value("--sizes") {
        o.sizes = s.split(',').filter_map(|n| n.trim().parse().ok()).collect();
    }
    if let Some(r) = value("--runs").and_then(|r| r.parse().ok()) {
        o.runs = r;
    }
    if let Some(y) = value("--years").and_then(|y| y.parse().ok()) {
        o.years = y;
    }
    o.only = value("--only");
    if let Some(a) = value("--accord") {
        o.accord = PathBuf::from(a);
    }
    o.keep = value("--keep").map(PathBuf::from);
    o
}

/// Run accord once in `ws`; returns (seconds, peak resident memory in KiB).
#[allow(clippy::zombie_processes)] // the child is reaped by wait4, which also gives its memory
fn measure(accord: &Path, ws: &Path, args: &[String]) -> (f64, i64) {
    let start = Instant::now();
    let child = Command::new(accord)
        .args(args)
        .current_dir(ws)
        .env("ACCORD_TODAY", "2026-11-23")
        .env("ACCORD_USER", "Bench")
        .env_remove("ACCORD_WORKSPACE")
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
    assert!(pid > 0, "wait4 failed");
    assert!(
        libc::WIFEXITED(status),
        "`accord {}` did not exit normally",
        args.join(" ")
    );
    (elapsed, usage.ru_maxrss)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn bytes_in(dir: &Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        total += if p.is_dir() {
            bytes_in(&p)
        } else {
            e.metadata().map_or(0, |m| m.len())
        };
    }
    total
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

fn main() {
    let o = options();
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = o.keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let mut columns: Vec<(String, PathBuf, String)> = Vec::new();
    let example = tmp.path().join("example");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/riverside"),
        &example,
    );
    columns.push((
        "examples/riverside".into(),
        example,
        "riverside-hospital".into(),
    ));
    for &n in &o.sizes {
        let dir = root.join(format!("ws-{n}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).expect("remove the workspace kept last time");
        }
        let size = generator::Size {
            partners: n,
            years: o.years,
            goals: (n / 20).max(3),
        };
        let t = Instant::now();
        generator::generate(&dir, size, 42).expect("generate workspace");
        eprintln!(
            "generated {n} partners ({:.1} MB) in {:.1}s",
            bytes_in(&dir) as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );
        columns.push((format!("{n} partners"), dir, "partner-00000".into()));
    }

    println!(
        "| command | {} |",
        columns
            .iter()
            .map(|c| c.0.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---|".repeat(columns.len()));
    println!(
        "| workspace size | {} |",
        columns
            .iter()
            .map(|c| format!("{:.1} MB", bytes_in(&c.1) as f64 / 1e6))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let cases = CASES.iter().filter(|c| {
        o.only
            .as_ref()
            .is_none_or(|only| c.name.contains(only.as_str()))
    });
    for case in cases {
        let mut cells = Vec::new();
        for (_, ws, first) in &columns {
            let mut times = Vec::new();
            let mut peak = 0;
            for run in 0..o.runs {
                let args: Vec<String> = case
                    .args
                    .iter()
                    .map(|a| a.replace("{n}", &run.to_string()).replace("{first}", first))
                    .collect();
                let (t, rss) = measure(&o.accord, ws, &args);
                times.push(t);
                peak = peak.max(rss);
            }
            cells.push(format!(
                "{:.1} ms, {:.1} MB",
                median(times) * 1e3,
                peak as f64 / 1024.0
            ));
        }
        println!("| `{}` | {} |", case.name, cells.join(" | "));
    }
}
