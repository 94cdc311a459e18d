//! `accord completions` and `accord man`.

use crate::common::TestEnv;

#[test]
fn completion_scripts_for_every_shell() {
    let env = TestEnv::bare();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        // by default the script asks accord at each TAB, with COMPLETE set to the shell
        let out = env.ok(&["completions", shell]);
        assert!(
            out.contains("COMPLETE") && out.contains(shell),
            "{shell}: {out}"
        );
        let mut asked = env.cmd();
        asked.env("COMPLETE", shell).arg("--");
        let same = String::from_utf8(asked.output().unwrap().stdout).unwrap();
        // the same script, calling accord by the path it was run as
        let bin = assert_cmd::cargo::cargo_bin!("accord")
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(same.replace(&bin, "accord"), out, "{shell}");
    }
    for (shell, marker) in [
        ("bash", "complete -F _accord"),
        ("zsh", "#compdef accord"),
        ("fish", "complete -c accord"),
        ("elvish", "edit:completion:arg-completer[accord]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = env.ok(&["completions", shell, "--static"]);
        assert!(out.contains(marker), "{shell}: no `{marker}`");
        assert!(
            out.contains("import"),
            "{shell} completes the import command"
        );
    }
    let err = env.fails(2, &["completions", "tcsh"]);
    assert!(
        err.contains("possible values: bash, elvish, fish, powershell, zsh"),
        "{err}"
    );
    assert!(
        !env.root.join("accord.toml").exists(),
        "no workspace needed"
    );
}

#[test]
fn bash_loads_the_script_and_completes_commands() {
    let env = TestEnv::bare();
    let script = "source <(\"$ACCORD\" completions bash --static) && COMP_WORDS=(accord imp) COMP_CWORD=1 \
                  && _accord accord imp accord && echo \"${COMPREPLY[@]}\"";
    let out = env
        .program(std::path::Path::new("bash"))
        .args(["-c", script])
        .env("ACCORD", assert_cmd::cargo::cargo_bin!("accord"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "import");
}

#[test]
fn man_prints_the_main_page_or_writes_one_per_command() {
    let env = TestEnv::bare();
    let top = env.ok(&["man"]);
    assert!(top.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{}", &top[..80]);
    assert!(top.contains(".TH accord 1"), "{top}");
    assert!(top.contains("accord\\-import(1)"), "subcommands are listed");

    let err = env.ok_err(&["man", "--output", "man1"]);
    let dir = env.root.join("man1");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    pages.sort();
    assert!(
        err.starts_with(&format!("wrote {} manual pages to `", pages.len())),
        "{err}"
    );
    for page in [
        "accord.1",
        "accord-export.1",
        "accord-import.1",
        "accord-partner-add.1",
        "accord-partner-contact-add.1",
        "accord-partner-contact-remove.1",
        "accord-role-assign.1",
    ] {
        assert!(pages.iter().any(|p| p == page), "{page} missing: {pages:?}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("accord.1")).unwrap(),
        top,
        "the printed page is the main page"
    );
    let add = std::fs::read_to_string(dir.join("accord-partner-contact-add.1")).unwrap();
    assert!(add.contains("Add a contact person to a partner"), "{add}");
    assert!(add.contains("\\-\\-email"), "{add}");
}

#[test]
fn man_pages_render() {
    if std::process::Command::new("groff")
        .arg("-v")
        .output()
        .is_err()
    {
        return; // nothing to render with
    }
    let env = TestEnv::bare();
    env.ok(&["man", "--output", "man1"]);
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .arg(env.root.join("man1/accord-import.1"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("dry"), "{text}");
    assert!(
        String::from_utf8_lossy(&out.stderr).trim().is_empty(),
        "groff warns: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What the shell is offered after `accord` and the words typed, asking as fish does
/// (`COMPLETE=fish accord -- WORDS`): one candidate a line, a tab, and its description.
fn offered(env: &TestEnv, words: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .arg("--")
        .arg("accord")
        .args(words)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn partner_goal_and_record_ids_complete_with_what_they_are() {
    let env = TestEnv::example();
    assert_eq!(
        offered(&env, &["partner", "show", "ri"]),
        ["riverside-hospital\tRiverside Regional Hospital"]
    );
    assert_eq!(
        offered(&env, &["status", "--partner", "sci"]),
        ["science-museum\tRiverside Museum of Science & History"]
    );
    assert_eq!(
        offered(&env, &["goal", "track", "chr"]),
        ["chronic-absence\tCut chronic absence from 18% to 12%"]
    );
    assert_eq!(
        offered(&env, &["checkin", "show", "1sx"]),
        [
            "1sxfczcf\t2026-11-12 riverside-hospital: Fall numbers look good; shadowing is waiting on the updated consent form"
        ]
    );
    // open items for `action done`, done ones for `action reopen`
    assert_eq!(
        offered(&env, &["action", "done", "vdj"]),
        ["vdj1jt8b\triverside-hospital: Send the updated job-shadowing consent form"]
    );
    assert!(offered(&env, &["action", "reopen", "vdj"]).is_empty());
    // commands still complete, and a workspace named on the line is the one read
    assert!(
        offered(&env, &["part"])
            .iter()
            .any(|l| l.starts_with("partner\t"))
    );
    let elsewhere = TestEnv::bare();
    let ws = env.root.to_str().unwrap();
    assert_eq!(
        offered(&elsewhere, &["--workspace", ws, "eval", "show", "tech"]),
        ["techforward\tTechForward Solutions"]
    );
    // outside any workspace nothing is offered, and nothing is created
    assert!(
        offered(&elsewhere, &["partner", "show", ""])
            .iter()
            .all(|l| l.starts_with("--"))
    );
    assert!(!elsewhere.tmp.path().join("data/accord").exists());
}

#[test]
fn bash_completes_partner_ids_through_accord() {
    let env = TestEnv::example();
    let script = "source <(accord completions bash) && COMP_WORDS=(accord partner show valley) \
                  COMP_CWORD=3 && _clap_complete_accord accord valley partner && echo \"${COMPREPLY[@]}\"";
    let bin = assert_cmd::cargo::cargo_bin!("accord");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs =
        std::iter::once(bin.parent().unwrap().to_path_buf()).chain(std::env::split_paths(&path));
    let out = env
        .program(std::path::Path::new("bash"))
        .env("PATH", std::env::join_paths(dirs).unwrap())
        .args(["-c", script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "valley-college"
    );
}
