//! `accord check`: validate the workspace and report every problem.

use crate::context::Ctx;
use crate::error::Exit;
use crate::model::validate::Severity;
use crate::report::{ShowFormat, Tone, list};
use crate::store::check;
use clap::Args;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: CheckArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let report = check::check(ws, ctx.today)?;
    if args.format == ShowFormat::Json {
        ctx.emit(&list::json(&report)?)?;
    } else {
        let p = &ctx.painter;
        let mut out = String::new();
        for d in &report.problems {
            let at = match (d.line, d.column) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", d.file),
                _ => d.file.clone(),
            };
            let label = match d.severity {
                Severity::Error => p.paint(Tone::Bad, "error"),
                Severity::Warning => p.paint(Tone::Warn, "warning"),
            };
            out.push_str(&format!("{at}: {label}: {}\n", d.message));
        }
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let summary = if report.problems.is_empty() {
            p.paint(Tone::Good, "no problems")
        } else {
            format!(
                "{}, {}",
                plural(report.errors, "error"),
                plural(report.warnings, "warning")
            )
        };
        out.push_str(&format!(
            "checked {}: {summary}\n",
            plural(report.files, "file")
        ));
        ctx.emit(&out)?;
    }
    if report.errors > 0 {
        return Err(Exit(1).into());
    }
    Ok(())
}
