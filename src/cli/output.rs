//! `--output FILE`: what a file's extension says it holds, and refusing an extension
//! accord does not write (a `.pdf` or `.xlsx` would get plain text under that name).

use crate::error::usage_hinted;
use std::path::Path;

/// The extension of `path`, lowercase, if it has one.
pub fn extension(path: &Path) -> Option<String> {
    Some(path.extension()?.to_str()?.to_ascii_lowercase())
}

/// The error for a file whose extension names a format accord does not write there:
/// the extensions it does write, and where there is a better way, how.
pub fn refuse(path: &Path, ext: &str, writes: &[&str]) -> anyhow::Error {
    let list: Vec<String> = writes.iter().map(|e| format!("`.{e}`")).collect();
    let hint = match ext {
        "pdf" if writes.contains(&"html") => {
            "for a PDF, write the report to a `.html` file and print it to PDF from a browser"
                .to_string()
        }
        "xlsx" | "xls" | "ods" | "numbers" if writes.contains(&"csv") => {
            "spreadsheets open `.csv` files: write one and save it from the spreadsheet in its own format"
                .to_string()
        }
        _ => format!("name the file with one of: {}", list.join(", ")),
    };
    usage_hinted(
        format!(
            "accord does not write `.{ext}` files (`{}`); --output here takes {}, or a name without an extension",
            path.display(),
            list.join(", ")
        ),
        hint,
    )
}

/// Check that `path`'s extension is one accord writes here (a name without one is
/// accepted as it is) and that its folder exists (a mistyped folder is not made), and
/// return the extension.
pub fn check(path: &Path, writes: &[&str]) -> anyhow::Result<Option<String>> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(usage_hinted(
            format!(
                "cannot write `{}`: there is no folder `{}`",
                path.display(),
                dir.display()
            ),
            "create the folder first, or give a file in a folder that exists",
        ));
    }
    match extension(path) {
        Some(ext) if !writes.contains(&ext.as_str()) => Err(refuse(path, &ext, writes)),
        ext => Ok(ext),
    }
}
