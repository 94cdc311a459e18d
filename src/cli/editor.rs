//! Talking to the person at the terminal: opening their editor, asking a question.

use crate::error::hinted;
use anyhow::{Context, bail};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::Command;

/// The editor to use: `$VISUAL`, else `$EDITOR`. With neither set there is none: an
/// editor the person never chose (`vi`) is one many cannot get out of.
pub fn editor() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
}

/// Open the editor on `path` and wait for it. The editor value may carry arguments
/// (`code --wait`), as with git. With no editor set, says how to set one.
pub fn open(path: &Path) -> anyhow::Result<()> {
    let Some(editor) = editor() else {
        return Err(hinted(
            "no editor is set, so accord cannot open one (`VISUAL` and `EDITOR` are empty)",
            "set one for this shell, e.g. `export EDITOR=nano` (or `export EDITOR=\"code --wait\"`), and add that line to ~/.profile to keep it",
        ));
    };
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
