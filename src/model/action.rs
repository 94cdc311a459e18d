//! Action items: what each side agreed to do, whether it is overdue, and how reliably
//! each side delivers.
//!
//! The rules, as of a date `today`:
//! - an item recorded after today does not exist yet, and one done after today is
//!   still open;
//! - an item is overdue when it is open and its due date is before today;
//! - a side's reliability is the share of its items that came due on or before today
//!   and were done on or before their due date; with none come due there is no figure.
//!
//! Also here: the `--action "TEXT @OWNER due:DATE side:ours|partner"` mini-syntax, and
//! finding an owner among the partner's role holders and contacts.

use crate::model::attention::{Attention, AttentionKind, Urgency};
use crate::model::date::{DateSpec, days_between, span_words};
use crate::model::partner::{Partner, Side, Stage};
use crate::model::records::Action;
use chrono::NaiveDate;
use serde::Serialize;

/// Whether the item had been recorded by `today`.
pub fn exists(a: &Action, today: NaiveDate) -> bool {
    a.created.is_none_or(|c| c <= today)
}

/// Whether the item is still to do as of `today`.
pub fn is_open(a: &Action, today: NaiveDate) -> bool {
    a.done.is_none_or(|d| d > today)
}

/// Days the item is overdue as of `today` (open, and due before today).
pub fn days_overdue(a: &Action, today: NaiveDate) -> Option<i64> {
    let due = a.due?;
    (exists(a, today) && is_open(a, today) && due < today).then(|| days_between(due, today))
}

/// Days an item was done after its due date (0 when on time); `None` while open or
/// without a due date.
pub fn days_late(a: &Action, today: NaiveDate) -> Option<i64> {
    let (due, done) = (a.due?, a.done?);
    (done <= today).then(|| days_between(due, done).max(0))
}

/// How reliably one side does what it agreed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Reliability {
    /// Items that came due on or before today.
    pub came_due: usize,
    /// Of those, the ones done on or before their due date.
    pub on_time: usize,
    /// `on_time / came_due`, from 0 to 1; none when nothing came due.
    pub share: Option<f64>,
}

impl Reliability {
    /// "83% (5 of 6 on time)", or "none came due yet".
    pub fn describe(&self) -> String {
        match self.share {
            Some(s) => format!(
                "{:.0}% ({} of {} on time)",
                s * 100.0,
                self.on_time,
                self.came_due
            ),
            None => "none came due yet".to_string(),
        }
    }
}

/// The reliability of `side` over `actions`, as of `today`.
pub fn reliability<'a>(
    actions: impl IntoIterator<Item = &'a Action>,
    side: Side,
    today: NaiveDate,
) -> Reliability {
    let mut came_due = 0;
    let mut on_time = 0;
    for a in actions {
        let Some(due) = a.due else { continue };
        if a.side != Some(side) || !exists(a, today) || due > today {
            continue;
        }
        came_due += 1;
        if a.done.is_some_and(|d| d <= due) {
            on_time += 1;
        }
    }
    Reliability {
        came_due,
        on_time,
        share: (came_due > 0).then(|| on_time as f64 / came_due as f64),
    }
}

/// "our", "the partner's", or "an" (no side recorded), for sentences.
pub fn whose(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Ours) => "our",
        Some(Side::Partner) => "the partner's",
        None => "an",
    }
}

/// Every overdue action item of a partner being worked with (not paused or ended), for
/// `accord status`.
pub fn attention(p: &Partner, today: NaiveDate) -> Vec<Attention> {
    if matches!(p.stage, Stage::Paused | Stage::Ended) {
        return Vec::new();
    }
    p.actions
        .iter()
        .filter_map(|a| {
            let days = days_overdue(a, today)?;
            let owner = a
                .owner
                .as_ref()
                .map_or(String::new(), |o| format!(" ({o})"));
            let mut item = Attention::partner(
                p,
                Urgency::Overdue,
                AttentionKind::ActionOverdue,
                format!(
                    "{} action item {} overdue: {}{owner}",
                    whose(a.side),
                    span_words(days),
                    a.text
                ),
                format!("accord action done {}", a.id),
            )
            .on(a.due?, today)
            .subject(&a.id);
            item.side = a.side;
            Some(item)
        })
        .collect()
}

/// An action item as written with `--action`: `"TEXT [@OWNER] [due:DATE] [side:S]"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionSpec {
    pub text: String,
    /// As typed, without the `@`; `_` stands for a space (`@Dana_Whitfield`).
    pub owner: Option<String>,
    pub due: Option<DateSpec>,
    pub side: Option<Side>,
    /// The words written right after `@OWNER`, which may be the rest of the owner's name
    /// (`@Dr. Maya Chen`), and where they are among the words of `text`. See
    /// [`ActionSpec::naming`].
    pub owner_tail: Vec<String>,
    pub tail_at: usize,
}

/// How many words after `@OWNER` may be the rest of a name ("@Dr. Maria de la Cruz").
const NAME_TAIL: usize = 5;

/// What ends a clause or a sentence after an owner's name: not part of the name.
const CLAUSE_END: [char; 7] = [',', ';', ':', '.', '!', '?', ')'];

/// How to write an action item, shown with parse errors.
pub const ACTION_HELP: &str = "write it as \"TEXT @OWNER due:DATE side:ours|partner\", e.g. \"Send the fall roster @Dana due:2026-12-15\"";

impl std::str::FromStr for ActionSpec {
    type Err = String;

    /// Besides `due:DATE` and `side:S`, `due: DATE` and `side: S` are read, and so are
    /// `due DATE` with a date in figures (`due 2026-12-01`, `due +2w`) and `side ours`
    /// when no `due:` (`side:`) is written; `due` before anything else stays text ("due
    /// diligence", "due today").
    fn from_str(raw: &str) -> Result<Self, String> {
        let mut words = Vec::new();
        let mut spec = ActionSpec {
            text: String::new(),
            owner: None,
            due: None,
            side: None,
            owner_tail: Vec::new(),
            tail_at: 0,
        };
        let all: Vec<&str> = raw.split_whitespace().collect();
        // A due date or side written after a space is read only when none is written
        // with its colon, and only a date in figures (`due today` may well be text).
        let keyed = |key: &str| {
            all.iter()
                .any(|w| w.to_ascii_lowercase().starts_with(&format!("{key}:")))
        };
        let (due_keyed, side_keyed) = (keyed("due"), keyed("side"));
        let figures = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-')
                && w.parse::<DateSpec>().is_ok()
        };
        let mut i = 0;
        while i < all.len() {
            let word = all[i];
            let next = all.get(i + 1).copied();
            let lower = word.to_ascii_lowercase();
            i += 1;
            if let Some(owner) = word.strip_prefix('@') {
                if owner.is_empty() {
                    return Err(format!("`@` needs a name after it; {ACTION_HELP}"));
                }
                if spec.owner.is_some() {
                    return Err(format!(
                        "action item `{raw}` names two owners; give one @OWNER"
                    ));
                }
                spec.owner = Some(owner.replace('_', " "));
                spec.tail_at = words.len();
                spec.owner_tail = all[i..]
                    .iter()
                    .take_while(|w| {
                        let lower = w.to_ascii_lowercase();
                        let key = |k: &str| {
                            lower == k || lower.strip_prefix(k).is_some_and(|r| r.starts_with(':'))
                        };
                        !w.starts_with('@') && !key("due") && !key("side")
                    })
                    .take(NAME_TAIL)
                    .map(|w| w.to_string())
                    .collect();
                continue;
            }
            // `due:DATE`, `due: DATE`, or `due DATE` when a date follows
            let due = match lower.as_str() {
                "due:" => Some(next.unwrap_or("")),
                "due" if !due_keyed => next.filter(|n| figures(n)),
                _ if lower.starts_with("due:") => Some(&word[4..]),
                _ => None,
            };
            if let Some(date) = due {
                if lower == "due:" || lower == "due" {
                    i += 1;
                }
                if spec.due.is_some() {
                    return Err(format!("action item `{raw}` has two due dates"));
                }
                let date: DateSpec = date
                    .parse()
                    .map_err(|e| format!("the due date of action item `{raw}`: {e}"))?;
                spec.due = Some(date);
                continue;
            }
            let side = match lower.as_str() {
                "side:" => Some(next.unwrap_or("")),
                "side" if !side_keyed => next.filter(|n| n.parse::<Side>().is_ok()),
                _ if lower.starts_with("side:") => Some(&word[5..]),
                _ => None,
            };
            if let Some(side) = side {
                if lower == "side:" || lower == "side" {
                    i += 1;
                }
                if spec.side.is_some() {
                    return Err(format!("action item `{raw}` has two sides"));
                }
                spec.side = Some(side.parse::<Side>()?);
                continue;
            }
            words.push(word);
        }
        spec.text = words.join(" ");
        if spec.text.is_empty() {
            return Err(format!("action item `{raw}` has no text; {ACTION_HELP}"));
        }
        Ok(spec)
    }
}

impl ActionSpec {
    /// The item with the whole of its owner's name, when the words after `@OWNER` go on
    /// with the name of someone partner `p` knows (`@Dr. Maya Chen`, `@Maya Chen`, `@Dr.
    /// Maya`): the longest such run is the owner, and leaves the text. Otherwise the item
    /// as written. An item left with no text is an error.
    pub fn naming(&self, p: &Partner) -> Result<ActionSpec, String> {
        let Some(owner) = &self.owner else {
            return Ok(self.clone());
        };
        let people = people(p);
        let mut words: Vec<String> = self.text.split_whitespace().map(str::to_string).collect();
        // the longest run of the words after `@OWNER` that goes on with a person's name
        let k = (1..=self.owner_tail.len())
            .rev()
            .find(|&k| {
                let name = format!("{owner} {}", self.owner_tail[..k].join(" "));
                people.iter().any(|person| names_run(person, &name))
            })
            .unwrap_or(0);
        let mut named = self.clone();
        if k > 0 {
            let end = (self.tail_at + k).min(words.len());
            words.drain(self.tail_at.min(end)..end);
            if words.is_empty() {
                return Err(format!(
                    "action item `@{owner} {}` has no text; {ACTION_HELP}",
                    self.owner_tail[..k].join(" ")
                ));
            }
            let name = format!("{owner} {}", self.owner_tail[..k].join(" "));
            named.owner = Some(name.trim_end_matches(CLAUSE_END).to_string());
            named.owner_tail = Vec::new();
            named.tail_at = 0;
        }
        // The punctuation that ended the owner's name is not part of it, and ends the
        // words before it: "Call @Dana, then email" is "Call, then email", "Ask @Dana."
        // is "Ask.". A full stop before more words is an initial's ("@J.R. tomorrow"), and
        // at the item's end only what ends a sentence is kept ("Call @Dana, due:+1w" is
        // "Call").
        let last = if k > 0 {
            &self.owner_tail[k - 1]
        } else {
            owner
        };
        let trailing = &last[last.trim_end_matches(CLAUSE_END).len()..];
        let follows = self.tail_at < words.len();
        let ends = match follows {
            true => trailing.trim_start_matches('.'),
            false => trailing,
        };
        if k == 0 {
            named.owner = Some(owner[..owner.len() - ends.len()].to_string());
        }
        let moved: String = match follows {
            true => ends.to_string(),
            false => ends.chars().filter(|c| ".!?)".contains(*c)).collect(),
        };
        if !moved.is_empty()
            && let Some(before) = self.tail_at.checked_sub(1).and_then(|i| words.get_mut(i))
            && before.ends_with(|c: char| c.is_alphanumeric())
        {
            before.push_str(&moved);
        }
        named.text = words.join(" ");
        Ok(named)
    }

    /// Words kept in the text that look like a date or a keyword, each with what to write
    /// instead, so that a due date or a side typed a little off is not silently lost.
    pub fn doubts(&self) -> Vec<String> {
        let words: Vec<&str> = self.text.split_whitespace().collect();
        let mut out = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let bare = word.trim_matches(|c: char| ",.;!?()[]\"'".contains(c));
            let lower = bare.to_ascii_lowercase();
            let near = |j: Option<usize>| j.and_then(|j| words.get(j)).is_some_and(|w| is_day(w));
            if let Some((key, value)) = bare.split_once(['=', ':'])
                && ["due", "side", "owner", "by"].contains(&key.to_ascii_lowercase().as_str())
            {
                let value = if value.is_empty() { "VALUE" } else { value };
                let fix = match key.to_ascii_lowercase().as_str() {
                    "owner" | "by" => format!("write the owner as @{}", value.replace(' ', "_")),
                    k => format!("write {k}:{value}"),
                };
                out.push(format!(
                    "`{bare}` looks like a keyword but was kept as text; {fix}"
                ));
            } else if lower.parse::<DateSpec>().is_ok() {
                out.push(format!(
                    "`{bare}` looks like a date but was kept as text; to make it the due date, write due:{lower}"
                ));
            } else if looks_like_numeric_date(bare)
                || (is_month(&lower) && (near(i.checked_sub(1)) || near(Some(i + 1))))
            {
                out.push(format!(
                    "`{bare}` looks like a date but was kept as text; to make it the due date, write due:YYYY-MM-DD"
                ));
            }
        }
        out
    }
}

/// `12/01`, `1.12.2026`, `2026-12-1`: digits in two or three groups, with `/` or `.`
/// between them, or `-` when one group is a year.
fn looks_like_numeric_date(w: &str) -> bool {
    let Some(sep) = ['/', '.', '-'].into_iter().find(|s| w.contains(*s)) else {
        return false;
    };
    let groups: Vec<&str> = w.split(sep).collect();
    let digits = groups
        .iter()
        .all(|g| !g.is_empty() && g.len() <= 4 && g.bytes().all(|b| b.is_ascii_digit()));
    let has_year = groups.iter().any(|g| g.len() == 4);
    digits && (2..=3).contains(&groups.len()) && (sep != '-' || has_year)
}

fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS.contains(&w.trim_end_matches('.'))
}

/// `1` to `31`, or `1st`, `22nd`...
fn is_day(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| ",.".contains(c))
        .to_ascii_lowercase();
    let n = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[n.len()..];
    ["", "st", "nd", "rd", "th"].contains(&suffix)
        && n.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Who owns an item, as found among the partner's people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub name: String,
    /// The side of the role holder or contact found, if one was.
    pub side: Option<Side>,
}

/// Find the person meant by `typed` among the partner's role holders (either side) and
/// contacts (the partner's side), restricted to `side` when given. A person matches on
/// their full name or any word of it, ignoring case: `dana`, `Whitfield` and `dana
/// whitfield` all find "Dana Whitfield". Someone not found keeps the name as typed, with
/// no side; a name that fits several people is an error listing them.
pub fn find_owner(p: &Partner, typed: &str, side: Option<Side>) -> Result<Owner, String> {
    let typed = typed.trim().trim_start_matches('@').replace('_', " ");
    let wanted = typed.to_lowercase();
    let mut people: Vec<(&str, Side)> = p
        .roles
        .iter()
        .map(|r| (r.person.as_str(), r.side))
        .chain(p.contacts.iter().map(|c| (c.name.as_str(), Side::Partner)))
        .filter(|(name, _)| !name.trim().is_empty())
        .collect();
    people.sort_by_key(|(name, s)| (name.to_lowercase(), *s));
    people.dedup_by_key(|(name, s)| (name.to_lowercase(), *s));
    let exact: Vec<_> = people
        .iter()
        .filter(|(name, _)| name.to_lowercase() == wanted)
        .collect();
    let mut found: Vec<_> = if exact.is_empty() {
        people
            .iter()
            .filter(|(name, _)| names_run(name, &wanted))
            .collect()
    } else {
        exact
    };
    // A side given tells two people apart; it does not hide the only one there is (the
    // item then takes the side given, as it would for anyone).
    if let Some(want) = side
        && found.len() > 1
        && found.iter().any(|(_, s)| *s == want)
    {
        found.retain(|(_, s)| *s == want);
    }
    match found.as_slice() {
        [] => Ok(Owner {
            name: typed,
            side: None,
        }),
        [(name, s)] => Ok(Owner {
            name: name.to_string(),
            side: Some(*s),
        }),
        many => {
            let names: Vec<String> = many
                .iter()
                .map(|(name, s)| format!("{name} ({s})"))
                .collect();
            Err(format!(
                "`{typed}` could be {}; write more of the name (e.g. @{}) or add side:ours or side:partner",
                names.join(" or "),
                many[0].0.replace(' ', "_")
            ))
        }
    }
}

/// Whether the words of `typed` are words of `name` one after the other, ignoring case
/// and the punctuation around each word: `maya`, `Maya Chen` and `Dr. Maya` are in "Dr.
/// Maya Chen", `Chen Maya` is not.
fn names_run(name: &str, typed: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| c.is_ascii_punctuation())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (name, typed) = (words(name), words(typed));
    !typed.is_empty() && name.windows(typed.len()).any(|run| run == typed.as_slice())
}

/// The owner meant by `typed`, as [`find_owner`] finds them, and else our own user `me`
/// (who records entries), who counts as our side though they hold no role.
pub fn find_owner_or_me(
    p: &Partner,
    typed: &str,
    side: Option<Side>,
    me: &str,
) -> Result<Owner, String> {
    let found = find_owner(p, typed, side)?;
    if found.side.is_some() || side == Some(Side::Partner) {
        return Ok(found);
    }
    let wanted = found.name.to_lowercase();
    let me = me.trim();
    let is_me = !me.is_empty()
        && (me.to_lowercase() == wanted
            || me
                .split_whitespace()
                .any(|w| w.trim_matches(['.', ',']).to_lowercase() == wanted));
    Ok(if is_me {
        Owner {
            name: me.to_string(),
            side: Some(Side::Ours),
        }
    } else {
        found
    })
}

/// Everyone an owner can be found among: role holders on both sides and contacts.
pub fn people(p: &Partner) -> Vec<&str> {
    let mut names: Vec<&str> = p
        .roles
        .iter()
        .map(|r| r.person.as_str())
        .chain(p.contacts.iter().map(|c| c.name.as_str()))
        .filter(|n| !n.trim().is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::{OffsetUnit, parse_iso};
    use crate::model::partner::{Contact, Role};

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn action(side: Side, due: Option<&str>, done: Option<&str>) -> Action {
        Action {
            id: "a1".into(),
            text: "Send the roster".into(),
            owner: Some("Dana".into()),
            side: Some(side),
            due: due.map(d),
            done: done.map(d),
            checkin: None,
            created: Some(d("2020-01-01")),
            by: None,
        }
    }

    #[test]
    fn overdue_means_open_and_due_before_today() {
        let today = d("2026-11-23");
        let due = |due: &str, done: Option<&str>| {
            days_overdue(&action(Side::Ours, Some(due), done), today)
        };
        assert_eq!(due("2026-11-22", None), Some(1));
        assert_eq!(
            due("2026-11-23", None),
            None,
            "due today is not overdue yet"
        );
        assert_eq!(due("2026-10-23", Some("2026-11-20")), None);
        // done after today: still open as of today
        assert_eq!(due("2026-10-23", Some("2026-11-30")), Some(31));
        assert_eq!(days_overdue(&action(Side::Ours, None, None), today), None);
        let mut future = action(Side::Ours, Some("2026-11-01"), None);
        future.created = Some(d("2026-11-24"));
        assert_eq!(days_overdue(&future, today), None, "not recorded yet");
    }

    #[test]
    fn reliability_counts_items_that_came_due() {
        let today = d("2026-11-23");
        let items = vec![
            // on time, and on the due day itself
            action(Side::Ours, Some("2026-10-01"), Some("2026-09-28")),
            action(Side::Ours, Some("2026-10-15"), Some("2026-10-15")),
            // late
            action(Side::Ours, Some("2026-10-20"), Some("2026-10-21")),
            // still open and due today: came due, not done
            action(Side::Ours, Some("2026-11-23"), None),
            // not due yet, or no due date: not counted
            action(Side::Ours, Some("2026-11-24"), None),
            action(Side::Ours, None, Some("2026-05-01")),
            // the other side
            action(Side::Partner, Some("2026-02-01"), Some("2026-03-01")),
        ];
        let ours = reliability(&items, Side::Ours, today);
        assert_eq!((ours.came_due, ours.on_time), (4, 2));
        assert_eq!(ours.share, Some(0.5));
        assert_eq!(ours.describe(), "50% (2 of 4 on time)");
        let theirs = reliability(&items, Side::Partner, today);
        assert_eq!(
            (theirs.came_due, theirs.on_time, theirs.share),
            (1, 0, Some(0.0))
        );
        // as of an earlier date, fewer items had come due
        let earlier = reliability(&items, Side::Ours, d("2026-10-15"));
        assert_eq!((earlier.came_due, earlier.on_time), (2, 2));
        let none = reliability(&items, Side::Ours, d("2026-09-01"));
        assert_eq!((none.came_due, none.share), (0, None));
        assert_eq!(none.describe(), "none came due yet");
    }

    #[test]
    fn leap_day_due_dates() {
        let item = action(Side::Partner, Some("2024-02-29"), Some("2024-03-01"));
        assert_eq!(days_late(&item, d("2024-03-02")), Some(1));
        assert_eq!(days_overdue(&item, d("2024-02-29")), None);
        let open = action(Side::Partner, Some("2024-02-29"), None);
        assert_eq!(days_overdue(&open, d("2025-02-28")), Some(365));
        let r = reliability([&item], Side::Partner, d("2024-02-29"));
        assert_eq!((r.came_due, r.on_time), (1, 0));
    }

    #[test]
    fn the_mini_syntax() {
        let spec: ActionSpec = "Send the fall roster @dana due:2026-10-15 side:partner"
            .parse()
            .unwrap();
        assert_eq!(
            spec,
            ActionSpec {
                text: "Send the fall roster".into(),
                owner: Some("dana".into()),
                due: Some(DateSpec::On(d("2026-10-15"))),
                side: Some(Side::Partner),
                owner_tail: Vec::new(),
                tail_at: 4,
            }
        );
        let spec: ActionSpec = "  Book   the lab  @Maya_Chen DUE:+2w ".parse().unwrap();
        assert_eq!(spec.text, "Book the lab");
        assert_eq!(spec.owner.as_deref(), Some("Maya Chen"));
        assert_eq!(
            spec.due,
            Some(DateSpec::Offset {
                amount: 2,
                unit: OffsetUnit::Weeks
            })
        );
        let plain: ActionSpec = "Email maya@example.org the agenda".parse().unwrap();
        assert_eq!(plain.text, "Email maya@example.org the agenda");
        assert_eq!((plain.owner, plain.due, plain.side), (None, None, None));
    }

    #[test]
    fn due_dates_and_sides_written_after_a_space() {
        let spec: ActionSpec = "Send flyers @jo due 2026-12-01".parse().unwrap();
        assert_eq!(spec.text, "Send flyers");
        assert_eq!(spec.due, Some(DateSpec::On(d("2026-12-01"))));
        let spec: ActionSpec = "Book the van due: tomorrow side: partner".parse().unwrap();
        assert_eq!(spec.text, "Book the van");
        assert!(spec.due.is_some());
        assert_eq!(spec.side, Some(Side::Partner));
        let spec: ActionSpec = "Book the van side ours".parse().unwrap();
        assert_eq!(
            (spec.text.as_str(), spec.side),
            ("Book the van", Some(Side::Ours))
        );
        // words stay text: `due` before something else, a date in words, or when the
        // keyed form is given too
        for (typed, text) in [
            ("Finish the due diligence", "Finish the due diligence"),
            ("Due today @pat due:today", "Due today"),
            (
                "Report due 2026-12-01 due:2026-11-30",
                "Report due 2026-12-01",
            ),
            ("Call the other side", "Call the other side"),
        ] {
            let spec: ActionSpec = typed.parse().unwrap();
            assert_eq!(spec.text, text);
        }
        let spec: ActionSpec = "Due today @pat due:today".parse().unwrap();
        assert_eq!(spec.text, "Due today");
        assert!(spec.doubts()[0].contains("`today` looks like a date"));
    }

    #[test]
    fn doubts_name_what_was_kept_as_text() {
        let doubts = |text: &str| text.parse::<ActionSpec>().unwrap().doubts();
        assert_eq!(
            doubts("Call the rangers tomorrow"),
            [
                "`tomorrow` looks like a date but was kept as text; to make it the due date, write due:tomorrow"
            ]
        );
        assert_eq!(
            doubts("Order badges by 12/01, side=ours"),
            [
                "`12/01` looks like a date but was kept as text; to make it the due date, write due:YYYY-MM-DD",
                "`side=ours` looks like a keyword but was kept as text; write side:ours"
            ]
        );
        assert_eq!(doubts("Print the Dec 5th flyers").len(), 1);
        assert_eq!(
            doubts("Bring it owner:dana")[0],
            "`owner:dana` looks like a keyword but was kept as text; write the owner as @dana"
        );
        for plain in [
            "Send the 30-40 page report",
            "Meet in May",
            "Email maya@example.org the agenda",
            "Print 3 copies",
        ] {
            assert!(doubts(plain).is_empty(), "{plain}: {:?}", doubts(plain));
        }
    }

    #[test]
    fn our_own_user_owns_on_our_side() {
        let p = people();
        let me = |typed: &str, side| find_owner_or_me(&p, typed, side, "Pat Lee").unwrap();
        assert_eq!(
            me("pat", None),
            Owner {
                name: "Pat Lee".into(),
                side: Some(Side::Ours)
            }
        );
        assert_eq!(me("Pat Lee", Some(Side::Partner)).side, None);
        assert_eq!(me("dana whitfield", None).side, Some(Side::Ours));
        assert_eq!(
            me("Jo", None),
            Owner {
                name: "Jo".into(),
                side: None
            }
        );
    }

    #[test]
    fn bad_mini_syntax_is_explained() {
        for (bad, says) in [
            ("@dana due:2026-10-15", "has no text"),
            ("", "has no text"),
            ("Send @dana @sam", "two owners"),
            ("Send @ now", "needs a name"),
            (
                "Send due:10/02/2026",
                "could be 10 February 2026 or 2 October 2026",
            ),
            ("Send due:", "is not a date"),
            ("Send due:today due:tomorrow", "two due dates"),
            ("Send side:them", "unknown side `them`"),
        ] {
            let err = bad.parse::<ActionSpec>().unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    fn people() -> Partner {
        let role = |side, person: &str| Role {
            side,
            title: "Liaison".into(),
            person: person.into(),
            email: None,
            resp: vec![],
        };
        Partner {
            id: "rrh".into(),
            name: "Riverside Hospital".into(),
            roles: vec![
                role(Side::Ours, "Dana Whitfield"),
                role(Side::Ours, "Dr. Angela Ruiz"),
                role(Side::Partner, "Dr. Maya Chen"),
                role(Side::Partner, "Dana Cole"),
            ],
            contacts: vec![
                Contact {
                    name: "Dr. Maya Chen".into(),
                    ..Contact::default()
                },
                Contact {
                    name: "Luis Park".into(),
                    ..Contact::default()
                },
            ],
            ..Partner::default()
        }
    }

    #[test]
    fn an_owner_named_in_several_words_is_taken_whole() {
        let p = people();
        let named = |raw: &str| {
            let spec = raw.parse::<ActionSpec>().unwrap().naming(&p).unwrap();
            (spec.text, spec.owner.unwrap_or_default())
        };
        let pair = |t: &str, o: &str| (t.to_string(), o.to_string());
        assert_eq!(
            named("Send the roster @Dr. Maya Chen due:+1w"),
            pair("Send the roster", "Dr. Maya Chen")
        );
        assert_eq!(
            named("@Dana Whitfield, send the roster"),
            pair("send the roster", "Dana Whitfield")
        );
        assert_eq!(
            named("Call @luis park today"),
            pair("Call today", "luis park")
        );
        // A sentence's end after the name ends the words before it; a title's own
        // period is kept in the name.
        assert_eq!(
            named("Send the list to @Dr. Maya Chen."),
            pair("Send the list to.", "Dr. Maya Chen")
        );
        assert_eq!(named("Thank @Luis Park!"), pair("Thank!", "Luis Park"));
        // So does a comma: the clauses stay apart.
        assert_eq!(
            named("Send it to @Dr. Maya Chen, then call"),
            pair("Send it to, then call", "Dr. Maya Chen")
        );
        assert_eq!(
            named("Call @Dana, then email"),
            pair("Call, then email", "Dana")
        );
        assert_eq!(named("Ask @Dana."), pair("Ask.", "Dana"));
        assert_eq!(named("(ask @Luis)"), pair("(ask)", "Luis"));
        assert_eq!(
            named("(ask @Luis). Then go"),
            pair("(ask). Then go", "Luis")
        );
        // At the item's end, only what ends a sentence stays: nothing dangles.
        for raw in [
            "Call @Dana, due:2026-12-01",
            "Call @Dana; side:partner",
            "Call @Dana Whitfield, due:+1w",
            "Call @Dana:",
        ] {
            assert_eq!(named(raw).0, "Call", "{raw}");
        }
        assert_eq!(named("Call @Dana), due:+1w").0, "Call)");
        // An owner no one has keeps no punctuation either.
        assert_eq!(
            named("Call @Nobody, then email"),
            pair("Call, then email", "Nobody")
        );
        // A full stop before more words is an initial's, and stays with the name.
        assert_eq!(named("Call @J.R. tomorrow"), pair("Call tomorrow", "J.R."));
        // Part of a name, its words in order, is the person too.
        assert_eq!(
            named("Ask @Maya Chen due:2026-12-01"),
            pair("Ask", "Maya Chen")
        );
        assert_eq!(named("Email @Dr. Maya"), pair("Email", "Dr. Maya"));
        let owner = |typed: &str| find_owner(&p, typed, None).map(|o| o.name);
        assert_eq!(owner("Maya Chen").as_deref(), Ok("Dr. Maya Chen"));
        assert_eq!(owner("Dr. Maya").as_deref(), Ok("Dr. Maya Chen"));
        assert_eq!(
            owner("Chen Maya").as_deref(),
            Ok("Chen Maya"),
            "not in order"
        );
        assert!(
            owner("Dr.")
                .unwrap_err()
                .contains("could be Dr. Angela Ruiz")
        );
        // Words that do not complete a known name stay text.
        assert_eq!(
            named("Ask @Dana about parking"),
            pair("Ask about parking", "Dana")
        );
        assert_eq!(named("Ask @Dr. Chen"), pair("Ask Chen", "Dr."));
        // A name whose last word begins like a keyword.
        let mut q = people();
        q.contacts.push(Contact {
            name: "Ana Sidebottom".into(),
            ..Contact::default()
        });
        let spec = "Call @Ana Sidebottom due:+1w side:partner"
            .parse::<ActionSpec>()
            .unwrap()
            .naming(&q)
            .unwrap();
        assert_eq!(
            (spec.text.as_str(), spec.owner.as_deref()),
            ("Call", Some("Ana Sidebottom"))
        );
        assert_eq!(spec.side, Some(Side::Partner));
        // Nothing left but the name: no text, as when nothing is written.
        let err = "@Dr. Maya Chen due:+1w"
            .parse::<ActionSpec>()
            .unwrap()
            .naming(&p)
            .unwrap_err();
        assert!(err.contains("has no text"), "{err}");
    }

    #[test]
    fn owners_are_found_among_role_holders_and_contacts() {
        let p = people();
        let found = |typed: &str, side| find_owner(&p, typed, side);
        assert_eq!(
            found("maya", None),
            Ok(Owner {
                name: "Dr. Maya Chen".into(),
                side: Some(Side::Partner)
            })
        );
        assert_eq!(found("ruiz", None).unwrap().side, Some(Side::Ours));
        assert_eq!(found("Luis", None).unwrap().side, Some(Side::Partner));
        assert_eq!(
            found("dana_whitfield", None).unwrap(),
            Owner {
                name: "Dana Whitfield".into(),
                side: Some(Side::Ours)
            }
        );
        // the side narrows the search
        assert_eq!(
            found("dana", Some(Side::Ours)).unwrap().name,
            "Dana Whitfield"
        );
        assert_eq!(
            found("dana", Some(Side::Partner)).unwrap().name,
            "Dana Cole"
        );
        let err = found("dana", None).unwrap_err();
        assert!(
            err.contains("Dana Cole (partner) or Dana Whitfield (ours)") && err.contains("side:"),
            "{err}"
        );
        // someone else keeps the name as typed
        assert_eq!(
            found("Sam_Ortiz", None),
            Ok(Owner {
                name: "Sam Ortiz".into(),
                side: None
            })
        );
        // a side that fits no one does not hide the only one there is: the item takes
        // the side given, and the owner is still the person meant
        let luis = found("luis", Some(Side::Ours)).unwrap();
        assert_eq!(luis.side, Some(Side::Partner));
        assert!(luis.name.starts_with("Luis"), "{luis:?}");
    }

    #[test]
    fn status_lists_overdue_items_with_their_side() {
        let mut p = people();
        p.actions = vec![
            action(Side::Partner, Some("2026-11-06"), None),
            action(Side::Ours, Some("2026-11-30"), None),
            action(Side::Ours, Some("2026-10-01"), Some("2026-10-02")),
        ];
        let items = attention(&p, d("2026-11-23"));
        assert_eq!(items.len(), 1);
        let a = &items[0];
        assert_eq!(
            (a.urgency, a.kind, a.days, a.side),
            (
                Urgency::Overdue,
                AttentionKind::ActionOverdue,
                Some(17),
                Some(Side::Partner)
            )
        );
        assert_eq!(
            a.problem,
            "the partner's action item 17 days overdue: Send the roster (Dana)"
        );
        assert_eq!(a.fix, "accord action done a1");
        assert_eq!(a.subject.as_deref(), Some("a1"));
        for stage in [Stage::Paused, Stage::Ended] {
            p.stage = stage;
            assert!(attention(&p, d("2026-11-23")).is_empty());
        }
    }
}
