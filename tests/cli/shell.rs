//! `accord completions` and `accord man`.

use crate::common::TestEnv;

#[test]
fn completion_scripts_for_every_shell() {
    let env = TestEnv::bare();
    for (shell, marker) in [
        ("bash", "complete -F _accord"),
        ("zsh", "#compdef accord"),
        ("fish", "complete -c accord"),
        ("elvish", "edit:completion:arg-completer[accord]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = env.ok(&["completions", shell]);
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
    let script = "source <(\"$ACCORD\" completions bash) && COMP_WORDS=(accord imp) COMP_CWORD=1 \
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
