//! The README is the user's manual: its quick start and every command it shows must work
//! as written, and the output it shows must be what accord prints.

use crate::common::{TestEnv, example_dir};
use std::path::Path;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The fenced blocks of one kind (`sh`, `console`...) in `text`.
fn blocks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```\n").expect("closed fence");
        out.push(&body[..end]);
        rest = &body[end..];
    }
    out
}

fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("README has no `{heading}`"));
    let body = &text[start + heading.len()..];
    &body[..body.find("\n## ").unwrap_or(body.len())]
}

#[test]
fn quick_start_has_two_commands_that_work() {
    let text = readme();
    let quick = blocks(section(&text, "## Quick start"), "sh");
    assert_eq!(quick.len(), 1, "one block of set-up commands");
    let lines: Vec<&str> = quick[0].lines().collect();
    assert_eq!(lines.len(), 2, "exactly two commands: {lines:?}");
    assert_eq!(lines[1], "cargo test", "the second runs the tests");
    let ci =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/run")).unwrap();
    assert!(
        ci.contains("cargo test"),
        ".ci/run runs the README's test command"
    );

    let args = lines[0]
        .strip_prefix("cargo run -q -- ")
        .expect("the first runs accord");
    assert!(
        args.contains("examples/riverside"),
        "on the shipped example"
    );
    let env = TestEnv::bare();
    let out = env
        .cmd()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("ACCORD_TODAY")
        // Leave no cache in the source tree.
        .env("ACCORD_NO_CACHE", "1")
        .args(shell_words(args))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Riverside Regional Hospital"), "{stdout}");
}

/// Split a command line on spaces, honouring double quotes (enough for the README).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Runs every `$ ` command of every console block, each block in a fresh copy of the
/// example. With `BLESS_README=1` it writes the actual output into the README instead of
/// comparing.
#[test]
fn every_console_example_runs_and_prints_what_is_shown() {
    let text = readme();
    let bless = std::env::var_os("BLESS_README").is_some();
    let mut blessed = text.clone();
    for block in blocks(&text, "console") {
        let env = TestEnv::example();
        let mut steps: Vec<(String, Vec<String>)> = Vec::new();
        for line in block.lines() {
            match line.strip_prefix("$ ") {
                Some(cmd) => steps.push((cmd.to_string(), Vec::new())),
                None => steps
                    .last_mut()
                    .expect("output follows a command")
                    .1
                    .push(line.to_string()),
            }
        }
        let mut new_block = String::new();
        for (cmd, expected) in steps {
            let out = env.shell(&cmd).env("EDITOR", "true").output().unwrap();
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert!(
                out.status.success(),
                "README command failed: {cmd}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let got: Vec<&str> = stdout.lines().map(str::trim_end).collect();
            new_block.push_str(&format!("$ {cmd}\n"));
            got.iter()
                .for_each(|l| new_block.push_str(&format!("{l}\n")));
            if !bless && !expected.is_empty() {
                assert_eq!(
                    got, expected,
                    "README output of `{cmd}` is stale (BLESS_README=1 cargo test readme updates it); it prints:\n{stdout}"
                );
            }
        }
        blessed = blessed.replacen(block, &new_block, 1);
    }
    if bless && blessed != text {
        std::fs::write(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"),
            blessed,
        )
        .unwrap();
    }
}

#[test]
fn every_sh_example_outside_quick_start_runs() {
    let text = readme();
    let install = section(&text, "## Install");
    for block in blocks(install, "sh") {
        let script: Vec<&str> = block.lines().filter(|l| !l.starts_with("cargo ")).collect();
        if script.is_empty() {
            continue;
        }
        let env = TestEnv::bare();
        let out = env
            .shell(&format!("set -e\n{}", script.join("\n")))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README block failed:\n{block}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(example_dir().join("accord.toml").is_file());
}

#[test]
fn the_annotated_partner_file_is_valid() {
    let text = readme();
    let toml_blocks = blocks(section(&text, "## The workspace"), "toml");
    assert_eq!(toml_blocks.len(), 1);
    let env = TestEnv::new();
    env.write("partners/riverside-hospital.toml", toml_blocks[0]);
    assert_eq!(env.ok(&["check"]), "checked 2 files: no problems\n");
}

/// `text` blocks that start with `$ ` show commands that are refused: each must fail and
/// print on stderr what is shown, and change nothing.
#[test]
fn every_refusal_shown_prints_what_is_shown() {
    let text = readme();
    for block in blocks(&text, "text") {
        if !block.starts_with("$ ") {
            continue;
        }
        let env = TestEnv::example();
        let before = env.snapshot();
        for step in block.split("$ ").skip(1) {
            let (cmd, expected) = step.split_once('\n').unwrap();
            let out = env.shell(cmd).output().unwrap();
            assert!(!out.status.success(), "README shows `{cmd}` refused");
            assert_eq!(String::from_utf8(out.stderr).unwrap(), expected, "`{cmd}`");
        }
        assert_eq!(env.snapshot(), before);
    }
}

/// Every test the README names as the proof of a promise (`(test: `module::name`)`)
/// exists: in `tests/cli/<module>.rs` when there is such a file, else anywhere under
/// `tests/` or `src/`.
#[test]
fn every_test_the_readme_names_exists() {
    fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("tests"), &mut files);
    sources(&root.join("src"), &mut files);
    let texts: Vec<(std::path::PathBuf, String)> = files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect();
    let text = readme();
    let named: Vec<&str> = text
        .split("(test: `")
        .skip(1)
        .map(|rest| &rest[..rest.find('`').expect("a closing backtick")])
        .collect();
    assert!(
        named.len() >= 20,
        "the README names only {} tests",
        named.len()
    );
    let mut missing = Vec::new();
    for full in &named {
        let (module, name) = full.rsplit_once("::").unwrap_or(("", full));
        let in_module = root.join("tests/cli").join(format!("{module}.rs"));
        let found = texts
            .iter()
            .filter(|(f, _)| !in_module.exists() || *f == in_module)
            .any(|(_, t)| t.contains(&format!("fn {name}(")));
        if !found {
            missing.push(*full);
        }
    }
    assert!(
        missing.is_empty(),
        "the README names tests that do not exist: {missing:?}"
    );
}
