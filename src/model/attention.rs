//! What needs attention: the items `accord status` lists, each naming the partner, the
//! problem, how long it has been, and the command that fixes it.
//!
//! Each area of the domain contributes a producer (agreements and roles here; check-ins,
//! actions, goals and evaluations in their own modules). Producers look only at records
//! dated on or before `today`, so a status "as of" a past date is what it was then.

use crate::model::date::{days_between, relative};
use crate::model::partner::{Partner, Side, Stage};
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::Serialize;

word_enum! {
    /// How urgent an item is; status lists the most urgent first.
    pub enum Urgency {
        /// Past a date: act now.
        Overdue = "overdue",
        /// Coming due soon.
        Soon = "soon",
        /// Something missing or drifting: worth fixing.
        Watch = "watch",
    }
}

word_enum! {
    /// What kind of problem an item is; stable names for `--format json`.
    pub enum AttentionKind {
        AgreementExpired = "agreement-expired",
        AgreementEnding = "agreement-ending",
        NoRole = "no-role",
        CheckinOverdue = "checkin-overdue",
        CheckinDue = "checkin-due",
        ActionOverdue = "action-overdue",
        GoalOverdue = "goal-overdue",
        GoalOffTrack = "goal-off-track",
        GoalAtRisk = "goal-at-risk",
        GoalStale = "goal-stale",
        GoalNoData = "goal-no-data",
        GoalNoBaseline = "goal-no-baseline",
        EvaluationDue = "evaluation-due",
        EvaluationConcern = "evaluation-concern",
        EvaluationDivergence = "evaluation-divergence",
        EvaluationFalling = "evaluation-falling",
        InvestmentLopsided = "investment-lopsided",
        MergeConflict = "merge-conflict",
        SurveyClosing = "survey-closing",
        SurveyConcern = "survey-concern",
        SurveyNoResponses = "survey-no-responses",
    }
}

/// One thing that needs attention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attention {
    pub urgency: Urgency,
    pub kind: AttentionKind,
    /// The partner's id, unless the item is about the whole program.
    pub partner: Option<String>,
    pub partner_name: Option<String>,
    /// The id of the record concerned (an action, a goal...), if any.
    pub subject: Option<String>,
    /// The side the item is about (whose action item is overdue...), if any.
    pub side: Option<Side>,
    /// The problem, in words.
    pub problem: String,
    /// The date the item turns on (a due date, an end date...).
    pub date: Option<NaiveDate>,
    /// Days since `date` (negative while it is still ahead).
    pub days: Option<i64>,
    /// The command that fixes it.
    pub fix: String,
}

impl Attention {
    /// A new item about partner `p`.
    pub fn partner(
        p: &Partner,
        urgency: Urgency,
        kind: AttentionKind,
        problem: String,
        fix: String,
    ) -> Self {
        Attention {
            urgency,
            kind,
            partner: Some(p.id.clone()),
            partner_name: Some(p.name.clone()),
            subject: None,
            side: None,
            problem,
            date: None,
            days: None,
            fix,
        }
    }

    /// Set the date the item turns on, and the days since it.
    pub fn on(mut self, date: NaiveDate, today: NaiveDate) -> Self {
        self.date = Some(date);
        self.days = Some(days_between(date, today));
        self
    }

    pub fn subject(mut self, id: &str) -> Self {
        self.subject = Some(id.to_string());
        self
    }
}

/// Most urgent first; within an urgency, the longest overdue (or soonest due) first.
pub fn sort(items: &mut [Attention]) {
    items.sort_by(|a, b| {
        a.urgency
            .cmp(&b.urgency)
            .then_with(|| b.days.unwrap_or(i64::MIN).cmp(&a.days.unwrap_or(i64::MIN)))
            .then_with(|| a.partner_name.cmp(&b.partner_name))
            .then_with(|| a.problem.cmp(&b.problem))
    });
}

/// Days before an agreement's end at which it is flagged.
pub const AGREEMENT_WARNING_DAYS: i64 = 90;

/// An agreement that has ended, or ends within 90 days, of a partner still in play.
pub fn agreement(p: &Partner, today: NaiveDate) -> Option<Attention> {
    if matches!(p.stage, Stage::Ended | Stage::Prospect) {
        return None;
    }
    let a = p.agreement.as_ref()?;
    let ends = a.ends?;
    if a.signed.is_some_and(|s| s > today) {
        return None;
    }
    let left = days_between(today, ends);
    let fix = format!(
        "accord partner set {} --agreement-signed DATE --agreement-ends DATE",
        p.id
    );
    let kind = a.kind.as_deref().unwrap_or("agreement");
    if left < 0 {
        Some(
            Attention::partner(
                p,
                Urgency::Overdue,
                AttentionKind::AgreementExpired,
                format!(
                    "{kind} ended {ends} ({}) and was not renewed",
                    relative(ends, today)
                ),
                fix,
            )
            .on(ends, today),
        )
    } else if left <= AGREEMENT_WARNING_DAYS {
        Some(
            Attention::partner(
                p,
                Urgency::Soon,
                AttentionKind::AgreementEnding,
                format!("{kind} ends {ends} ({})", relative(ends, today)),
                fix,
            )
            .on(ends, today),
        )
    } else {
        None
    }
}

/// An active partner with no named role on a side.
pub fn roles(p: &Partner) -> Vec<Attention> {
    if p.stage != Stage::Active {
        return Vec::new();
    }
    p.sides_without_roles()
        .into_iter()
        .map(|side| {
            let whose = match side {
                Side::Ours => "our side",
                Side::Partner => "the partner's side",
            };
            let mut item = Attention::partner(
                p,
                Urgency::Watch,
                AttentionKind::NoRole,
                format!("no role named on {whose}"),
                format!(
                    "accord role assign {} --side {side} --title Liaison --person NAME",
                    p.id
                ),
            );
            item.side = Some(side);
            item
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::parse_iso;
    use crate::model::partner::Agreement;

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn with_agreement(ends: &str) -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            agreement: Some(Agreement {
                kind: Some("MOU".into()),
                signed: Some(d("2024-01-01")),
                ends: Some(d(ends)),
                notes: None,
            }),
            ..Partner::default()
        }
    }

    #[test]
    fn agreements_at_their_edges() {
        let today = d("2026-11-23");
        let a = agreement(&with_agreement("2026-11-22"), today).unwrap();
        assert_eq!(
            (a.urgency, a.kind, a.days),
            (Urgency::Overdue, AttentionKind::AgreementExpired, Some(1))
        );
        let a = agreement(&with_agreement("2026-11-23"), today).unwrap();
        assert_eq!((a.urgency, a.days), (Urgency::Soon, Some(0)));
        let a = agreement(&with_agreement("2027-02-21"), today).unwrap();
        assert_eq!(
            (a.kind, a.days),
            (AttentionKind::AgreementEnding, Some(-90))
        );
        assert!(agreement(&with_agreement("2027-02-22"), today).is_none());
        let mut ended = with_agreement("2025-01-01");
        ended.stage = Stage::Ended;
        assert!(agreement(&ended, today).is_none());
    }

    #[test]
    fn most_urgent_first() {
        let today = d("2026-11-23");
        let mut items = vec![
            agreement(&with_agreement("2027-01-01"), today).unwrap(),
            agreement(&with_agreement("2026-10-01"), today).unwrap(),
            agreement(&with_agreement("2026-01-01"), today).unwrap(),
        ];
        items.extend(roles(&with_agreement("2030-01-01")));
        sort(&mut items);
        let order: Vec<_> = items.iter().map(|a| (a.urgency, a.date)).collect();
        assert_eq!(
            order,
            vec![
                (Urgency::Overdue, Some(d("2026-01-01"))),
                (Urgency::Overdue, Some(d("2026-10-01"))),
                (Urgency::Soon, Some(d("2027-01-01"))),
                (Urgency::Watch, None),
                (Urgency::Watch, None),
            ]
        );
    }
}
