//! What needs attention: the items `accord status` lists, each naming the partner, the
//! problem, how long it has been, and the command that fixes it.
//!
//! Each area of the domain contributes a producer (agreements and roles here; check-ins,
//! actions, goals and evaluations in their own modules). Producers look only at records
//! dated on or before `today`, so a status "as of" a past date is what it was then.

use crate::model::date::{days_between, relative};
use crate::model::partner::{Partner, Side, Stage};
use crate::model::top::Top;
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::Serialize;
use std::cmp::Ordering;

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
        ContributionUncounted = "contribution-uncounted",
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
        let who = (Some(p.id.clone()), Some(p.name.clone()));
        Attention::new(urgency, kind, who, problem, fix)
    }

    /// A new item about the partner `who` names (its id and name; neither: the program).
    pub fn new(
        urgency: Urgency,
        kind: AttentionKind,
        (partner, partner_name): (Option<String>, Option<String>),
        problem: String,
        fix: String,
    ) -> Self {
        Attention {
            urgency,
            kind,
            partner,
            partner_name,
            subject: None,
            side: None,
            problem,
            date: None,
            days: None,
            fix,
        }
    }

    /// Who an item about something several partners share (a goal, a survey) is about:
    /// the first partner's id, and every partner's name (`name` finds one), together;
    /// no partners, the program.
    pub fn shared_by(
        partners: &[String],
        name: impl Fn(&str) -> String,
    ) -> (Option<String>, Option<String>) {
        let names = (!partners.is_empty()).then(|| {
            partners
                .iter()
                .map(|p| name(p))
                .collect::<Vec<_>>()
                .join(", ")
        });
        (partners.first().cloned(), names)
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
    items.sort_by(order);
}

/// The order of `sort`: whether `a` is more urgent than `b`.
pub fn order(a: &Attention, b: &Attention) -> Ordering {
    a.urgency
        .cmp(&b.urgency)
        .then_with(|| b.days.unwrap_or(i64::MIN).cmp(&a.days.unwrap_or(i64::MIN)))
        .then_with(|| a.partner_name.cmp(&b.partner_name))
        .then_with(|| a.problem.cmp(&b.problem))
}

/// How many items a long list shows before it counts the rest by kind (`status` on a
/// terminal, the reports' attention section).
pub const SHOWN: usize = 25;

/// Items that need attention, taken as they are found and kept most urgent first: at most
/// `limit` of them, the others counted by urgency and by kind without being held.
pub struct Ranking {
    top: Top<Attention>,
    counts: [usize; 3],
    /// Of each kind not all shown: its most urgent item left out, where that item was
    /// given, and how many were left out.
    more: Vec<(Attention, u64, usize)>,
}

/// What a `Ranking` kept: the items, most urgent first, and the rest counted.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Ranked {
    pub overdue: usize,
    pub soon: usize,
    pub watch: usize,
    pub items: Vec<Attention>,
    /// The items left out, counted by kind, the kind with the most urgent item first.
    pub more: Vec<More>,
}

/// How many items of one kind a shortened list left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct More {
    pub kind: AttentionKind,
    pub count: usize,
}

impl Ranking {
    /// Keep the `limit` most urgent items; `None` keeps every item.
    pub fn new(limit: Option<usize>) -> Self {
        Ranking {
            top: Top::new(limit, order),
            counts: [0; 3],
            more: Vec::new(),
        }
    }

    pub fn push(&mut self, item: Attention) {
        self.counts[item.urgency as usize] += 1;
        let more = &mut self.more;
        self.top.push(item, |item, at| left_out(more, item, at));
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Attention>) {
        for item in items {
            self.push(item);
        }
    }

    pub fn finish(self) -> Ranked {
        let mut more = self.more;
        let items = self.top.finish(|item, at| left_out(&mut more, item, at));
        more.sort_by(|(a, i, _), (b, j, _)| order(a, b).then(i.cmp(j)));
        let [overdue, soon, watch] = self.counts;
        Ranked {
            overdue,
            soon,
            watch,
            items,
            more: more
                .into_iter()
                .map(|(first, _, count)| More {
                    kind: first.kind,
                    count,
                })
                .collect(),
        }
    }
}

/// Count an item left out under its kind, keeping the kind's most urgent one.
fn left_out(more: &mut Vec<(Attention, u64, usize)>, item: Attention, at: u64) {
    match more
        .iter_mut()
        .find(|(first, _, _)| first.kind == item.kind)
    {
        Some((first, first_at, count)) => {
            *count += 1;
            if order(&item, first).then(at.cmp(first_at)).is_lt() {
                (*first, *first_at) = (item, at);
            }
        }
        None => more.push((item, at, 1)),
    }
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

    fn item(urgency: usize, kind: usize, days: Option<i64>, who: usize, what: usize) -> Attention {
        let kinds = [
            AttentionKind::CheckinOverdue,
            AttentionKind::ActionOverdue,
            AttentionKind::GoalStale,
            AttentionKind::EvaluationDivergence,
        ];
        Attention {
            urgency: [Urgency::Overdue, Urgency::Soon, Urgency::Watch][urgency],
            kind: kinds[kind],
            partner: None,
            partner_name: Some(format!("Partner {who}")),
            subject: None,
            side: None,
            problem: format!("problem {what}"),
            date: None,
            days,
            fix: format!("fix {kind}"),
        }
    }

    proptest::proptest! {
        /// A ranking keeps what the whole list sorted shows first, counts by urgency the
        /// whole list, and counts the rest by kind in the order the kinds first come in
        /// the sorted rest.
        #[test]
        fn a_ranking_is_the_head_of_the_sorted_list_and_the_rest_counted(
            list in proptest::collection::vec(
                (0usize..3, 0usize..4, proptest::option::of(-5i64..5), 0usize..3, 0usize..3),
                0..300,
            ),
            limit in proptest::option::of(0usize..40),
        ) {
            let list: Vec<Attention> =
                list.into_iter().map(|(u, k, d, w, p)| item(u, k, d, w, p)).collect();
            let mut ranking = Ranking::new(limit);
            ranking.extend(list.iter().cloned());
            let ranked = ranking.finish();
            let mut sorted = list.clone();
            sort(&mut sorted);
            let shown = limit.unwrap_or(usize::MAX).min(sorted.len());
            proptest::prop_assert_eq!(&ranked.items[..], &sorted[..shown]);
            let mut more: Vec<More> = Vec::new();
            for i in &sorted[shown..] {
                match more.iter_mut().find(|m| m.kind == i.kind) {
                    Some(m) => m.count += 1,
                    None => more.push(More { kind: i.kind, count: 1 }),
                }
            }
            proptest::prop_assert_eq!(ranked.more, more);
            let count = |u: Urgency| list.iter().filter(|i| i.urgency == u).count();
            proptest::prop_assert_eq!(
                (ranked.overdue, ranked.soon, ranked.watch),
                (count(Urgency::Overdue), count(Urgency::Soon), count(Urgency::Watch))
            );
        }
    }
}
