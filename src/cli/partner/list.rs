//! `accord partner list`

use crate::cli::word;
use crate::context::Ctx;
use crate::model::cadence::Cadence;
use crate::model::partner::{Partner, Stage};
use crate::report::checkin::ContactSummary;
use crate::report::table::opt;
use crate::report::{Cell, ListFormat, Painter, Row, Tone, list};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

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

/// One partner in the list.
#[derive(Debug, Serialize)]
pub struct PartnerRow {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub stage: Stage,
    pub since: Option<NaiveDate>,
    pub agreement_ends: Option<NaiveDate>,
    /// Days until the agreement ends (negative once ended).
    pub agreement_days_left: Option<i64>,
    pub contacts: usize,
    #[serde(flatten)]
    pub contact: ContactSummary,
}

impl PartnerRow {
    pub fn new(p: &Partner, cadence: Cadence, today: NaiveDate) -> Self {
        PartnerRow {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: p.kind.clone(),
            stage: p.stage,
            since: p.since,
            agreement_ends: p.agreement.as_ref().and_then(|a| a.ends),
            agreement_days_left: p.agreement_days_left(today),
            contacts: p.contacts.len(),
            contact: ContactSummary::new(p, cadence, today),
        }
    }
}

/// How urgent an agreement end is: ended, within 90 days, or later.
pub fn agreement_tone(days_left: Option<i64>) -> Tone {
    match days_left {
        Some(d) if d < 0 => Tone::Bad,
        Some(d) if d <= 90 => Tone::Warn,
        _ => Tone::Plain,
    }
}

impl Row for PartnerRow {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "id",
            "type",
            "stage",
            "since",
            "agreement ends",
            "contacts",
            "last contact",
            "next due",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let [last, next] = self.contact.cells();
        vec![
            Cell::new(&*self.name).tone(Tone::Strong),
            Cell::new(&*self.id),
            Cell::new(&*self.kind),
            Cell::new(self.stage.as_str()).tone(match self.stage {
                Stage::Active => Tone::Plain,
                Stage::Ended => Tone::Dim,
                _ => Tone::Warn,
            }),
            opt(self.since),
            opt(self.agreement_ends).tone(agreement_tone(self.agreement_days_left)),
            Cell::new(self.contacts.to_string()).right(),
            last,
            next,
        ]
    }
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
        if args.matches(&p) {
            rows.push(PartnerRow::new(&p, ws.settings.cadence, ctx.today));
        } else if p.stage == Stage::Ended && args.stage.is_none() {
            hidden_ended += 1;
        }
    }
    rows.sort_by_key(|r| r.name.to_lowercase());
    let empty = if ws.ids(crate::store::Kind::Partner)?.is_empty() {
        "no partners yet; add one with `accord partner add NAME`"
    } else {
        "no partners match"
    };
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)?;
    if hidden_ended > 0 && args.format == ListFormat::Table {
        let s = if hidden_ended == 1 { "" } else { "s" };
        ctx.status(&format!(
            "{hidden_ended} ended partner{s} not shown; --all includes them"
        ));
    }
    Ok(())
}
