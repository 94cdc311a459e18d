//! Talking to the person at the terminal: opening their editor, asking a question.

use anyhow::{Context, bail};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::Command;

/// The editor to use: `$VISUAL`, else `$EDITOR`, else `vi`.
pub fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Open the editor on `path` and wait for it. The editor value may carry arguments
/// (`code --wait`), as with git.
pub fn open(path: &Path) -> anyhow::Result<()> {
    let editor = editor();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        bail!("the editor `{editor}` did not finish cleanly ({status}); nothing was changed");
    }
    Ok(())
}

/// Whether both stdin and stderr are terminals, so a question can be asked.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Say something on stderr, through the terminal's edge: text from data (an
/// instrument's question, a partner's name) shows its control characters as escapes.
pub fn say(text: &str) {
    eprintln!("{}", crate::report::terminal::screen(text));
}

/// Ask a question on stderr and read one line from stdin; `None` at end of input.
pub fn ask(question: &str) -> anyhow::Result<Option<String>> {
    eprint!("{} ", crate::report::terminal::screen(question));
    std::io::stderr().flush().ok();
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the answer")?;
    Ok((n > 0).then(|| line.trim().to_string()))
}
