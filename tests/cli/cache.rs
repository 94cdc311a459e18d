//! The cache of parsed files (`.accord/cache`) is never needed: every output is the same,
//! byte for byte, with no cache, a cold one, a warm one, a deleted one, a damaged one, and
//! after hand edits that keep a file's size and modification time.

use crate::common::TestEnv;
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Commands that read the whole workspace, or find records by id.
const READS: &[&[&str]] = &[
    &["status"],
    &["status", "--format", "json"],
    &["partner", "list"],
    &["partner", "list", "--format", "json"],
    &["partner", "show", "riverside-hospital", "--format", "json"],
    &["goal", "list"],
    &["calendar"],
    &["report", "quarterly", "--format", "json"],
    &["report", "quarterly", "--format", "csv"],
    &["checkin", "list", "--format", "json"],
    &["action", "list", "--format", "json"],
    &["export", "checkins"],
    &["checkin", "show", "c3r8f2ab"],
    &["checkin", "show", "c3r8"],
    &["action", "done", "zz"],
    &["check"],
];

/// What a command printed and how it exited.
type Output = (Option<i32>, String, String);

fn run(env: &TestEnv, args: &[&str], cache: bool) -> Output {
    let mut cmd = env.cmd();
    if !cache {
        cmd.env("ACCORD_NO_CACHE", "1");
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn cache_dir(env: &TestEnv) -> PathBuf {
    env.path(".accord/cache")
}

/// Every file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The cache's entries (not its `.gitignore` and tag).
fn entries(env: &TestEnv) -> Vec<PathBuf> {
    files(&cache_dir(env))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect()
}

/// Every read, with and without the cache, gives the same output.
fn same_outputs(env: &TestEnv, reads: &[&[&str]], when: &str) {
    for args in reads {
        let without = run(env, args, false);
        let with = run(env, args, true);
        assert_eq!(with, without, "`accord {}` {when}", args.join(" "));
    }
}

/// A check-in id in the example, to find by id.
fn first_checkin(env: &TestEnv) -> String {
    let rows = env.json(&["checkin", "list", "--format", "json"]);
    rows[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn outputs_are_the_same_cold_warm_deleted_and_damaged() {
    let env = TestEnv::example();
    let id = first_checkin(&env);
    let show_full = ["checkin", "show", id.as_str()];
    let show_prefix = ["checkin", "show", &id[..4]];
    let mut reads: Vec<&[&str]> = READS.to_vec();
    reads.push(&show_full);
    reads.push(&show_prefix);

    fs::remove_dir_all(cache_dir(&env)).ok();
    same_outputs(&env, &reads, "with a cold cache");
    let made = entries(&env);
    assert!(
        made.iter()
            .any(|p| p.ends_with("partners/riverside-hospital.bin"))
            && made.iter().any(|p| p.ends_with("ids.bin")),
        "reads make the cache: {made:?}"
    );
    same_outputs(&env, &reads, "with a warm cache");

    fs::remove_dir_all(cache_dir(&env)).unwrap();
    same_outputs(&env, &reads, "after the cache was deleted");

    // Damaged entries: truncated, a flipped byte, garbage, empty, a folder in the way.
    let made = entries(&env);
    assert!(made.len() > 5);
    for (i, p) in made.iter().enumerate() {
        let bytes = fs::read(p).unwrap();
        match i % 4 {
            0 => fs::write(p, &bytes[..bytes.len() / 2]).unwrap(),
            1 => {
                let mut b = bytes.clone();
                let last = b.len() - 1;
                b[last] ^= 0x20;
                fs::write(p, b).unwrap();
            }
            2 => fs::write(p, b"not a cache entry at all").unwrap(),
            _ => fs::write(p, b"").unwrap(),
        }
    }
    same_outputs(&env, &reads, "with a damaged cache");
    same_outputs(&env, &reads, "after a damaged cache was made again");
}

#[test]
fn a_hand_edit_within_the_same_second_is_seen() {
    let env = TestEnv::example();
    let rel = "partners/riverside-hospital.toml";
    let path = env.path(rel);
    // Warm the cache.
    env.ok(&["partner", "list"]);
    let before = fs::metadata(&path).unwrap();
    let text = env.read(rel);
    // The same size, and the modification time put back, as a filesystem with coarse
    // timestamps would leave it after an edit within the same tick.
    let edited = text.replacen("stage = \"active\"", "stage = \"paused\"", 1);
    assert_ne!(edited, text);
    assert_eq!(edited.len(), text.len());
    fs::write(&path, &edited).unwrap();
    let f = fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(before.modified().unwrap()).unwrap();
    drop(f);
    let show = env.ok(&["partner", "show", "riverside-hospital", "--format", "json"]);
    assert!(
        show.contains("\"paused\""),
        "the edit is seen through the cache:\n{show}"
    );
    same_outputs(&env, READS, "after a same-second hand edit");
}

/// On a filesystem that keeps times in whole seconds, an edit within the same second as
/// the cache entry keeps the file's stamp: only the hash of its text tells.
#[test]
fn a_same_second_edit_on_a_coarse_filesystem_is_seen() {
    use std::os::unix::fs::MetadataExt;
    let env = TestEnv::example();
    let rel = "partners/riverside-hospital.toml";
    let path = env.path(rel);
    let text = env.read(rel);
    let edited = text.replacen("stage = \"active\"", "stage = \"paused\"", 1);
    let coarse = |args: &[&str]| {
        let out = env
            .cmd()
            .env("ACCORD_TEST_COARSE_TIMES", "1")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for _ in 0..20 {
        fs::write(&path, &text).unwrap();
        let written = fs::metadata(&path).unwrap();
        coarse(&["partner", "list"]);
        fs::write(&path, &edited).unwrap();
        set_mtime(&path, written.modified().unwrap());
        let now = fs::metadata(&path).unwrap();
        if (now.mtime(), now.ctime()) != (written.mtime(), written.ctime()) {
            continue; // a second went by: try again
        }
        let show = coarse(&["partner", "show", "riverside-hospital", "--format", "json"]);
        assert!(show.contains("\"paused\""), "the edit is seen:\n{show}");
        return;
    }
    panic!("no try stayed within one second");
}

#[test]
fn git_never_sees_the_cache() {
    let env = TestEnv::example();
    env.ok(&["status"]);
    let ignore = fs::read_to_string(cache_dir(&env).join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "*"), "{ignore}");
    let git = |args: &[&str]| {
        env.program(Path::new("git"))
            .args(args)
            .output()
            .expect("git runs")
    };
    if git(&["init", "-q"]).status.success() {
        let out = git(&["status", "--porcelain", "--untracked-files=all"]);
        let listed = String::from_utf8_lossy(&out.stdout);
        assert!(listed.contains("partners/"), "{listed}");
        assert!(!listed.contains(".accord"), "{listed}");
    }
}

#[test]
fn commands_at_once_never_see_a_half_written_cache() {
    let env = TestEnv::example();
    let args: &[&str] = &["report", "quarterly", "--format", "json"];
    let expected = run(&env, args, false);
    for _ in 0..3 {
        fs::remove_dir_all(cache_dir(&env)).ok();
        let outputs: Vec<Output> = std::thread::scope(|s| {
            let runs: Vec<_> = (0..4).map(|_| s.spawn(|| run(&env, args, true))).collect();
            runs.into_iter().map(|r| r.join().unwrap()).collect()
        });
        for out in outputs {
            assert_eq!(out, expected);
        }
    }
    // No temporary files are left behind.
    let left: Vec<PathBuf> = files(&cache_dir(&env))
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn writes_refresh_the_cache_and_a_read_only_workspace_still_reads() {
    let env = TestEnv::example();
    env.ok(&["partner", "list"]);
    let entry = cache_dir(&env).join("partners/riverside-hospital.bin");
    let before = fs::read(&entry).unwrap();
    env.ok_err(&[
        "checkin",
        "log",
        "riverside-hospital",
        "--summary",
        "Cached",
    ]);
    assert_ne!(
        fs::read(&entry).unwrap(),
        before,
        "the write made a new entry"
    );
    same_outputs(&env, READS, "after a write");

    // With no cache and a folder accord cannot write to, reads still work.
    fs::remove_dir_all(cache_dir(&env)).unwrap();
    fs::create_dir_all(env.path(".accord")).unwrap();
    fs::write(
        env.path(".accord/cache"),
        "a file where the folder would be",
    )
    .unwrap();
    same_outputs(&env, READS, "when the cache cannot be written");
}

/// One hand edit or command, for the property test.
#[derive(Debug, Clone)]
enum Step {
    /// Change a word keeping the file's size, and put its modification time back.
    SameSize(usize),
    /// Add a check-in by hand at the end of a file.
    Append(usize),
    /// Break a file, or mend it again.
    Break(usize),
    Mend(usize),
    /// Remove a partner file, or add one.
    Remove(usize),
    Add(usize),
    /// Log a check-in with accord.
    Log(usize),
    /// Delete the cache.
    Forget,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..10usize).prop_map(Step::SameSize),
        2 => (0..10usize).prop_map(Step::Append),
        1 => (0..10usize).prop_map(Step::Break),
        1 => (0..10usize).prop_map(Step::Mend),
        1 => (0..10usize).prop_map(Step::Remove),
        1 => (0..10usize).prop_map(Step::Add),
        2 => (0..10usize).prop_map(Step::Log),
        1 => Just(Step::Forget),
    ]
}

fn partner_files(env: &TestEnv) -> Vec<PathBuf> {
    files(&env.path("partners"))
}

fn apply(env: &TestEnv, originals: &[(PathBuf, String)], step: &Step) {
    let files = partner_files(env);
    let pick = |i: usize| files.get(i % files.len().max(1)).cloned();
    match step {
        Step::SameSize(i) => {
            let Some(p) = pick(*i) else { return };
            let before = fs::metadata(&p).unwrap().modified().unwrap();
            let text = fs::read_to_string(&p).unwrap();
            let swaps = [
                ("\"active\"", "\"paused\""),
                ("\"paused\"", "\"active\""),
                ("rating = 4", "rating = 2"),
                ("rating = 2", "rating = 5"),
                ("2026-", "2025-"),
            ];
            let Some((from, to)) = swaps.iter().find(|(f, _)| text.contains(f)) else {
                return;
            };
            fs::write(&p, text.replacen(from, to, 1)).unwrap();
            set_mtime(&p, before);
        }
        Step::Append(i) => {
            let Some(p) = pick(*i) else { return };
            let mut text = fs::read_to_string(&p).unwrap();
            text.push_str(&format!(
                "\n[[checkin]]\nid = \"hand{i:04}\"\ndate = 2026-11-0{}\nsummary = \"By hand\"\n",
                1 + i % 9
            ));
            fs::write(&p, text).unwrap();
        }
        Step::Break(i) => {
            if let Some(p) = pick(*i) {
                let before = fs::metadata(&p).unwrap().modified().unwrap();
                let text = fs::read_to_string(&p).unwrap();
                fs::write(&p, text.replacen("name = ", "name = = ", 1)).unwrap();
                set_mtime(&p, before);
            }
        }
        Step::Mend(i) => {
            let (p, text) = &originals[i % originals.len()];
            fs::write(p, text).unwrap();
        }
        Step::Remove(i) => {
            if files.len() > 1
                && let Some(p) = pick(*i)
            {
                fs::remove_file(p).unwrap();
            }
        }
        Step::Add(i) => {
            let (p, text) = &originals[i % originals.len()];
            if !p.exists() {
                fs::write(p, text).unwrap();
            }
        }
        Step::Log(i) => {
            if let Some(p) = pick(*i) {
                let id = p.file_stem().unwrap().to_string_lossy().to_string();
                let _ = run(env, &["checkin", "log", &id, "--summary", "Logged"], true);
            }
        }
        Step::Forget => {
            fs::remove_dir_all(cache_dir(env)).ok();
        }
    }
}

fn set_mtime(p: &Path, t: SystemTime) {
    let f = fs::File::options().write(true).open(p).unwrap();
    f.set_modified(t).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 8,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// After any sequence of hand edits and commands, reads through a warm cache print
    /// what they print with no cache.
    #[test]
    fn warm_cache_outputs_match_no_cache(steps in prop::collection::vec(step(), 1..6)) {
        let env = TestEnv::example();
        let originals: Vec<(PathBuf, String)> = partner_files(&env)
            .into_iter()
            .map(|p| { let t = fs::read_to_string(&p).unwrap(); (p, t) })
            .collect();
        let reads: &[&[&str]] = &[
            &["status", "--format", "json"],
            &["partner", "list", "--format", "json"],
            &["checkin", "list", "--format", "json"],
            &["checkin", "show", "hand"],
            &["check"],
        ];
        // Warm the cache.
        for args in reads {
            run(&env, args, true);
        }
        for step in &steps {
            apply(&env, &originals, step);
            for args in reads {
                let with = run(&env, args, true);
                let without = run(&env, args, false);
                prop_assert_eq!(with, without, "`accord {}` after {:?}", args.join(" "), steps);
            }
        }
    }
}

/// A cache folder that is a symbolic link (say, committed by someone else) is not used:
/// accord writes nothing outside the workspace.
#[test]
fn a_cache_folder_that_is_a_link_is_not_used() {
    let env = TestEnv::example();
    let elsewhere = env.tmp.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::remove_dir_all(env.path(".accord")).ok();
    fs::create_dir_all(env.path(".accord")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, cache_dir(&env)).unwrap();
    same_outputs(&env, READS, "with the cache folder a link");
    assert!(
        files(&elsewhere).is_empty(),
        "nothing is written through the link"
    );
}

/// The id index (`ids.bin`) keeps each partner's name too, for `partner add`'s check of a
/// name added twice: a name changed by hand, or a partner file deleted, since the index
/// was written is seen.
#[test]
fn partner_add_sees_names_changed_by_hand_since_the_index() {
    let env = TestEnv::example();
    let rel = "partners/riverside-hospital.toml";
    // Warm the index, names included.
    env.ok(&["partner", "add", "Warming Partner"]);
    env.ok(&["checkin", "show", &first_checkin(&env)]);
    assert!(cache_dir(&env).join("ids.bin").is_file());
    // Another partner's name, changed by hand to one of the same size, its modification
    // time put back.
    let path = env.path(rel);
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    let text = env.read(rel);
    let edited = text.replacen(
        "name = \"Riverside Regional Hospital\"",
        "name = \"Riverside Regional Hospice!\"",
        1,
    );
    assert_eq!(edited.len(), text.len());
    fs::write(&path, &edited).unwrap();
    set_mtime(&path, before);
    let err = env.fails(1, &["partner", "add", "Riverside Regional Hospice!"]);
    assert!(
        err.contains("partner `riverside-hospital` (Riverside Regional Hospice!) already exists"),
        "{err}"
    );
    // A near name is warned about, with the name as it is now.
    let err = env.ok_err(&["partner", "add", "Riverside Regional Hospices"]);
    assert!(
        err.contains("looks like `riverside-hospital` (Riverside Regional Hospice!)"),
        "{err}"
    );
    // The old name is free again.
    let err = env.ok_err(&[
        "partner",
        "add",
        "Riverside Regional Hospital",
        "--id",
        "rrh",
    ]);
    assert!(!err.contains("has the same name as"), "{err}");
    // A deleted partner's name is free; the index does not remember it.
    let gone = env.read("partners/techforward.toml");
    assert!(gone.contains("name = \"TechForward Solutions\""));
    fs::remove_file(env.path("partners/techforward.toml")).unwrap();
    let err = env.ok_err(&["partner", "add", "TechForward Solutions", "--id", "tf"]);
    assert!(!err.contains("already exists"), "{err}");
    // A partner file that does not read is listed under its name when the top of it reads.
    env.write(
        "partners/broken.toml",
        "name = \"Broken Partner\"\nstage = 7\n",
    );
    let err = env.fails(1, &["partner", "add", "Broken Partner"]);
    assert!(
        err.contains("partner `broken` (Broken Partner) already exists"),
        "{err}"
    );
}

/// A record id changed by hand within the same second as the index was written, on a
/// filesystem with times in whole seconds, keeps the file's stamp: the hash of its text
/// tells, and the record is found under its new id, not its old one.
#[test]
fn a_record_id_changed_within_the_same_second_is_found() {
    use std::os::unix::fs::MetadataExt;
    let env = TestEnv::example();
    let rel = "partners/riverside-hospital.toml";
    let path = env.path(rel);
    let text = env.read(rel);
    let old = text
        .split("[[checkin]]\nid = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let new: String = "qq".chars().chain(old.chars().skip(2)).collect();
    assert_eq!(new.len(), old.len());
    let edited = text.replacen(&format!("id = \"{old}\""), &format!("id = \"{new}\""), 1);
    let coarse = |args: &[&str]| {
        let out = env
            .cmd()
            .env("ACCORD_TEST_COARSE_TIMES", "1")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    for _ in 0..20 {
        fs::write(&path, &text).unwrap();
        let written = fs::metadata(&path).unwrap();
        // Index the file as it is, within this second.
        let (code, shown, _) = coarse(&["checkin", "show", &old]);
        assert_eq!(code, Some(0), "{shown}");
        fs::write(&path, &edited).unwrap();
        set_mtime(&path, written.modified().unwrap());
        let now = fs::metadata(&path).unwrap();
        if (now.mtime(), now.ctime()) != (written.mtime(), written.ctime()) {
            continue; // a second went by: try again
        }
        let (code, shown, err) = coarse(&["checkin", "show", &new]);
        assert_eq!(code, Some(0), "the new id is found:\n{err}");
        assert!(shown.contains(&new), "{shown}");
        let (code, _, err) = coarse(&["checkin", "show", &old]);
        assert_ne!(code, Some(0), "the old id is gone");
        assert!(err.contains(&format!("no check-in `{old}`")), "{err}");
        return;
    }
    panic!("no try stayed within one second");
}

/// Finding a record by id after a write changes only the small file of newer rows
/// (`ids-new.bin`), not the whole index; any mix of the two, or a damaged newer file,
/// gives the same answers.
#[test]
fn a_write_adds_to_the_index_without_rewriting_it() {
    let env = TestEnv::example();
    let id = first_checkin(&env);
    env.ok(&["checkin", "show", &id]);
    let base = cache_dir(&env).join("ids.bin");
    let newer = cache_dir(&env).join("ids-new.bin");
    let written = fs::read(&base).unwrap();
    env.ok(&[
        "checkin",
        "log",
        "riverside-hospital",
        "--summary",
        "Indexed",
    ]);
    let logged = env.json(&["checkin", "list", "--format", "json"]);
    let logged = logged
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["summary"] == "Indexed")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let show = ["checkin", "show", logged.as_str()];
    assert_eq!(run(&env, &show, true), run(&env, &show, false));
    assert_eq!(
        fs::read(&base).unwrap(),
        written,
        "ids.bin is not rewritten"
    );
    assert!(newer.is_file(), "the new rows are in ids-new.bin");
    // A damaged file of newer rows is ignored: the changed file is read again.
    fs::write(&newer, b"accordI3 damaged").unwrap();
    assert_eq!(run(&env, &show, true), run(&env, &show, false));
    // Without the newer rows, the old row of the changed file does not hold.
    fs::remove_file(&newer).unwrap();
    assert_eq!(run(&env, &show, true), run(&env, &show, false));
    same_outputs(&env, READS, "after the newer rows were lost");
}
