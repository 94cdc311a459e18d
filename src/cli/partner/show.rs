//! `accord partner show`: the whole partner on one screen.

use crate::cli::goal::{GoalRow, partner_goals, render_partner_goals};
use crate::cli::partner::list::agreement_tone;
use crate::context::Ctx;
use crate::model::cadence::Cadence;
use crate::model::date::relative;
use crate::model::partner::{Contact, Partner, Role, Side, Stage};
use crate::report::checkin::PartnerCheckins;
use crate::report::{Painter, ShowFormat, Tone, list, table};
use crate::store::Kind;
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

/// Everything `partner show` says about a partner.
#[derive(Debug, Serialize)]
pub struct PartnerView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub stage: Stage,
    pub since: Option<NaiveDate>,
    /// The cadence in effect: the partner's own, or the workspace default.
    pub cadence: Cadence,
    pub cadence_is_default: bool,
    pub focus: &'a [String],
    pub tags: &'a [String],
    pub website: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub ended: Option<NaiveDate>,
    pub end_reason: Option<&'a str>,
    pub agreement: Option<AgreementView<'a>>,
    pub contacts: &'a [Contact],
    pub roles: RolesView<'a>,
    /// Problems worth flagging, in words.
    pub gaps: Vec<String>,
    #[serde(flatten)]
    pub checkins: PartnerCheckins<'a>,
    /// The partner's goals with their status, open ones first.
    pub goals: Vec<GoalRow>,
    /// The latest evaluation, contributions by side, and wins.
    #[serde(flatten)]
    pub records: crate::cli::eval::PartnerRecords,
}

#[derive(Debug, Serialize)]
pub struct AgreementView<'a> {
    pub kind: Option<&'a str>,
    pub signed: Option<NaiveDate>,
    pub ends: Option<NaiveDate>,
    pub days_left: Option<i64>,
    pub notes: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct RolesView<'a> {
    pub ours: Vec<&'a Role>,
    pub partner: Vec<&'a Role>,
}

impl<'a> PartnerView<'a> {
    pub fn new(p: &'a Partner, default_cadence: Cadence, today: NaiveDate) -> Self {
        let mut gaps = Vec::new();
        if p.stage == Stage::Active {
            for side in p.sides_without_roles() {
                gaps.push(match side {
                    Side::Ours => "no role named on our side".to_string(),
                    Side::Partner => "no role named on the partner's side".to_string(),
                });
            }
        }
        PartnerView {
            id: &p.id,
            name: &p.name,
            kind: &p.kind,
            stage: p.stage,
            since: p.since,
            cadence: p.cadence.unwrap_or(default_cadence),
            cadence_is_default: p.cadence.is_none(),
            focus: &p.focus,
            tags: &p.tags,
            website: p.website.as_deref(),
            notes: p.notes.as_deref(),
            ended: p.ended,
            end_reason: p.end_reason.as_deref(),
            agreement: p.agreement.as_ref().map(|a| AgreementView {
                kind: a.kind.as_deref(),
                signed: a.signed,
                ends: a.ends,
                days_left: p.agreement_days_left(today),
                notes: a.notes.as_deref(),
            }),
            contacts: &p.contacts,
            roles: RolesView {
                ours: p.roles_on(Side::Ours).collect(),
                partner: p.roles_on(Side::Partner).collect(),
            },
            gaps,
            checkins: PartnerCheckins::new(p, default_cadence, today),
            goals: Vec::new(),
            records: Default::default(),
        }
    }

    /// The view as terminal text.
    pub fn render(&self, p: &Painter, today: NaiveDate) -> String {
        let mut out = format!(
            "{}  {}\n",
            p.paint(Tone::Strong, self.name),
            p.paint(Tone::Dim, self.id)
        );
        let mut line = vec![self.kind.to_string(), self.stage.to_string()];
        if let Some(since) = self.since {
            line.push(format!("since {since}"));
        }
        let cadence = if self.cadence_is_default {
            format!("meets {} (workspace default)", self.cadence.describe())
        } else {
            format!("meets {}", self.cadence.describe())
        };
        line.push(cadence);
        out.push_str(&format!("{}\n", line.join(" · ")));
        if let (Some(ended), Stage::Ended) = (self.ended, self.stage) {
            let reason = self.end_reason.map_or(String::new(), |r| format!(": {r}"));
            out.push_str(&format!(
                "{}\n",
                p.paint(Tone::Dim, &format!("ended {ended}{reason}"))
            ));
        }
        let mut fields = Vec::new();
        if !self.focus.is_empty() {
            fields.push(("focus", self.focus.join(", ")));
        }
        if !self.tags.is_empty() {
            fields.push(("tags", self.tags.join(", ")));
        }
        if let Some(w) = self.website {
            fields.push(("website", w.to_string()));
        }
        if !fields.is_empty() {
            out.push('\n');
            out.push_str(&table::fields(&fields, p));
        }

        section(&mut out, p, "Agreement");
        match &self.agreement {
            None => out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none recorded"))),
            Some(a) => {
                let mut parts = vec![a.kind.unwrap_or("agreement").to_string()];
                if let Some(s) = a.signed {
                    parts.push(format!("signed {s}"));
                }
                match (a.ends, a.days_left) {
                    (Some(e), Some(d)) => {
                        let verb = if d < 0 { "ended" } else { "ends" };
                        let when = format!("{verb} {e} ({})", relative(e, today));
                        parts.push(p.paint(agreement_tone(Some(d)), &when));
                    }
                    _ => parts.push("no end date".to_string()),
                }
                out.push_str(&format!("  {}\n", parts.join(", ")));
                if let Some(n) = a.notes {
                    out.push_str(&format!("  {n}\n"));
                }
            }
        }

        section(&mut out, p, "Contacts");
        if self.contacts.is_empty() {
            out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none yet")));
        }
        for c in self.contacts {
            let details: Vec<&str> = [c.title.as_deref(), c.email.as_deref(), c.phone.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            out.push_str(&format!("  {}", c.name));
            if !details.is_empty() {
                out.push_str(&format!("  {}", p.paint(Tone::Dim, &details.join(" · "))));
            }
            out.push('\n');
        }

        section(&mut out, p, "Roles");
        for (label, roles) in [("ours", &self.roles.ours), ("partner", &self.roles.partner)] {
            if roles.is_empty() {
                out.push_str(&format!(
                    "  {label:<8} {}\n",
                    p.paint(Tone::Dim, "none named")
                ));
            }
            for (i, r) in roles.iter().enumerate() {
                let side = if i == 0 { label } else { "" };
                let email = r
                    .email
                    .as_ref()
                    .map_or(String::new(), |e| format!(" <{e}>"));
                out.push_str(&format!("  {side:<8} {}: {}{email}\n", r.title, r.person));
                for resp in &r.resp {
                    out.push_str(&format!("  {:<8}   - {resp}\n", ""));
                }
            }
        }
        for gap in &self.gaps {
            out.push_str(&format!("  {}\n", p.paint(Tone::Warn, &format!("! {gap}"))));
        }

        out.push_str(&self.checkins.render(p, self.id, self.stage.as_str(), today));
        if !self.goals.is_empty() {
            section(&mut out, p, "Goals");
            render_partner_goals(&mut out, p, self.id, &self.goals);
        }
        self.records.render(&mut out, p, self.id);

        if let Some(n) = self.notes {
            section(&mut out, p, "Notes");
            for line in n.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}

/// Start a section of a show screen.
pub use crate::report::table::section;

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let partner = ws.load_partner(&id)?;
    let mut view = PartnerView::new(&partner, ws.settings.cadence, ctx.today);
    view.goals = partner_goals(ws, &id, ctx.today)?;
    view.records = crate::cli::eval::PartnerRecords::new(ws, &partner, ctx.today)?;
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&ctx.painter, ctx.today)),
    }
}
