//! accord: a partnership tracker for education partnerships, kept as TOML files.
//!
//! `run` parses the command line, builds the context, dispatches to a command and prints
//! any error once. The layers: `cli` (arguments, rendering choices) -> `store` (files) ->
//! `model` (rules, pure) -> `report` (shapes values into tables, JSON, CSV...).

pub mod cli;
pub mod context;
pub mod error;
pub mod model;
pub mod report;
pub mod store;

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Run accord with the process's arguments and environment.
pub fn run() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // Printing help into a closed pipe is not an error worth reporting.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let tty = std::io::stdout().is_terminal();
    let color = report::style::use_color(cli.color, tty, |k| std::env::var(k).ok());
    let painter = report::Painter { color, tty };
    let result = cli::today(&cli).and_then(|today| {
        let inputs = store::discover::Inputs::from_env(cli.workspace.clone());
        let ctx = context::Ctx::new(today, painter, inputs);
        cli::dispatch(&ctx, cli.command)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report_error(&e, color && std::io::stderr().is_terminal()),
    }
}

/// Print an error once, with its hint, and choose the exit code.
fn report_error(err: &anyhow::Error, color: bool) -> ExitCode {
    if let Some(exit) = err.downcast_ref::<error::Exit>() {
        return ExitCode::from(exit.0);
    }
    let broken_pipe = err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let p = report::Painter { color, tty: false };
    eprintln!("{} {err:#}", p.paint(report::Tone::Bad, "error:"));
    let hint = err.chain().find_map(|c| {
        if let Some(h) = c.downcast_ref::<error::Hinted>() {
            return Some(h.hint.clone());
        }
        c.downcast_ref::<store::file::FileError>().map(|_| {
            "fix the file by hand (accord never rewrites a file it cannot read); `accord check` lists every problem".to_string()
        })
    });
    if let Some(hint) = hint {
        eprintln!("{} {hint}", p.paint(report::Tone::Warn, "hint:"));
    }
    let usage = err.chain().any(|c| {
        c.downcast_ref::<error::Usage>().is_some()
            || c.downcast_ref::<error::Hinted>().is_some_and(|h| h.usage)
    });
    ExitCode::from(if usage { 2 } else { 1 })
}
