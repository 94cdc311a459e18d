//! A team sharing one workspace through git: real clones of one bare repository, each
//! person's changes made with accord, merged by accord's merge driver. Each case checks
//! what merges by itself, that nothing is lost or duplicated, that merging either way
//! gives the same bytes, and that `accord check` passes afterwards.
//!
//! Needs `git`: skipped with a line saying so when it is missing, required under CI.

use crate::common::{TestEnv, outside_program};
use std::path::PathBuf;
use std::process::Output;

const PEOPLE: &[&str] = &["alice", "bob", "carol"];

/// Alice, Bob and Carol, each with a clone of one bare repository holding a workspace.
struct Team {
    env: TestEnv,
}

fn name(who: &str) -> String {
    let mut c = who.chars();
    c.next().unwrap().to_uppercase().chain(c).collect()
}

impl Team {
    /// A team whose workspace Alice created with `init --git` and `setup` run in.
    fn new(setup: &[&[&str]]) -> Option<Team> {
        outside_program("git", "the team tests merge real git clones")?;
        let team = Team {
            env: TestEnv::bare(),
        };
        let tmp = team.env.tmp.path().to_path_buf();
        team.git_in(&tmp, &["init", "-q", "--bare", "-b", "main", "remote.git"]);
        let alice = team.dir("alice");
        let out = team.accord_in(
            &tmp,
            "alice",
            &["init", "--git", "alice", "--name", "Team Program"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        team.git_in(&alice, &["branch", "-M", "main"]);
        team.git_in(&alice, &["remote", "add", "origin", "../remote.git"]);
        for args in setup {
            team.ok("alice", args);
        }
        team.ok("alice", &["sync"]);
        for who in &PEOPLE[1..] {
            team.git_in(&tmp, &["clone", "-q", "remote.git", who]);
            if *who == "carol" {
                // Carol forgets the setup: her first write says how, once.
                let out = team.accord(who, &["partner", "add", "Scratch", "--type", "other"]);
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(err.contains("run `accord sync --setup` once here"), "{err}");
                let out = team.accord(who, &["partner", "remove", "scratch", "--yes"]);
                assert!(!String::from_utf8_lossy(&out.stderr).contains("--setup"));
            }
            team.ok(who, &["sync", "--setup"]);
        }
        Some(team)
    }

    fn dir(&self, who: &str) -> PathBuf {
        self.env.tmp.path().join(who)
    }

    fn accord_in(&self, dir: &std::path::Path, who: &str, args: &[&str]) -> Output {
        let name = name(who);
        self.env
            .cmd()
            .current_dir(dir)
            .env("ACCORD_USER", &name)
            .env("GIT_AUTHOR_NAME", &name)
            .env("GIT_COMMITTER_NAME", &name)
            .env("GIT_AUTHOR_EMAIL", format!("{who}@example.org"))
            .env("GIT_COMMITTER_EMAIL", format!("{who}@example.org"))
            .args(args)
            .output()
            .unwrap()
    }

    fn accord(&self, who: &str, args: &[&str]) -> Output {
        self.accord_in(&self.dir(who), who, args)
    }

    /// Run accord as `who`; it must succeed. Returns stdout and stderr together.
    fn ok(&self, who: &str, args: &[&str]) -> String {
        let out = self.accord(who, args);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "{who}: `accord {}` failed:\n{text}",
            args.join(" ")
        );
        text
    }

    /// Run accord as `who`; it must fail. Returns stderr.
    fn fails(&self, who: &str, args: &[&str]) -> String {
        let out = self.accord(who, args);
        assert!(
            !out.status.success(),
            "{who}: `accord {}` should fail",
            args.join(" ")
        );
        String::from_utf8_lossy(&out.stderr).to_string()
    }

    fn git_in(&self, dir: &std::path::Path, args: &[&str]) -> String {
        let who = dir.file_name().unwrap().to_string_lossy().to_string();
        let name = name(&who);
        let out = self
            .env
            .program(std::path::Path::new("git"))
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", &name)
            .env("GIT_COMMITTER_NAME", &name)
            .env("GIT_AUTHOR_EMAIL", "x@example.org")
            .env("GIT_COMMITTER_EMAIL", "x@example.org")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`git {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    /// Run git in `who`'s clone as the author `author`, whatever its exit code.
    fn git_as(&self, who: &str, author: &str, args: &[&str]) -> Output {
        self.env
            .program(std::path::Path::new("git"))
            .current_dir(self.dir(who))
            .env("GIT_AUTHOR_NAME", author)
            .env("GIT_COMMITTER_NAME", name(who))
            .env("GIT_AUTHOR_EMAIL", format!("{who}@example.org"))
            .env("GIT_COMMITTER_EMAIL", format!("{who}@example.org"))
            .args(args)
            .output()
            .unwrap()
    }

    fn git(&self, who: &str, args: &[&str]) -> String {
        self.git_in(&self.dir(who), args)
    }

    /// Settle the conflicts of `rel` in `who`'s clone by hand: the markers taken out,
    /// and of the lines between them those `keep` keeps.
    fn settle_by_hand(&self, who: &str, rel: &str, keep: impl Fn(&str) -> bool) {
        let marker = |l: &str| {
            ["<<<<<<<", "=======", ">>>>>>>"]
                .iter()
                .any(|m| l.starts_with(m))
        };
        let text = self.read(who, rel);
        let kept: Vec<&str> = text.lines().filter(|l| !marker(l) && keep(l)).collect();
        std::fs::write(self.dir(who).join(rel), kept.join("\n") + "\n").unwrap();
    }

    fn read(&self, who: &str, rel: &str) -> String {
        std::fs::read_to_string(self.dir(who).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Alice and Bob each commit their own changes (without sharing), then each merges
    /// the other's commit: Bob's into Alice's clone and Alice's into Bob's. Returns
    /// whether each merge went through by itself.
    fn cross_merge(&self) -> (bool, bool) {
        for who in ["alice", "bob"] {
            self.ok(who, &["sync", "--no-push"]);
        }
        self.git("alice", &["fetch", "-q", "../bob", "main:bob"]);
        self.git("bob", &["fetch", "-q", "../alice", "main:alice"]);
        let merge = |who: &str, branch: &str| {
            self.git_as(who, &name(who), &["merge", "--no-edit", branch])
                .status
                .success()
        };
        (merge("alice", "bob"), merge("bob", "alice"))
    }

    /// The file is the same in Alice's and Bob's clones, and check passes in both.
    fn agree(&self, rel: &str) -> String {
        let a = self.read("alice", rel);
        assert_eq!(
            a,
            self.read("bob", rel),
            "both merge directions give the same bytes"
        );
        for who in ["alice", "bob"] {
            let out = self.ok(who, &["check"]);
            assert!(
                out.contains(", 0 errors") || out.contains("no problems"),
                "{out}"
            );
        }
        a
    }
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

const VALLEY: &[&str] = &["partner", "add", "Valley College", "--type", "academic"];

#[test]
fn same_day_check_ins_with_one_partner_both_merge() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "alice",
        &[
            "checkin",
            "log",
            "valley-college",
            "--summary",
            "Alice met the dean",
        ],
    );
    team.ok(
        "bob",
        &[
            "checkin",
            "log",
            "valley-college",
            "--summary",
            "Bob called the registrar",
        ],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree("partners/valley-college.toml");
    assert_eq!(count(&text, "[[checkin]]"), 2, "{text}");
    assert_eq!(count(&text, "Alice met the dean"), 1);
    assert_eq!(count(&text, "Bob called the registrar"), 1);
}

#[test]
fn a_check_in_an_action_item_and_an_evaluation_in_parallel() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "alice",
        &[
            "checkin",
            "log",
            "valley-college",
            "--summary",
            "Kickoff",
            "--action",
            "Send the MOU @rosa due:2026-12-18",
        ],
    );
    team.ok(
        "bob",
        &[
            "action",
            "add",
            "valley-college",
            "Book the campus tour",
            "--owner",
            "Marcus",
        ],
    );
    team.ok(
        "bob",
        &[
            "eval",
            "record",
            "valley-college",
            "--score",
            "vision=4",
            "--score",
            "communication=3.5",
            "--score",
            "roles=3.5",
            "--score",
            "investment=3.5",
            "--score",
            "trust=4",
            "--score",
            "value=5",
            "--score",
            "flexibility=3",
        ],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree("partners/valley-college.toml");
    assert_eq!(count(&text, "[[checkin]]"), 1);
    assert_eq!(count(&text, "[[action]]"), 2, "{text}");
    assert_eq!(count(&text, "[[evaluation]]"), 1);
}

const GOAL: &[&str] = &[
    "goal",
    "add",
    "Dual credit hours",
    "--metric",
    "credit hours",
    "--unit",
    "hours",
    "--baseline",
    "100",
    "--target",
    "200",
    "--start",
    "2026-09-01",
    "--due",
    "2027-06-30",
];

#[test]
fn measurements_on_different_dates_merge_and_on_one_date_conflict() {
    let Some(team) = Team::new(&[GOAL]) else {
        return;
    };
    let rel = "goals/dual-credit-hours.toml";
    team.ok(
        "alice",
        &[
            "goal",
            "track",
            "dual-credit-hours",
            "120",
            "--date",
            "2026-11-02",
        ],
    );
    team.ok(
        "bob",
        &[
            "goal",
            "track",
            "dual-credit-hours",
            "130",
            "--date",
            "2026-11-09",
        ],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree(rel);
    assert_eq!(count(&text, "[[measurement]]"), 2, "{text}");

    team.ok(
        "alice",
        &[
            "goal",
            "track",
            "dual-credit-hours",
            "150",
            "--date",
            "2026-11-20",
        ],
    );
    team.ok(
        "bob",
        &[
            "goal",
            "track",
            "dual-credit-hours",
            "155",
            "--date",
            "2026-11-20",
        ],
    );
    assert_eq!(
        team.cross_merge(),
        (false, false),
        "two values on one date are a choice"
    );
    let text = team.read("bob", rel);
    assert!(text.contains("<<<<<<< Bob\n[[measurement]]"), "{text}");
    assert!(text.contains(">>>>>>> Alice\n"), "{text}");
    let out = team.accord("bob", &["check"]);
    let check = String::from_utf8_lossy(&out.stdout);
    assert!(check.contains("unsettled merge conflict"), "{check}");
    team.ok("bob", &["resolve", "--theirs"]);
    let text = team.read("bob", rel);
    assert!(
        text.contains("value = 150.0") && !text.contains("value = 155.0"),
        "{text}"
    );
    team.ok("bob", &["check"]);
}

#[test]
fn different_fields_of_one_partner_merge() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "alice",
        &["partner", "set", "valley-college", "--cadence", "monthly"],
    );
    team.ok(
        "bob",
        &[
            "partner",
            "set",
            "valley-college",
            "--website",
            "https://valley.example.edu",
        ],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree("partners/valley-college.toml");
    assert!(
        text.contains("cadence = \"monthly\"")
            && text.contains("website = \"https://valley.example.edu\""),
        "{text}"
    );
}

#[test]
fn tags_added_on_both_sides_are_all_kept() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "alice",
        &[
            "partner",
            "set",
            "valley-college",
            "--add-tag",
            "dual-credit",
        ],
    );
    team.ok(
        "bob",
        &["partner", "set", "valley-college", "--add-tag", "anchor"],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree("partners/valley-college.toml");
    assert!(
        text.contains("tags = [\"anchor\", \"dual-credit\"]"),
        "{text}"
    );
}

#[test]
fn the_same_new_partner_added_twice() {
    let Some(team) = Team::new(&[]) else { return };
    team.ok(
        "alice",
        &[
            "partner",
            "add",
            "Lumen Arts Collective",
            "--type",
            "cultural",
            "--cadence",
            "monthly",
        ],
    );
    team.ok(
        "bob",
        &[
            "partner",
            "add",
            "Lumen Arts Collective",
            "--type",
            "cultural",
            "--website",
            "https://lumen.example.org",
        ],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree("partners/lumen-arts-collective.toml");
    assert_eq!(count(&text, "name = "), 1, "{text}");
    assert!(
        text.contains("cadence = \"monthly\"") && text.contains("website = "),
        "{text}"
    );
}

#[test]
fn the_same_field_conflicts_in_words_and_resolve_settles_it() {
    let Some(team) = Team::new(&[
        VALLEY,
        &["partner", "add", "City Parks", "--type", "government"],
    ]) else {
        return;
    };
    let rel = "partners/valley-college.toml";
    team.ok(
        "alice",
        &["partner", "set", "valley-college", "--cadence", "monthly"],
    );
    team.ok("alice", &["sync"]);
    team.ok(
        "bob",
        &["partner", "set", "valley-college", "--cadence", "biweekly"],
    );
    team.ok(
        "bob",
        &[
            "checkin",
            "log",
            "city-parks",
            "--summary",
            "Park cleanup planned",
        ],
    );
    let err = team.fails("bob", &["sync"]);
    assert!(
        err.contains(
            "`cadence` of the partner `valley-college`: Bob set \"biweekly\"; Alice set \"monthly\""
        ),
        "{err}"
    );
    assert!(err.contains("accord resolve"), "{err}");
    let text = team.read("bob", rel);
    assert!(
        text.contains(
            "<<<<<<< Bob\ncadence = \"biweekly\"\n=======\ncadence = \"monthly\"\n>>>>>>> Alice\n"
        ),
        "only the field is marked, labelled by who: {text}"
    );
    assert!(!text.contains("HEAD"), "{text}");
    // Meanwhile status names the conflict and the rest of the workspace works.
    let status = team.accord("bob", &["status"]);
    let shown = String::from_utf8_lossy(&status.stdout);
    assert!(
        shown.contains("merge conflict in partners/valley-college.toml"),
        "{shown}"
    );
    assert!(shown.contains("accord resolve valley-college"), "{shown}");
    let list = team.ok("bob", &["partner", "list"]);
    assert!(list.contains("City Parks"), "{list}");
    // an export reads every file twice, and warns of the conflicted one once
    let export = team.accord("bob", &["export", "checkins"]);
    let warned = String::from_utf8_lossy(&export.stderr);
    assert!(export.status.success(), "{warned}");
    assert_eq!(
        warned.matches("has a merge conflict to settle").count(),
        1,
        "{warned}"
    );

    let listed = team.ok("bob", &["resolve", "--list"]);
    assert!(
        listed.contains("Bob set \"biweekly\"; Alice set \"monthly\""),
        "{listed}"
    );
    team.ok(
        "bob",
        &["resolve", "valley-college", "--value", "quarterly"],
    );
    let text = team.read("bob", rel);
    assert!(
        text.contains("cadence = \"quarterly\"\n") && !text.contains("<<<"),
        "{text}"
    );
    let out = team.ok("bob", &["sync"]);
    assert!(
        out.contains("merged: Merge changes from Alice (Bob)"),
        "{out}"
    );
    team.ok("alice", &["sync"]);
    assert_eq!(team.read("alice", rel), team.read("bob", rel));
    assert_eq!(
        count(
            &team.read("alice", "partners/city-parks.toml"),
            "[[checkin]]"
        ),
        1
    );
    team.ok("alice", &["check"]);
}

#[test]
fn a_removal_against_a_new_check_in_is_a_plain_question() {
    let Some(team) = Team::new(&[&[
        "partner",
        "add",
        "Bright Path Mentors",
        "--type",
        "nonprofit",
    ]]) else {
        return;
    };
    let rel = "partners/bright-path-mentors.toml";
    team.ok(
        "alice",
        &["partner", "remove", "bright-path-mentors", "--yes"],
    );
    team.ok("alice", &["sync"]);
    team.ok(
        "bob",
        &[
            "checkin",
            "log",
            "bright-path-mentors",
            "--summary",
            "First mentor training",
        ],
    );
    let err = team.fails("bob", &["sync"]);
    assert!(
        err.contains("Alice removed partner Bright Path Mentors on ")
            && err.contains("you changed it since (log check-in with bright-path-mentors). Keep the partner, or drop your changes?"),
        "{err}"
    );
    // Until it is answered, status lists it and check reports it, like any conflict.
    let out = team.accord("bob", &["status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = status["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "merge-conflict")
        .unwrap_or_else(|| panic!("{status}"));
    assert!(
        item["problem"]
            .as_str()
            .unwrap()
            .contains("Alice removed partner Bright Path Mentors on "),
        "{item}"
    );
    assert_eq!(
        item["fix"],
        "accord resolve bright-path-mentors --keep (or --drop)"
    );
    let out = team.accord("bob", &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(&format!(
            "{rel}: error: unsettled merge conflict: Alice removed partner"
        )) && said.contains("`accord resolve bright-path-mentors` settles it (--keep or --drop)"),
        "{said}"
    );
    team.ok("bob", &["resolve", "--keep"]);
    team.ok("bob", &["sync"]);
    team.ok("alice", &["sync"]);
    let text = team.read("alice", rel);
    assert_eq!(count(&text, "First mentor training"), 1, "{text}");
    team.ok("alice", &["check"]);

    // The other answer: Carol drops her change and the partner stays removed.
    team.ok("carol", &["sync"]);
    team.ok(
        "alice",
        &["partner", "remove", "bright-path-mentors", "--yes"],
    );
    team.ok("alice", &["sync"]);
    team.ok(
        "carol",
        &[
            "checkin",
            "log",
            "bright-path-mentors",
            "--summary",
            "Second training",
        ],
    );
    team.fails("carol", &["sync"]);
    team.ok("carol", &["resolve", "--drop"]);
    team.ok("carol", &["sync"]);
    assert!(!team.dir("carol").join(rel).exists());
    team.ok("carol", &["check"]);
}

#[test]
fn three_people_syncing_in_turn_keep_every_check_in() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "alice",
        &["checkin", "log", "valley-college", "--summary", "Alice"],
    );
    team.ok(
        "bob",
        &["checkin", "log", "valley-college", "--summary", "Bob"],
    );
    team.ok(
        "carol",
        &["checkin", "log", "valley-college", "--summary", "Carol"],
    );
    for who in PEOPLE {
        let out = team.ok(who, &["sync"]);
        assert!(
            out.contains(&format!(
                "committed: Log check-in with valley-college ({})",
                name(who)
            )),
            "{out}"
        );
    }
    for who in PEOPLE {
        team.ok(who, &["sync"]);
    }
    let text = team.read("alice", "partners/valley-college.toml");
    assert_eq!(count(&text, "[[checkin]]"), 3, "{text}");
    for who in PEOPLE {
        assert_eq!(team.read(who, "partners/valley-college.toml"), text);
    }
    let log = team.git("carol", &["log", "--format=%s"]);
    assert!(
        log.contains("Log check-in with valley-college (Carol)"),
        "{log}"
    );

    // History in accord's words, newest first, for one partner or the workspace.
    team.ok(
        "alice",
        &["partner", "set", "valley-college", "--cadence", "monthly"],
    );
    team.ok("alice", &["sync"]);
    let out = team.accord("alice", &["log", "valley-college"]);
    let history = String::from_utf8_lossy(&out.stdout).replace(&today(&team), "DATE");
    // Newest first; commits made within one second may come in either order.
    let mut lines: Vec<&str> = history.lines().collect();
    assert_eq!(
        lines[0],
        "DATE  Alice  Set cadence of partner valley-college"
    );
    lines.sort();
    assert_eq!(
        lines,
        [
            "DATE  Alice  Add partner valley-college",
            "DATE  Alice  Log check-in with valley-college",
            "DATE  Alice  Set cadence of partner valley-college",
            "DATE  Bob    Log check-in with valley-college",
            "DATE  Carol  Log check-in with valley-college",
        ]
    );
    let all = team.ok("alice", &["log", "-n", "1"]);
    assert!(
        all.contains("Alice  Set cadence of partner valley-college"),
        "{all}"
    );
}

/// The date git stamps commits with (the real clock, not accord's today).
fn today(team: &Team) -> String {
    team.git("alice", &["log", "-1", "--format=%ad", "--date=short"])
        .trim()
        .to_string()
}

#[test]
fn sync_outside_git_and_without_a_remote_explains() {
    let env = TestEnv::new();
    if outside_program("git", "sync runs git").is_none() {
        return;
    }
    let err = env.fails(1, &["sync"]);
    assert!(
        err.contains("the workspace `.` is not in a git repository")
            && err.contains("accord init --git"),
        "{err}"
    );
    let out = env
        .cmd()
        .args(["init", "--git", "solo"])
        .env("GIT_AUTHOR_NAME", "Solo")
        .env("GIT_COMMITTER_NAME", "Solo")
        .env("GIT_AUTHOR_EMAIL", "s@example.org")
        .env("GIT_COMMITTER_EMAIL", "s@example.org")
        .output()
        .unwrap();
    assert!(out.status.success());
    let solo = env.root.join("solo");
    let attributes = std::fs::read_to_string(solo.join(".gitattributes")).unwrap();
    assert!(
        attributes.contains("partners/*.toml merge=accord"),
        "{attributes}"
    );
    let ignore = std::fs::read_to_string(solo.join(".gitignore")).unwrap();
    assert!(ignore.contains("/.accord.lock"), "{ignore}");
    let out = env
        .cmd()
        .current_dir(&solo)
        .args(["partner", "add", "Acme"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = env
        .cmd()
        .current_dir(&solo)
        .args(["sync"])
        .env("GIT_AUTHOR_NAME", "Solo")
        .env("GIT_COMMITTER_NAME", "Solo")
        .env("GIT_AUTHOR_EMAIL", "s@example.org")
        .env("GIT_COMMITTER_EMAIL", "s@example.org")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("committed: Add partner acme (Test User)") && err.contains("no remote"),
        "{err}"
    );
}

#[test]
fn sync_pulls_again_when_someone_pushed_first() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.ok(
        "carol",
        &["checkin", "log", "valley-college", "--summary", "Carol"],
    );
    team.ok("carol", &["sync", "--no-push"]);
    // Carol pushes while Bob's sync is between its pull and its push.
    let hook = team.dir("bob").join(".git/hooks/pre-push");
    std::fs::write(
        &hook,
        "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n[ -f ../raced ] && exit 0\ntouch ../raced\ncd ../carol && git push -q origin main\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    team.ok(
        "bob",
        &["checkin", "log", "valley-college", "--summary", "Bob"],
    );
    let out = team.ok("bob", &["sync"]);
    assert!(out.contains("someone shared changes first"), "{out}");
    team.ok("alice", &["sync"]);
    let text = team.read("alice", "partners/valley-college.toml");
    assert_eq!(count(&text, "[[checkin]]"), 2, "{text}");
}

/// Random sequences of the writes accord makes (log a check-in, add an action item,
/// remove or edit a record, set a field, add or remove a tag) on two copies of one
/// partner file, merged with the driver's merge both ways.
mod property {
    use accord::model::merge::{Labels, merge};
    use accord::model::partner::Partner;
    use accord::model::registry::Owner;
    use accord::store::edit;
    use proptest::prelude::*;
    use std::collections::BTreeSet;
    use toml_edit::DocumentMut;

    #[derive(Debug, Clone)]
    enum Write {
        LogCheckin(u8),
        AddAction,
        Remove(u8),
        EditSummary(u8, u8),
        SetCadence(u8),
        AddTag(u8),
        RemoveTag(u8),
    }

    fn write() -> impl Strategy<Value = Write> {
        prop_oneof![
            (1..28u8).prop_map(Write::LogCheckin),
            Just(Write::AddAction),
            (0..6u8).prop_map(Write::Remove),
            (0..6u8, 0..3u8).prop_map(|(i, s)| Write::EditSummary(i, s)),
            (0..3u8).prop_map(Write::SetCadence),
            (0..4u8).prop_map(Write::AddTag),
            (0..4u8).prop_map(Write::RemoveTag),
        ]
    }

    const TAGS: &[&str] = &["stem", "anchor", "k12", "arts"];
    const CADENCES: &[&str] = &["monthly", "quarterly", "biweekly"];

    fn base() -> String {
        let mut text = String::from(
            "# Valley College\nname = \"Valley College\"\ntype = \"academic\"\ntags = [\"stem\"]\n",
        );
        for i in 0..4 {
            text.push_str(&format!(
                "\n[[checkin]]\nid = \"base{i}\"\ndate = 2026-10-0{}\nsummary = \"Base {i}\"\n",
                i + 1
            ));
        }
        text
    }

    fn ids(text: &str) -> BTreeSet<String> {
        let p: Partner = toml::from_str(text).expect("reads back");
        let mut all: Vec<String> = p.checkins.iter().map(|c| c.id.clone()).collect();
        all.extend(p.actions.iter().map(|a| a.id.clone()));
        let set: BTreeSet<String> = all.iter().cloned().collect();
        assert_eq!(set.len(), all.len(), "no record twice:\n{text}");
        set
    }

    /// Apply writes to a copy; returns its text, the ids it added and those it removed.
    fn apply(side: &str, writes: &[Write]) -> (String, BTreeSet<String>, BTreeSet<String>) {
        let mut doc: DocumentMut = base().parse().unwrap();
        let (mut added, mut removed) = (BTreeSet::new(), BTreeSet::new());
        for (n, w) in writes.iter().enumerate() {
            let id = format!("{side}{n}");
            let records = |doc: &DocumentMut| -> Vec<String> {
                doc.get("checkin")
                    .and_then(|i| i.as_array_of_tables())
                    .map(|a| {
                        a.iter()
                            .filter_map(|t| t["id"].as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            match w {
                Write::LogCheckin(day) => {
                    let mut t = toml_edit::Table::new();
                    t["id"] = toml_edit::value(id.as_str());
                    t["date"] = toml_edit::value(edit::date_value(
                        chrono::NaiveDate::from_ymd_opt(2026, 11, *day as u32).unwrap(),
                    ));
                    t["summary"] = toml_edit::value(format!("by {side}"));
                    edit::push(&mut doc, "checkin", t).unwrap();
                    added.insert(id);
                }
                Write::AddAction => {
                    let mut t = toml_edit::Table::new();
                    t["id"] = toml_edit::value(id.as_str());
                    t["text"] = toml_edit::value("Follow up");
                    edit::push(&mut doc, "action", t).unwrap();
                    added.insert(id);
                }
                Write::Remove(i) => {
                    let list = records(&doc);
                    if let Some(victim) = list.get(*i as usize % list.len().max(1)).cloned() {
                        edit::remove_where(&mut doc, "checkin", |t| {
                            t["id"].as_str() == Some(&victim)
                        });
                        if !added.remove(&victim) {
                            removed.insert(victim);
                        }
                    }
                }
                Write::EditSummary(i, s) => {
                    let list = records(&doc);
                    if let Some(target) = list.get(*i as usize % list.len().max(1)).cloned()
                        && let Some(t) = edit::find_mut(&mut doc, "checkin", "id", &target)
                    {
                        edit::set_str(t, "summary", &format!("edited {s}"));
                    }
                }
                Write::SetCadence(c) => {
                    edit::set_str(doc.as_table_mut(), "cadence", CADENCES[*c as usize])
                }
                Write::AddTag(t) => {
                    edit::array_add(doc.as_table_mut(), "tags", TAGS[*t as usize]).unwrap();
                }
                Write::RemoveTag(t) => {
                    edit::array_remove(doc.as_table_mut(), "tags", TAGS[*t as usize]).unwrap();
                }
            }
        }
        (doc.to_string(), added, removed)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn merges_keep_every_addition_and_no_removal(
            ours in proptest::collection::vec(write(), 0..8),
            theirs in proptest::collection::vec(write(), 0..8),
        ) {
            let (o, o_added, o_removed) = apply("o", &ours);
            let (t, t_added, t_removed) = apply("t", &theirs);
            let labels = |a: &str, b: &str| Labels { ours: a.into(), theirs: b.into(), marker: 7 };
            let one = merge(Some(Owner::Partner), &base(), &o, &t, &labels("Bob", "Alice")).unwrap();
            let two = merge(Some(Owner::Partner), &base(), &t, &o, &labels("Alice", "Bob")).unwrap();
            prop_assert_eq!(one.conflicts.len(), two.conflicts.len());
            if one.conflicts.is_empty() {
                prop_assert_eq!(&one.text, &two.text, "both directions give the same bytes");
                let merged = ids(&one.text);
                for id in o_added.iter().chain(&t_added) {
                    prop_assert!(merged.contains(id), "lost {}:\n{}", id, one.text);
                }
                for id in o_removed.iter().chain(&t_removed) {
                    prop_assert!(!merged.contains(id), "{} came back:\n{}", id, one.text);
                }
            }
        }
    }
}

#[test]
fn check_catches_what_merges_let_through() {
    let env = TestEnv::new();
    env.ok(&[
        "partner",
        "add",
        "Lumen Arts Collective",
        "--type",
        "cultural",
    ]);
    env.ok(&[
        "partner",
        "add",
        "The Lumen Arts Collective",
        "--type",
        "cultural",
    ]);
    env.ok(&[
        "partner",
        "add",
        "Harbor Works",
        "--type",
        "corporate",
        "--since",
        "2026-01-05",
    ]);
    env.ok(&[
        "checkin",
        "log",
        "harbor-works",
        "--date",
        "2026-11-20",
        "--summary",
        "Site visit",
    ]);
    let text = env.read("partners/harbor-works.toml");
    env.write(
        "partners/harbor-works.toml",
        &text.replace(
            "stage = \"active\"",
            "stage = \"ended\"\nended = 2026-11-02",
        ),
    );
    env.write(
        "goals/mentors.toml",
        "title = \"Mentors\"\nmetric = \"mentors\"\ntarget = 10.0\npartners = [\"bright-path-mentors\"]\n",
    );
    let out = env.cmd().arg("check").output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("partners/the-lumen-arts-collective.toml: warning: `The Lumen Arts Collective` looks like the same organization as `lumen-arts-collective`"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "warning: check-in dated 2026-11-20, after the partnership ended (2026-11-02)"
        ),
        "{shown}"
    );
    assert!(
        shown.contains(
            "goals/mentors.toml:4:13: error: no partner `bright-path-mentors` in this workspace"
        ),
        "{shown}"
    );
}

#[test]
fn merge_file_merges_by_record_and_falls_back_to_git_for_a_broken_file() {
    let env = TestEnv::bare();
    let base = "name = \"Acme\"\n\n[[checkin]]\nid = \"aaaa\"\ndate = 2026-09-01\n";
    env.write("base", base);
    env.write(
        "current",
        &format!("{base}\n[[checkin]]\nid = \"bbbb\"\ndate = 2026-11-20\n"),
    );
    env.write(
        "other",
        &format!("{base}\n[[checkin]]\nid = \"cccc\"\ndate = 2026-11-19\n"),
    );
    env.ok(&[
        "merge-file",
        "base",
        "current",
        "other",
        "partners/acme.toml",
    ]);
    let merged = env.read("current");
    assert!(
        merged.find("\"cccc\"").unwrap() < merged.find("\"bbbb\"").unwrap(),
        "new records in date order: {merged}"
    );

    if outside_program("git", "the driver falls back to git's line merge").is_none() {
        return;
    }
    env.write("current", "name = \"Acme\n");
    env.write("other", "name = \"Acme\"\nstage = \"paused\"\n");
    let err = env.fails(
        1,
        &[
            "merge-file",
            "base",
            "current",
            "other",
            "partners/acme.toml",
        ],
    );
    assert!(
        err.contains("could not merge by record")
            && err.contains("git's line merge was used instead"),
        "{err}"
    );
    assert!(
        env.read("current").contains("<<<<<<<"),
        "git's markers are left for a person"
    );
}

/// On a terminal, `resolve` shows each conflict with both sides and who set them, and
/// takes a side by its number or a value typed in its place.
#[test]
fn resolve_asks_on_a_terminal_for_a_side_or_a_typed_value() {
    let env = TestEnv::new();
    env.ok(&["partner", "add", "Acme", "--cadence", "monthly"]);
    let clean = env.read("partners/acme.toml");
    let marked = |ours: &str, theirs: &str| {
        clean.replace(
            "cadence = \"monthly\"\n",
            &format!(
                "<<<<<<< Bob\ncadence = \"{ours}\"\n=======\ncadence = \"{theirs}\"\n>>>>>>> Alice\n"
            ),
        )
    };
    env.write("partners/acme.toml", &marked("biweekly", "monthly"));
    let Some((code, screen)) = env.on_terminal("2\n", "resolve") else {
        return;
    };
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("1  Bob:"), "{screen}");
    assert!(screen.contains("2  Alice:"), "{screen}");
    assert!(screen.contains("settled partners/acme.toml"), "{screen}");
    assert_eq!(env.read("partners/acme.toml"), clean);

    env.write("partners/acme.toml", &marked("biweekly", "monthly"));
    let (code, screen) = env.on_terminal("quarterly\n", "resolve").unwrap();
    assert_eq!(code, Some(0), "{screen}");
    assert_eq!(
        env.read("partners/acme.toml"),
        clean.replace("\"monthly\"", "\"quarterly\"")
    );
}

/// Surveys are shared like partners and goals: one started in one clone reaches the
/// others, changes to different fields made in two clones merge by record, and `log`
/// tells a survey's history.
#[test]
fn surveys_are_shared_and_merge_by_record() {
    let Some(team) = Team::new(&[]) else {
        return;
    };
    let out = team.ok(
        "alice",
        &[
            "survey",
            "new",
            "Teachers",
            "--id",
            "teachers",
            "--closes",
            "2026-12-20",
        ],
    );
    assert!(out.contains("surveys/teachers.toml"), "{out}");
    let out = team.ok("alice", &["sync"]);
    assert!(
        out.contains("committed: Add survey teachers (Alice)"),
        "{out}"
    );
    team.ok("bob", &["sync"]);
    let rel = "surveys/teachers.toml";
    assert_eq!(team.read("bob", rel), team.read("alice", rel));
    assert!(
        team.read("bob", ".gitattributes")
            .contains("surveys/*.toml merge=accord")
    );
    team.ok("alice", &["survey", "set", "teachers", "--invited", "30"]);
    team.ok(
        "bob",
        &["survey", "set", "teachers", "--note", "Ask in person"],
    );
    assert_eq!(team.cross_merge(), (true, true));
    let text = team.agree(rel);
    assert!(
        text.contains("invited = 30") && text.contains("Ask in person"),
        "{text}"
    );
    let out = team.accord("alice", &["log", "teachers"]);
    let history = String::from_utf8_lossy(&out.stdout);
    assert!(history.contains("Alice  Add survey teachers"), "{history}");
    assert!(
        history.contains("Bob    Set notes of survey teachers"),
        "{history}"
    );

    // A clone set up before surveys were merged by record gets the line at its next sync.
    let attributes = team.dir("carol").join(".gitattributes");
    let old: String = team
        .read("carol", ".gitattributes")
        .lines()
        .filter(|l| !l.starts_with("surveys/"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&attributes, old).unwrap();
    team.git("carol", &["commit", "-qam", "An older setup"]);
    team.ok("carol", &["sync"]);
    assert!(
        team.read("carol", ".gitattributes")
            .contains("surveys/*.toml merge=accord")
    );
    let shared = team.git("carol", &["show", "HEAD:.gitattributes"]);
    assert!(shared.contains("surveys/*.toml merge=accord"), "{shared}");
}

/// `--value` writes one value for one conflict: with two conflicts in a file it names
/// them and writes nothing; `FILE:LINE`, as `--list` shows it, picks one.
#[test]
fn a_typed_value_settles_one_conflict_named_by_its_line() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    let rel = "partners/valley-college.toml";
    let set = |who: &str, note: &str, site: &str| {
        team.ok(
            who,
            &[
                "partner",
                "set",
                "valley-college",
                "--note",
                note,
                "--website",
                site,
            ],
        );
    };
    set("alice", "Alice note", "https://alice.example.org");
    team.ok("alice", &["sync"]);
    set("bob", "Bob note", "https://bob.example.org");
    team.fails("bob", &["sync"]);
    let before = team.read("bob", rel);
    let err = team.fails("bob", &["resolve", "valley-college", "--value", "x"]);
    assert!(
        err.contains("--value settles one conflict, and there are 2"),
        "{err}"
    );
    assert!(
        err.contains("`notes`") && err.contains("`website`"),
        "{err}"
    );
    assert!(err.contains("name one as FILE:LINE"), "{err}");
    assert_eq!(team.read("bob", rel), before, "nothing written");
    let listed = team.ok("bob", &["resolve", "--list"]);
    let site = listed
        .lines()
        .find(|l| l.contains("`website`"))
        .and_then(|l| l.split_once(": "))
        .map(|(at, _)| at.to_string())
        .unwrap();
    assert!(site.starts_with(&format!("{rel}:")), "{listed}");
    let out = team.ok(
        "bob",
        &["resolve", &site, "--value", "https://final.example.org"],
    );
    assert!(out.contains("1 file still to settle"), "{out}");
    let text = team.read("bob", rel);
    assert!(
        text.contains("website = \"https://final.example.org\""),
        "{text}"
    );
    assert!(
        text.contains("Alice note") && text.contains("Bob note"),
        "{text}"
    );
    let err = team.fails("bob", &["resolve", &format!("{rel}:1"), "--value", "x"]);
    assert!(err.contains("no conflict starts at line 1"), "{err}");
    team.ok("bob", &["resolve", "--theirs"]);
    let text = team.read("bob", rel);
    assert!(
        text.contains("notes = \"Alice note\"") && !text.contains("<<<"),
        "{text}"
    );
    assert!(
        text.contains("website = \"https://final.example.org\""),
        "{text}"
    );
    team.ok("bob", &["sync"]);
}

/// The settings merge like any file; a conflict in them stops every command but
/// `resolve` and `sync`, which settle it, with a flag or by hand.
#[test]
fn a_conflict_in_the_settings_is_settled_with_resolve_or_by_hand() {
    let Some(team) = Team::new(&[]) else {
        return;
    };
    let set = |who: &str, value: &str| {
        let path = team.dir(who).join("accord.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with("hour_value = "))
            .map(str::to_string)
            .collect();
        lines.push(format!("hour_value = {value}"));
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    };
    set("alice", "35");
    team.ok("alice", &["sync"]);
    set("bob", "34");
    let err = team.fails("bob", &["sync"]);
    assert!(err.contains("`hour_value`"), "{err}");
    let err = team.fails("bob", &["status"]);
    assert!(
        err.contains(
            "`accord.toml` has a merge conflict to settle (`accord resolve accord.toml` shows it)"
        ),
        "{err}"
    );
    let listed = team.ok("bob", &["resolve", "--list"]);
    assert!(listed.contains("accord.toml:"), "{listed}");
    // A value the settings' rules refuse is not written: every command would stop on it.
    let before = team.read("bob", "accord.toml");
    let err = team.fails("bob", &["resolve", "accord.toml", "--value", "-5"]);
    assert!(err.contains("`hour_value` wrong in accord.toml"), "{err}");
    assert_eq!(team.read("bob", "accord.toml"), before);
    team.ok("bob", &["resolve", "accord.toml", "--value", "34.5"]);
    assert!(
        team.read("bob", "accord.toml")
            .contains("hour_value = 34.5\n")
    );
    team.ok("bob", &["sync"]);
    team.ok("alice", &["sync"]);
    assert_eq!(
        team.read("alice", "accord.toml"),
        team.read("bob", "accord.toml")
    );

    // Settled by hand: the markers taken out, and sync tells git.
    set("alice", "36");
    team.ok("alice", &["sync"]);
    set("bob", "37");
    team.fails("bob", &["sync"]);
    team.settle_by_hand("bob", "accord.toml", |l| l != "hour_value = 36");
    let out = team.ok("bob", &["sync"]);
    assert!(
        out.contains("merged: Merge changes from Alice (Bob)"),
        "{out}"
    );
    assert!(
        team.read("bob", "accord.toml")
            .contains("hour_value = 37\n")
    );
}

/// A clone without accord's merge driver (set up with plain git) merges line by line:
/// two wins logged at once become one conflict on `id`, where keeping either side would
/// lose the other's win. `resolve` and `sync` merge such a file again, by record, from
/// git's three versions: both wins stay, and nothing is left to settle.
#[test]
fn a_line_merge_by_plain_git_is_merged_again_by_record() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    let rel = "partners/valley-college.toml";
    team.ok("alice", &["win", "log", "valley-college", "Alice's win"]);
    team.ok("alice", &["sync"]);
    team.git("bob", &["config", "--remove-section", "merge.accord"]);
    team.ok("bob", &["win", "log", "valley-college", "Bob's win"]);
    team.git("bob", &["commit", "-qam", "Bob's win"]);
    let pulled = team.git_as("bob", "Bob", &["pull", "-q", "--no-rebase", "--no-edit"]);
    assert!(
        !pulled.status.success(),
        "git's line merge conflicts: {}",
        String::from_utf8_lossy(&pulled.stderr)
    );
    let text = team.read("bob", rel);
    assert!(
        text.contains("<<<<<<< HEAD"),
        "{text}{}",
        String::from_utf8_lossy(&pulled.stderr)
    );
    // Listing changes nothing; settling merges it again first.
    team.ok("bob", &["resolve", "--list"]);
    assert!(team.read("bob", rel).contains("<<<<<<< HEAD"));
    let out = team.ok("bob", &["resolve"]);
    assert!(
        out.contains(&format!("merged {rel} again, record by record")),
        "{out}"
    );
    let text = team.read("bob", rel);
    assert!(!text.contains("<<<<<<<"), "{text}");
    assert!(
        text.contains("Alice's win") && text.contains("Bob's win"),
        "{text}"
    );
    let out = team.ok("bob", &["sync"]);
    assert!(
        out.contains("merged: Merge changes from Alice (Bob)"),
        "{out}"
    );
    team.ok("alice", &["sync"]);
    let text = team.agree(rel);
    assert_eq!(count(&text, "[[win]]"), 2, "{text}");

    // A file someone began to settle by hand after the pull is left as they made it.
    team.ok("alice", &["win", "log", "valley-college", "Alice again"]);
    team.ok("alice", &["sync"]);
    team.git("bob", &["config", "--remove-section", "merge.accord"]);
    team.ok("bob", &["win", "log", "valley-college", "Bob again"]);
    team.git("bob", &["commit", "-qam", "Bob again"]);
    let pulled = team.git_as("bob", "Bob", &["pull", "-q", "--no-rebase", "--no-edit"]);
    assert!(!pulled.status.success());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let path = team.dir("bob").join(rel);
    let begun = format!("# settling this by hand\n{}", team.read("bob", rel));
    std::fs::write(&path, &begun).unwrap();
    let out = team.ok("bob", &["resolve", "--theirs"]);
    assert!(!out.contains("merged again"), "{out}");
    assert!(
        team.read("bob", rel)
            .starts_with("# settling this by hand\n")
    );
}

/// `log` shows every commit that changed a file, also one whose change a merge dropped
/// (so a loss can be traced), and shows an author's name with its control characters
/// escaped.
#[test]
fn log_shows_changes_a_merge_dropped_and_escapes_names() {
    let Some(team) = Team::new(&[VALLEY]) else {
        return;
    };
    team.git("alice", &["checkout", "-q", "-b", "side"]);
    team.ok(
        "alice",
        &["win", "log", "valley-college", "A win a merge drops"],
    );
    team.git(
        "alice",
        &["commit", "-qam", "Log win with valley-college (Alice)"],
    );
    team.git("alice", &["checkout", "-q", "main"]);
    team.git("alice", &["merge", "-q", "-s", "ours", "--no-edit", "side"]);
    let out = team.accord("alice", &["log", "valley-college"]);
    let history = String::from_utf8_lossy(&out.stdout);
    assert!(history.contains("Log win with valley-college"), "{history}");

    team.ok(
        "alice",
        &["partner", "set", "valley-college", "--note", "x"],
    );
    let add = team.git_as(
        "alice",
        "Mallory\u{1b}[2J",
        &["commit", "-qam", "Set notes of partner valley-college"],
    );
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let out = team.accord("alice", &["log", "-n", "1"]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("Mallory\\u{1b}[2J"), "{shown}");
    assert!(!shown.contains('\u{1b}'), "{shown}");
}

/// A file git merges line by line (`.gitignore`) and leaves with markers is never
/// committed with them: `sync` stops and says to take them out; settled by hand, the
/// next `sync` tells git and shares it.
#[test]
fn sync_never_commits_markers_and_takes_a_file_settled_by_hand() {
    let Some(team) = Team::new(&[]) else {
        return;
    };
    let add_line = |who: &str, line: &str| {
        let path = team.dir(who).join(".gitignore");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}{line}\n")).unwrap();
    };
    add_line("alice", "alice-notes/");
    team.ok("alice", &["sync"]);
    add_line("bob", "bob-notes/");
    let err = team.fails("bob", &["sync"]);
    assert!(
        err.contains("git has files left to merge that accord does not settle: .gitignore"),
        "{err}"
    );
    assert!(team.read("bob", ".gitignore").contains("<<<<<<<"));
    assert!(
        !team
            .git("bob", &["show", "HEAD:.gitignore"])
            .contains("<<<<<<<")
    );
    // Settled by hand: both lines kept, the markers gone.
    team.settle_by_hand("bob", ".gitignore", |_| true);
    team.ok("bob", &["sync"]);
    let shared = team.git("bob", &["show", "HEAD:.gitignore"]);
    assert!(
        shared.contains("alice-notes/")
            && shared.contains("bob-notes/")
            && !shared.contains("<<<<<<<"),
        "{shared}"
    );
}
