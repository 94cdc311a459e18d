//! Turning what a user typed into the id of a partner or goal: the exact id (one look at
//! the disk), else the names read from every file of the kind and matched by
//! `model::name::lookup` (a unique id prefix, the name in any case, a word or phrase of
//! it). Several matches are listed with their names, none gets the closest as a hint.
//!
//! Also which partners hold a record whose id is what the user typed, or starts with it
//! (`records::locate` reads only those).
//!
//! Cost: an exact id costs one `stat` (the folder is not even listed). A partner's name,
//! and a record's id, come from the cache's id index (`cache::IdIndex`): the folder is
//! listed and each file's stamp taken (one `fstatat` each, about a microsecond), the
//! index's head read (a row per partner: its proof and name) and, for a record's id, the
//! one bucket of ids that starts with the id's first character; only the files the index
//! does not know, or that changed since, are read (a partner's name from the top of its
//! file, its record ids from its cache entry), then written to the index. Without the cache, goals and surveys: the top of each file is read (its first
//! 4 KiB, holding the keys before the first `[table]`) for the name or title, and finding
//! a record reads every partner.

use crate::error::hinted;
use crate::model::id::{self, Lookup};
use crate::model::name;
use crate::model::partner::Partner;
use crate::model::registry;
use crate::store::cache::{self, IdIndex};
use crate::store::{Conflicted, Kind, Workspace, file, in_batches, quote_list};
use std::io::Read;
use std::path::Path;

/// Every partner file, with the index's row for each, proven against the file as it is.
struct Indexed {
    ids: Vec<String>,
    index: IdIndex,
    /// The files that could not be read for what the rows need, with why.
    failed: Vec<(String, anyhow::Error)>,
}

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
        let several: Vec<String> = match name::lookup(typed, &items) {
            Lookup::Found(id) => return Ok(id.to_string()),
            Lookup::Ambiguous(ids) => ids,
            // A file has one id, so two items never share one.
            Lookup::Repeated(ids) => ids.into_iter().map(str::to_string).collect(),
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
                return Err(hinted(format!("no {noun} `{typed}`"), hint));
            }
        };
        let width = several.iter().map(String::len).max().unwrap_or(0);
        let list: Vec<String> = several
            .iter()
            .map(|i| format!("  {i:width$}  {}", name_of(i)))
            .collect();
        Err(hinted(
            format!("`{typed}` matches several {noun}s:\n{}", list.join("\n")),
            "give the id, or more of the name",
        ))
    }

    /// The id and name (goals: title) of every file of `kind`, in id order. A file whose
    /// name cannot be read is listed under its id.
    pub fn names(&self, kind: Kind) -> anyhow::Result<Vec<(String, String)>> {
        let key = match kind {
            Kind::Partner => "name",
            Kind::Goal | Kind::Survey => "title",
        };
        if kind == Kind::Partner && self.cache.used() {
            let Indexed { ids, index, .. } = self.indexed(false)?;
            return Ok(ids
                .into_iter()
                .map(|id| {
                    // A file that does not read has no row: its name is read as before.
                    let name = match index.name(&id) {
                        Some(name) => name.map(str::to_string),
                        None => read_name(&self.path(kind, &id), key),
                    };
                    let name = name.unwrap_or_else(|| id.clone());
                    (id, name)
                })
                .collect());
        }
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

impl Workspace {
    /// The ids of the partners, in id order, holding a record whose id starts with one of
    /// `prefixes` (an empty one matches nothing). The cache's id index says which without
    /// reading the other files; a file that does not read as a partner is an error, as it
    /// would be if every file were read. A file with a merge conflict to settle is left
    /// out with the usual warning, so every other partner keeps working, unless its text
    /// has an id the typed one may name (then the answer could be in it, and the
    /// conflict is the error), or no other file holds a match.
    pub(crate) fn partners_holding(&self, prefixes: &[&str]) -> anyhow::Result<Vec<String>> {
        let Indexed { index, failed, .. } = self.indexed(true)?;
        let mut conflicted = Vec::new();
        for (pid, e) in failed {
            // Worded as reading it alone words it (a merge conflict says so).
            let e = self.load_partner(&pid).err().unwrap_or(e);
            if e.downcast_ref::<Conflicted>().is_none() {
                return Err(e);
            }
            let text = file::read_text(&self.path(Kind::Partner, &pid)).unwrap_or_default();
            if ids_in(&text).any(|rid| prefixes.iter().any(|p| !p.is_empty() && rid.starts_with(p)))
            {
                return Err(e);
            }
            conflicted.push(e);
        }
        let holding = index.holding(prefixes);
        if holding.is_empty() && !conflicted.is_empty() {
            return Err(conflicted.swap_remove(0));
        }
        for e in conflicted {
            self.settled::<()>(Err(e));
        }
        Ok(holding)
    }

    /// The index's row for every partner file, each proven against the file now; the
    /// files without one are read (`ids`: for their record ids, from their cache entry,
    /// else for their name only, from their text) and the index written.
    fn indexed(&self, ids: bool) -> anyhow::Result<Indexed> {
        let mut index = self.cache.ids();
        let listed = self.ids(Kind::Partner)?;
        let stamper = cache::Stamper::new(&self.root.join(Kind::Partner.dir()));
        let stamps: Vec<_> = listed.iter().map(|pid| stamper.stamp(pid)).collect();
        let mut unknown: Vec<String> = Vec::new();
        for (pid, stamp) in listed.iter().zip(stamps) {
            let known =
                stamp.is_some_and(|now| index.get(pid, || self.path(Kind::Partner, pid), now, ids));
            if !known {
                unknown.push(pid.clone());
            }
        }
        let mut failed = Vec::new();
        if ids {
            let read = in_batches(unknown.clone(), |pid| {
                let path = self.path(Kind::Partner, pid);
                self.cache.read::<Partner>(Kind::Partner, pid, &path)
            });
            for (pid, r) in unknown.iter().zip(read) {
                match r {
                    Ok(cache::Loaded { value, proof }) => {
                        let rids = registry::ids(&value).into_iter().map(|(_, rid)| rid);
                        index.put(pid, proof, Some(&value.name), Some(rids));
                    }
                    Err(e) => failed.push((pid.clone(), e)),
                }
            }
        } else {
            let read = in_batches(unknown.clone(), |pid| {
                self.cache.read_proven(&self.path(Kind::Partner, pid))
            });
            for (pid, r) in unknown.iter().zip(read) {
                match r {
                    Ok((text, proof)) => {
                        let name = name_in(text.as_bytes(), || Some(text.clone()), "name");
                        index.put(pid, proof, name.as_deref(), None::<[&str; 0]>);
                    }
                    Err(e) => failed.push((pid.clone(), e)),
                }
            }
        }
        self.cache.set_ids(&index, &listed);
        Ok(Indexed {
            ids: listed,
            index,
            failed,
        })
    }
}

/// The record ids written in a file's text (`id = "..."` lines), however the rest of
/// it reads: for a file with conflict markers, which does not parse.
fn ids_in(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|l| {
        let rest = l
            .trim_start()
            .strip_prefix("id")?
            .trim_start()
            .strip_prefix('=')?;
        let quoted = rest.trim().strip_prefix('"')?;
        Some(quoted.split('"').next()?.to_ascii_lowercase())
    })
}

/// The string at top-level `key` of a TOML file. Top-level keys come before the first
/// `[table]`, so only the file's first few kilobytes are read when they hold that header
/// (the whole file when they do not, or when the head does not parse on its own).
fn read_name(path: &Path, key: &str) -> Option<String> {
    const HEAD: u64 = 4096;
    let mut bytes = Vec::new();
    let (file, _) = file::open_plain(path).ok()??;
    file.take(HEAD).read_to_end(&mut bytes).ok()?;
    name_in(&bytes, || file::read_text(path).ok(), key)
}

/// The string at top-level `key` of the TOML text `whole`, read from its `head` (its
/// first bytes) when that holds the keys before the first table.
fn name_in(head: &[u8], whole: impl FnOnce() -> Option<String>, key: &str) -> Option<String> {
    let from_head = table_head(head)
        .and_then(|head| std::str::from_utf8(head).ok())
        .and_then(|head| toml::from_str::<toml::Table>(head).ok());
    let table = match from_head {
        Some(t) => t,
        None => toml::from_str(&whole()?).ok()?,
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
