//! Partners as rows and views: the `partner list` rows and the `partner show` screen,
//! which composes the per-kind parts (check-ins, goals, evaluation, contributions, wins).
//! Takes partners, settings and today as values, never the workspace.

// Parts still defined beside their commands; they move to `report/` with their kinds.
use crate::model::cadence::Cadence;
use crate::model::date::relative;
use crate::model::partner::{Contact, Partner, Role, Side, Stage};
use crate::report::checkin::{ContactSummary, PartnerCheckins};
use crate::report::evaluation::PartnerRecords;
use crate::report::goal::{GoalRow, render_partner_goals};
use crate::report::list::Full;
use crate::report::survey::brief::{Brief, PartnerSurveys};
use crate::report::table::{self, opt, section};
// A one-line field of a show screen: a line break in it shows as `⏎`.
use crate::report::terminal::line as one;
use crate::report::{Cell, Painter, Row, Tone};
use chrono::NaiveDate;
use serde::Serialize;

/// One partner in the list.
#[derive(Debug, Serialize)]
pub struct PartnerRow {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub stage: Stage,
    /// The day a partnership still running is written to end, when that is after today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends: Option<NaiveDate>,
    pub since: Option<NaiveDate>,
    pub agreement_ends: Option<NaiveDate>,
    /// Days until the agreement ends (negative once ended).
    pub agreement_days_left: Option<i64>,
    pub contacts: usize,
    #[serde(flatten)]
    pub contact: ContactSummary,
}

impl PartnerRow {
    /// The row of partner `p` as it stands `today` (`Partner::as_of`: one written to end
    /// later is listed at the stage it ends from, with the day it ends).
    pub fn new(p: &Partner, cadence: Cadence, today: NaiveDate) -> Self {
        let ends = p.ended.filter(|&e| e > today);
        let p = p.as_of(today).unwrap_or(std::borrow::Cow::Borrowed(p));
        PartnerRow {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: p.kind.clone(),
            stage: p.stage,
            ends,
            since: p.since,
            agreement_ends: p.agreement.as_ref().and_then(|a| a.ends),
            agreement_days_left: p.agreement_days_left(today),
            contacts: p.contacts.len(),
            contact: ContactSummary::new(&p, cadence, today),
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
            Cell::new(match self.ends {
                Some(ends) => format!("{} until {ends}", self.stage),
                None => self.stage.to_string(),
            })
            .tone(match self.stage {
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

/// Everything `partner show` says about a partner.
#[derive(Debug, Serialize)]
pub struct PartnerView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub stage: Stage,
    pub since: Option<NaiveDate>,
    /// When accord began tracking the partner.
    pub added: Option<NaiveDate>,
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
    pub contacts: Vec<Full<'a, Contact>>,
    pub roles: RolesView<'a>,
    /// Problems worth flagging, in words.
    pub gaps: Vec<String>,
    #[serde(flatten)]
    pub checkins: PartnerCheckins<'a>,
    /// The partner's goals with their status, open ones first.
    pub goals: Vec<GoalRow>,
    /// The latest evaluation, contributions by side, and wins.
    #[serde(flatten)]
    pub records: PartnerRecords,
    /// The surveys about the partner, latest first.
    #[serde(flatten)]
    pub surveys: PartnerSurveys,
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
    /// The view of `p` as of `today`, composed with its goals and its evaluation,
    /// contribution and win parts.
    pub fn new(
        p: &'a Partner,
        default_cadence: Cadence,
        today: NaiveDate,
        goals: Vec<GoalRow>,
        records: PartnerRecords,
    ) -> Self {
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
            added: p.added,
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
            contacts: p.contacts.iter().map(Full).collect(),
            roles: RolesView {
                ours: p.roles_on(Side::Ours).collect(),
                partner: p.roles_on(Side::Partner).collect(),
            },
            gaps,
            checkins: PartnerCheckins::new(p, default_cadence, today),
            goals,
            records,
            surveys: PartnerSurveys::default(),
        }
    }

    /// The view with the partner's surveys in brief, latest first.
    pub fn with_surveys(mut self, surveys: Vec<Brief>) -> Self {
        self.surveys = PartnerSurveys { surveys };
        self
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
        if let Some(added) = self.added.filter(|a| self.since.is_none_or(|s| s < *a)) {
            line.push(format!("in accord since {added}"));
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
        for Full(c) in &self.contacts {
            let details: Vec<&str> = [c.title.as_deref(), c.email.as_deref(), c.phone.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            out.push_str(&format!("  {}", one(&c.name)));
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
                out.push_str(&format!(
                    "  {side:<8} {}: {}{}\n",
                    one(&r.title),
                    one(&r.person),
                    one(&email)
                ));
                for resp in &r.resp {
                    out.push_str(&format!("  {:<8}   - {}\n", "", one(resp)));
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
        self.surveys.render(&mut out, p);

        if let Some(n) = self.notes {
            section(&mut out, p, "Notes");
            for line in n.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}
