//! Turning what a user typed into the id of a partner or goal: the exact id (one look at
//! the disk), else the names read from every file of the kind and matched by
//! `model::name::lookup` (a unique id prefix, the name in any case, a word or phrase of
//! it). Several matches are listed with their names, none gets the closest as a hint.
//!
//! Cost: an exact id costs one `stat` (less than before names were read: the folder is
//! not even listed). Anything else lists the kind's folder and reads the top of each file
//! (its first 4 KiB, holding the keys before the first `[table]`) for the name or title:
//! it grows with the number of partners (or goals), one small read and a tiny parse each.

use crate::error::hinted;
use crate::model::id::{self, Lookup};
use crate::model::name;
use crate::store::{Kind, Workspace, quote_list};
use std::io::Read;
use std::path::Path;

impl Workspace {
    /// Turn what the user typed into the id of an existing file of `kind`: the exact id,
    /// a unique id prefix, the name (goals: the title) in any letter case, or a unique
    /// word or phrase of it. Several matches are an error listing them; none an error
    /// with the closest as a hint.
    pub fn resolve(&self, kind: Kind, typed: &str) -> anyhow::Result<String> {
        let noun = kind.noun();
        let typed = typed.trim();
        if typed.contains(['/', '\\']) || typed.contains("..") {
            id::validate_slug(typed)?;
        }
        if id::validate_slug(typed).is_ok() && self.path(kind, typed).is_file() {
            return Ok(typed.to_string());
        }
        let named = self.names(kind)?;
        let items: Vec<(&str, &str)> = named
            .iter()
            .map(|(i, n)| (i.as_str(), n.as_str()))
            .collect();
        let name_of = |want: &str| {
            items
                .iter()
                .find(|(i, _)| *i == want)
                .map_or("", |(_, n)| *n)
        };
        match name::lookup(typed, &items) {
            Lookup::Found(id) => Ok(id.to_string()),
            Lookup::Ambiguous(ids) => {
                let width = ids.iter().map(String::len).max().unwrap_or(0);
                let list: Vec<String> = ids
                    .iter()
                    .map(|i| format!("  {i:width$}  {}", name_of(i)))
                    .collect();
                Err(hinted(
                    format!("`{typed}` matches several {noun}s:\n{}", list.join("\n")),
                    "give the id, or more of the name",
                ))
            }
            Lookup::Missing => {
                let close: Vec<String> = name::closest(typed, &items)
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                let list = format!("`accord {noun} list` shows them all");
                let hint = if close.is_empty() {
                    list
                } else {
                    format!("did you mean {}? {list}", quote_list(&close))
                };
                Err(hinted(format!("no {noun} `{typed}`"), hint))
            }
        }
    }

    /// The id and name (goals: title) of every file of `kind`, in id order. A file whose
    /// name cannot be read is listed under its id.
    pub fn names(&self, kind: Kind) -> anyhow::Result<Vec<(String, String)>> {
        let key = match kind {
            Kind::Partner => "name",
            Kind::Goal | Kind::Survey => "title",
        };
        Ok(self
            .ids(kind)?
            .into_iter()
            .map(|id| {
                let name = read_name(&self.path(kind, &id), key).unwrap_or_else(|| id.clone());
                (id, name)
            })
            .collect())
    }
}

/// The string at top-level `key` of a TOML file. Top-level keys come before the first
/// `[table]`, so only the file's first few kilobytes are read when they hold that header
/// (the whole file when they do not, or when the head does not parse on its own).
fn read_name(path: &Path, key: &str) -> Option<String> {
    const HEAD: u64 = 4096;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(HEAD)
        .read_to_end(&mut bytes)
        .ok()?;
    let from_head = table_head(&bytes)
        .and_then(|head| std::str::from_utf8(head).ok())
        .and_then(|head| toml::from_str::<toml::Table>(head).ok());
    let table = match from_head {
        Some(t) => t,
        None => toml::from_str(&std::fs::read_to_string(path).ok()?).ok()?,
    };
    table.get(key)?.as_str().map(str::to_string)
}

/// The bytes before the first line that opens a table (`[...]`), if there is one.
fn table_head(bytes: &[u8]) -> Option<&[u8]> {
    let mut start = 0;
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        if line.trim_ascii_start().starts_with(b"[") {
            return Some(&bytes[..start]);
        }
        start += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_from_the_top_of_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        let write = |text: &str| std::fs::write(&p, text).unwrap();
        write("# hi\nname = \"Acme\"\n\n[agreement]\nkind = \"MOU\"\n");
        assert_eq!(read_name(&p, "name").as_deref(), Some("Acme"));
        // a line opening with `[` inside a multi-line string is not a table
        write("notes = \"\"\"\n[not a table]\n\"\"\"\nname = \"Acme\"\n[agreement]\n");
        assert_eq!(read_name(&p, "name").as_deref(), Some("Acme"));
        // keys beyond the first 4 KiB
        let long = "x".repeat(5000);
        write(&format!(
            "notes = \"{long}\"\nname = \"Acme\"\n[agreement]\n"
        ));
        assert_eq!(read_name(&p, "name").as_deref(), Some("Acme"));
        write("name = 3\n");
        assert_eq!(read_name(&p, "name"), None);
        write("name = \"broken\n");
        assert_eq!(read_name(&p, "name"), None);
    }
}
