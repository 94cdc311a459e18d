//! The instruments a workspace can rate with: the built-in ones, and the workspace's own
//! files, which add to them or override one. The store reads the files into a [`Catalog`];
//! everything else looks instruments up in it by name.

use crate::model::instrument::Instrument;
use serde::Serialize;

/// Where an instrument comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    BuiltIn,
    Workspace,
    /// A workspace file replacing the built-in of the same name.
    Override,
}

impl Source {
    pub fn describe(self) -> &'static str {
        match self {
            Source::BuiltIn => "built-in",
            Source::Workspace => "workspace",
            Source::Override => "workspace (overrides the built-in)",
        }
    }
}

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

    /// The instrument `name`, if it is known and usable.
    pub fn find(&self, name: &str) -> Option<&Instrument> {
        self.get(name).ok()
    }
}
