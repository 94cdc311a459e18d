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
    // `COMPLETE=bash accord ...`: the shell asking for completions, answered and done.
    clap_complete::CompleteEnv::with_factory(<cli::Cli as clap::CommandFactory>::command)
        .var(cli::complete::VAR)
        .complete();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            print_usage_error(e, &args);
            return ExitCode::from(code);
        }
    };
    let tty = std::io::stdout().is_terminal();
    let color = report::style::use_color(cli.color, tty, |k| std::env::var(k).ok());
    let painter = report::Painter { color, tty };
    let result = cli::today(&cli).and_then(|today| {
        let inputs = store::discover::Inputs::from_env(cli.workspace.clone());
        let ctx = context::Ctx::new(today, painter, inputs).with_bom(cli.bom);
        cli::dispatch(&ctx, cli.command)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report_error(&e, color && std::io::stderr().is_terminal()),
    }
}

/// Print clap's message for arguments it refused. An argument with a control character
/// is quoted with its escapes: the message is made again from the arguments as the
/// terminal's edge would show them.
fn print_usage_error(e: clap::Error, args: &[std::ffi::OsString]) {
    let unsafe_arg =
        |a: &std::ffi::OsString| a.to_string_lossy().chars().any(model::text::is_unsafe);
    if e.use_stderr() && args.iter().any(unsafe_arg) {
        let shown = args
            .iter()
            .map(|a| model::text::escaped(&a.to_string_lossy()).into_owned());
        match cli::Cli::try_parse_from(shown) {
            Err(again) if again.kind() == e.kind() => {
                let _ = again.print();
            }
            _ => eprint!("{}", report::terminal::screen(&e.render().to_string())),
        }
        return;
    }
    // Printing help into a closed pipe is not an error worth reporting.
    let _ = e.print();
}

/// Whether `err` is output stopping because its reader went away (`accord ... | head`),
/// which is not an error: also when a JSON or CSV writer wrapped the I/O error.
fn closed_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

/// Print an error once, with its hint, and choose the exit code. Messages quote values
/// from data, so they pass through the terminal's edge like all output.
fn report_error(err: &anyhow::Error, color: bool) -> ExitCode {
    if let Some(exit) = err.downcast_ref::<error::Exit>() {
        return ExitCode::from(exit.0);
    }
    if closed_pipe(err) {
        return ExitCode::SUCCESS;
    }
    let p = report::Painter { color, tty: false };
    let label = p.paint(report::Tone::Bad, "error:");
    eprintln!("{}", report::terminal::screen(&format!("{label} {err:#}")));
    let hint = err.chain().find_map(|c| {
        if let Some(h) = c.downcast_ref::<error::Hinted>() {
            return Some(h.hint.clone());
        }
        c.downcast_ref::<store::file::FileError>().map(|_| {
            "fix the file by hand (accord never rewrites a file it cannot read); `accord check` lists every problem".to_string()
        })
    });
    if let Some(hint) = hint {
        let label = p.paint(report::Tone::Warn, "hint:");
        eprintln!("{}", report::terminal::screen(&format!("{label} {hint}")));
    }
    let usage = err.chain().any(|c| {
        c.downcast_ref::<error::Usage>().is_some()
            || c.downcast_ref::<error::Hinted>().is_some_and(|h| h.usage)
    });
    ExitCode::from(if usage { 2 } else { 1 })
}
