//! Reading one workspace file: its text, a typed parse, and errors that point at the line.
//!
//! Errors name the file (as the user would type it), the line and column, what was
//! expected, and show the offending line with a caret under it.

use serde::de::DeserializeOwned;
use std::fmt;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A problem at a place in a file.
#[derive(Debug)]
pub struct FileError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub snippet: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            display_path(&self.path),
            self.line,
            self.column,
            self.message
        )?;
        if !self.snippet.is_empty() {
            write!(f, "\n{}", self.snippet)?;
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// Build an error for the byte range `span` of `text`.
    pub fn at(path: &Path, text: &str, span: Option<Range<usize>>, message: &str) -> Self {
        let span = span.unwrap_or(0..0);
        let (line, column) = line_col(text, span.start);
        FileError {
            path: path.to_path_buf(),
            line,
            column,
            message: message.trim().to_string(),
            snippet: snippet(text, span),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The line holding `span`, with carets under the span.
fn snippet(text: &str, span: Range<usize>) -> String {
    if text.is_empty() {
        return String::new();
    }
    let (line, column) = line_col(text, span.start);
    let Some(source) = text.lines().nth(line - 1) else {
        return String::new();
    };
    let width = line.to_string().len();
    let span_chars = text
        .get(span.clone())
        .map_or(1, |s| s.lines().next().unwrap_or("").chars().count())
        .max(1)
        .min(source.chars().count().saturating_sub(column - 1).max(1));
    format!(
        "{:width$} |\n{line} | {source}\n{:width$} | {}{}",
        "",
        "",
        " ".repeat(column - 1),
        "^".repeat(span_chars),
    )
}

/// A path as the user would type it: relative to the current directory when inside it.
pub fn display_path(path: &Path) -> String {
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    if shown.as_os_str().is_empty() {
        // The current folder itself.
        return ".".to_string();
    }
    shown.display().to_string()
}

/// A file's identity and version as the file system tells them: when any part differs,
/// the file was replaced or written since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    pub fn of(m: &std::fs::Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        Stamp {
            dev: m.dev(),
            ino: m.ino(),
            size: m.size(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        }
    }
}

/// A workspace file as read: its text without a byte-order mark, whether it had one, and
/// its stamp as of the read.
#[derive(Debug)]
pub struct Read {
    pub text: String,
    pub bom: bool,
    pub stamp: Stamp,
}

/// The UTF-8 byte-order mark some editors put at the start of a file.
pub const BOM: char = '\u{FEFF}';

/// Read a workspace file, or `None` when it does not exist. A symbolic link is refused,
/// not followed (the file is opened with `O_NOFOLLOW`), and so is anything but a plain
/// file. A byte-order mark is taken off the text.
pub fn read_file(path: &Path) -> anyhow::Result<Option<Read>> {
    let Some((bytes, stamp)) = read_bytes(path)? else {
        return Ok(None);
    };
    let Ok(mut text) = String::from_utf8(bytes) else {
        anyhow::bail!("cannot read `{}`: it is not UTF-8 text", display_path(path));
    };
    let bom = text.starts_with(BOM);
    if bom {
        text.drain(..BOM.len_utf8());
    }
    Ok(Some(Read { text, bom, stamp }))
}

/// Open a workspace file to read it, with its metadata as opened, or `None` when it
/// does not exist. A symbolic link is refused, not followed (`O_NOFOLLOW`), and so is
/// anything but a plain file; a named pipe is not waited on.
pub fn open_plain(path: &Path) -> anyhow::Result<Option<(std::fs::File, std::fs::Metadata)>> {
    use std::os::unix::fs::OpenOptionsExt;
    // Named only when something goes wrong (finding the current folder costs a call).
    let shown = || display_path(path);
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path);
    let file = match opened {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => return Err(linked(path)),
        Err(e) => anyhow::bail!("cannot read `{}`: {e}", shown()),
    };
    let meta = file
        .metadata()
        .map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", shown()))?;
    if !meta.is_file() {
        anyhow::bail!("cannot read `{}`: it is not a plain file", shown());
    }
    Ok(Some((file, meta)))
}

/// The bytes of a workspace file exactly as they are, and its stamp as of the read, or
/// `None` when it does not exist; opened with [`open_plain`].
pub fn read_bytes(path: &Path) -> anyhow::Result<Option<(Vec<u8>, Stamp)>> {
    use std::io::Read as _;
    let Some((mut file, meta)) = open_plain(path)? else {
        return Ok(None);
    };
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)
        .map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", display_path(path)))?;
    // The stamp after the read: a write that raced the read shows in the content check.
    let stamp = Stamp::of(&file.metadata()?);
    Ok(Some((bytes, stamp)))
}

/// The error for a symbolic link where a workspace file or folder should be.
pub fn linked(path: &Path) -> anyhow::Error {
    let shown = display_path(path);
    let target = std::fs::read_link(path).ok();
    let to = target
        .as_ref()
        .map(|t| format!(" (to `{}`)", t.display()))
        .unwrap_or_default();
    let fix = match &target {
        Some(t) => format!(
            "replace the link with a copy of what it points to: `rm {shown} && cp -R {} {shown}`",
            t.display()
        ),
        None => "replace the link with a copy of what it points to, or remove it".to_string(),
    };
    crate::error::hinted(
        format!(
            "`{shown}` is a symbolic link{to}; accord does not follow links in a workspace, so it was not used"
        ),
        fix,
    )
}

/// Refuse a symbolic link at `path` (which may not exist).
pub fn refuse_link(path: &Path) -> anyhow::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(linked(path)),
        _ => Ok(()),
    }
}

/// Read a workspace file as UTF-8 text, naming it in the error.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    match read_file(path)? {
        Some(read) => Ok(read.text),
        None => anyhow::bail!("cannot read `{}`: it does not exist", display_path(path)),
    }
}

/// Read the file if it exists.
pub fn read_text_opt(path: &Path) -> anyhow::Result<Option<String>> {
    Ok(read_file(path)?.map(|r| r.text))
}

/// Parse TOML text into `T`, with an error pointing at the line.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, FileError> {
    toml::from_str(text)
        .map_err(|e| FileError::at(path, text, e.span(), &said_at(text, e.span(), e.message())))
}

/// A reading error at `span` of `text` in words, naming the field when the span is a
/// value: "`rating`: found the text "four", expected a whole number from 1 to 5".
pub fn said_at(text: &str, span: Option<Range<usize>>, message: &str) -> String {
    let said = in_words(message);
    match span.and_then(|s| key_before(text, s.start)) {
        Some(key) if !said.contains(&format!("`{key}`")) => format!("`{key}`: {said}"),
        _ => said,
    }
}

/// A parse error in words a coordinator reads: the types the reader names (`u8`, `f64`,
/// "a string") said as what to write instead.
fn in_words(message: &str) -> String {
    const SAID: &[(&str, &str)] = &[
        ("invalid type: string ", "found the text "),
        ("invalid type: integer ", "found the number "),
        ("invalid type: floating point ", "found the number "),
        ("invalid type: boolean ", "found "),
        ("invalid type: sequence", "found a list"),
        ("invalid type: map", "found a table"),
        ("invalid value: integer ", "the number "),
        ("invalid value: floating point ", "the number "),
        ("unknown variant ", "unknown value "),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected u16", "expected a whole number from 0 to 65535"),
        ("expected u32", "expected a whole number, 0 or more"),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected usize", "expected a whole number, 0 or more"),
        ("expected i32", "expected a whole number"),
        ("expected i64", "expected a whole number"),
        ("expected f32", "expected a number"),
        ("expected f64", "expected a number"),
        ("expected a string", "expected text in quotes"),
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected a list in brackets"),
    ];
    let mut said = message.trim().to_string();
    for (from, to) in SAID {
        said = said.replace(from, to);
    }
    said
}

/// The key a value at byte `at` of `text` belongs to, when its line reads `key = value`
/// and `at` is in the value.
fn key_before(text: &str, at: usize) -> Option<&str> {
    let at = floor_char_boundary(text, at.min(text.len()));
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // In an inline table (`scores = { vision = "four" }`), the key nearest the value.
    let line = &text[start..at];
    let from = line.rfind(['{', ',']).map_or(0, |i| i + 1);
    let (key, _) = line[from..].rsplit_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty() && !key.contains(['[', ']', '#'])).then_some(key)
}

/// Parse TOML text into an editable document, with an error pointing at the line.
pub fn parse_doc(path: &Path, text: &str) -> Result<toml_edit::DocumentMut, FileError> {
    text.parse::<toml_edit::DocumentMut>()
        .map_err(|e| FileError::at(path, text, e.span(), e.message()))
}

/// Read and parse a file into `T`.
pub fn load<T: DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let text = read_text(path)?;
    Ok(parse(path, &text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_snippets() {
        let text = "name = \"x\"\nstage = \"actve\"\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 19), (2, 9));
        let e = FileError::at(
            Path::new("/nowhere/p.toml"),
            text,
            Some(19..26),
            "bad stage",
        );
        assert_eq!((e.line, e.column), (2, 9));
        assert_eq!(e.snippet, "  |\n2 | stage = \"actve\"\n  |         ^^^^^^^");
    }

    #[test]
    fn typed_errors_point_at_the_value() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            n: u8,
        }
        let err = parse::<S>(Path::new("s.toml"), "\n\nn = \"three\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, 5));
        assert!(
            err.to_string().starts_with(
                "s.toml:3:5: `n`: found the text \"three\", expected a whole number from 0 to 255\n"
            ),
            "{err}"
        );
        let err = parse::<S>(Path::new("s.toml"), "n = 300\n").unwrap_err();
        assert_eq!(
            err.message,
            "`n`: the number `300`, expected a whole number from 0 to 255"
        );
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            amount: f64,
            note: String,
        }
        let err = parse::<T>(Path::new("t.toml"), "amount = \"lots\"\nnote = \"x\"\n");
        assert_eq!(
            err.unwrap_err().message,
            "`amount`: found the text \"lots\", expected a number"
        );
        let err = parse::<T>(Path::new("t.toml"), "amount = 1\nnote = 2\n");
        assert_eq!(
            err.unwrap_err().message,
            "`note`: found the number `2`, expected text in quotes"
        );
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct U {
            scores: std::collections::BTreeMap<String, f64>,
        }
        let err = parse::<U>(
            Path::new("u.toml"),
            "scores = { trust = 4, vision = \"four\" }\n",
        );
        assert_eq!(
            err.unwrap_err().message,
            "`vision`: found the text \"four\", expected a number"
        );
    }

    #[test]
    fn a_byte_order_mark_is_read_past() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        std::fs::write(&p, "\u{FEFF}name = \"a\"\n").unwrap();
        let read = read_file(&p).unwrap().unwrap();
        assert!(read.bom);
        assert_eq!(read.text, "name = \"a\"\n");
        assert!(load::<toml::Table>(&p).is_ok());
    }

    #[test]
    fn links_are_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("elsewhere.toml");
        std::fs::write(&target, "name = \"a\"\n").unwrap();
        let link = tmp.path().join("a.toml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = read_text(&link).unwrap_err().to_string();
        assert!(err.contains("is a symbolic link"), "{err}");
        assert!(err.contains("elsewhere.toml"), "{err}");
        assert!(refuse_link(&link).is_err());
        assert!(refuse_link(&target).is_ok());
        assert!(
            read_text_opt(&tmp.path().join("none.toml"))
                .unwrap()
                .is_none()
        );
    }
}
