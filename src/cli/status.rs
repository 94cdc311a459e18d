//! `accord status`: what needs attention now, most urgent first.

use crate::context::Ctx;
use crate::error::Exit;
use crate::model::attention::Urgency;
use crate::report::status::{self, Status};
use crate::report::{Painter, ShowFormat, Tone, list};
use crate::store::instruments::Catalog;
use clap::Args;

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Exit with 1 when anything is overdue (for cron jobs and CI)
    #[arg(long)]
    pub exit_code: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: StatusArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let mut collect = status::Collect::new(&ws.settings, &find, ctx.today);
    for p in ws.partners()? {
        collect.partner(&p?);
    }
    for g in ws.goals()? {
        collect.goal(&g);
    }
    collect.surveys(&crate::cli::survey::for_status(ws, ctx.today)?);
    let status = collect.finish();
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&status)?)?,
        ShowFormat::Table => ctx.emit(&render(&status, &ctx.painter))?,
    }
    if args.exit_code && status.overdue > 0 {
        return Err(Exit(1).into());
    }
    Ok(())
}

/// Status as terminal text: one item per line with the fixing command beneath it.
pub fn render(status: &Status, p: &Painter) -> String {
    if status.items.is_empty() {
        return format!(
            "{} as of {}\n",
            p.paint(Tone::Good, "nothing needs attention"),
            status.as_of
        );
    }
    let width = status
        .items
        .iter()
        .map(|i| {
            i.partner_name
                .as_deref()
                .unwrap_or("program")
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for item in &status.items {
        let (label, tone) = match item.urgency {
            Urgency::Overdue => ("overdue", Tone::Bad),
            Urgency::Soon => ("soon", Tone::Warn),
            Urgency::Watch => ("watch", Tone::Plain),
        };
        let who = item.partner_name.as_deref().unwrap_or("program");
        out.push_str(&format!(
            "{}  {}  {}\n",
            p.paint(tone, &format!("{label:<7}")),
            p.paint(Tone::Strong, &format!("{who:<width$}")),
            item.problem
        ));
        out.push_str(&format!(
            "{:9}{}\n",
            "",
            p.paint(Tone::Dim, &format!("→ {}", item.fix))
        ));
    }
    let mut counts = Vec::new();
    for (n, word) in [
        (status.overdue, "overdue"),
        (status.soon, "due soon"),
        (status.watch, "to watch"),
    ] {
        if n > 0 {
            counts.push(format!("{n} {word}"));
        }
    }
    out.push_str(&format!("\n{} as of {}\n", counts.join(", "), status.as_of));
    out
}
