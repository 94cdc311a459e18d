//! Narrowing `accord status` to what a coordinator asked for (partners, a person, a side,
//! an urgency, a kind of item, a partner type or tag), and the words that count the items a
//! shortened list leaves out (`model::attention::Ranking` shortens it).
//!
//! Not here: what needs attention (`model::attention` and the producers beside each
//! record kind) or collecting it one partner at a time (`report::status`).

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::goal::Goal;
use crate::model::partner::{Partner, Side};

/// Which items to keep; an empty filter keeps every item, and each part given must match.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Partner ids: items about these partners (a goal: about one of its partners).
    pub partners: Vec<String>,
    /// A person's name or any part of it: items they own (an action item, a goal), and
    /// items about partners where they hold a role on our side.
    pub owner: Option<String>,
    /// Items about one side's part: its action items, a side with no role named, a side
    /// that puts in too little.
    pub side: Option<Side>,
    pub urgency: Vec<Urgency>,
    /// Kinds of item (`checkin-overdue`) or groups of kinds (`checkin`).
    pub kinds: Vec<String>,
    /// Partner types and tags: items about partners of one of these types, with one of
    /// these tags.
    pub types: Vec<String>,
    pub tags: Vec<String>,
}

/// What the filter needs to know of a partner, kept for its goals once it is gone.
#[derive(Debug, Clone)]
pub struct About {
    pub id: String,
    pub kind: String,
    pub tags: Vec<String>,
    /// The people holding a role on our side.
    pub holders: Vec<String>,
}

impl About {
    pub fn of(p: &Partner) -> Self {
        About {
            id: p.id.clone(),
            kind: p.kind.clone(),
            tags: p.tags.clone(),
            holders: p.roles_on(Side::Ours).map(|r| r.person.clone()).collect(),
        }
    }
}

/// The group a kind of item belongs to, as `--kind` takes it: `checkin` for
/// `checkin-overdue` and `checkin-due`, `role` for `no-role`.
pub fn group(kind: AttentionKind) -> &'static str {
    match kind {
        AttentionKind::NoRole => "role",
        k => k.as_str().split('-').next().unwrap_or(k.as_str()),
    }
}

/// Every word `--kind` takes: the groups, then each kind.
pub fn kind_words() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for &k in AttentionKind::ALL {
        if !out.contains(&group(k)) {
            out.push(group(k));
        }
    }
    out.extend(AttentionKind::NAMES);
    out
}

/// Whether `name` (a person as written on a record) is the person asked for: their name
/// contains what was typed, ignoring case.
fn is_person(name: &str, want: &str) -> bool {
    name.to_lowercase().contains(&want.trim().to_lowercase())
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.partners.is_empty()
            && self.owner.is_none()
            && self.side.is_none()
            && self.urgency.is_empty()
            && self.kinds.is_empty()
            && self.types.is_empty()
            && self.tags.is_empty()
    }

    /// Whether the filter asks about partners (so program-wide goals are left out).
    fn about_partners(&self) -> bool {
        !(self.partners.is_empty() && self.types.is_empty() && self.tags.is_empty())
    }

    fn partner_ok(&self, a: &About) -> bool {
        (self.partners.is_empty() || self.partners.contains(&a.id))
            && (self.types.is_empty() || self.types.iter().any(|t| t.eq_ignore_ascii_case(&a.kind)))
            && (self.tags.is_empty()
                || self
                    .tags
                    .iter()
                    .any(|t| a.tags.iter().any(|h| h.eq_ignore_ascii_case(t))))
    }

    fn item_ok(&self, i: &Attention) -> bool {
        (self.urgency.is_empty() || self.urgency.contains(&i.urgency))
            && (self.kinds.is_empty()
                || self
                    .kinds
                    .iter()
                    .any(|k| k == i.kind.as_str() || k == group(i.kind)))
            && self.side.is_none_or(|s| i.side == Some(s))
    }

    /// Whether the person asked for owns the item (`owner`) or holds a role on our side
    /// of one of its partners.
    fn person_ok(&self, owner: Option<&str>, partners: &[&About]) -> bool {
        let Some(want) = &self.owner else {
            return true;
        };
        owner.is_some_and(|o| is_person(o, want))
            || partners
                .iter()
                .any(|a| a.holders.iter().any(|h| is_person(h, want)))
    }

    /// The items about partner `p` that the filter keeps.
    pub fn partner_items(&self, p: &Partner, items: Vec<Attention>) -> Vec<Attention> {
        if self.is_empty() {
            return items;
        }
        let about = About::of(p);
        if !self.partner_ok(&about) {
            return Vec::new();
        }
        items
            .into_iter()
            .filter(|i| self.item_ok(i))
            .filter(|i| {
                let owner = match i.kind {
                    AttentionKind::ActionOverdue => i
                        .subject
                        .as_deref()
                        .and_then(|id| p.actions.iter().find(|a| a.id == id))
                        .and_then(|a| a.owner.as_deref()),
                    _ => None,
                };
                self.person_ok(owner, &[&about])
            })
            .collect()
    }

    /// The items about goal `g` that the filter keeps; `about` finds what is known of
    /// one of its partners.
    pub fn goal_items<'a>(
        &self,
        g: &Goal,
        about: impl Fn(&str) -> Option<&'a About>,
        items: Vec<Attention>,
    ) -> Vec<Attention> {
        self.shared_items(&g.partners, g.owner.as_deref(), about, items)
    }

    /// The items about something several partners share (a goal, a survey) that the
    /// filter keeps: any one of `partners` will do; `owner` is who answers for it.
    pub fn shared_items<'a>(
        &self,
        partners: &[String],
        owner: Option<&str>,
        about: impl Fn(&str) -> Option<&'a About>,
        items: Vec<Attention>,
    ) -> Vec<Attention> {
        if self.is_empty() {
            return items;
        }
        let partners: Vec<&About> = partners.iter().filter_map(|id| about(id)).collect();
        if self.about_partners() && !partners.iter().any(|a| self.partner_ok(a)) {
            return Vec::new();
        }
        if !self.person_ok(owner, &partners) {
            return Vec::new();
        }
        items.into_iter().filter(|i| self.item_ok(i)).collect()
    }
}

/// "3 check-ins overdue", "1 goal at risk": a count of one kind of item in words.
pub fn count_words(kind: AttentionKind, n: usize) -> String {
    let (one, many) = match kind {
        AttentionKind::AgreementExpired => ("agreement expired", "agreements expired"),
        AttentionKind::AgreementEnding => ("agreement ending", "agreements ending"),
        AttentionKind::NoRole => ("side with no role named", "sides with no role named"),
        AttentionKind::CheckinOverdue => ("check-in overdue", "check-ins overdue"),
        AttentionKind::CheckinDue => ("check-in due soon", "check-ins due soon"),
        AttentionKind::ActionOverdue => ("action item overdue", "action items overdue"),
        AttentionKind::GoalOverdue => ("goal overdue", "goals overdue"),
        AttentionKind::GoalOffTrack => ("goal off track", "goals off track"),
        AttentionKind::GoalAtRisk => ("goal at risk", "goals at risk"),
        AttentionKind::GoalStale => ("goal not measured lately", "goals not measured lately"),
        AttentionKind::GoalNoData => ("goal never measured", "goals never measured"),
        AttentionKind::GoalNoBaseline => ("goal with no baseline", "goals with no baseline"),
        AttentionKind::EvaluationDue => ("evaluation due", "evaluations due"),
        AttentionKind::EvaluationConcern => (
            "partner with scores of concern",
            "partners with scores of concern",
        ),
        AttentionKind::EvaluationDivergence => (
            "partner whose two sides differ",
            "partners whose two sides differ",
        ),
        AttentionKind::EvaluationFalling => (
            "partner with falling scores",
            "partners with falling scores",
        ),
        AttentionKind::InvestmentLopsided => ("lopsided investment", "lopsided investments"),
        AttentionKind::ContributionUncounted => (
            "contribution left out of the totals",
            "contributions left out of the totals",
        ),
        AttentionKind::MergeConflict => ("merge conflict", "merge conflicts"),
        AttentionKind::SurveyClosing => (
            "survey closing with few responses",
            "surveys closing with few responses",
        ),
        AttentionKind::SurveyConcern => ("survey result of concern", "survey results of concern"),
        AttentionKind::SurveyNoResponses => (
            "survey closed with no responses",
            "surveys closed with no responses",
        ),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::partner::{Role, Stage};
    use crate::model::records::Action;

    fn item(p: &Partner, urgency: Urgency, kind: AttentionKind) -> Attention {
        Attention::partner(p, urgency, kind, kind.to_string(), String::new())
    }

    fn acme() -> Partner {
        Partner {
            id: "acme".into(),
            name: "Acme".into(),
            kind: "corporate".into(),
            stage: Stage::Active,
            tags: vec!["STEM".into()],
            roles: vec![Role {
                side: Side::Ours,
                title: "Liaison".into(),
                person: "Dana Whitfield".into(),
                email: None,
                resp: vec![],
            }],
            actions: vec![Action {
                id: "a1".into(),
                text: "Send it".into(),
                owner: Some("Maya Chen".into()),
                side: Some(Side::Partner),
                due: None,
                done: None,
                checkin: None,
                created: None,
                by: None,
            }],
            ..Partner::default()
        }
    }

    fn items(p: &Partner) -> Vec<Attention> {
        let mut action = item(p, Urgency::Overdue, AttentionKind::ActionOverdue).subject("a1");
        action.side = Some(Side::Partner);
        vec![
            item(p, Urgency::Overdue, AttentionKind::CheckinOverdue),
            action,
            item(p, Urgency::Watch, AttentionKind::GoalStale),
        ]
    }

    fn kinds(items: &[Attention]) -> Vec<&str> {
        items.iter().map(|i| i.kind.as_str()).collect()
    }

    #[test]
    fn each_part_of_the_filter_narrows() {
        let p = acme();
        let keep = |f: Filter| kinds(&f.partner_items(&p, items(&p))).join(" ");
        assert_eq!(
            keep(Filter::default()),
            "checkin-overdue action-overdue goal-stale"
        );
        let by_kind = |k: &str| Filter {
            kinds: vec![k.into()],
            ..Filter::default()
        };
        assert_eq!(keep(by_kind("checkin")), "checkin-overdue");
        assert_eq!(keep(by_kind("action-overdue")), "action-overdue");
        let urgent = Filter {
            urgency: vec![Urgency::Overdue],
            ..Filter::default()
        };
        assert_eq!(keep(urgent), "checkin-overdue action-overdue");
        let side = Filter {
            side: Some(Side::Partner),
            ..Filter::default()
        };
        assert_eq!(keep(side), "action-overdue");
        // the liaison sees everything about the partner; the action's owner only it
        let owner = |o: &str| Filter {
            owner: Some(o.into()),
            ..Filter::default()
        };
        assert_eq!(
            keep(owner("dana")),
            "checkin-overdue action-overdue goal-stale"
        );
        assert_eq!(keep(owner("Maya Chen")), "action-overdue");
        assert_eq!(keep(owner("Sam")), "");
        let typed = |t: &str| Filter {
            types: vec![t.into()],
            ..Filter::default()
        };
        assert_eq!(keep(typed("nonprofit")), "");
        assert_eq!(keep(typed("Corporate")).split(' ').count(), 3);
        let tagged = Filter {
            tags: vec!["stem".into()],
            partners: vec!["acme".into()],
            ..Filter::default()
        };
        assert_eq!(keep(tagged).split(' ').count(), 3);
    }

    #[test]
    fn goals_are_kept_by_their_partners_and_owner() {
        let p = acme();
        let about = About::of(&p);
        let find = |id: &str| (id == "acme").then_some(&about);
        let goal = |partners: &[&str], owner: Option<&str>| Goal {
            id: "g".into(),
            partners: partners.iter().map(|s| s.to_string()).collect(),
            owner: owner.map(str::to_string),
            ..Goal::default()
        };
        let stale = || {
            vec![Attention {
                partner: None,
                partner_name: None,
                ..item(&p, Urgency::Watch, AttentionKind::GoalStale)
            }]
        };
        let by_partner = Filter {
            partners: vec!["acme".into()],
            ..Filter::default()
        };
        assert_eq!(
            by_partner
                .goal_items(&goal(&["acme"], None), find, stale())
                .len(),
            1
        );
        assert!(
            by_partner
                .goal_items(&goal(&[], None), find, stale())
                .is_empty()
        );
        let mine = Filter {
            owner: Some("Angela".into()),
            ..Filter::default()
        };
        assert_eq!(
            mine.goal_items(&goal(&[], Some("Dr. Angela Ruiz")), find, stale())
                .len(),
            1
        );
        assert!(
            mine.goal_items(&goal(&["acme"], None), find, stale())
                .is_empty()
        );
        let liaison = Filter {
            owner: Some("Dana".into()),
            ..Filter::default()
        };
        assert_eq!(
            liaison
                .goal_items(&goal(&["acme"], None), find, stale())
                .len(),
            1
        );
    }

    #[test]
    fn counts_by_kind_in_words() {
        assert_eq!(
            count_words(AttentionKind::CheckinOverdue, 1),
            "1 check-in overdue"
        );
        assert_eq!(
            count_words(AttentionKind::CheckinOverdue, 12),
            "12 check-ins overdue"
        );
        assert!(kind_words().starts_with(&["agreement", "role", "checkin", "action", "goal"]));
        assert!(kind_words().contains(&"checkin-overdue"));
    }
}
