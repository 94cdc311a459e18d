//! The registry of record kinds: one description per kind of record that a partner, goal
//! or survey file keeps (check-ins, action items, evaluations, contributions, wins,
//! contacts, roles, measurements, survey responses), in the spirit of a single list of flags that parsing, help and
//! completions all iterate.
//!
//! Each kind declares, beside its type: the `[[table]]` it is kept in, how one record is
//! told from the others (an id, a contact's name, a role's side and title), its date, its
//! fields with their types, and its rules (see [`Record::rules`]). The rules are stated
//! once and used by the commands that write a record, by `accord check` and by `import`.
//!
//! Everything that needs "every kind" iterates the registry rather than a list of its own:
//! [`Owns::each_kind`] visits the kinds of one owner with their types (reading a file,
//! `check`, import), and `model::kinds::all` lists their descriptions.
//! The registry is pure: it decides, it never reads or writes.

use crate::model::problem::{Problem, Seg, Severity};
use crate::model::word_enum;
use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The file a kind of record lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Partner,
    Goal,
    Survey,
}

impl Owner {
    /// The owner in words, which is also the column naming it in tables.
    pub fn noun(self) -> &'static str {
        match self {
            Owner::Partner => "partner",
            Owner::Goal => "goal",
            Owner::Survey => "survey",
        }
    }
}

/// How one record is told apart from the others of its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// A short random id, unique in the workspace (`accord ... show ID`).
    Id,
    /// A contact: by name, within its partner.
    Name,
    /// A role: by side and title, within its partner.
    SideTitle,
}

/// The type of a field, as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// The record's own id.
    Id,
    /// One line of text.
    Text,
    /// Text that may run over several lines.
    Notes,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A number.
    Number,
    /// A whole number.
    Whole,
    /// One of a fixed set of words.
    Word(&'static [&'static str]),
    /// A list of text.
    List,
    /// A list of words from a fixed set.
    Words(&'static [&'static str]),
    /// A table of named numbers or texts (an evaluation's scores and comments).
    Map,
    /// True or false.
    Flag,
    /// The id of another record of the same file, of the kind with this table name.
    Ref(&'static str),
}

/// One field of a record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    /// Whether a record must have it.
    pub required: bool,
}

impl Field {
    pub const fn new(name: &'static str, ty: Ty) -> Field {
        Field {
            name,
            ty,
            required: false,
        }
    }

    pub const fn required(name: &'static str, ty: Ty) -> Field {
        Field {
            name,
            ty,
            required: true,
        }
    }
}

/// What a date after today means for a kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Future {
    /// A record of something that happened: a later date is refused when it is written,
    /// and `check` warns about one written by hand.
    Refused,
    /// A record that may be planned ahead (a pledged contribution): written with a
    /// warning, and counted once the day comes.
    Warned,
}

/// The description of one kind of record.
#[derive(Debug, PartialEq, Eq)]
pub struct KindDef {
    /// The name of its array of tables in the owner's file: `checkin` for `[[checkin]]`.
    pub table: &'static str,
    /// One record, in words: "check-in".
    pub noun: &'static str,
    /// The command group that changes and removes it (`accord checkin set`, `accord goal
    /// measurement remove`), and lists it where it has a list of its own.
    pub command: &'static str,
    pub owner: Owner,
    /// Its table in `export` and `import`.
    pub sheet: Sheet,
    pub identity: Identity,
    /// The field that places it in time, if any.
    pub date: Option<&'static str>,
    /// The date fields that may not be after today, and what a later one means.
    pub not_after_today: &'static [(&'static str, Future)],
    /// Every field, in the order the file and the tables show them.
    pub fields: &'static [Field],
}

impl KindDef {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// How a rule's finding weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Wrong: refused when written, an error in `check`.
    Error,
    /// Refused when written, but only a warning in a file (a hand edit may have reasons).
    Refused,
    /// Allowed, with a warning both when written and in `check`.
    Warning,
    /// Allowed, with a warning when written; `check` says nothing.
    Note,
}

/// What a rule found in one record: the field it is about and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The path below the record: `["date"]`, `["scores", "trust"]`.
    pub path: Vec<Seg>,
    pub level: Level,
    pub message: String,
}

impl Finding {
    pub fn new(field: &str, level: Level, message: impl Into<String>) -> Finding {
        Finding {
            path: vec![Seg::Key(field.to_string())],
            level,
            message: message.into(),
        }
    }

    /// Whether a command that writes the record refuses it.
    pub fn refuses(&self) -> bool {
        matches!(self.level, Level::Error | Level::Refused)
    }

    /// How `check` reports it, if at all.
    pub fn severity(&self) -> Option<Severity> {
        match self.level {
            Level::Error => Some(Severity::Error),
            Level::Refused | Level::Warning => Some(Severity::Warning),
            Level::Note => None,
        }
    }
}

/// A kind of record kept in a list inside its owner's file.
pub trait Record: Serialize + DeserializeOwned + Clone + 'static {
    /// Its description.
    const DEF: &'static KindDef;
    /// Its id, for kinds identified by one.
    fn id(&self) -> Option<&str> {
        None
    }
    /// What tells it from the others of its kind: its id, a contact's name, a role's
    /// side and title.
    fn key(&self) -> String {
        self.id().unwrap_or_default().to_string()
    }
    /// The value of one of its date fields.
    fn date_of(&self, _field: &str) -> Option<NaiveDate> {
        None
    }
    /// The date that places it in time, if its kind has one.
    fn date(&self) -> Option<NaiveDate> {
        Self::DEF.date.and_then(|f| self.date_of(f))
    }
    /// The record in words, for messages and dry runs: "check-in `k3f9x2` with `acme`
    /// on 2026-11-20 (meeting)".
    fn describe(&self, owner: &str) -> String;
    /// The rules this kind keeps beyond its types, beside the shared ones (a usable id,
    /// dates no later than today) that [`findings`] adds.
    fn rules(&self, _file: &InFile<'_, Self>) -> Vec<Finding> {
        Vec::new()
    }
}

/// What a rule may know of the file a record is in: the records of its kind before it,
/// and the ids of the file's other records.
pub struct InFile<'a, R> {
    pub today: NaiveDate,
    /// The records of the same kind that come before it in the file (all of them, for a
    /// record about to be added).
    pub earlier: &'a [R],
    /// Whether the file holds a record of the kind kept in `[[table]]` with this id.
    pub has: &'a dyn Fn(&str, &str) -> bool,
}

/// An owner's list of records of one kind.
pub trait Keeps<R: Record> {
    fn records(&self) -> &Vec<R>;
    fn records_mut(&mut self) -> &mut Vec<R>;
}

/// A kind of file that keeps records: a partner, a goal or a survey.
pub trait Owns: Serialize + DeserializeOwned + 'static {
    const OWNER: Owner;
    /// Visit each kind of record this file keeps, in the order the file keeps them. This
    /// is the one list of kinds: everything else iterates it.
    fn each_kind<V: Visit<Self>>(v: &mut V);
}

/// Something done once per kind of record of an owner, with the kind's type in hand.
pub trait Visit<O: Owns> {
    fn visit<R: Record>(&mut self)
    where
        O: Keeps<R>;
}

/// The names of the arrays of tables an owner's file keeps: `contact`, `role`...
pub fn tables<O: Owns>() -> Vec<&'static str> {
    struct Tables(Vec<&'static str>);
    impl<O: Owns> Visit<O> for Tables {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            self.0.push(R::DEF.table);
        }
    }
    let mut t = Tables(Vec::new());
    O::each_kind(&mut t);
    t.0
}

/// Every record id kept in one owner's file, with the kind that holds it.
pub fn ids<O: Owns>(owner: &O) -> Vec<(&'static KindDef, &str)> {
    struct Ids<'a, O>(&'a O, Vec<(&'static KindDef, &'a str)>);
    impl<'a, O: Owns> Visit<O> for Ids<'a, O> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            let records: &'a Vec<R> = self.0.records();
            self.1
                .extend(records.iter().filter_map(|r| r.id()).map(|id| (R::DEF, id)));
        }
    }
    let mut v = Ids(owner, Vec::new());
    O::each_kind(&mut v);
    v.1
}

/// Whether `owner` holds a record of the kind kept in `[[table]]` with this id.
pub fn holds<O: Owns>(owner: &O, table: &str, id: &str) -> bool {
    ids(owner)
        .iter()
        .any(|(k, rid)| k.table == table && *rid == id)
}

/// The one wording of "a record may not be dated after today", for every kind and field:
/// "the check-in date 2026-11-24 is in the future (after today)".
pub fn future_message(noun: &str, field: &str, date: NaiveDate) -> String {
    let label = if field == "date" {
        "date".to_string()
    } else {
        format!("{field} date")
    };
    format!("the {noun} {label} {date} is in the future (after today)")
}

/// Whether a record id as written in a file is usable: the generated form, or anything a
/// person typed that is still one word a command can name. Commands take ids in any
/// letter case and look them up in lowercase, so an id with a capital letter could never
/// be named.
pub fn record_id_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// The rule for the text of a record's fields, the same for every kind: no control
/// character or bidi control (see `model::text`) in one-line fields (text, words, ids,
/// the items of lists, the keys of tables); several-line fields (notes, an evaluation's
/// comments) may hold line breaks and tabs, nothing else. One finding per field.
pub fn text_findings<R: Record>(r: &R) -> Vec<Finding> {
    use crate::model::text::{self, Shape};
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(r) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in R::DEF.fields {
        let Some(value) = fields.get(f.name) else {
            continue;
        };
        let shape = match f.ty {
            // The id has its own rule (`record_id_ok`).
            Ty::Id => continue,
            Ty::Notes | Ty::Map => Shape::Lines,
            _ => Shape::Line,
        };
        let mut texts: Vec<(&str, Shape)> = Vec::new();
        match value {
            serde_json::Value::String(s) => texts.push((s, shape)),
            serde_json::Value::Array(items) => {
                texts.extend(items.iter().filter_map(|i| i.as_str()).map(|s| (s, shape)));
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    texts.push((k, Shape::Line));
                    if let Some(v) = v.as_str() {
                        texts.push((v, shape));
                    }
                }
            }
            _ => {}
        }
        let what = format!("the {} field `{}`", R::DEF.noun, f.name);
        if let Some(problem) = texts
            .iter()
            .find_map(|&(s, shape)| text::problem(&what, s, shape))
        {
            out.push(Finding::new(f.name, Level::Error, problem));
        }
    }
    out
}

/// Every rule of one record: the shared ones (text without control characters; a usable
/// id; dates no later than today, refused or warned as its kind says) and the kind's own.
pub fn findings<R: Record>(r: &R, file: &InFile<'_, R>) -> Vec<Finding> {
    let mut out = text_findings(r);
    if R::DEF.identity == Identity::Id {
        let id = r.key();
        if !record_id_ok(&id) {
            out.push(Finding::new(
                "id",
                Level::Error,
                format!("`{id}` is not a usable id; use lowercase letters, digits, `-` or `_`"),
            ));
        }
    }
    for &(field, future) in R::DEF.not_after_today {
        if let Some(date) = r.date_of(field)
            && date > file.today
        {
            let level = match future {
                Future::Refused => Level::Refused,
                Future::Warned => Level::Note,
            };
            out.push(Finding::new(
                field,
                level,
                future_message(R::DEF.noun, field, date),
            ));
        }
    }
    out.extend(r.rules(file));
    out
}

/// The rule "no later than today" for one date of a record of kind `R` about to be
/// written, before the record is whole (so a command can refuse early): `Err` when the
/// kind refuses a later date, `Ok(Some(warning))` when it only warns.
pub fn check_date<R: Record>(
    field: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Option<String>, String> {
    let rule = R::DEF.not_after_today.iter().find(|(f, _)| *f == field);
    match rule {
        Some((_, future)) if date > today => {
            let message = future_message(R::DEF.noun, field, date);
            match future {
                Future::Refused => Err(message),
                Future::Warned => Ok(Some(message)),
            }
        }
        _ => Ok(None),
    }
}

/// The findings for a record about to be added to `owner`'s file, as a command that
/// writes it sees them: `Err` with the first that refuses it, else the warnings to say.
pub fn admit<O: Owns + Keeps<R>, R: Record>(
    record: &R,
    owner: &O,
    today: NaiveDate,
) -> Result<Vec<String>, String> {
    let has = |table: &str, id: &str| holds(owner, table, id);
    let file = InFile {
        today,
        earlier: owner.records(),
        has: &has,
    };
    let found = findings(record, &file);
    if let Some(refused) = found.iter().find(|f| f.refuses()) {
        return Err(refused.message.clone());
    }
    Ok(found.into_iter().map(|f| f.message).collect())
}

/// The rules of every record of one owner, as problems located in its file.
pub fn problems<O: Owns>(owner: &O, today: NaiveDate) -> Vec<Problem> {
    struct All<'a, O> {
        owner: &'a O,
        today: NaiveDate,
        out: Vec<Problem>,
    }
    impl<O: Owns> Visit<O> for All<'_, O> {
        fn visit<R: Record>(&mut self)
        where
            O: Keeps<R>,
        {
            let owner = self.owner;
            let has = |table: &str, id: &str| holds(owner, table, id);
            let records = owner.records();
            for (i, r) in records.iter().enumerate() {
                let file = InFile {
                    today: self.today,
                    earlier: &records[..i],
                    has: &has,
                };
                for f in findings(r, &file) {
                    let Some(severity) = f.severity() else {
                        continue;
                    };
                    let mut path = vec![Seg::Key(R::DEF.table.to_string()), Seg::Index(i)];
                    path.extend(f.path);
                    self.out.push(Problem {
                        severity,
                        path,
                        message: f.message,
                    });
                }
            }
        }
    }
    let mut all = All {
        owner,
        today,
        out: Vec::new(),
    };
    O::each_kind(&mut all);
    all.out
}

word_enum! {
    /// The kinds of records that can be exported as a table, by their plural names.
    pub enum Sheet {
        Partners = "partners",
        Contacts = "contacts",
        Roles = "roles",
        Goals = "goals",
        Measurements = "measurements",
        Checkins = "checkins",
        Actions = "actions",
        Evaluations = "evaluations",
        Contributions = "contributions",
        Wins = "wins",
        Surveys = "surveys",
        Responses = "responses",
    }
}

impl Sheet {
    /// One record, in words.
    pub fn noun(self) -> &'static str {
        match self {
            Sheet::Partners => "partner",
            Sheet::Contacts => "contact",
            Sheet::Roles => "role",
            Sheet::Goals => "goal",
            Sheet::Measurements => "measurement",
            Sheet::Checkins => "check-in",
            Sheet::Actions => "action item",
            Sheet::Evaluations => "evaluation",
            Sheet::Contributions => "contribution",
            Sheet::Wins => "win",
            Sheet::Surveys => "survey",
            Sheet::Responses => "survey response",
        }
    }

    /// The kind of file that keeps the records.
    pub fn owner(self) -> Owner {
        match self {
            Sheet::Goals | Sheet::Measurements => Owner::Goal,
            Sheet::Surveys | Sheet::Responses => Owner::Survey,
            _ => Owner::Partner,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::partner::Partner;
    use crate::model::records::{Checkin, Contribution, ContributionKind, Evaluation, Win};
    use crate::model::side::Side;

    fn d(s: &str) -> NaiveDate {
        crate::model::date::parse_iso(s).unwrap()
    }

    #[test]
    fn a_later_date_is_refused_or_warned_in_one_wording() {
        let today = d("2026-11-23");
        let later = d("2026-11-24");
        assert_eq!(
            check_date::<Checkin>("date", later, today),
            Err("the check-in date 2026-11-24 is in the future (after today)".into())
        );
        assert_eq!(
            check_date::<Evaluation>("date", later, today),
            Err("the evaluation date 2026-11-24 is in the future (after today)".into())
        );
        assert_eq!(
            check_date::<Win>("date", later, today),
            Err("the win date 2026-11-24 is in the future (after today)".into())
        );
        assert_eq!(
            check_date::<crate::model::records::Action>("done", later, today),
            Err("the action item done date 2026-11-24 is in the future (after today)".into())
        );
        assert_eq!(
            check_date::<Contribution>("date", later, today),
            Ok(Some(
                "the contribution date 2026-11-24 is in the future (after today)".into()
            ))
        );
        assert_eq!(check_date::<Checkin>("date", today, today), Ok(None));
    }

    #[test]
    fn check_warns_about_records_written_with_a_later_date() {
        let mut p = Partner::default();
        p.evaluations.push(Evaluation {
            id: "e1".into(),
            date: d("2026-12-01"),
            instrument: "accord".into(),
            side: Side::Ours,
            by: None,
            scores: [("vision".to_string(), 4.0)].into(),
            comments: Default::default(),
            note: None,
            partial: false,
        });
        p.contributions.push(Contribution {
            id: "k1".into(),
            date: d("2026-12-01"),
            kind: ContributionKind::Funding,
            amount: 10.0,
            side: Side::Partner,
            note: None,
            by: None,
        });
        let found = problems(&p, d("2026-11-23"));
        let got: Vec<String> = found
            .iter()
            .map(|p| format!("{:?} {:?} {}", p.severity, p.path, p.message))
            .collect();
        assert_eq!(
            got,
            [
                r#"Warning [Key("evaluation"), Index(0), Key("date")] the evaluation date 2026-12-01 is in the future (after today)"#
            ],
            "a pledged contribution is not a problem in the file"
        );
    }

    #[test]
    fn text_fields_of_every_shape_refuse_control_characters() {
        let c = Checkin {
            id: "c1".into(),
            date: d("2026-11-20"),
            summary: Some("abc\u{202e}def".into()),
            notes: Some("line one\r\n\tline two".into()),
            attendees: vec!["Ann".into(), "B\u{1b}[2J".into()],
            ..Checkin::default()
        };
        let found: Vec<(Vec<Seg>, Level)> = text_findings(&c)
            .into_iter()
            .map(|f| (f.path, f.level))
            .collect();
        assert_eq!(
            found,
            [
                (vec![Seg::Key("attendees".into())], Level::Error),
                (vec![Seg::Key("summary".into())], Level::Error),
            ],
            "notes keep their line breaks and tabs"
        );
        let e = Evaluation {
            id: "e1".into(),
            date: d("2026-11-20"),
            instrument: "accord".into(),
            side: Side::Ours,
            by: None,
            scores: [("vision".to_string(), 4.0)].into(),
            comments: [("vision".to_string(), "good\nbut \u{9b}".to_string())].into(),
            note: None,
            partial: false,
        };
        let found = text_findings(&e);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "a control character (`\\u{9b}`) in the evaluation field `comments`, which a terminal would act on; remove it"
        );
        let p = Partner::default();
        assert_eq!(
            admit(&c, &p, d("2026-11-23")).unwrap_err(),
            text_findings(&c)[0].message
        );
    }

    #[test]
    fn admit_refuses_what_check_would_call_an_error() {
        let mut p = Partner::default();
        let c = Checkin {
            id: "c1".into(),
            date: d("2026-11-20"),
            kind: Default::default(),
            summary: Some("Met".into()),
            rating: Some(9),
            ..Checkin::default()
        };
        assert_eq!(
            admit(&c, &p, d("2026-11-23")),
            Err("rating 9 is outside 1 to 5".into())
        );
        let ok = Checkin {
            rating: Some(4),
            ..c
        };
        assert_eq!(admit(&ok, &p, d("2026-11-23")), Ok(vec![]));
        p.checkins.push(ok.clone());
        assert_eq!(ids(&p).len(), 1);
        assert!(holds(&p, "checkin", "c1"));
        assert!(!holds(&p, "action", "c1"));
    }
}
