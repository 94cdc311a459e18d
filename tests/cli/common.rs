//! The test environment: a temporary workspace, and `accord` run with a fixed today, a
//! fixed user, no color, a fixed width, and HOME and the data folders inside the
//! temporary directory, so no test sees the real clock or the user's files.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-23";
/// The time the undo journal records.
pub const NOW: &str = "2026-11-23 14:05:00";

pub struct TestEnv {
    pub tmp: TempDir,
    /// The workspace folder (and the current directory of every command).
    pub root: PathBuf,
}

impl TestEnv {
    /// An empty folder, not yet a workspace.
    pub fn bare() -> Self {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path().join("ws");
        std::fs::create_dir_all(&root).unwrap();
        for d in ["home", "data", "config", "tmp"] {
            std::fs::create_dir_all(tmp.path().join(d)).unwrap();
        }
        TestEnv { tmp, root }
    }

    /// A new workspace made with `accord init`.
    pub fn new() -> Self {
        let env = TestEnv::bare();
        env.ok(&["init", "--name", "Test Program", "--org", "Test District"]);
        env
    }

    /// A copy of `examples/riverside`.
    pub fn example() -> Self {
        let env = TestEnv::bare();
        copy_dir(&example_dir(), &env.root);
        env
    }

    /// A copy of `examples/riverside` with its partners' profiles only: no goals and no
    /// check-ins, action items, evaluations, contributions or wins, for tests that add
    /// records of their own and count them.
    pub fn example_profiles() -> Self {
        let env = TestEnv::example();
        std::fs::remove_dir_all(env.root.join("goals")).unwrap();
        for entry in std::fs::read_dir(env.root.join("partners")).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let records = [
                "[[checkin]]",
                "[[action]]",
                "[[evaluation]]",
                "[[contribution]]",
                "[[win]]",
            ]
            .iter()
            .filter_map(|header| text.find(&format!("\n{header}\n")))
            .min()
            .map_or(text.len(), |at| at + 1);
            std::fs::write(&path, text[..records].trim_end().to_string() + "\n").unwrap();
        }
        env
    }

    /// `accord` with a controlled environment, run in the workspace folder.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.program(assert_cmd::cargo::cargo_bin!("accord")))
    }

    /// A shell running `line` in the controlled environment, with `accord` on the PATH.
    pub fn shell(&self, line: &str) -> std::process::Command {
        let bin = assert_cmd::cargo::cargo_bin!("accord");
        let path = std::env::var_os("PATH").unwrap_or_default();
        let dirs = std::iter::once(bin.parent().unwrap().to_path_buf())
            .chain(std::env::split_paths(&path));
        let mut cmd = self.program(Path::new("sh"));
        cmd.env("PATH", std::env::join_paths(dirs).unwrap())
            .args(["-c", line]);
        cmd
    }

    /// Any program with the controlled environment, run in the workspace folder.
    pub fn program(&self, program: &Path) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        for var in [
            "ACCORD_WORKSPACE",
            "VISUAL",
            "EDITOR",
            "CLICOLOR_FORCE",
            "CLICOLOR",
            "USER",
            "USERNAME",
        ] {
            cmd.env_remove(var);
        }
        cmd.current_dir(&self.root)
            .env("ACCORD_TODAY", TODAY)
            .env("ACCORD_NOW", NOW)
            .env("ACCORD_USER", "Test User")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("HOME", self.tmp.path().join("home"))
            // what a command keeps in the system's temporary folder (an editor's text
            // left after a mistake) stays in the test's own
            .env("TMPDIR", self.tmp.path().join("tmp"))
            .env("XDG_DATA_HOME", self.tmp.path().join("data"))
            .env("XDG_CONFIG_HOME", self.tmp.path().join("config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("RUST_BACKTRACE", "0");
        cmd
    }

    /// Run a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_with(args, &[])
    }

    /// As [`TestEnv::ok`], with these variables set in its environment.
    pub fn ok_with(&self, args: &[&str], vars: &[(&str, &str)]) -> String {
        let mut cmd = self.cmd();
        for (name, value) in vars {
            cmd.env(name, value);
        }
        let out = cmd.args(args).output().unwrap();
        assert!(
            out.status.success(),
            "`accord {}` failed with {:?}\nstdout:\n{}\nstderr:\n{}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Run a command that must succeed; returns its stderr (status lines).
    pub fn ok_err(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "`accord {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// Run `accord check` where it must find an error (exit 1); returns what it printed.
    pub fn check_errors(&self) -> String {
        let out = self.cmd().arg("check").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Run a command that must fail with `code`; returns its stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "`accord {}` should exit {code}\nstdout:\n{}\nstderr:\n{stderr}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        stderr
    }

    /// Run a command and parse its stdout as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
    }

    /// Run a command that must exit with `code` and parse its stdout as JSON.
    pub fn json_code(&self, code: i32, args: &[&str]) -> serde_json::Value {
        let out = self.cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON on stdout")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Import `n` new partners ("Partner 01"...), partners since 2020 with nothing on
    /// record: each has a check-in overdue, an evaluation due and no role on either side.
    pub fn import_new_partners(&self, n: usize) {
        let mut csv = String::from("name,since,added\n");
        for i in 1..=n {
            csv.push_str(&format!("Partner {i:02},2020-01-01,2020-01-01\n"));
        }
        self.write("partners.csv", &csv);
        self.ok(&["import", "partners", "partners.csv"]);
    }

    /// An executable shell script `name` in the test's folder (an editor for `EDITOR`,
    /// say), running `body`; returns its path.
    pub fn script(&self, name: &str, body: &str) -> String {
        use std::os::unix::fs::PermissionsExt;
        let path = self.tmp.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.display().to_string()
    }

    /// Run `accord ARGS` on a terminal (through script(1)), typing `answers`; returns the
    /// exit code and the screen (without carriage returns). `None` when script(1) is
    /// missing (the test is then skipped, or fails under CI).
    pub fn on_terminal(&self, answers: &str, args: &str) -> Option<(Option<i32>, String)> {
        outside_program("script", "to run accord on a terminal")?;
        let bin = assert_cmd::cargo::cargo_bin!("accord");
        let mut child = self
            .program(Path::new("script"))
            .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answers.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        Some((
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).replace('\r', ""),
        ))
    }

    /// Every file under the workspace with its bytes, to prove nothing changed; the cache
    /// of parsed files (`.accord/cache`) is not the workspace's data and is left out.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        let cache = self.root.join(".accord/cache");
        walk(&self.root, &mut |p| {
            if p.file_name().is_some_and(|n| n != ".accord.lock") && !p.starts_with(&cache) {
                out.insert(p.to_path_buf(), std::fs::read(p).unwrap());
            }
        });
        out
    }
}

pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/riverside")
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, f);
        } else {
            f(&p);
        }
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// An outside program a test needs (Chromium, Python...): `Some(path)` when it is on the
/// PATH. Without it the test is skipped with a line saying so, except under CI
/// (`CI=true`), where `.ci/run` installs it and its absence fails the test.
pub fn outside_program(name: &str, why: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        skip_or_fail(&format!("`{name}` is not installed ({why})"));
    }
    found
}

/// Say that a test is skipped because something outside the Rust toolchain is missing;
/// under CI (`CI=true`) that is a failure instead.
pub fn skip_or_fail(what: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{what}; CI requires it (.ci/run installs it)");
    }
    eprintln!("skipped: {what}; .ci/run installs it, and CI=true makes this test required");
}
