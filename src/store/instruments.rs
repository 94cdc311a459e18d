//! The instruments a workspace can evaluate with: the built-in ones, and the files in
//! `instruments/<name>.toml`, where a file overrides the built-in of the same name. A file
//! that cannot be read as a valid instrument is kept as its error, so one broken file
//! does not stop commands that use other instruments; `accord check` reports it in full.

use crate::error::{hinted, usage};
use crate::model::id;
pub use crate::model::instrument::Source;
use crate::model::instrument::{BUILTINS, Instrument};
use crate::model::validate::Severity;
use crate::store::file::{self, read_text};
use crate::store::{Workspace, list_toml};
use std::path::PathBuf;

/// The folder of workspace instruments.
pub const DIR: &str = "instruments";

/// One instrument, or why its file cannot be used.
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub source: Source,
    pub instrument: Result<Instrument, String>,
}

/// Every instrument of a workspace: built-ins first, in their order, then the
/// workspace's own by name.
#[derive(Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// Read the built-ins and every file in `instruments/`. Fails only when a file cannot
    /// be read at all.
    /// The built-in instruments only.
    pub fn builtin() -> Catalog {
        let entries = Instrument::builtins()
            .into_iter()
            .map(|i| Entry {
                name: i.name.clone(),
                source: Source::BuiltIn,
                instrument: Ok(i),
            })
            .collect();
        Catalog { entries }
    }

    pub fn load(ws: &Workspace) -> anyhow::Result<Catalog> {
        let mut entries = Catalog::builtin().entries;
        for name in list_toml(&ws.root.join(DIR))? {
            let path = path(ws, &name);
            let text = read_text(&path)?;
            let instrument = parse(ws, &name, &path, &text);
            match entries.iter_mut().find(|e| e.name == name) {
                Some(e) => {
                    e.source = Source::Override;
                    e.instrument = instrument;
                }
                None => entries.push(Entry {
                    name,
                    source: Source::Workspace,
                    instrument,
                }),
            }
        }
        Ok(Catalog { entries })
    }

    /// Every name, in order.
    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.name.as_str()).collect()
    }

    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The instrument `name`, or why it cannot be used (listing the valid names).
    pub fn get(&self, name: &str) -> Result<&Instrument, String> {
        match self.entry(name) {
            Some(e) => e.instrument.as_ref().map_err(Clone::clone),
            None => Err(format!(
                "no instrument `{name}`; the instruments are: {}",
                self.names().join(", ")
            )),
        }
    }

    /// The entry `name`; an unknown name is a usage error listing the known ones.
    pub fn known(&self, name: &str) -> anyhow::Result<&Entry> {
        self.entry(name)
            .ok_or_else(|| usage(self.get(name).err().unwrap_or_default()))
    }

    /// The instrument `name` for a command: an unknown name is a usage error listing the
    /// known ones, a file that cannot be used an error with a hint.
    pub fn require(&self, name: &str) -> anyhow::Result<&Instrument> {
        self.known(name)?.instrument.as_ref().map_err(|msg| {
            hinted(
                msg.clone(),
                "fix the file; `accord check` lists every problem in it",
            )
        })
    }

    /// The instrument `name` if it can be used.
    pub fn find(&self, name: &str) -> Option<&Instrument> {
        self.get(name).ok()
    }
}

/// The file of the workspace instrument `name`.
pub fn path(ws: &Workspace, name: &str) -> PathBuf {
    ws.root.join(DIR).join(format!("{name}.toml"))
}

/// The text of the built-in instrument `name`, as shipped.
pub fn builtin_text(name: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Read a workspace instrument file: it must parse and have no errors.
fn parse(
    ws: &Workspace,
    name: &str,
    path: &std::path::Path,
    text: &str,
) -> Result<Instrument, String> {
    let rel = ws.rel(path);
    if let Err(bad) = id::validate_slug(name) {
        return Err(format!(
            "`{rel}` does not have a usable instrument name ({})",
            bad.reason
        ));
    }
    let mut inst: Instrument = file::parse(path, text).map_err(|e| {
        format!(
            "`{rel}` cannot be read: line {}, column {}: {}",
            e.line, e.column, e.message
        )
    })?;
    inst.name = name.to_string();
    match inst
        .problems()
        .into_iter()
        .find(|p| p.severity == Severity::Error)
    {
        Some(p) => Err(format!("`{rel}` is not a valid instrument: {}", p.message)),
        None => Ok(inst),
    }
}
