//! End-to-end benchmarks: time and peak memory of accord commands on generated
//! workspaces of growing size, and on `examples/riverside`, with a warm and a cold cache,
//! next to the bare TOML parse of the same files.
//!
//! ```sh
//! cargo bench --bench workspace                      # sizes 100, 1000, 5000 partners
//! cargo bench --bench workspace -- --sizes 100,500,2000 --runs 7 --years 5
//! cargo bench --bench workspace -- --sizes 100,1000 --only "report quarterly"
//! cargo bench --bench workspace -- --accord /tmp/accord-old --keep /tmp/ws
//! cargo bench --bench workspace -- --cache warm      # or cold, or warm,cold (the default)
//! ```
//!
//! `--only TEXT` measures only the commands whose name contains TEXT (`--only bare`
//! measures only the bare parse); `--accord PATH` runs another build of accord (an older
//! commit's, to compare); `--keep DIR` generates the workspaces into DIR (`DIR/ws-100`,
//! ...) and leaves them there, to measure by hand (`/usr/bin/time -v accord status`).
//!
//! Measuring starts 4 s after the workspaces are generated, so they are at rest as in
//! daily use (no file saved in the last 3 s, see `src/store/cache.rs`). With a warm cache
//! each command runs once before it is measured; with a cold cache the workspace's
//! `.accord/cache` folder is deleted before every run.
//!
//! "bare TOML parse" is the floor: a fresh process that reads every partner and goal file
//! and parses it into a `toml::Table`, one file after the other, and does nothing else.
//!
//! Prints Markdown tables (median wall time, median CPU time (user + system), peak
//! resident memory of the accord process and, as "anon", the most anonymous memory seen
//! while it ran, sampled from `/proc`: its heap and stacks without its program's pages,
//! which vary with what the system has cached) to paste into BENCHMARKS.md. Writes are
//! measured too: the time of a write should not grow with the number of partners.

mod generator;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One command to measure. In an argument, `{n}` is replaced by the run number (so writes
/// do not collide), `{first}` by the first partner's id, `{action}` and `{checkin}` by the
/// id of an action item and a check-in of the last partner, `{day}` by a date that differs
/// from run to run.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
}

/// The name of the bare-parse row.
const BARE: &str = "bare TOML parse (the floor)";

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
        name: "action done ID (find by id, rewrite one file)",
        args: &["action", "done", "{action}", "--date", "{day}"],
    },
    Case {
        name: "checkin show ID (find by id)",
        args: &["checkin", "show", "{checkin}"],
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
        name: "calendar",
        args: &["calendar"],
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
    /// Which cache states to measure: "warm", "cold".
    caches: Vec<String>,
}

fn options(args: &[String]) -> Options {
    let mut o = Options {
        sizes: vec![100, 1000, 5000],
        runs: 7,
        years: 3,
        only: None,
        accord: PathBuf::from(env!("CARGO_BIN_EXE_accord")),
        keep: None,
        caches: vec!["warm".into(), "cold".into()],
    };
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
    if let Some(c) = value("--cache") {
        o.caches = c.split(',').map(|c| c.trim().to_string()).collect();
    }
    o
}

/// What one run cost: wall seconds, CPU seconds (user + system), peak resident KiB, and
/// the most anonymous memory (the heap and stacks, without the program's own pages)
/// seen in KiB.
struct Cost {
    wall: f64,
    cpu: f64,
    rss: i64,
    anon: u64,
}

/// The most anonymous memory `pid` holds while it runs, in KiB, sampled from
/// `/proc/PID/status` until `done` is set or the process has exited. The program's own
/// pages (counted in the peak resident memory) depend on what the system has cached,
/// so this is the figure to compare between two builds.
fn sample_anon(pid: u32, done: &std::sync::atomic::AtomicBool) -> u64 {
    let path = format!("/proc/{pid}/status");
    let mut most = 0;
    while !done.load(std::sync::atomic::Ordering::Relaxed) {
        let Ok(status) = std::fs::read_to_string(&path) else {
            break;
        };
        let Some(kib) = status
            .lines()
            .find_map(|l| l.strip_prefix("RssAnon:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        else {
            break; // exited: a zombie has no memory left
        };
        most = most.max(kib);
        std::thread::sleep(std::time::Duration::from_micros(100));
    }
    most
}

/// Run `program` once in `dir`; returns what it cost. With `sample`, its anonymous memory
/// is sampled while it runs (by a thread that takes CPU time from it: such a run is not
/// timed); without, `anon` is 0.
#[allow(clippy::zombie_processes)] // the child is reaped by wait4, which also gives its memory
fn measure(program: &Path, dir: &Path, args: &[String], sample: bool) -> Cost {
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("ACCORD_TODAY", "2026-11-23")
        .env("ACCORD_USER", "Bench")
        .env_remove("ACCORD_WORKSPACE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the program starts");
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = sample.then(|| {
        let (pid, done) = (child.id(), done.clone());
        std::thread::spawn(move || sample_anon(pid, &done))
    });
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which std has not waited for.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let anon = sampler.map_or(0, |s| s.join().unwrap_or(0));
    assert!(pid > 0, "wait4 failed");
    assert!(
        libc::WIFEXITED(status),
        "`{} {}` did not exit normally",
        program.display(),
        args.join(" ")
    );
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Cost {
        wall,
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        rss: usage.ru_maxrss,
        anon,
    }
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

/// The `*.toml` files of `dir`, sorted.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The floor, run in its own process: parse every partner and goal file of the workspace
/// in the current directory into a `toml::Table`, one after the other.
fn bare_parse() {
    let mut records = 0;
    for kind in ["partners", "goals"] {
        for path in toml_files(Path::new(kind)) {
            let text = std::fs::read_to_string(&path).expect("read");
            let table: toml::Table = text.parse().expect("parse");
            records += table
                .values()
                .filter_map(toml::Value::as_array)
                .map(Vec::len)
                .sum::<usize>();
        }
    }
    std::hint::black_box(records);
}

/// A workspace to measure on, and the ids its commands name.
struct Column {
    name: String,
    dir: PathBuf,
    first: String,
    action: Option<String>,
    checkin: Option<String>,
}

impl Column {
    fn new(name: String, dir: PathBuf) -> Column {
        let partners = toml_files(&dir.join("partners"));
        let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().to_string();
        let first = stem(&partners[0]);
        // The last partner's records: a search through the files in order finds them last.
        let last: toml::Table = std::fs::read_to_string(partners.last().unwrap())
            .unwrap()
            .parse()
            .unwrap();
        let first_id = |key: &str| {
            last.get(key)
                .and_then(toml::Value::as_array)
                .and_then(|a| a.first())
                .and_then(|r| r.get("id"))
                .and_then(toml::Value::as_str)
                .map(str::to_string)
        };
        Column {
            name,
            first,
            action: first_id("action"),
            checkin: first_id("checkin"),
            dir,
        }
    }

    /// The arguments of `case` for run `run`; `None` when this workspace lacks what it names.
    fn args(&self, case: &Case, run: usize) -> Option<Vec<String>> {
        let day = format!("2026-11-{:02}", 1 + run % 22);
        case.args
            .iter()
            .map(|a| {
                let mut a = a
                    .replace("{n}", &run.to_string())
                    .replace("{first}", &self.first)
                    .replace("{day}", &day);
                for (key, id) in [("{action}", &self.action), ("{checkin}", &self.checkin)] {
                    if a.contains(key) {
                        a = a.replace(key, id.as_deref()?);
                    }
                }
                Some(a)
            })
            .collect()
    }
}

fn clear_cache(ws: &Path) {
    let cache = ws.join(".accord").join("cache");
    if cache.exists() {
        std::fs::remove_dir_all(&cache).expect("remove the cache");
    }
}

/// The median times and the peak memory of `costs`, and `anon` from a run of its own.
fn cell(costs: Vec<Cost>, anon: u64) -> String {
    let peak = costs.iter().map(|c| c.rss).max().unwrap_or(0);
    let wall = median(costs.iter().map(|c| c.wall).collect());
    let cpu = median(costs.iter().map(|c| c.cpu).collect());
    format!(
        "{:.1} ms (cpu {:.1}), {:.1} MB (anon {:.1})",
        wall * 1e3,
        cpu * 1e3,
        peak as f64 / 1024.0,
        anon as f64 / 1024.0
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--bare-parse") {
        bare_parse();
        return;
    }
    let o = options(&args);
    let me = std::env::current_exe().expect("the harness's own path");
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = o.keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let mut columns: Vec<Column> = Vec::new();
    let example = tmp.path().join("example");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/riverside"),
        &example,
    );
    columns.push(Column::new("examples/riverside".into(), example));
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
        columns.push(Column::new(format!("{n} partners"), dir));
    }

    // A workspace at rest, as in daily use: its files saved more than 3 s before they are
    // read, so a file's stamp alone proves its cache entry (the rule in
    // `src/store/cache.rs`); a file saved within those 3 s is hashed again on each read.
    std::thread::sleep(std::time::Duration::from_secs(4));

    let header = |title: &str| {
        println!("\n{title}\n");
        println!(
            "| command | {} |",
            columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        );
        println!("|---|{}", "---|".repeat(columns.len()));
    };
    header("The workspaces");
    let sizes = |kind: &str| {
        columns
            .iter()
            .map(|c| format!("{:.1} MB", bytes_in(&c.dir.join(kind)) as f64 / 1e6))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    println!("| partner files | {} |", sizes("partners"));
    println!("| goal files | {} |", sizes("goals"));
    let wanted = |name: &str| {
        o.only
            .as_ref()
            .is_none_or(|only| name.contains(only.as_str()))
    };
    if wanted(BARE) {
        let cells: Vec<String> = columns
            .iter()
            .map(|c| {
                let args = vec!["--bare-parse".to_string()];
                let anon = measure(&me, &c.dir, &args, true).anon;
                cell(
                    (0..o.runs)
                        .map(|_| measure(&me, &c.dir, &args, false))
                        .collect(),
                    anon,
                )
            })
            .collect();
        println!("| {BARE} | {} |", cells.join(" | "));
    }

    for cache in &o.caches {
        header(&format!("{cache} cache"));
        for case in CASES.iter().filter(|c| wanted(c.name)) {
            let mut cells = Vec::new();
            for col in &columns {
                let Some(probe) = col.args(case, 0) else {
                    cells.push("-".to_string());
                    continue;
                };
                if cache == "warm" {
                    measure(&o.accord, &col.dir, &probe, false);
                }
                // Run numbers differ between cache states, so writes do not collide
                // (`partner add` of a name added before would fail).
                let first = if cache == "cold" { 1001 } else { 1 };
                let costs = (0..o.runs)
                    .filter_map(|run| {
                        let args = col.args(case, first + run)?;
                        if cache == "cold" {
                            clear_cache(&col.dir);
                        }
                        Some(measure(&o.accord, &col.dir, &args, false))
                    })
                    .collect();
                // one more run, not timed, for the anonymous memory
                let anon = col.args(case, first + o.runs).map_or(0, |args| {
                    if cache == "cold" {
                        clear_cache(&col.dir);
                    }
                    measure(&o.accord, &col.dir, &args, true).anon
                });
                cells.push(cell(costs, anon));
            }
            println!("| `{}` | {} |", case.name, cells.join(" | "));
        }
    }
}
