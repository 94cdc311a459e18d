//! `accord init`: create a workspace.

use crate::context::Ctx;
use crate::store::file::display_path;
use crate::store::init::{self, Options};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create the workspace in (created if missing)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The program's name, shown on reports
    #[arg(long)]
    pub name: Option<String>,
    /// Our organization: the "ours" side of every partnership
    #[arg(long)]
    pub org: Option<String>,
    /// First month of the fiscal year, 1-12 (7 = July); quarters follow it
    #[arg(long, value_name = "MONTH", value_parser = clap::value_parser!(u32).range(1..=12))]
    pub fiscal_year_start: Option<u32>,
    /// Also start a git repository for the team to share, set up to merge accord's files
    /// by record (see `accord sync`)
    #[arg(long)]
    pub git: bool,
}

pub fn run(ctx: &Ctx, args: InitArgs) -> anyhow::Result<()> {
    for (what, value) in [("name", &args.name), ("org", &args.org)] {
        if let Some(v) = value {
            let flag = format!("--{what}");
            crate::model::text::check_name(&format!("`{flag}`"), &format!("`{flag}`"), v.trim())
                .map_err(crate::error::usage)?;
        }
    }
    let opts = Options {
        name: args.name,
        org: args.org,
        fiscal_year_start: args.fiscal_year_start,
    };
    init::create(&args.dir, &opts, false)?;
    let shown = display_path(&std::fs::canonicalize(&args.dir).unwrap_or(args.dir.clone()));
    let shown = if shown.is_empty() {
        ".".to_string()
    } else {
        shown
    };
    ctx.status(&format!("created an accord workspace in {shown}"));
    if args.git {
        // A separate step with its own messages; the workspace itself is already made.
        crate::cli::sync::init_git(ctx, &args.dir)?;
    }
    ctx.status("next: `accord partner add NAME` adds a partner; settings are in accord.toml");
    Ok(())
}
