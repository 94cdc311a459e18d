//! Creating a workspace: `accord.toml` with a comment above each setting, the folders,
//! and a `.gitignore` that keeps accord's own files (the lock, an interrupted write's
//! record and temporary files, a cache) out of git.

use crate::store::discover::SETTINGS_FILE;
use crate::store::file::display_path;
use crate::store::write::write_atomic;
use anyhow::Context;
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::Path;

/// What `accord init` was told.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub name: Option<String>,
    pub org: Option<String>,
    pub fiscal_year_start: Option<u32>,
}

/// The text of a new `accord.toml`.
pub fn settings_text(opts: &Options) -> String {
    let quoted = |v: &str| toml_edit::Value::from(v).to_string();
    let line = |key: &str, v: &Option<String>, example: &str| match v {
        Some(v) => format!("{key} = {}\n", quoted(v)),
        None => format!("# {key} = {}\n", quoted(example)),
    };
    let mut s = String::new();
    s.push_str(
        "# accord workspace settings. Partners live in partners/, goals in goals/, surveys in surveys/.\n",
    );
    s.push_str("# Edit any file by hand; `accord check` tells you if something is off.\n\n");
    s.push_str("# Layout version of this workspace; accord manages it.\nschema = 1\n\n");
    s.push_str("# The program's name, shown on reports.\n");
    s.push_str(&line("name", &opts.name, "Riverside Partnerships"));
    s.push_str("\n# Our organization: the \"ours\" side of every partnership.\n");
    s.push_str(&line("org", &opts.org, "Riverside Unified School District"));
    s.push_str("\n# First month of the fiscal year (1 = January, 7 = July); quarters follow it.\n");
    s.push_str(&format!(
        "fiscal_year_start = {}\n",
        opts.fiscal_year_start.unwrap_or(1)
    ));
    s.push_str(concat!(
        "\n# How often a partner is expected to meet, unless it sets its own cadence:\n",
        "# weekly, biweekly, monthly, quarterly, semiannual, annual, or days such as \"45d\".\n",
        "cadence = \"quarterly\"\n",
        "\n# How often each active partner should be evaluated, and with which instrument\n",
        "# (accord, wilder, trust-value, nuffield, or one of yours in instruments/).\n",
        "eval_cadence = \"annual\"\n",
        "instrument = \"accord\"\n",
        "\n# Money value of one volunteer or staff hour; hour contributions are valued with it.\n",
        "# hour_value = 33.49\n",
        "\n# Currency symbol for money on reports.\n",
        "currency = \"$\"\n",
        "\n# Who records entries (ACCORD_USER overrides this; without either, git's user.name).\n",
        "# user = \"Dana Whitfield\"\n",
        "\n# Partner types beyond the built-in ones.\n",
        "# partner_types = [\"workforce-board\"]\n",
        "\n# Percentage points a goal may trail its expected progress and still be on track.\n",
        "goal_tolerance = 10\n",
        "\n# Score gap between the two sides' evaluations that counts as a divergence.\n",
        "divergence = 1.0\n",
        "\n# Share of the valued contributions below which one side's investment is flagged.\n",
        "balance_floor = 0.2\n",
        "# The floor for partners of a type instead, or \"off\" (a partner's own `balance`\n",
        "# comes first: `accord partner set ID --balance 5%`).\n",
        "# balance_floor_by_type = { corporate = 0.1, community = \"off\" }\n",
        "\n# Survey results are shown only for groups of at least this many respondents, so no\n",
        "# one can be recognised from their answers.\n",
        "survey_min_responses = 5\n",
        "\n# Seconds a command waits for another one that is writing before giving up\n",
        "# (ACCORD_LOCK_TIMEOUT overrides it).\n",
        "# lock_timeout = 30\n",
    ));
    s
}

/// The `.gitignore` of a new workspace: accord's lock, the record and temporary files of
/// interrupted writes (`partners/.acme.toml.Ab12Cd`), and the `.accord/` cache folder.
pub fn gitignore_text() -> String {
    let mut text = String::from("# accord's own files: the lock, interrupted writes, a cache\n");
    for line in crate::store::git::IGNORED {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// Create a workspace at `root`. Refuses (changing nothing) when one exists there.
/// `quiet_default` marks the implicit creation of the default workspace.
pub fn create(root: &Path, opts: &Options, quiet_default: bool) -> anyhow::Result<()> {
    let settings = root.join(SETTINGS_FILE);
    if settings.exists() {
        return Err(crate::error::hinted(
            format!(
                "`{}` already exists; nothing was changed",
                display_path(&settings)
            ),
            "this folder is already an accord workspace",
        ));
    }
    fs::create_dir_all(root).with_context(|| format!("cannot create `{}`", display_path(root)))?;
    // Claim accord.toml first, so two inits at once cannot both succeed.
    let mut claim = match OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&settings)
    {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            anyhow::bail!(
                "`{}` already exists; nothing was changed",
                display_path(&settings)
            )
        }
        Err(e) => {
            return Err(e).with_context(|| format!("cannot create `{}`", display_path(&settings)));
        }
    };
    let text = settings_text(opts);
    claim
        .write_all(text.as_bytes())
        .and_then(|()| claim.sync_all())
        .with_context(|| format!("cannot write `{}`", display_path(&settings)))?;
    for dir in ["partners", "goals"] {
        fs::create_dir_all(root.join(dir))
            .with_context(|| format!("cannot create `{}`", display_path(&root.join(dir))))?;
    }
    let gitignore = root.join(".gitignore");
    if !gitignore.exists() {
        write_atomic(&gitignore, gitignore_text().as_bytes())?;
    }
    if quiet_default {
        let path = display_path(root);
        eprintln!(
            "created the default workspace in {}",
            crate::model::text::escaped(&path)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::settings::Settings;

    #[test]
    fn the_template_reads_back_with_the_options() {
        let text = settings_text(&Options {
            name: Some("Riverside \"Partners\"".into()),
            org: None,
            fiscal_year_start: Some(7),
        });
        let s: Settings = toml::from_str(&text).unwrap();
        assert_eq!(s.name.as_deref(), Some("Riverside \"Partners\""));
        assert_eq!(s.org, None);
        assert_eq!(s.fiscal_year_start, 7);
        assert!(s.problems().is_empty());
        // every setting sits in a paragraph that opens with a comment explaining it
        for para in text.split("\n\n") {
            if para
                .lines()
                .any(|l| l.contains(" = ") && !l.starts_with('#'))
            {
                assert!(para.starts_with('#'), "{para}");
            }
        }
        // and every setting there is is written, set or as a comment to uncomment
        let written: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim_start_matches("# ").split_once(" = "))
            .map(|(key, _)| key)
            .collect();
        for key in field_names::<Settings>() {
            assert!(written.contains(&key), "`{key}` is not written");
        }
    }

    /// The names of the fields of a struct `T` reads, as its `Deserialize` declares them.
    fn field_names<T: serde::de::DeserializeOwned>() -> Vec<&'static str> {
        use serde::de::{Error, Visitor, value};
        struct Names(Vec<&'static str>);
        impl<'de> serde::Deserializer<'de> for &mut Names {
            type Error = value::Error;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, value::Error> {
                Err(value::Error::custom("names only"))
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, value::Error> {
                self.0.extend(fields);
                Err(value::Error::custom("names only"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
                enum identifier ignored_any
            }
        }
        let mut names = Names(Vec::new());
        let _ = T::deserialize(&mut names);
        names.0
    }

    #[test]
    fn create_refuses_an_existing_workspace() {
        let tmp = tempfile::tempdir().unwrap();
        create(tmp.path(), &Options::default(), false).unwrap();
        let before = fs::read_to_string(tmp.path().join(SETTINGS_FILE)).unwrap();
        let err = create(
            tmp.path(),
            &Options {
                name: Some("x".into()),
                ..Options::default()
            },
            false,
        );
        assert!(err.unwrap_err().to_string().contains("already exists"));
        assert_eq!(
            fs::read_to_string(tmp.path().join(SETTINGS_FILE)).unwrap(),
            before
        );
        assert!(tmp.path().join("partners").is_dir());
    }
}
