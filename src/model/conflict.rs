//! Conflict markers in a workspace file, read back in words: what conflicts, the value
//! each side gave and who gave it, and the file with one side (or a typed value) chosen.
//!
//! Reads the markers `accord merge-file` writes around one field or one record, and also
//! those of git's own line merge, so a conflict is explained whoever wrote it. Pure: text
//! in, text out.

use crate::model::kinds;

/// One conflict: the lines each side wrote between the markers.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// 1-based line of the opening marker.
    pub line: usize,
    /// Who made this clone's change, from the opening marker.
    pub ours_label: String,
    /// Who made the other change, from the closing marker.
    pub theirs_label: String,
    pub ours: String,
    pub theirs: String,
    /// What the lines belong to: "the partner", "check-in `k3f9x2`".
    pub place: String,
}

/// What to keep of one conflict.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// This clone's side.
    Ours,
    /// The other side.
    Theirs,
    /// Both sides' lines, this clone's first.
    Both,
    /// Lines typed instead (for one field: `key = value`).
    Lines(String),
}

fn marker(line: &str, c: char) -> Option<&str> {
    let n = line.chars().take_while(|&x| x == c).count();
    if n < 7 {
        return None;
    }
    let rest = &line[n..];
    (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim())
}

/// Whether the text holds conflict markers.
pub fn has_markers(text: &str) -> bool {
    !blocks(text).is_empty()
}

/// Every conflict in a file, in order.
pub fn blocks(text: &str) -> Vec<Block> {
    parse(text).0
}

/// The blocks and, for each, the range of lines (0-based, end exclusive) it spans.
fn parse(text: &str) -> (Vec<Block>, Vec<(usize, usize)>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(ours_label) = marker(lines[i], '<') else {
            i += 1;
            continue;
        };
        let start = i;
        let (mut ours, mut theirs) = (String::new(), String::new());
        let mut part = 0; // 0 ours, 1 base (diff3), 2 theirs
        let mut end = None;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            if marker(l, '|').is_some() && part == 0 {
                part = 1;
            } else if l.starts_with("=======") && l.trim_end().chars().all(|c| c == '=') {
                part = 2;
            } else if let Some(label) = marker(l, '>') {
                end = Some((j, label.to_string()));
                break;
            } else if part == 0 {
                ours.push_str(l);
                ours.push('\n');
            } else if part == 2 {
                theirs.push_str(l);
                theirs.push('\n');
            }
            j += 1;
        }
        let Some((j, theirs_label)) = end else { break };
        let place = place(&lines[..start], &ours, &theirs);
        out.push(Block {
            line: start + 1,
            ours_label: ours_label.to_string(),
            theirs_label,
            ours,
            theirs,
            place,
        });
        spans.push((start, j + 1));
        i = j + 1;
    }
    (out, spans)
}

/// What a conflict is in: the record whose header comes before it (or inside it).
fn place(before: &[&str], ours: &str, theirs: &str) -> String {
    let inside = if ours.trim_start().starts_with('[') {
        ours
    } else {
        theirs
    };
    if inside.trim_start().starts_with('[') {
        let lines: Vec<&str> = inside.lines().collect();
        return record_place(&lines);
    }
    let header = before
        .iter()
        .rposition(|l| l.trim_start().starts_with('['))
        .map_or(0, |i| i);
    if before.is_empty() || !before[header].trim_start().starts_with('[') {
        return TOP.to_string();
    }
    record_place(&before[header..])
}

fn record_place(lines: &[&str]) -> String {
    let header = lines[0].trim();
    let table = header.trim_matches(|c| c == '[' || c == ']').trim();
    let value = |key: &str| {
        lines.iter().skip(1).find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
        })
    };
    match kinds::by_table(table) {
        Some(kind) => {
            let id = value("id")
                .or_else(|| value("name"))
                .or_else(|| value("title"));
            match id {
                Some(id) => format!("{} `{id}`", kind.noun),
                None => format!("a {}", kind.noun),
            }
        }
        None => format!("[{table}]"),
    }
}

/// A conflict in words: "`cadence` of the partner: Bob set "monthly", Alice set
/// "quarterly"".
pub fn describe(b: &Block) -> String {
    let side = |label: &str, lines: &str| {
        let lines = lines.trim();
        if lines.is_empty() {
            format!("{label} removed it")
        } else if lines.starts_with('[') {
            format!("{label} kept it ({})", summary(lines))
        } else {
            format!("{label} set {}", value_of(lines))
        }
    };
    let field = [&b.ours, &b.theirs]
        .iter()
        .filter_map(|s| field_of(s))
        .next();
    let what = match field {
        Some(f) if !b.ours.trim_start().starts_with('[') => format!("`{f}` of {}", b.place),
        _ => b.place.clone(),
    };
    format!(
        "{what}: {}; {}",
        side(&b.ours_label, &b.ours),
        side(&b.theirs_label, &b.theirs)
    )
}

/// A conflict in words, naming the partner or goal of the file `rel` (a path in the
/// workspace) for its own fields.
pub fn describe_in(rel: &str, b: &Block) -> String {
    let mut b = b.clone();
    if b.place == TOP {
        let stem = std::path::Path::new(rel)
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        b.place = match crate::model::merge::owner_of(rel) {
            Some(o) => format!("the {} `{stem}`", o.noun()),
            None => format!("`{rel}`"),
        };
    }
    describe(&b)
}

/// The place of a conflict in a file's own fields, before a name is put to it.
const TOP: &str = "the file's own fields";

/// The key of the first `key = value` line.
fn field_of(lines: &str) -> Option<String> {
    let first = lines.lines().find(|l| !l.trim().is_empty())?;
    if first.trim_start().starts_with('[') {
        return None;
    }
    first.split_once('=').map(|(k, _)| k.trim().to_string())
}

/// The value(s) of `key = value` lines, as written.
fn value_of(lines: &str) -> String {
    let values: Vec<String> = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once('=') {
            Some((_, v)) => v.trim().to_string(),
            None => l.trim().to_string(),
        })
        .collect();
    values.join(", ")
}

/// A record's fields, shortened: "date = 2026-11-20, kind = "call"".
fn summary(lines: &str) -> String {
    let fields: Vec<&str> = lines
        .lines()
        .filter(|l| !l.trim_start().starts_with('[') && l.contains('='))
        .filter(|l| !l.trim_start().starts_with("id"))
        .take(3)
        .map(str::trim)
        .collect();
    crate::model::text::cut(&fields.join(", "), 80).into_owned()
}

/// The value a user picked, as the lines to write.
pub fn lines_for(b: &Block, choice: &Choice) -> String {
    match choice {
        Choice::Ours => b.ours.clone(),
        Choice::Theirs => b.theirs.clone(),
        Choice::Both => {
            let mut s = b.ours.clone();
            if !s.is_empty() && !b.theirs.is_empty() && !s.ends_with("\n\n") {
                s.push('\n');
            }
            s.push_str(&b.theirs);
            s
        }
        Choice::Lines(l) => {
            let mut l = l.clone();
            if !l.is_empty() && !l.ends_with('\n') {
                l.push('\n');
            }
            l
        }
    }
}

/// A typed value for a one-field conflict, written as that field: `monthly` for
/// `cadence` becomes `cadence = "monthly"`. A value that is already TOML (a number, a
/// date, a quoted string, a list) is written as it is.
pub fn typed_value(b: &Block, typed: &str) -> Option<String> {
    let field = field_of(&b.ours).or_else(|| field_of(&b.theirs))?;
    let typed = typed.trim();
    let as_toml = format!("v = {typed}");
    let value = if as_toml.parse::<toml_edit::DocumentMut>().is_ok() {
        typed.to_string()
    } else {
        toml_edit::Value::from(typed).to_string()
    };
    Some(format!("{field} = {}", value.trim()))
}

/// The text with each conflict replaced by what `choose` keeps (`None` leaves it).
pub fn resolve(text: &str, mut choose: impl FnMut(&Block) -> Option<Choice>) -> String {
    let (blocks, spans) = parse(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut next = 0;
    for (b, (start, end)) in blocks.iter().zip(spans) {
        for l in &lines[next..start] {
            out.push_str(l);
            out.push('\n');
        }
        match choose(b) {
            Some(c) => out.push_str(&lines_for(b, &c)),
            None => {
                for l in &lines[start..end] {
                    out.push_str(l);
                    out.push('\n');
                }
            }
        }
        next = end;
    }
    for l in &lines[next..] {
        out.push_str(l);
        out.push('\n');
    }
    if !text.ends_with('\n') && out.ends_with('\n') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "name = \"Acme\"\n<<<<<<< Bob\nstage = \"paused\"\n=======\nstage = \"ended\"\n>>>>>>> Alice\n\n[[checkin]]\nid = \"aaaa\"\n<<<<<<< Bob\nkind = \"call\"\n=======\n>>>>>>> Alice\n";

    #[test]
    fn blocks_in_words() {
        let b = blocks(TEXT);
        assert_eq!(b.len(), 2);
        assert_eq!(
            describe(&b[0]),
            "`stage` of the file's own fields: Bob set \"paused\"; Alice set \"ended\""
        );
        assert_eq!(
            describe(&b[1]),
            "`kind` of check-in `aaaa`: Bob set \"call\"; Alice removed it"
        );
        let record =
            "<<<<<<< Bob\n=======\n[[checkin]]\nid = \"aaaa\"\ndate = 2026-11-02\n>>>>>>> Alice\n";
        let b = blocks(record);
        assert_eq!(
            describe(&b[0]),
            "check-in `aaaa`: Bob removed it; Alice kept it (date = 2026-11-02)"
        );
    }

    #[test]
    fn resolving_keeps_one_side_or_a_typed_value() {
        let mut n = 0;
        let out = resolve(TEXT, |b| {
            n += 1;
            Some(if n == 1 {
                Choice::Lines(typed_value(b, "active").unwrap())
            } else {
                Choice::Theirs
            })
        });
        assert_eq!(
            out,
            "name = \"Acme\"\nstage = \"active\"\n\n[[checkin]]\nid = \"aaaa\"\n"
        );
        assert!(!has_markers(&out));
        let out = resolve(TEXT, |_| Some(Choice::Ours));
        assert!(out.contains("stage = \"paused\"") && out.contains("kind = \"call\""));
    }
}
