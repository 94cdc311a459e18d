//! `accord workspace`: which workspace is in use, and why.

use crate::context::Ctx;
use crate::model::words;
use crate::report::{ShowFormat, Tone, list, table};
use crate::store::Kind;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct WorkspaceArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

#[derive(Serialize)]
struct WorkspaceInfo {
    path: String,
    source: &'static str,
    reason: &'static str,
    exists: bool,
    name: Option<String>,
    partners: usize,
    goals: usize,
}

pub fn run(ctx: &Ctx, args: WorkspaceArgs) -> anyhow::Result<()> {
    let ws = ctx.ws_unannounced()?;
    let info = WorkspaceInfo {
        path: ws.root.display().to_string(),
        source: ws.origin.as_str(),
        reason: ws.origin.describe(),
        exists: ws.exists(),
        name: ws.settings.name.clone(),
        partners: ws.ids(Kind::Partner)?.len(),
        goals: ws.ids(Kind::Goal)?.len(),
    };
    if args.format == ShowFormat::Json {
        return ctx.emit(&list::json(&info)?);
    }
    let p = &ctx.painter;
    let mut out = format!("{}\n", p.paint(Tone::Strong, &info.path));
    let mut rows = vec![("why", info.reason.to_string())];
    if let Some(name) = &info.name {
        rows.push(("program", name.clone()));
    }
    rows.push((
        "holds",
        if info.exists {
            format!(
                "{}, {}",
                words::count(info.partners, "partner", "partners"),
                words::count(info.goals, "goal", "goals")
            )
        } else {
            "nothing yet: it is created on the first write".to_string()
        },
    ));
    out.push_str(&table::fields(&rows, p));
    ctx.emit(&out)
}
