//! One record as a TOML snippet for `accord edit`: cut from its file with its comments,
//! checked once edited as `accord check` and `set` would check it (problems on the
//! snippet's own lines), and put back in its place.

use super::{Found, index_of, record_table, remove_tables};
use crate::model::amend;
use crate::model::id;
use crate::model::problem::Severity;
use crate::model::registry::{Identity, Keeps, KindDef, Owns, Record};
use crate::store::{Edit, Kind, Stored, Workspace, check};
use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, Table};

impl Workspace {
    /// The text of one record's table as it is written in its file, for the editor, and
    /// the whole file as read.
    pub fn record_text<O, R>(&self, found: &Found) -> anyhow::Result<Snippet>
    where
        O: Owns + Stored + Keeps<R>,
        R: Record,
    {
        let path = self.path(O::KIND, &found.owner);
        let original = crate::store::file::read_text(&path)?;
        let mut doc = crate::store::file::parse_doc(&path, &original)?;
        let mut o: O = crate::store::file::parse(&path, &original)?;
        o.set_id(&found.owner);
        let index = index_of::<O, R>(&o, found)?;
        let mut table = record_table(&mut doc, R::DEF, index)?.clone();
        table.decor_mut().set_prefix("");
        table.set_position(None);
        let mut one = toml_edit::ArrayOfTables::new();
        one.push(table);
        let mut snippet = DocumentMut::new();
        snippet.insert(R::DEF.table, Item::ArrayOfTables(one));
        Ok(Snippet {
            original,
            index,
            text: snippet.to_string(),
        })
    }
}

/// A problem with an edited record: on a line of the snippet, or elsewhere in its file
/// (an action item left pointing at a check-in whose id changed).
#[derive(Debug, Clone, PartialEq)]
pub struct SnippetProblem {
    pub severity: Severity,
    /// The line and column in the snippet, when the problem is in it.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl Workspace {
    /// Check an edited snippet of the record `found`: that it is one table of its kind
    /// with the same id, then everything `accord check` checks in the file it goes back
    /// into, then the rules a command holds a change to. Returns the problems, and the
    /// file's new text when none of them is an error.
    pub fn check_edited<O, R>(
        &self,
        found: &Found,
        snippet: &Snippet,
        edited: &str,
        today: NaiveDate,
    ) -> anyhow::Result<(Vec<SnippetProblem>, Option<String>)>
    where
        O: Owns + Stored + Keeps<R>,
        R: Record,
    {
        let kind = R::DEF;
        let error = |at: Option<(usize, usize)>, message: String| SnippetProblem {
            severity: Severity::Error,
            at,
            message,
        };
        let table = match Snippet::read_table(kind, edited) {
            Ok(t) => t,
            Err((line, message)) => return Ok((vec![error(line.map(|l| (l, 1)), message)], None)),
        };
        if kind.identity == Identity::Id
            && table.get("id").and_then(Item::as_str) != Some(found.key.as_str())
        {
            let line = edited
                .lines()
                .position(|l| {
                    l.trim_start().starts_with("id ") || l.trim_start().starts_with("id=")
                })
                .map(|i| (i + 1, 1));
            return Ok((
                vec![error(
                    line,
                    format!(
                        "the id cannot be changed (it is `{}`); other records and people refer to it",
                        found.key
                    ),
                )],
                None,
            ));
        }
        let path = self.path(O::KIND, &found.owner);
        let rel = self.rel(&path);
        let (text, offset) = snippet.check_text(kind, edited)?;
        let check = |text: &str| -> anyhow::Result<Vec<check::Diagnostic>> {
            Ok(match O::KIND {
                Kind::Partner => check::partner_text(self, &rel, text, today)?,
                Kind::Goal => check::goal_text(&rel, text, today),
                // Survey responses are read from a form's export, not edited one by one.
                Kind::Survey => Vec::new(),
            })
        };
        let mut known: Vec<String> = check(&snippet.original)?
            .into_iter()
            .map(|d| d.message)
            .collect();
        let mut problems = Vec::new();
        for d in check(&text)? {
            match d.line {
                Some(line) if line > offset => problems.push(SnippetProblem {
                    severity: d.severity,
                    at: Some((line - offset, d.column.unwrap_or(1))),
                    message: d.message,
                }),
                _ => {
                    // Elsewhere in the file: only what the edit brought about.
                    if let Some(i) = known.iter().position(|m| *m == d.message) {
                        known.swap_remove(i);
                    } else {
                        problems.push(SnippetProblem {
                            severity: d.severity,
                            at: None,
                            message: format!("{rel}: {}", d.message),
                        });
                    }
                }
            }
        }
        if problems.iter().any(|p| p.severity == Severity::Error) {
            return Ok((problems, None));
        }
        let new_text = snippet.replaced(kind, table)?;
        let mut before: O = crate::store::file::parse(&path, &snippet.original)?;
        let mut after: O = crate::store::file::parse(&path, &new_text)?;
        before.set_id(&found.owner);
        after.set_id(&found.owner);
        if let Err(refused) = amend::admit_change(&before, &after, today) {
            // `check` only warns about it (a hand edit may have its reasons); a command
            // refuses it, at the line the warning found.
            let at = problems
                .iter()
                .position(|p| p.message == refused)
                .map(|i| problems.remove(i).at);
            problems.push(error(at.flatten(), refused));
            return Ok((problems, None));
        }
        Ok((problems, Some(new_text)))
    }

    /// Replace the file of `owner` with `text` under the workspace lock, if it still
    /// reads as `expected` (as it was when the edit began). Returns whether it did. The
    /// write path of `accord edit` and `accord partner edit`.
    pub fn replace_file<O: Owns + Stored>(
        &self,
        owner: &str,
        expected: &str,
        text: &str,
    ) -> anyhow::Result<bool> {
        id::validate_slug(owner)?;
        let _lock = self.lock()?;
        let path = self.path(O::KIND, owner);
        let mut e = match Edit::open::<O>(&path) {
            Ok((e, _)) => e,
            // Broken by hand since: changed, so the edit is kept aside, not lost.
            Err(_) if crate::store::file::read_text_opt(&path)?.as_deref() != Some(expected) => {
                return Ok(false);
            }
            Err(e) => return Err(e),
        };
        if e.original() != Some(expected) {
            return Ok(false);
        }
        e.doc = crate::store::file::parse_doc(&path, text)?;
        // The one write path: the byte-order mark and line endings kept, and the file
        // compared again by content, then by its stamp just before the rename.
        e.save::<O>()?;
        Ok(true)
    }
}

/// One record's table as text, cut from its file, and where it came from.
#[derive(Debug, Clone)]
pub struct Snippet {
    /// The whole file as it was read.
    pub original: String,
    /// The record's place among the tables of its kind.
    pub index: usize,
    /// `[[table]]` and its fields, comments included.
    pub text: String,
}

impl Snippet {
    /// The one record table of kind `kind` in an edited snippet, or what is wrong with it
    /// and on which line.
    pub fn read_table(kind: &KindDef, text: &str) -> Result<Table, (Option<usize>, String)> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let line = e
                .span()
                .map(|s| crate::store::file::line_col(text, s.start).0);
            (line, e.message().trim_end().to_string())
        })?;
        let mut tables = doc.iter().map(|(k, _)| k.to_string());
        let wrong = || {
            (
                None,
                format!(
                    "write exactly one [[{}]] table, with its fields below it",
                    kind.table
                ),
            )
        };
        let (Some(first), None) = (tables.next(), tables.next()) else {
            return Err(wrong());
        };
        if first != kind.table {
            return Err(wrong());
        }
        match doc.get(kind.table) {
            Some(Item::ArrayOfTables(a)) if a.len() == 1 => Ok(a.get(0).expect("one").clone()),
            _ => Err(wrong()),
        }
    }

    /// The file's text with the record's table taken out and `edited` (a snippet) put at
    /// the end, so that a check of it reports the snippet's lines after `offset`.
    pub fn check_text(&self, kind: &KindDef, edited: &str) -> anyhow::Result<(String, usize)> {
        let mut doc: DocumentMut = self.original.parse()?;
        remove_tables(&mut doc, kind.table, &[self.index]);
        let mut text = doc.to_string();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push('\n');
        let offset = text.lines().count();
        text.push_str(edited);
        Ok((text, offset))
    }

    /// The whole file with the record's table replaced by the edited one, keeping its
    /// place and the comments above it.
    pub fn replaced(&self, kind: &KindDef, mut edited: Table) -> anyhow::Result<String> {
        let mut doc: DocumentMut = self.original.parse()?;
        let table = record_table(&mut doc, kind, self.index)?;
        edited.decor_mut().clone_from(table.decor());
        edited.set_position(table.position());
        *table = edited;
        Ok(doc.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::Checkin;

    #[test]
    fn a_snippet_holds_one_table_of_its_kind() {
        let kind = <Checkin as Record>::DEF;
        assert!(Snippet::read_table(kind, "[[checkin]]\nid = \"c1\"\n").is_ok());
        assert!(
            Snippet::read_table(kind, "[[checkin]]\nid = \"c1\"\n[[checkin]]\nid = \"c2\"\n")
                .is_err()
        );
        assert!(Snippet::read_table(kind, "[[action]]\nid = \"c1\"\n").is_err());
        let err = Snippet::read_table(kind, "[[checkin]]\nid = \n").unwrap_err();
        assert_eq!(err.0, Some(2), "{}", err.1);
    }
}
