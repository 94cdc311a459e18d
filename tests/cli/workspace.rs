//! Finding the workspace, global options, exit codes and output plumbing.

use crate::common::TestEnv;

#[test]
fn init_writes_commented_settings_and_refuses_to_run_twice() {
    let env = TestEnv::bare();
    let err = env.ok_err(&[
        "init",
        "prog",
        "--name",
        "Riverside",
        "--org",
        "RUSD",
        "--fiscal-year-start",
        "7",
    ]);
    assert!(err.contains("created an accord workspace in"), "{err}");
    let settings = env.read("prog/accord.toml");
    assert!(
        settings.contains("# The program's name, shown on reports.\nname = \"Riverside\"\n"),
        "{settings}"
    );
    assert!(settings.contains("fiscal_year_start = 7\n"));
    let ignored = env.read("prog/.gitignore");
    for line in [
        "/.accord.lock",
        "/.accord.txn",
        ".*.toml.??????",
        "/.accord/",
    ] {
        assert!(ignored.lines().any(|l| l == line), "{line}: {ignored}");
    }
    let err = env.fails(1, &["init", "prog", "--name", "Other"]);
    assert!(err.contains("already exists; nothing was changed"), "{err}");
    assert_eq!(env.read("prog/accord.toml"), settings);
    env.fails(2, &["init", "x", "--fiscal-year-start", "13"]);
}

#[test]
fn discovery_order_flag_env_upward_default() {
    let env = TestEnv::bare();
    env.ok(&["init", "a"]);
    env.ok(&["init", "b"]);
    std::fs::create_dir_all(env.path("a/deep/er")).unwrap();
    let where_ = |cmd: &mut assert_cmd::Command| -> serde_json::Value {
        let out = cmd
            .args(["workspace", "--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let flag = where_(
        env.cmd()
            .current_dir(env.path("a/deep/er"))
            .env("ACCORD_WORKSPACE", env.path("b"))
            .args(["-w", "../../../b"]),
    );
    assert_eq!(flag["source"], "flag");
    assert!(flag["path"].as_str().unwrap().ends_with("b"));
    let var = where_(
        env.cmd()
            .current_dir(env.path("a/deep/er"))
            .env("ACCORD_WORKSPACE", env.path("b")),
    );
    assert_eq!(
        (var["source"].as_str(), var["path"].as_str()),
        (Some("env"), env.path("b").to_str())
    );
    let found = where_(env.cmd().current_dir(env.path("a/deep/er")));
    assert_eq!(
        (found["source"].as_str(), found["path"].as_str()),
        (Some("found"), env.path("a").to_str())
    );
    let default = where_(env.cmd().current_dir(env.tmp.path()));
    assert_eq!(default["source"], "default");
    assert_eq!(default["exists"], false);
    assert_eq!(
        default["path"].as_str(),
        env.tmp.path().join("data/accord").to_str()
    );
    let text = env
        .cmd()
        .current_dir(env.path("a/deep/er"))
        .arg("workspace")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("why")
            && l.ends_with(
                "the nearest folder with an accord.toml, upward from the current directory"
            )),
        "{text}"
    );
}

#[test]
fn the_default_workspace_is_created_on_the_first_write() {
    let env = TestEnv::bare();
    let home_ws = env.tmp.path().join("data/accord");
    let run = |args: &[&str]| {
        env.cmd()
            .current_dir(env.tmp.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["partner", "list"]);
    assert!(out.status.success());
    assert!(!home_ws.exists(), "a read does not create the workspace");
    let out = run(&["partner", "add", "Riverside Hospital"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("created the default workspace in"),
        "{stderr}"
    );
    assert!(home_ws.join("accord.toml").is_file());
    assert!(home_ws.join("partners/riverside-hospital.toml").is_file());
}

#[test]
fn a_named_workspace_that_does_not_exist_is_an_error_with_a_hint() {
    let env = TestEnv::bare();
    let err = env.fails(1, &["-w", "nowhere", "partner", "list"]);
    assert!(
        err.contains("does not exist")
            && err.contains("hint: create a workspace there with `accord init"),
        "{err}"
    );
    let out = env
        .cmd()
        .env("ACCORD_WORKSPACE", env.path("nowhere"))
        .args(["partner", "add", "X"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!env.path("nowhere").exists());
}

#[test]
fn today_comes_from_the_flag_or_the_environment() {
    let env = TestEnv::new();
    env.ok(&["--today", "2025-01-15", "partner", "add", "Flag"]);
    env.cmd()
        .env("ACCORD_TODAY", "2024-03-01")
        .args(["partner", "add", "Env"])
        .assert()
        .success();
    env.ok(&["partner", "add", "Relative", "--since", "-1w"]);
    let since = |id: &str| {
        env.json(&["partner", "show", id, "--format", "json"])["since"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(since("flag"), "2025-01-15");
    assert_eq!(since("env"), "2024-03-01");
    assert_eq!(since("relative"), "2026-11-16");
    let err = env.fails(2, &["--today", "soon", "partner", "list"]);
    assert!(err.contains("`soon` is not a date"), "{err}");
    let out = env
        .cmd()
        .env("ACCORD_TODAY", "12/11/2026")
        .args(["partner", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ACCORD_TODAY"));
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let env = TestEnv::new();
    env.fails(2, &["partner", "frobnicate"]);
    env.fails(2, &["partner", "add"]);
    env.ok(&["--help"]);
    env.ok(&["partner", "add", "--help"]);
    let version = env.ok(&["--version"]);
    assert!(version.starts_with("accord "), "{version}");
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme", "--agreement-ends", "2026-01-01"]);
    assert!(!env.ok(&["partner", "list"]).contains('\u{1b}'));
    let colored = env
        .cmd()
        .args(["--color", "always", "partner", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&colored.stdout).contains('\u{1b}'));
    let never = env
        .cmd()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["--color", "never", "partner", "list"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\u{1b}'));
    let forced = env
        .cmd()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["partner", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\u{1b}'));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let env = TestEnv::new();
    for i in 0..200 {
        env.write(
            &format!("partners/p{i:03}.toml"),
            &format!("name = \"Partner {i} {}\"\n", "x".repeat(200)),
        );
    }
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    // every way output is written: held and printed, or written as it is made (the
    // JSON and CSV writers wrap the pipe's error in their own)
    for args in [
        &["partner", "list", "--format", "csv"][..],
        &["report", "quarterly"],
        &["report", "quarterly", "--format", "json"],
        &["report", "quarterly", "--format", "csv"],
        &["calendar"],
    ] {
        let mut child = std::process::Command::new(bin)
            .current_dir(&env.root)
            .env("ACCORD_TODAY", crate::common::TODAY)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{}: {said}", args.join(" "));
        assert!(out.stderr.is_empty(), "{}: {said}", args.join(" "));
    }
}

/// Outside any workspace, a command says once, on stderr, that it falls back to the
/// default workspace and where that is; `accord workspace`, which explains it, and
/// commands in a workspace say nothing of the kind.
#[test]
fn falling_back_to_the_default_workspace_is_said_once_with_its_path() {
    let env = TestEnv::bare();
    let home_ws = env.tmp.path().join("data/accord");
    let run = |args: &[&str]| {
        let out = env
            .cmd()
            .current_dir(env.tmp.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let note = format!(
        "note: no accord.toml here or above, so this uses the default workspace in {}\n",
        home_ws.display()
    );
    let (out, err) = run(&["status"]);
    assert_eq!(out, "nothing needs attention as of 2026-11-23\n");
    assert_eq!(err, note);
    let (_, err) = run(&["partner", "add", "Riverside Hospital"]);
    assert_eq!(err.matches("note:").count(), 1, "{err}");
    assert!(err.starts_with(&note), "{err}");
    let (_, err) = run(&["workspace"]);
    assert_eq!(err, "");
    // named by the environment, it is chosen, not fallen back on
    let out = env
        .cmd()
        .current_dir(env.tmp.path())
        .env("ACCORD_WORKSPACE", &home_ws)
        .args(["status"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let inside = TestEnv::new();
    assert_eq!(inside.ok_err(&["status"]), "");
}
