//! Running the system `git` for a workspace kept in a repository: setting a clone up so
//! accord's files merge by record, and the few questions `sync`, `merge-file` and `log`
//! ask of it. Git brings the user's credentials, hooks and settings; accord only calls it
//! (`std::process::Command`), as jj does for fetch and push.
//!
//! Nothing here decides what a merge means: that is `model::merge`.

use crate::error::hinted;
use crate::store::DATA_DIRS;
use crate::store::discover::SETTINGS_FILE;
use crate::store::file::{display_path, read_text_opt};
use crate::store::lock::LOCK_FILE;
use crate::store::write::write_atomic;
use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The name of accord's merge driver in git's settings (`merge.accord.driver`).
pub const DRIVER: &str = "accord";

/// The lines `.gitattributes` needs: accord's files merge with accord's driver.
pub fn attributes() -> Vec<String> {
    std::iter::once(format!("{SETTINGS_FILE} merge={DRIVER}"))
        .chain(
            DATA_DIRS
                .iter()
                .map(|dir| format!("{dir}/*.toml merge={DRIVER}")),
        )
        .collect()
}

/// The workspace's own files and folders there are in `root`, as git pathspecs from it:
/// all that `sync` ever adds or commits.
pub fn own_files(root: &Path) -> Vec<&'static str> {
    let mut own = vec![SETTINGS_FILE];
    own.extend(DATA_DIRS);
    own.extend([".gitattributes", ".gitignore"]);
    own.retain(|p| root.join(p).exists());
    own
}

/// The lines `.gitignore` needs: the lock, an interrupted write's intent record and
/// temporary files, and `.accord/` (the undo journal, caches).
pub const IGNORED: &[&str] = &[
    "/.accord.lock",
    "/.accord.txn",
    ".*.toml.??????",
    ".*.txn.??????",
    "/.accord/",
];

/// `git` run in one folder.
#[derive(Debug, Clone)]
pub struct Git {
    pub dir: PathBuf,
}

impl Git {
    pub fn at(dir: &Path) -> Git {
        Git {
            dir: dir.to_path_buf(),
        }
    }

    /// A `git` command in this folder, with messages in English so they can be read.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("git");
        cmd.current_dir(&self.dir)
            .args(args)
            .env("LC_ALL", "C")
            .env("GIT_TERMINAL_PROMPT", "0");
        cmd
    }

    /// Run git and return what it printed, whatever its exit code.
    pub fn output(&self, args: &[&str]) -> anyhow::Result<Output> {
        self.command(args).output().map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                hinted(
                    "`git` is not installed or not on the PATH",
                    "install git (https://git-scm.com) to share a workspace with a team",
                )
            } else {
                anyhow::Error::new(e).context("cannot run `git`")
            }
        })
    }

    /// Run git; it must succeed. Returns its standard output, trimmed.
    pub fn run(&self, args: &[&str]) -> anyhow::Result<String> {
        let out = self.output(args)?;
        if !out.status.success() {
            bail!(
                "`git {}` failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// Run git and say only whether it succeeded.
    pub fn ok(&self, args: &[&str]) -> bool {
        self.output(args).is_ok_and(|o| o.status.success())
    }

    /// Whether the folder is inside a git work tree.
    pub fn is_repo(&self) -> bool {
        self.run(&["rev-parse", "--is-inside-work-tree"])
            .is_ok_and(|s| s == "true")
    }

    /// The folder's path from the top of the repository, with a trailing `/` (empty at
    /// the top), to name the workspace's files in git's terms.
    pub fn prefix(&self) -> anyhow::Result<String> {
        self.run(&["rev-parse", "--show-prefix"])
    }

    /// A setting of this clone, if set.
    pub fn config(&self, key: &str) -> Option<String> {
        self.run(&["config", "--get", key])
            .ok()
            .filter(|s| !s.is_empty())
    }

    /// Who last changed `path` in the commits of `to` since `from` (for conflict markers
    /// and questions: a name, never a commit). `None` when git cannot say.
    pub fn author(&self, from: &str, to: &str, path: &str) -> Option<String> {
        let range = if from.is_empty() {
            to.to_string()
        } else {
            format!("{from}..{to}")
        };
        let name = self
            .run(&["log", "-1", "--format=%an", &range, "--", path])
            .ok()
            .filter(|s| !s.is_empty());
        name.or_else(|| {
            self.run(&["log", "-1", "--format=%an", to])
                .ok()
                .filter(|s| !s.is_empty())
        })
    }

    /// The remote the current branch pulls from, if any.
    pub fn upstream(&self) -> Option<String> {
        self.run(&[
            "rev-parse",
            "--abbrev-ref",
            "--symbolic-full-name",
            "@{upstream}",
        ])
        .ok()
        .filter(|s| !s.is_empty())
    }

    /// Whether the repository has any remote.
    pub fn has_remote(&self) -> bool {
        self.run(&["remote"]).is_ok_and(|s| !s.is_empty())
    }
}

/// What `--setup` changed, one line each, for the user.
pub type Changes = Vec<String>;

/// Make the clone at `root` (a workspace in a git work tree) merge accord's files by
/// record: `.gitattributes` and `.gitignore` lines in the workspace, the driver and the
/// pull setting in the clone's settings. `program` is how git should call accord.
/// Keeps whatever the files already say; running it twice changes nothing.
pub fn setup(root: &Path, program: &str) -> anyhow::Result<Changes> {
    let git = Git::at(root);
    let mut changes = Changes::new();
    if add_lines(
        &root.join(".gitattributes"),
        &attributes(),
        "# accord merges its files record by record (`accord sync --setup`)",
    )? {
        changes.push("wrote .gitattributes: accord's files merge with accord's driver".into());
    }
    if add_lines(
        &root.join(".gitignore"),
        IGNORED,
        "# accord's lock, temporary and cache files",
    )? {
        changes.push("wrote .gitignore: accord's lock, temporary and cache files".into());
    }
    let driver = driver_command(program);
    let settings = [
        (
            "merge.accord.name",
            "accord: merge workspace files by record",
        ),
        ("merge.accord.driver", driver.as_str()),
        // A merge, not a rebase: "yours" and "theirs" keep their meaning in conflicts,
        // and no commit is rewritten.
        ("pull.rebase", "false"),
    ];
    for (key, value) in settings {
        if git.config(key).as_deref() != Some(value) {
            git.run(&["config", "--local", key, value])
                .with_context(|| format!("cannot set `{key}` for this clone"))?;
            changes.push(format!("set {key} for this clone"));
        }
    }
    Ok(changes)
}

/// The driver's command line, as git runs it (through a shell).
pub fn driver_command(program: &str) -> String {
    let quoted = if program
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        program.to_string()
    } else {
        format!("'{}'", program.replace('\'', r"'\''"))
    };
    format!("{quoted} merge-file --marker-size %L --labels %S %X %Y %O %A %B %P")
}

/// How git should call this accord: `accord` when that is the program on the PATH,
/// else its full path.
pub fn program() -> String {
    let exe = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("accord"))
            .find(|p| p.is_file())
    });
    match (exe, on_path) {
        (Some(exe), Some(found))
            if std::fs::canonicalize(&exe).ok() == std::fs::canonicalize(&found).ok() =>
        {
            "accord".to_string()
        }
        (Some(exe), _) => exe.display().to_string(),
        (None, _) => "accord".to_string(),
    }
}

/// Add the `lines` a file lacks, under `heading`. Returns whether it changed.
fn add_lines(path: &Path, lines: &[impl AsRef<str>], heading: &str) -> anyhow::Result<bool> {
    let text = read_text_opt(path)?.unwrap_or_default();
    let have: Vec<&str> = text.lines().map(str::trim).collect();
    let missing: Vec<&str> = lines
        .iter()
        .map(AsRef::as_ref)
        .filter(|l| !have.contains(l))
        .collect();
    if missing.is_empty() {
        return Ok(false);
    }
    let mut out = text.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    // An old workspace's .gitignore names only the lock: add the rest beside it.
    let only_lock = have
        .iter()
        .all(|l| l.is_empty() || *l == format!("/{LOCK_FILE}"));
    if !out.is_empty() && !only_lock {
        out.push('\n');
    }
    if !only_lock || out.is_empty() {
        out.push_str(heading);
        out.push('\n');
    }
    for l in missing {
        out.push_str(l);
        out.push('\n');
    }
    write_atomic(path, out.as_bytes())
        .with_context(|| format!("cannot update `{}`", display_path(path)))?;
    Ok(true)
}

/// Whether the workspace at `root` is shared through git with accord's driver in its
/// `.gitattributes` while this clone lacks the driver setting (git does not copy
/// settings with a clone). Cheap: reads two small files, runs nothing.
pub fn driver_missing(root: &Path) -> bool {
    let Ok(Some(attributes)) = read_text_opt(&root.join(".gitattributes")) else {
        return false;
    };
    if !attributes.contains("merge=accord") {
        return false;
    }
    let Some(git_dir) = find_git_dir(root) else {
        return false;
    };
    let config = std::fs::read_to_string(git_dir.join("config")).unwrap_or_default();
    !config.contains("[merge \"accord\"]")
}

/// The advice to give, once per clone, when a write happens in a shared workspace whose
/// clone lacks the driver setting; `None` when there is nothing (more) to say.
pub fn driver_hint_once(root: &Path) -> Option<String> {
    if !driver_missing(root) {
        return None;
    }
    let marker = find_git_dir(root)?.join("accord-driver-hint");
    if marker.exists() {
        return None;
    }
    std::fs::write(&marker, "shown\n").ok()?;
    Some(
        "this clone does not merge accord's files by record yet (git does not copy that setting when cloning); run `accord sync --setup` once here".to_string(),
    )
}

/// The `.git` folder above `root` (a plain clone's; worktrees and submodules keep their
/// settings elsewhere and are not looked into).
pub fn find_git_dir(root: &Path) -> Option<PathBuf> {
    git_dir(root)
        .filter(|(_, plain)| *plain)
        .map(|(dir, _)| dir)
}

/// The git folder of the repository holding `root`, found by looking rather than by
/// running git: a plain clone's `.git` (`true`), or the folder a worktree's or
/// submodule's `.git` file names (`false`).
pub fn git_dir(root: &Path) -> Option<(PathBuf, bool)> {
    let root = std::fs::canonicalize(root).ok()?;
    let (dir, dot) = root
        .ancestors()
        .map(|d| (d, d.join(".git")))
        .find(|(_, g)| g.exists())?;
    if dot.is_dir() {
        return Some((dot, true));
    }
    let text = std::fs::read_to_string(&dot).ok()?;
    let named = text.trim().strip_prefix("gitdir:")?.trim();
    Some((dir.join(named), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_driver_command_quotes_odd_paths() {
        assert_eq!(
            driver_command("/usr/bin/accord"),
            "/usr/bin/accord merge-file --marker-size %L --labels %S %X %Y %O %A %B %P"
        );
        assert!(
            driver_command("/home/x/My Tools/accord")
                .starts_with("'/home/x/My Tools/accord' merge-file")
        );
    }

    #[test]
    fn lines_are_added_once_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join(".gitignore");
        std::fs::write(&p, "/.accord.lock\n").unwrap();
        assert!(add_lines(&p, IGNORED, "# accord").unwrap());
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "/.accord.lock\n/.accord.txn\n.*.toml.??????\n.*.txn.??????\n/.accord/\n"
        );
        assert!(!add_lines(&p, IGNORED, "# accord").unwrap());
        std::fs::write(&p, "target/").unwrap();
        add_lines(&p, &["/.accord.lock"], "# accord").unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "target/\n\n# accord\n/.accord.lock\n"
        );
    }
}
