//! Finding the workspace: `--workspace`, then `ACCORD_WORKSPACE`, then the nearest
//! `accord.toml` upward from the current directory, then the default one in the user's
//! data directory (created on the first write).

use std::path::{Path, PathBuf};

/// The settings file that marks a folder as a workspace.
pub const SETTINGS_FILE: &str = "accord.toml";

/// Why this workspace was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    Found,
    Default,
}

impl Origin {
    pub fn describe(self) -> &'static str {
        match self {
            Origin::Flag => "named by --workspace",
            Origin::Env => "named by ACCORD_WORKSPACE",
            Origin::Found => {
                "the nearest folder with an accord.toml, upward from the current directory"
            }
            Origin::Default => {
                "the default workspace (no --workspace, no ACCORD_WORKSPACE, no accord.toml above the current directory)"
            }
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Flag => "flag",
            Origin::Env => "env",
            Origin::Found => "found",
            Origin::Default => "default",
        }
    }
}

/// The inputs discovery depends on, gathered once so discovery itself is pure.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub flag: Option<PathBuf>,
    pub env: Option<PathBuf>,
    pub cwd: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
}

impl Inputs {
    /// Read the environment and the current directory.
    pub fn from_env(flag: Option<PathBuf>) -> Self {
        Inputs {
            flag,
            env: std::env::var_os("ACCORD_WORKSPACE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            cwd: std::env::current_dir().ok(),
            data_dir: dirs::data_dir(),
        }
    }
}

/// Choose the workspace folder and say why.
pub fn discover(inputs: &Inputs) -> anyhow::Result<(PathBuf, Origin)> {
    if let Some(dir) = &inputs.flag {
        return Ok((absolute(dir, inputs.cwd.as_deref()), Origin::Flag));
    }
    if let Some(dir) = &inputs.env {
        return Ok((absolute(dir, inputs.cwd.as_deref()), Origin::Env));
    }
    if let Some(cwd) = &inputs.cwd
        && let Some(found) = cwd
            .ancestors()
            .find(|dir| dir.join(SETTINGS_FILE).is_file())
    {
        return Ok((found.to_path_buf(), Origin::Found));
    }
    match &inputs.data_dir {
        Some(data) => Ok((data.join("accord"), Origin::Default)),
        None => anyhow::bail!(
            "no workspace: there is no accord.toml above the current directory and no data directory for a default one; pass --workspace DIR or set ACCORD_WORKSPACE"
        ),
    }
}

fn absolute(dir: &Path, cwd: Option<&Path>) -> PathBuf {
    match cwd {
        Some(cwd) if dir.is_relative() => cwd.join(dir),
        _ => dir.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_env_beats_search_beats_default() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("prog");
        let deep = ws.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(ws.join(SETTINGS_FILE), "").unwrap();
        let mut inputs = Inputs {
            flag: Some("x".into()),
            env: Some("/e".into()),
            cwd: Some(deep.clone()),
            data_dir: Some("/data".into()),
        };
        assert_eq!(discover(&inputs).unwrap(), (deep.join("x"), Origin::Flag));
        inputs.flag = None;
        assert_eq!(
            discover(&inputs).unwrap(),
            (PathBuf::from("/e"), Origin::Env)
        );
        inputs.env = None;
        assert_eq!(discover(&inputs).unwrap(), (ws.clone(), Origin::Found));
        inputs.cwd = Some(tmp.path().to_path_buf());
        assert_eq!(
            discover(&inputs).unwrap(),
            (PathBuf::from("/data/accord"), Origin::Default)
        );
        inputs.data_dir = None;
        assert!(discover(&inputs).is_err());
    }
}
