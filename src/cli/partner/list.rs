//! `accord partner list`

use crate::cli::word;
use crate::context::Ctx;
use crate::model::partner::{Partner, Stage};
use crate::report::partner::PartnerRow;
use crate::report::{ListFormat, list};
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only partners of this type
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only partners at this stage
    #[arg(long, value_parser = word::<Stage>())]
    pub stage: Option<Stage>,
    /// Only partners with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only partners with this focus area
    #[arg(long, value_name = "AREA")]
    pub focus: Option<String>,
    /// Include ended partners
    #[arg(short, long)]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

impl ListArgs {
    fn matches(&self, p: &Partner) -> bool {
        let stage_ok = match self.stage {
            Some(s) => p.stage == s,
            None => self.all || p.stage != Stage::Ended,
        };
        stage_ok
            && self
                .kind
                .as_ref()
                .is_none_or(|k| p.kind.eq_ignore_ascii_case(k))
            && self.tag.as_ref().is_none_or(|t| p.has_tag(t))
            && self.focus.as_ref().is_none_or(|f| p.has_focus(f))
    }
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let mut rows = Vec::new();
    let mut hidden_ended = 0;
    for p in ws.partners()? {
        let p = p?;
        // As it stands today, as `status` sees it (one ended later is still active, and
        // its row says until when); one that begins later is listed as it is written,
        // so a planned one is seen.
        let now = p
            .as_of(ctx.today)
            .map_or(std::borrow::Cow::Borrowed(&*p), |now| now);
        if args.matches(&now) {
            rows.push(PartnerRow::new(&p, ws.settings.cadence, ctx.today));
        } else if now.stage == Stage::Ended && args.stage.is_none() {
            hidden_ended += 1;
        }
    }
    rows.sort_by_key(|r| r.name.to_lowercase());
    let empty = if ws.ids(Kind::Partner)?.is_empty() {
        "no partners yet; add one with `accord partner add NAME`"
    } else {
        "no partners match"
    };
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )?;
    if hidden_ended > 0 && args.format == ListFormat::Table {
        let s = if hidden_ended == 1 { "" } else { "s" };
        ctx.status(&format!(
            "{hidden_ended} ended partner{s} not shown; --all includes them"
        ));
    }
    Ok(())
}
