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
    shown.display().to_string()
}

/// Read a file as UTF-8 text, naming it in the error.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        let what = match e.kind() {
            io::ErrorKind::NotFound => "it does not exist".to_string(),
            io::ErrorKind::InvalidData => "it is not UTF-8 text".to_string(),
            _ => e.to_string(),
        };
        anyhow::anyhow!("cannot read `{}`: {what}", display_path(path))
    })
}

/// Read the file if it exists.
pub fn read_text_opt(path: &Path) -> anyhow::Result<Option<String>> {
    if path.exists() {
        read_text(path).map(Some)
    } else {
        Ok(None)
    }
}

/// Parse TOML text into `T`, with an error pointing at the line.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, FileError> {
    toml::from_str(text).map_err(|e| FileError::at(path, text, e.span(), e.message()))
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
        assert!(err.message.contains("expected u8"), "{}", err.message);
        assert!(err.to_string().starts_with("s.toml:3:5: invalid type"));
    }
}
