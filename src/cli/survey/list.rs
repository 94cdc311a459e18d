//! `accord survey list`

use crate::cli::survey::partner_name;
use crate::context::Ctx;
use crate::model::survey::Survey;
use crate::report::survey::SurveyRow;
use crate::report::{ListFormat, list};
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only surveys about this partner
    #[arg(long, value_name = "ID")]
    pub partner: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let partner = args
        .partner
        .as_deref()
        .map(|p| ws.resolve(Kind::Partner, p))
        .transpose()?;
    let names = |id: &str| partner_name(ws, id);
    let mut rows = Vec::new();
    let mut any = false;
    for s in ws.surveys()? {
        let s: Survey = s?;
        any = true;
        if partner.as_ref().is_some_and(|p| !s.covers(p)) {
            continue;
        }
        rows.push(SurveyRow::new(&s, ctx.today, &names));
    }
    // Latest first: by closing date, open-ended ones first.
    rows.sort_by(|a, b| {
        b.closes
            .is_none()
            .cmp(&a.closes.is_none())
            .then(b.closes.cmp(&a.closes))
            .then(a.id.cmp(&b.id))
    });
    let empty = if any {
        "no surveys match"
    } else {
        "no surveys yet; start one with `accord survey new TITLE --group GROUP --closes DATE`"
    };
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)
}
