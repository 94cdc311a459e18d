//! What an adversarial run found (issue 14), each case as it was reproduced: hand edits
//! racing a write, symlinks, interrupted writes, a lock held forever, line endings, dates
//! and numbers out of range, and messages that pointed the wrong way.

use crate::common::TestEnv;
use std::os::unix::fs::{FileExt, symlink};
use std::time::{Duration, Instant};

/// The names in a workspace folder, sorted.
fn names(env: &TestEnv, dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(env.path(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// Data safety: links are never followed.

#[test]
fn a_linked_record_folder_is_refused_and_nothing_is_written_through_it() {
    for dir in ["partners", "goals", "surveys", "instruments"] {
        let env = TestEnv::new();
        let outside = env.tmp.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::remove_dir(env.path(dir)).ok();
        symlink(&outside, env.path(dir)).unwrap();
        for args in [
            &["partner", "add", "Acme"][..],
            &[
                "goal", "add", "Reach", "--metric", "m", "--unit", "%", "--target", "3",
            ],
            &["status"],
        ] {
            let err = env.fails(1, args);
            assert!(
                err.contains(&format!("`{dir}` is a symbolic link")),
                "{dir}: {err}"
            );
            assert!(err.contains("hint: replace the link"), "{err}");
        }
        assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0, "{dir}");
    }
}

#[test]
fn a_linked_lock_file_is_refused_and_its_target_not_made() {
    let env = TestEnv::new();
    let target = env.tmp.path().join("made-by-accord");
    symlink(&target, env.path(".accord.lock")).unwrap();
    let err = env.fails(1, &["partner", "add", "Acme"]);
    assert!(err.contains("`.accord.lock` is a symbolic link"), "{err}");
    assert!(err.contains("rm .accord.lock"), "{err}");
    assert!(!target.exists());
    assert!(!env.path("partners/acme.toml").exists());
}

#[test]
fn a_linked_record_file_is_reported_by_check_and_never_rewritten() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let outside = env.tmp.path().join("outside.toml");
    std::fs::write(&outside, "name = \"Elsewhere\"\n").unwrap();
    symlink(&outside, env.path("partners/elsewhere.toml")).unwrap();
    let stdout = env.check_errors();
    assert!(
        stdout.contains("partners/elsewhere.toml: error: it is a symbolic link"),
        "{stdout}"
    );
    // read-only commands read the others and say what they skipped
    let out = env.cmd().args(["partner", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Acme"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning: skipped `partners/elsewhere.toml`: it is a symbolic link"),
        "{stderr}"
    );
    env.fails(
        1,
        &[
            "checkin",
            "log",
            "elsewhere",
            "--summary",
            "x",
            "--date",
            "today",
        ],
    );
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "name = \"Elsewhere\"\n"
    );
}

/// A partner file that is a link is read by no command, named or not, with the cache or
/// without, even when the file it points to is the very file the cache read before it
/// was moved out and linked back: nothing of what it points to is printed.
#[test]
fn a_linked_record_file_is_read_by_no_command() {
    let env = TestEnv::example();
    let outside = env.tmp.path().join("moved.toml");
    let rel = "partners/city-parks.toml";
    env.ok(&["partner", "show", "city-parks"]);
    std::fs::rename(env.path(rel), &outside).unwrap();
    symlink(&outside, env.path(rel)).unwrap();
    let secret = "root:x:0:0:root:/root:/bin/bash\n";
    let passwd = env.tmp.path().join("passwd");
    std::fs::write(&passwd, secret).unwrap();
    symlink(&passwd, env.path("partners/leak.toml")).unwrap();
    for cache in ["", "1"] {
        for id in ["city-parks", "leak"] {
            for args in [
                &["partner", "show", id][..],
                &["report", "partner", id],
                &["checkin", "list", id],
                &["win", "list", id],
                &["contrib", "list", id],
                &["eval", "show", id],
            ] {
                let out = env
                    .cmd()
                    .env("ACCORD_NO_CACHE", cache)
                    .args(args)
                    .output()
                    .unwrap();
                let said = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                assert_eq!(out.status.code(), Some(1), "`{}`: {said}", args.join(" "));
                assert!(said.contains("is a symbolic link"), "{said}");
                assert!(
                    !said.contains("root:x") && !said.contains("Recreation"),
                    "{said}"
                );
            }
        }
    }
}

#[test]
fn check_reports_every_file_it_skips() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.write("partners/notes.txt", "not a record\n");
    env.write("partners/.gitkeep", "");
    std::fs::create_dir_all(env.path("goals/old.toml")).unwrap();
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("partners/notes.txt: warning: its name does not end in `.toml`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("goals/old.toml: warning: it is not a plain file"),
        "{stdout}"
    );
    assert!(!stdout.contains(".gitkeep"), "{stdout}");
}

// Data safety: several files are written all or nothing; interrupted writes are
// finished or cleaned up by the next command.

#[test]
fn an_import_killed_after_recording_its_intent_is_finished_by_the_next_command() {
    let env = TestEnv::new();
    // What `kill -9` leaves after the intent record is written and one rename is done.
    env.write("partners/a.toml", "name = \"A\"\n");
    env.write("partners/.b.toml.Xy12Ab", "name = \"B\"\n");
    env.write("partners/.c.toml.Qw34Er", "name = \"C\"\n");
    env.write(
        ".accord.txn",
        concat!(
            "[[file]]\ntemp = \"partners/.a.toml.Zz99Zz\"\ntarget = \"partners/a.toml\"\n",
            "[[file]]\ntemp = \"partners/.b.toml.Xy12Ab\"\ntarget = \"partners/b.toml\"\n",
            "[[file]]\ntemp = \"partners/.c.toml.Qw34Er\"\ntarget = \"partners/c.toml\"\n",
        ),
    );
    // The next command, a read too, finishes it before reading anything.
    let out = env.cmd().args(["partner", "list"]).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(
        stderr.contains("finished an interrupted write of 2 more files"),
        "{stderr}"
    );
    assert_eq!(
        stdout.lines().filter(|l| l.contains("active")).count(),
        3,
        "{stdout}"
    );
    assert_eq!(names(&env, "partners"), ["a.toml", "b.toml", "c.toml"]);
    assert!(!env.path(".accord.txn").exists());
    assert_eq!(env.ok(&["check"]), "checked 4 files: no problems\n");
}

/// Where the interrupted write cannot be finished (a workspace accord cannot write to),
/// `check` says so.
#[test]
fn check_names_an_interrupted_write_it_cannot_finish() {
    let env = TestEnv::new();
    env.write("partners/.b.toml.Xy12Ab", "name = \"B\"\n");
    env.write(
        ".accord.txn",
        "[[file]]\ntemp = \"partners/.b.toml.Xy12Ab\"\ntarget = \"partners/b.toml\"\n",
    );
    // the lock cannot be taken: a folder stands where the lock file goes
    std::fs::create_dir(env.path(".accord.lock")).unwrap();
    let out = env.cmd().arg("check").output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(
        stderr.contains("warning: an interrupted write could not be finished"),
        "{stderr}"
    );
    assert!(
        stdout.contains(".accord.txn: warning: a write of several files was interrupted"),
        "{stdout}"
    );
}

#[test]
fn an_import_writes_its_files_together_and_leaves_no_temporary_files() {
    let env = TestEnv::new();
    env.write(
        "in.csv",
        "name,type\nAlpha Org,nonprofit\nBeta Org,corporate\nGamma Org,health\n",
    );
    env.ok_err(&["import", "partners", "in.csv"]);
    assert_eq!(
        names(&env, "partners"),
        ["alpha-org.toml", "beta-org.toml", "gamma-org.toml"]
    );
    let root: Vec<String> = names(&env, ".");
    assert!(!root.iter().any(|n| n.contains(".accord.txn")), "{root:?}");
}

#[test]
fn stale_temporary_files_are_reported_removed_and_ignored_by_git() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.write("partners/.acme.toml.Ab12Cd", "name = \"half written");
    env.write("goals/.reach.toml.ZZ99zz", "");
    env.write("surveys/.spring.toml.Qq11Ww", "");
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for temp in [
        "partners/.acme.toml.Ab12Cd",
        "goals/.reach.toml.ZZ99zz",
        "surveys/.spring.toml.Qq11Ww",
    ] {
        assert!(
            stdout.contains(&format!(
                "{temp}: warning: a temporary file left by an interrupted write"
            )),
            "{stdout}"
        );
    }
    let err = env.ok_err(&["checkin", "log", "acme", "--summary", "Met"]);
    assert!(err.contains("removed 3 temporary files"), "{err}");
    assert_eq!(names(&env, "partners"), ["acme.toml"]);
    assert!(names(&env, "goals").is_empty());
    assert!(names(&env, "surveys").is_empty());
    // One left while a lookup lists the folder first is still removed by its write.
    let id = env.json(&["checkin", "list", "acme", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.write("partners/.acme.toml.Cc33Dd", "x");
    let err = env.ok_err(&["checkin", "set", &id, "--summary", "Met again"]);
    assert!(err.contains("removed 1 temporary file"), "{err}");
    assert_eq!(names(&env, "partners"), ["acme.toml"]);
    let ignored = env.read(".gitignore");
    assert!(ignored.lines().any(|l| l == ".*.toml.??????"), "{ignored}");
    if let Some(git) = crate::common::outside_program("git", "to check what git ignores") {
        let run = |args: &[&str]| env.program(&git).args(args).output().unwrap();
        assert!(run(&["init", "-q"]).status.success());
        env.write("partners/.acme.toml.Ab12Cd", "x");
        let listed = run(&["status", "--porcelain", "--untracked-files=all"]);
        let listed = String::from_utf8(listed.stdout).unwrap();
        assert!(listed.contains("partners/acme.toml"), "{listed}");
        for hidden in [".accord.lock", ".acme.toml.Ab12Cd"] {
            assert!(!listed.contains(hidden), "{hidden}: {listed}");
        }
    }
}

// Data safety: a lock held forever.

/// Hold the workspace lock as another command would, its file saying `holder`; the lock
/// is held until the file returned is dropped.
fn hold_lock(env: &TestEnv, holder: &str) -> std::fs::File {
    let held = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(env.path(".accord.lock"))
        .unwrap();
    held.lock().unwrap();
    held.write_all_at(holder.as_bytes(), 0).unwrap();
    held
}

#[test]
fn a_lock_held_forever_is_waited_for_a_bounded_time_naming_its_holder() {
    let env = TestEnv::new();
    let held = hold_lock(
        &env,
        "command = \"accord import\"\npid = 4242\nsince = \"2026-11-23 10:32:05\"\n",
    );
    let started = Instant::now();
    let out = env
        .cmd()
        .env("ACCORD_LOCK_TIMEOUT", "1")
        .args(["partner", "add", "Acme"])
        .output()
        .unwrap();
    let waited = started.elapsed();
    assert_eq!(out.status.code(), Some(1));
    assert!(waited >= Duration::from_secs(1) && waited < Duration::from_secs(20));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("waiting for `accord import` (pid 4242, since 2026-11-23 10:32:05)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: the workspace is locked by `accord import` (pid 4242"),
        "{stderr}"
    );
    assert!(stderr.contains("ACCORD_LOCK_TIMEOUT"), "{stderr}");
    assert!(!env.path("partners/acme.toml").exists());

    // `lock_timeout` in accord.toml: 0 gives up at once
    let settings = env.read("accord.toml");
    env.write("accord.toml", &format!("{settings}\nlock_timeout = 0\n"));
    let started = Instant::now();
    let err = env.fails(1, &["partner", "add", "Acme"]);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(err.contains("locked by `accord import`"), "{err}");
    drop(held);
    env.ok(&["partner", "add", "Acme"]);
    assert!(env.read(".accord.lock").is_empty());
}

// Data safety: line endings and byte-order marks.

#[test]
fn a_crlf_file_stays_crlf_and_a_byte_order_mark_is_read_and_kept() {
    let env = TestEnv::new();
    let crlf = "# Our oldest partner\r\nname = \"Acme\"\r\ntype = \"corporate\"\r\nstage = \"active\"\r\nsince = 2024-01-10\r\n";
    env.write("partners/acme.toml", crlf);
    env.write(
        "partners/bom.toml",
        &format!(
            "\u{FEFF}{}",
            crlf.replace("Acme", "Bom").replace("\r\n", "\n")
        ),
    );
    assert!(env.ok(&["partner", "show", "bom"]).contains("Bom"));
    assert_eq!(env.ok(&["check"]), "checked 3 files: no problems\n");
    for id in ["acme", "bom"] {
        env.ok(&["checkin", "log", id, "--summary", "Met the team"]);
    }
    let acme = env.read("partners/acme.toml");
    assert!(acme.starts_with(crlf), "{acme:?}");
    assert!(acme.contains("[[checkin]]\r\n"), "{acme:?}");
    assert!(!acme.replace("\r\n", "").contains('\n'), "{acme:?}");
    let bom = env.read("partners/bom.toml");
    assert!(
        bom.starts_with("\u{FEFF}# Our oldest partner\nname = \"Bom\"\n"),
        "{bom:?}"
    );
    assert!(!bom.contains('\r'), "{bom:?}");
}

// Input: dates outside the years 1 to 9999 are refused when typed.

#[test]
fn dates_outside_years_1_to_9999_are_refused_with_the_range() {
    let env = TestEnv::new();
    let err = env.fails(2, &["partner", "add", "Acme", "--since", "0000-01-01"]);
    assert!(err.contains("0001-01-01 and 9999-12-31"), "{err}");
    let err = env.fails(
        2,
        &[
            "goal", "add", "Reach", "--metric", "m", "--unit", "%", "--target", "3", "--due",
            "+99999y",
        ],
    );
    assert!(err.contains("0001-01-01 and 9999-12-31"), "{err}");
    assert!(!err.contains("please report"), "{err}");
    assert!(!env.path("partners/acme.toml").exists());
    assert!(!env.path("goals/reach.toml").exists());
}

// Messages that pointed the wrong way.

#[test]
fn a_rating_that_is_not_a_whole_number_from_1_to_5_says_so() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    for bad in ["3.5", "6", "0"] {
        let err = env.fails(
            2,
            &["checkin", "log", "acme", "--summary", "x", "--rating", bad],
        );
        assert!(err.contains("a whole number from 1 to 5"), "{bad}: {err}");
    }
}

#[test]
fn an_hour_value_that_is_not_a_number_says_so() {
    let env = TestEnv::new();
    let settings = env.read("accord.toml");
    env.write(
        "accord.toml",
        &settings.replace("# hour_value = 33.49", "hour_value = nan"),
    );
    let err = env.fails(1, &["status"]);
    assert!(err.contains("hour_value must be a number"), "{err}");
    assert!(!err.contains("negative"), "{err}");
}

#[test]
fn a_stray_file_name_is_named_with_its_fix_and_read_only_commands_go_on() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "City Parks"]);
    std::fs::copy(
        env.path("partners/city-parks.toml"),
        env.path("partners/City Parks (copy).toml"),
    )
    .unwrap();
    for args in [
        &["status"][..],
        &["partner", "list"],
        &["report", "quarterly"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "{}: {stderr}", args.join(" "));
        assert!(
            stderr.contains("warning: skipped `partners/City Parks (copy).toml`: the file name is not a usable partner id"),
            "{stderr}"
        );
        assert!(
            stderr.contains("rename it to `city-parks-copy.toml`"),
            "{stderr}"
        );
        assert_eq!(stderr.matches("warning: skipped").count(), 1, "{stderr}");
    }
    assert!(env.ok(&["partner", "list"]).contains("City Parks"));
}

#[test]
fn a_reserved_file_name_is_not_told_to_rename_to_itself() {
    let env = TestEnv::new();
    env.write("partners/con.toml", "name = \"Con\"\n");
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("rename it to `con-1.toml`"), "{stdout}");
    assert!(!stdout.contains("rename it to `con.toml`"), "{stdout}");
}

/// A copy whose name is not an id is never told to take the name of a file there is
/// (renaming onto it would replace that partner), and of two look-alikes, the one to let
/// go is the copy, named as a file, not the partner with a usable id.
#[test]
fn a_misnamed_copy_is_never_told_to_replace_the_partner_it_copies() {
    let env = TestEnv::example();
    let text = env.read("partners/bright-path-mentors.toml");
    env.write("partners/Bright-Path-Mentors.toml", &text);
    env.write("partners/-rf.toml", &text);
    let out = env.cmd().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("partners/Bright-Path-Mentors.toml: error: the file name is not a usable partner id (use only lowercase letters, digits and hyphens); rename it to `bright-path-mentors-1.toml`"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("rename it to `bright-path-mentors.toml`"),
        "{stdout}"
    );
    for copy in ["-rf", "Bright-Path-Mentors"] {
        assert!(
            stdout.contains(&format!("partners/{copy}.toml: warning: `Bright Path Mentoring` looks like the same organization as `bright-path-mentors` (Bright Path Mentoring), perhaps added twice on two clones; if so, keep one (delete `partners/{copy}.toml`, whose name is not an id accord can name)")),
            "{stdout}"
        );
    }
    assert!(
        !stdout.contains("accord partner remove bright-path-mentors"),
        "{stdout}"
    );
}

// Hand-edited numbers.

#[test]
fn hand_edited_numbers_are_errors_in_check_and_never_wrong_totals() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    let mut text = env.read("partners/acme.toml");
    for (id, amount) in [
        ("c1", "nan"),
        ("c2", "inf"),
        ("c3", "9223372036854775807"),
        ("c4", "9223372036854775807"),
        ("c5", "500"),
    ] {
        text.push_str(&format!(
            "\n[[contribution]]\nid = \"{id}\"\ndate = 2026-10-01\nkind = \"funding\"\namount = {amount}\nside = \"ours\"\n"
        ));
    }
    env.write("partners/acme.toml", &text);
    env.write(
        "goals/reach.toml",
        "title = \"Reach\"\nmetric = \"m\"\nunit = \"%\"\nbaseline = 10.0\ntarget = 20.0\nstart = 2026-10-01\ndue = 2027-10-01\n\n[[measurement]]\nid = \"m1\"\ndate = 2026-11-01\nvalue = nan\n",
    );
    let stdout = env.check_errors();
    let lines: Vec<&str> = text.lines().collect();
    for (needle, what) in [
        ("amount = nan", "not a number"),
        ("amount = inf", "not a number"),
        ("amount = 9223372036854775807", "too large"),
    ] {
        for (i, _) in lines.iter().enumerate().filter(|(_, l)| **l == needle) {
            let at = format!("partners/acme.toml:{}:10: error: amount", i + 1);
            let line = stdout
                .lines()
                .find(|l| l.starts_with(&at))
                .unwrap_or_else(|| panic!("no {at}\n{stdout}"));
            assert!(line.contains(what), "{line}");
        }
    }
    assert!(
        stdout.contains("goals/reach.toml:12:9: error: value must be a number"),
        "{stdout}"
    );
    // `status` names each contribution no total counts, quoting its amount as written.
    let status = env.ok(&["status"]);
    for id in ["c1", "c2", "c3", "c4"] {
        assert!(
            status.contains(&format!("accord contrib set {id} --amount N")),
            "{status}"
        );
    }
    for args in [
        &["report", "partner", "acme"][..],
        &["contrib", "list"],
        &["goal", "list"],
        &["status"],
    ] {
        let shown: String = env
            .ok(args)
            .lines()
            .filter(|l| !l.contains("is left out of every total: amount"))
            .map(|l| format!("{l}\n"))
            .collect();
        for bad in ["NaN", "inf", "92,233,720,368,547,758", "18,446,744"] {
            assert!(
                !shown.contains(bad),
                "`{}` shows {bad}:\n{shown}",
                args.join(" ")
            );
        }
    }
    assert!(env.ok(&["report", "partner", "acme"]).contains("$500"));
    // the total by kind counts the usable amount alone, not `$?`
    let list = env.ok(&["contrib", "list"]);
    let by_kind = list.lines().find(|l| l.starts_with("funding")).unwrap();
    assert!(by_kind.ends_with("$500   $500"), "{list}");
}

// Data safety: a hand edit saved while a command writes, for every way a file is written.

/// `accord ARGS` run under `strace` with `inject` (`fsync:delay_enter=...`,
/// `fsync:signal=KILL:when=2`...), to hold or stop a write at one exact step; `None`
/// where `strace` cannot run. Only the main thread is traced.
fn under_strace(env: &TestEnv, inject: &str, args: &[&str]) -> Option<std::process::Command> {
    let strace = std::process::Command::new("strace")
        .args(["-o", "/dev/null", "-e", "trace=none", "true"])
        .output();
    if !strace.is_ok_and(|o| o.status.success()) {
        crate::common::skip_or_fail("strace (to hold or stop a write at one step) cannot run here");
        return None;
    }
    let syscalls = inject.split(':').next().unwrap();
    let mut cmd = env.program(std::path::Path::new("strace"));
    cmd.args(["-o", "/dev/null", "-e"])
        .arg(format!("trace={syscalls}"))
        .args(["-e", &format!("inject={inject}")])
        .arg(assert_cmd::cargo::cargo_bin!("accord"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    Some(cmd)
}

/// The syscalls that rename a file, whichever the platform uses.
const RENAMES: &str = "rename,renameat,renameat2";

/// Run `accord ARGS` (with `EDITOR` set to `editor`, if any), with the sync of its
/// temporary file held for two seconds, and save a hand edit of `file` as soon as that
/// temporary file appears: after accord compared the file, before its rename. Returns
/// the command's output and the hand-edited text, or `None` where `strace` cannot run.
fn with_a_hand_edit_during_the_write(
    env: &TestEnv,
    args: &[&str],
    editor: Option<&str>,
    file: &str,
) -> Option<(std::process::Output, String)> {
    // The first sync of the main thread is the temporary file's.
    let mut cmd = under_strace(env, "fsync:delay_enter=2000000:when=1", args)?;
    if let Some(editor) = editor {
        cmd.env("EDITOR", editor);
    }
    let child = cmd.spawn().unwrap();
    let path = env.path(file);
    let dir = path.parent().unwrap().to_path_buf();
    let temp = format!(".{}.", path.file_name().unwrap().to_string_lossy());
    let started = Instant::now();
    while !std::fs::read_dir(&dir)
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().starts_with(&temp))
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no temporary file appeared for `accord {}`",
            args.join(" ")
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let by_hand = format!("{}# saved by hand\n", env.read(file));
    std::fs::write(&path, &by_hand).unwrap();
    Some((child.wait_with_output().unwrap(), by_hand))
}

/// An executable editor script.
fn editor(env: &TestEnv, name: &str, body: &str) -> String {
    env.script(name, body)
}

/// The id of the one check-in whose summary is `summary`.
fn checkin_id(env: &TestEnv, summary: &str) -> String {
    let rows = env.json(&["checkin", "list", "--format", "json"]);
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["summary"] == summary)
        .and_then(|r| r["id"].as_str())
        .unwrap()
        .to_string()
}

#[test]
fn a_hand_edit_saved_during_a_write_is_refused() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.ok(&["checkin", "log", "acme", "--summary", "Met"]);
    let id = checkin_id(&env, "Met");
    let partner_edit = editor(
        &env,
        "partner.sh",
        "sed -i 's/\"active\"/\"paused\"/' \"$1\"",
    );
    let record_edit = editor(
        &env,
        "record.sh",
        "sed -i 's/\"Met\"/\"Met twice\"/' \"$1\"",
    );
    let cases: [(&[&str], Option<&str>); 3] = [
        (&["checkin", "log", "acme", "--summary", "Again"], None),
        (&["partner", "edit", "acme"], Some(&partner_edit)),
        (&["edit", &id], Some(&record_edit)),
    ];
    for (args, editor) in cases {
        let Some((out, by_hand)) =
            with_a_hand_edit_during_the_write(&env, args, editor, "partners/acme.toml")
        else {
            return;
        };
        refused_over_a_hand_edit(&out, "partners/acme.toml", &format!("{args:?}"));
        assert_eq!(env.read("partners/acme.toml"), by_hand, "{args:?}");
        assert_eq!(names(&env, "partners"), ["acme.toml"], "{args:?}");
    }
    // `resolve` writes a file settled from conflict markers the same way.
    env.write(
        "partners/beta.toml",
        "name = \"Beta\"\n<<<<<<< ours\nstage = \"active\"\n=======\nstage = \"paused\"\n>>>>>>> theirs\n",
    );
    let args = ["resolve", "--mine"];
    let Some((out, by_hand)) =
        with_a_hand_edit_during_the_write(&env, &args, None, "partners/beta.toml")
    else {
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("`partners/beta.toml` changed on disk while accord was working on it"),
        "{stderr}"
    );
    assert_eq!(env.read("partners/beta.toml"), by_hand);
    assert_eq!(names(&env, "partners"), ["acme.toml", "beta.toml"]);
}

#[test]
fn the_editor_commands_and_resolve_keep_a_byte_order_mark_and_crlf_line_endings() {
    let env = TestEnv::new();
    let crlf = "\u{FEFF}# Our oldest partner\r\nname = \"Acme\"\r\ntype = \"corporate\"\r\nstage = \"active\"\r\nsince = 2024-01-10\r\n";
    env.write("partners/acme.toml", crlf);
    env.ok(&["checkin", "log", "acme", "--summary", "Met"]);
    let id = checkin_id(&env, "Met");
    let kept = |after: &str| {
        let now = env.read("partners/acme.toml");
        assert!(
            now.starts_with("\u{FEFF}# Our oldest partner\r\n"),
            "{after}: {now:?}"
        );
        assert!(!now.replace("\r\n", "").contains('\n'), "{after}: {now:?}");
        assert_eq!(now.matches('\u{FEFF}').count(), 1, "{after}: {now:?}");
        now
    };
    kept("checkin log");
    let ed = editor(
        &env,
        "partner.sh",
        "sed -i 's/\"active\"/\"paused\"/' \"$1\"",
    );
    env.ok_with(&["partner", "edit", "acme"], &[("EDITOR", &ed)]);
    assert!(kept("partner edit").contains("stage = \"paused\"\r\n"));
    let ed = editor(
        &env,
        "record.sh",
        "sed -i 's/\"Met\"/\"Met twice\"/' \"$1\"",
    );
    env.ok_with(&["edit", &id], &[("EDITOR", &ed)]);
    assert!(kept("edit").contains("summary = \"Met twice\"\r\n"));
    // and by `resolve`, settling conflict markers
    let now = env.read("partners/acme.toml").replace(
        "stage = \"paused\"\r\n",
        "<<<<<<< ours\r\nstage = \"paused\"\r\n=======\r\nstage = \"active\"\r\n>>>>>>> theirs\r\n",
    );
    env.write("partners/acme.toml", &now);
    env.ok_err(&["resolve", "--theirs"]);
    assert!(kept("resolve").contains("stage = \"active\"\r\nsince"));
    assert_eq!(env.ok(&["check"]), "checked 2 files: no problems\n");
}

// Terminal safety: who holds the lock, as its file says, is shown with escapes.

#[test]
fn the_lock_holder_read_from_the_lock_file_is_shown_with_its_controls_escaped() {
    let env = TestEnv::new();
    let held = hold_lock(
        &env,
        "command = \"accord \\u001b[2J\\u001b]0;owned\\u0007import\"\npid = \"42\\u202e24\"\nsince = \"today\\nerror: fake\"\n",
    );
    let out = env
        .cmd()
        .env("ACCORD_LOCK_TIMEOUT", "1")
        .args(["partner", "add", "Acme"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for raw in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!stderr.contains(raw), "{raw:?} in {stderr:?}");
    }
    let holder = "`accord \\u{1b}[2J\\u{1b}]0;owned\\u{7}import` (pid 42\\u{202e}24, since today\\u{a}error: fake)";
    assert!(
        stderr.contains(&format!("waiting for {holder}")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("error: the workspace is locked by {holder}")),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
    drop(held);
}

#[test]
fn a_stray_file_name_with_control_characters_is_shown_escaped() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme"]);
    env.write("partners/Evil\u{1b}[2J.toml", "name = \"Evil\"\n");
    env.write("partners/bidi\u{202e}.toml", "name = \"Bidi\"\n");
    let out = env.cmd().arg("status").output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains(['\u{1b}', '\u{202e}']), "{stderr:?}");
    assert!(
        stderr.contains("warning: skipped `partners/Evil\\u{1b}[2J.toml`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: skipped `partners/bidi\\u{202e}.toml`"),
        "{stderr}"
    );
}

// Data safety: a write killed at any step, one file or several.

#[test]
fn a_write_killed_at_any_step_leaves_the_old_file_or_the_new_one() {
    // Killed while syncing its temporary file, just before the rename, and just after it
    // (while syncing the folder).
    let steps = [
        ("fsync:signal=KILL:when=1".to_string(), false),
        (format!("{RENAMES}:signal=KILL:when=1"), false),
        ("fsync:signal=KILL:when=2".to_string(), true),
    ];
    for (inject, landed) in steps {
        let env = TestEnv::new();
        env.ok(&["partner", "add", "Acme"]);
        let before = env.read("partners/acme.toml");
        let args = ["checkin", "log", "acme", "--summary", "Killed midway"];
        let Some(mut cmd) = under_strace(&env, &inject, &args) else {
            return;
        };
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{inject}: not killed");
        let now = env.read("partners/acme.toml");
        if landed {
            assert!(
                now.starts_with(&before) && now.contains("Killed midway"),
                "{inject}: {now}"
            );
        } else {
            assert_eq!(now, before, "{inject}");
        }
        // The next command that takes the lock removes what the killed one left.
        env.ok_err(&["partner", "add", "Beta"]);
        assert_eq!(
            names(&env, "partners"),
            ["acme.toml", "beta.toml"],
            "{inject}"
        );
        assert_eq!(
            env.ok(&["check"]),
            "checked 3 files: no problems\n",
            "{inject}"
        );
    }
}

#[test]
fn an_import_that_fails_or_is_killed_while_writing_leaves_none_or_all_of_its_rows() {
    let all = ["alpha-org.toml", "beta-org.toml", "gamma-org.toml"];
    // Each file is written aside and synced; then the intent record is renamed into
    // place, then each file.
    let steps: [(String, &[&str]); 4] = [
        ("fsync:error=ENOSPC:when=2".to_string(), &[]),
        ("fsync:signal=KILL:when=2".to_string(), &[]),
        (format!("{RENAMES}:signal=KILL:when=1"), &[]),
        (format!("{RENAMES}:signal=KILL:when=3"), &all),
    ];
    for (inject, after) in steps {
        let env = TestEnv::new();
        env.write(
            "in.csv",
            "name,type\nAlpha Org,nonprofit\nBeta Org,corporate\nGamma Org,health\n",
        );
        let Some(mut cmd) = under_strace(&env, &inject, &["import", "partners", "in.csv"]) else {
            return;
        };
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{inject}: it went through");
        // The next command, a read too, finishes the import or cleans up after it.
        let listed = env.ok(&["partner", "list", "--format", "csv"]);
        assert_eq!(
            listed.lines().count(),
            after.len() + 1,
            "{inject}: {listed}"
        );
        env.ok_err(&["partner", "add", "Delta"]);
        let mut expected: Vec<&str> = after.to_vec();
        expected.push("delta.toml");
        expected.sort();
        assert_eq!(names(&env, "partners"), expected, "{inject}");
        assert!(!env.path(".accord.txn").exists(), "{inject}");
        assert_eq!(
            env.ok(&["check"]),
            format!("checked {} files: no problems\n", expected.len() + 1),
            "{inject}"
        );
        if !after.is_empty() {
            // an import finished by the next command is undone whole, not only the
            // files it renamed before it stopped
            env.ok_err(&["undo", "2"]);
            assert!(names(&env, "partners").is_empty(), "{inject}");
        }
    }
}

// Data safety: an undo puts every file back together, or none.

/// A workspace where `accord undo 2` puts back three changed partner files (an import of
/// check-ins) and removes one it had made (`partner add Delta`). Returns the data files
/// before the undo and after it.
fn ready_to_undo(env: &TestEnv) -> (Files, Files) {
    env.write(
        "../partners.csv",
        "name,type\nAlpha Org,nonprofit\nBeta Org,corporate\nGamma Org,health\n",
    );
    env.write(
        "../checkins.csv",
        "partner,date,kind,summary\nalpha-org,2026-11-20,call,Met\nbeta-org,2026-11-20,call,Met\ngamma-org,2026-11-20,call,Met\n",
    );
    env.ok_err(&["import", "partners", "../partners.csv"]);
    let after = partner_files(env);
    env.ok(&["partner", "add", "Delta"]);
    env.ok_err(&["import", "checkins", "../checkins.csv"]);
    (partner_files(env), after)
}

/// Files by name, with their text.
type Files = Vec<(String, String)>;

/// Each partner file with its text.
fn partner_files(env: &TestEnv) -> Files {
    names(env, "partners")
        .into_iter()
        .map(|n| {
            let text = env.read(&format!("partners/{n}"));
            (n, text)
        })
        .collect()
}

/// The commands `accord undo --list` offers, the last first.
fn undoable(env: &TestEnv) -> Vec<String> {
    env.json(&["undo", "--list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["command"].as_str().unwrap().to_string())
        .collect()
}

const BEFORE_UNDO: [&str; 3] = [
    "accord import checkins ../checkins.csv",
    "accord partner add Delta",
    "accord import partners ../partners.csv",
];

#[test]
fn an_undo_that_fails_partway_puts_back_no_file() {
    let env = TestEnv::new();
    let (before, after) = ready_to_undo(&env);
    // The third file synced fails, as on a full disk: the first two are written by then.
    let Some(mut cmd) = under_strace(&env, "fsync:error=ENOSPC:when=3", &["undo", "2"]) else {
        return;
    };
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(partner_files(&env), before);
    assert_eq!(undoable(&env), BEFORE_UNDO);
    assert!(!env.path(".accord.txn").exists());
    // nothing is left half done: the undo can simply be run again
    env.ok_err(&["undo", "2"]);
    assert_eq!(partner_files(&env), after);
    assert_eq!(undoable(&env), BEFORE_UNDO[2..]);
}

#[test]
fn an_undo_killed_at_any_step_is_finished_or_rolled_back_by_the_next_command() {
    // Each file is written aside and synced; then the intent record is renamed into
    // place, then each file, then `delta.toml` and the two journal entries are removed.
    let steps = [
        ("fsync:signal=KILL:when=2".to_string(), false),
        (format!("{RENAMES}:signal=KILL:when=1"), false),
        (format!("{RENAMES}:signal=KILL:when=2"), true),
        (format!("{RENAMES}:signal=KILL:when=3"), true),
        ("unlink,unlinkat:signal=KILL:when=1".to_string(), true),
        ("unlink,unlinkat:signal=KILL:when=3".to_string(), true),
    ];
    for (inject, undone) in steps {
        let env = TestEnv::new();
        let (before, after) = ready_to_undo(&env);
        let Some(mut cmd) = under_strace(&env, &inject, &["undo", "2"]) else {
            return;
        };
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{inject}: not killed");
        // The next command that takes the lock finishes the undo or cleans up after it.
        env.ok_err(&["partner", "add", "Zed"]);
        let mut now = partner_files(&env);
        now.retain(|(n, _)| n != "zed.toml");
        let mut offered = undoable(&env);
        assert_eq!(offered.remove(0), "accord partner add Zed", "{inject}");
        if undone {
            assert_eq!(now, after, "{inject}");
            assert_eq!(offered, BEFORE_UNDO[2..], "{inject}");
        } else {
            assert_eq!(now, before, "{inject}");
            assert_eq!(offered, BEFORE_UNDO, "{inject}");
        }
        assert!(!env.path(".accord.txn").exists(), "{inject}");
        assert_eq!(
            env.ok(&["check"]),
            format!("checked {} files: no problems\n", now.len() + 2),
            "{inject}"
        );
    }
}

/// The command (`what`) ended with exit code 1, saying that `rel` changed on disk while
/// it worked and that nothing was written.
fn refused_over_a_hand_edit(out: &std::process::Output, rel: &str, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
    let said =
        format!("`{rel}` changed on disk while accord was working on it; nothing was written");
    assert!(stderr.contains(&said), "{what}: {stderr}");
}

#[test]
fn a_hand_edit_saved_during_an_undo_is_refused() {
    let env = TestEnv::new();
    let (before, _) = ready_to_undo(&env);
    let Some((out, by_hand)) =
        with_a_hand_edit_during_the_write(&env, &["undo", "2"], None, "partners/alpha-org.toml")
    else {
        return;
    };
    refused_over_a_hand_edit(&out, "partners/alpha-org.toml", "undo");
    let mut expected = before;
    expected[0].1 = by_hand;
    assert_eq!(partner_files(&env), expected);
    assert_eq!(undoable(&env), BEFORE_UNDO);
    // and undo's own check refuses over it from then on
    let err = env.fails(1, &["undo", "2"]);
    assert!(
        err.contains("`partners/alpha-org.toml` was changed since"),
        "{err}"
    );
    assert_eq!(partner_files(&env), expected);
}

/// A check-in moved to another partner (with its action item) is in one file or the
/// other, never both and never neither, wherever the command is killed.
#[test]
fn a_check_in_moved_to_another_partner_is_in_exactly_one_file_when_killed() {
    // the renames: the intent record, the destination, the source
    for when in 1..=3 {
        let env = TestEnv::new();
        env.ok_err(&["partner", "add", "Acme"]);
        env.ok_err(&["partner", "add", "Beta"]);
        env.ok_err(&[
            "checkin",
            "log",
            "acme",
            "--summary",
            "Kickoff",
            "--action",
            "Send the plan",
        ]);
        let id = checkin_id(&env, "Kickoff");
        let inject = format!("{RENAMES}:signal=KILL:when={when}");
        let Some(mut cmd) =
            under_strace(&env, &inject, &["checkin", "set", &id, "--partner", "beta"])
        else {
            return;
        };
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{inject}: it went through");
        // the next command (a read) finishes or forgets the move before reading
        let listed = env.ok(&["checkin", "list", "--format", "csv"]);
        assert_eq!(listed.matches(&id).count(), 1, "{inject}: {listed}");
        let holders: Vec<&str> = ["acme", "beta"]
            .into_iter()
            .filter(|p| env.read(&format!("partners/{p}.toml")).contains(&id))
            .collect();
        assert_eq!(holders.len(), 1, "{inject}: {holders:?}");
        let kept = env.read(&format!("partners/{}.toml", holders[0]));
        assert!(
            kept.contains("Send the plan"),
            "{inject}: the item moves with it"
        );
        assert_eq!(
            env.ok(&["check"]),
            "checked 3 files: no problems\n",
            "{inject}"
        );
    }
}
