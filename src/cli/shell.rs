//! `accord completions` and `accord man`: shell completion scripts and manual pages,
//! generated from the command-line definition itself so they never drift from it.

use crate::cli::Cli;
use crate::context::Ctx;
use crate::store::file::display_path;
use crate::store::write::write_atomic;
use anyhow::Context;
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: Shell,
    /// Print a script that completes commands and options only, without asking accord
    /// for partner, goal and record ids
    #[arg(long = "static")]
    pub fixed: bool,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (accord.1, accord-partner-add.1...) into DIR instead of
    /// printing the main page
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// The completion script for a shell: by default one that asks accord, at each TAB,
/// for commands, options and the workspace's ids (`COMPLETE=SHELL accord` prints the
/// same); with `--static`, one generated once, without ids.
pub fn completions(ctx: &Ctx, args: CompletionsArgs) -> anyhow::Result<()> {
    let mut out = Vec::new();
    if args.fixed {
        clap_complete::generate(args.shell, &mut Cli::command(), "accord", &mut out);
    } else {
        let shells = clap_complete::env::Shells::builtins();
        let name = args.shell.to_string();
        let shell = shells
            .completer(&name)
            .with_context(|| format!("no dynamic completion for {name}"))?;
        shell.write_registration(
            crate::cli::complete::VAR,
            "accord",
            "accord",
            "accord",
            &mut out,
        )?;
    }
    ctx.emit(&String::from_utf8(out)?)
}

pub fn man(ctx: &Ctx, args: ManArgs) -> anyhow::Result<()> {
    let pages = man_pages()?;
    let Some(dir) = args.output else {
        // The main page comes last: every command's page is rendered before its parent's.
        let (_, top) = pages.last().context("no manual page")?;
        return ctx.emit(&String::from_utf8_lossy(top));
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create `{}`", display_path(&dir)))?;
    for (name, page) in &pages {
        write_atomic(&dir.join(name), page)?;
    }
    ctx.status(&format!(
        "wrote {} manual pages to `{}`; `man {}` shows the main one",
        pages.len(),
        display_path(&dir),
        display_path(&dir.join("accord.1"))
    ));
    Ok(())
}

/// Every manual page, `(file name, roff)`: one per command and subcommand, nested ones
/// named after their path (`accord-partner-contact-add.1`), the main page last.
pub fn man_pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out)?;
        }
        let man = clap_mangen::Man::new(cmd.clone());
        let mut page = Vec::new();
        man.render(&mut page)?;
        out.push((man.get_filename(), page));
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    walk(&cmd, &mut pages)?;
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_for_every_command_including_nested_ones() {
        let pages = man_pages().unwrap();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        for expected in [
            "accord.1",
            "accord-partner.1",
            "accord-partner-add.1",
            "accord-partner-contact-add.1",
            "accord-import.1",
            "accord-man.1",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert_eq!(names.last(), Some(&"accord.1"));
        assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
        let add = &pages
            .iter()
            .find(|(n, _)| n == "accord-partner-contact-add.1")
            .unwrap()
            .1;
        let text = String::from_utf8_lossy(add);
        assert!(text.contains("accord\\-partner\\-contact\\-add"), "{text}");
    }
}
