//! Importing records from a spreadsheet, the pure part: the fields each kind of record
//! takes, which column means which field (headers compared without regard to case,
//! spaces or punctuation, with common synonyms, and `--map` overrides), each row read
//! into typed values, and what makes a row the same record as one already kept.
//!
//! The store resolves partners and goals, matches rows to existing records and writes.

pub mod cell;

use crate::model::kinds;
use crate::model::partner::Stage;
use crate::model::registry::{self, Identity, Owner};
use crate::model::settings::Settings;
use crate::model::tabular::Sheet;
pub use cell::Ty;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A field a column can fill.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The field's name: the export's column name (`agreement.ends` for a nested one).
    pub name: &'static str,
    pub ty: Ty,
    /// Every row must give it.
    pub required: bool,
    /// Other headers that mean this field, as people write them, separated by `|`.
    pub synonyms: &'static str,
}

impl Field {
    /// The field's name and its synonyms.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.synonyms.split('|').filter(|s| !s.is_empty()))
    }
}

const fn f(name: &'static str, ty: Ty, synonyms: &'static str) -> Field {
    Field {
        name,
        ty,
        required: false,
        synonyms,
    }
}

const fn req(name: &'static str, ty: Ty, synonyms: &'static str) -> Field {
    Field {
        name,
        ty,
        required: true,
        synonyms,
    }
}

const PARTNER_REF: &str = "partner id|partner name|organization|organisation|organization name|\
    org|company|agency|partner organization|partner organisation|partner org";
const RECORD_ID: &str = "record id";
const BY: &str = "recorded by|entered by|logged by";
const NOTE: &str = "notes|comment|comments|description";
const NOTES: &str = "note|comment|comments|remarks";
const SIDE: &str = "which side|whose side";

#[rustfmt::skip]
const PARTNERS: &[Field] = &[
    f("id", Ty::Slug, "partner id|slug"),
    f("name", Ty::Text, "partner|partner name|organization|organisation|organization name|\
        organisation name|org|org name|company|company name|agency|institution|business|business name|\
        partner organization|partner organisation|partner org|name of organization"),
    f("type", Ty::PartnerType, "partner type|type of partnership|partnership type|type of partner|\
        type of organization|organization type|sector|category"),
    f("stage", Ty::Word(Stage::NAMES), "status|partnership status|lifecycle"),
    f("since", Ty::Date, "start|start date|partner since|partnership start|date started|began|joined"),
    f("added", Ty::Date, "date added|added on|tracked since|in accord since"),
    f("cadence", Ty::Cadence, "meeting frequency|frequency|check-in frequency"),
    f("balance", Ty::Floor, "balance floor"),
    f("focus", Ty::List, "focus area|focus areas|areas of focus|programs|services"),
    f("tags", Ty::List, "tag|labels|keywords"),
    f("website", Ty::Text, "web site|url|web|homepage|site"),
    f("notes", Ty::Text, "note|comments|comment|description|remarks"),
    f("ended", Ty::Date, "end date|date ended"),
    f("end_reason", Ty::Text, "reason ended|why ended"),
    f("ended_from", Ty::Word(Stage::NAMES), "stage when ended|stage before ending"),
    f("agreement.kind", Ty::Text, "agreement|agreement type|type of agreement"),
    f("agreement.signed", Ty::Date, "agreement signed|mou signed|date signed|signed|signed on"),
    f("agreement.ends", Ty::Date, "agreement ends|agreement end|agreement end date|agreement expires|\
        mou ends|mou end|mou expires|mou expiration|expires|expiration|expiration date|term end|renewal date"),
    f("agreement.notes", Ty::Text, "agreement notes|mou notes"),
    f("contact", Ty::Text, "contact name|contact person|primary contact|main contact"),
    f("contact_title", Ty::Text, "title|contact title|job title|position"),
    f("email", Ty::Email, "contact email|email address|e-mail|e-mail address"),
    f("phone", Ty::Text, "contact phone|phone number|telephone|tel|mobile"),
];

/// Partner columns that describe one contact person rather than the partner, and the
/// contact field each fills.
pub const PARTNER_CONTACT: &[(&str, &str)] = &[
    ("contact", "name"),
    ("contact_title", "title"),
    ("email", "email"),
    ("phone", "phone"),
];

/// Headers that mean a field of one kind of record, beyond its name: `(sheet, field,
/// synonyms)`. Fields not listed here take the synonyms their name has in [`COMMON`].
#[rustfmt::skip]
const SYNONYMS: &[(Sheet, &str, &str)] = &[
    (Sheet::Contacts, "name", "contact|contact name|full name|person|contact person"),
    (Sheet::Contacts, "title", "job title|position|role|contact title"),
    (Sheet::Contacts, "email", "email address|e-mail|e-mail address|mail"),
    (Sheet::Contacts, "phone", "phone number|telephone|tel|mobile|cell|work phone"),
    (Sheet::Roles, "title", "role|role title|position|job title"),
    (Sheet::Roles, "person", "name|holder|held by|person name"),
    (Sheet::Roles, "email", "email address|e-mail|e-mail address|mail"),
    (Sheet::Roles, "resp", "responsibilities|responsibility|responsible for|duties"),
    (Sheet::Checkins, "date", "on|when|meeting date|check-in date|contact date|date of contact|date of meeting"),
    (Sheet::Checkins, "kind", "type|meeting type|contact type|check-in type|type of contact|\
        kind of contact|contact method|method of contact|type of meeting"),
    (Sheet::Checkins, "attendees", "attended|participants|people|who"),
    (Sheet::Checkins, "summary", "subject|title|purpose"),
    (Sheet::Checkins, "topics", "topic|agenda"),
    (Sheet::Checkins, "rating", "score|health|how it went"),
    (Sheet::Checkins, "next", "next meeting|next check-in|next date|follow-up|follow up"),
    (Sheet::Actions, "text", "action|action item|task|item|description|to do|todo"),
    (Sheet::Actions, "owner", "assigned to|assignee|responsible|who"),
    (Sheet::Actions, "due", "due date|deadline|due on|due by"),
    (Sheet::Actions, "done", "done on|completed|completed on|date completed|completion date"),
    (Sheet::Actions, "checkin", "check-in id|checkin id|meeting"),
    (Sheet::Actions, "created", "created on|date created|opened|recorded|recorded on"),
    (Sheet::Evaluations, "date", "on|when|evaluated on|date of evaluation"),
    (Sheet::Evaluations, "instrument", "survey|tool|questionnaire"),
    (Sheet::Evaluations, "note", "notes|description|remarks"),
    (Sheet::Evaluations, "partial", "incomplete"),
    (Sheet::Measurements, "date", "measured on|as of|date measured|period end"),
    (Sheet::Measurements, "value", "result|measurement|actual|measured value"),
    (Sheet::Measurements, "source", "data source|from"),
    (Sheet::Contributions, "date", "on|when"),
    (Sheet::Contributions, "kind", "type|contribution type|type of contribution|category"),
    (Sheet::Contributions, "amount", "value|total|dollars|hours|quantity"),
    (Sheet::Wins, "date", "on|when|date of win"),
    (Sheet::Wins, "text", "win|story|milestone|description|summary"),
    (Sheet::Wins, "tags", "tag|labels|keywords"),
];

/// Synonyms of fields of the same name in every kind that has one.
const COMMON: &[(&str, &str)] = &[
    ("id", RECORD_ID),
    ("by", BY),
    ("note", NOTE),
    ("notes", NOTES),
    ("side", SIDE),
];

/// How a cell is read where the registry's type says less than import checks: a rating
/// from 1 to 5, an amount above zero, the values of an evaluation's tables.
const CELLS: &[(Sheet, &str, Ty)] = &[
    (Sheet::Checkins, "rating", Ty::Rating),
    (Sheet::Contributions, "amount", Ty::Amount),
    (Sheet::Evaluations, "scores", Ty::Map(&Ty::Number)),
    (Sheet::Evaluations, "comments", Ty::Map(&Ty::Text)),
    (Sheet::Responses, "answers", Ty::Map(&Ty::Number)),
    (Sheet::Responses, "comments", Ty::Map(&Ty::Text)),
];

/// How a cell of a field of the registry's type `ty` is read.
fn cell_ty(sheet: Sheet, field: &registry::Field) -> Ty {
    if let Some((_, _, ty)) = CELLS
        .iter()
        .find(|(s, f, _)| *s == sheet && *f == field.name)
    {
        return *ty;
    }
    match field.ty {
        registry::Ty::Id | registry::Ty::Ref(_) => Ty::RecordId,
        _ if field.name == "email" => Ty::Email,
        registry::Ty::Text | registry::Ty::Notes => Ty::Text,
        registry::Ty::Date => Ty::Date,
        registry::Ty::Number | registry::Ty::Whole => Ty::Number,
        registry::Ty::Word(names) => Ty::Word(names),
        registry::Ty::List => Ty::List,
        registry::Ty::Words(names) => Ty::Words(names),
        registry::Ty::Map => Ty::Map(&Ty::Text),
        registry::Ty::Flag => Ty::Flag,
    }
}

/// The synonyms of one field of a kind.
fn synonyms(sheet: Sheet, field: &str) -> &'static str {
    SYNONYMS
        .iter()
        .find(|(s, f, _)| *s == sheet && *f == field)
        .map(|(_, _, syn)| *syn)
        .or_else(|| {
            COMMON
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, syn)| *syn)
        })
        .unwrap_or("")
}

/// The column naming the partner or goal a record belongs to.
fn owner_field(owner: Owner) -> Field {
    match owner {
        Owner::Partner => req("partner", Ty::Ref, PARTNER_REF),
        Owner::Goal => req("goal", Ty::Ref, "goal id|kpi|goal title"),
        Owner::Survey => req("survey", Ty::Ref, "survey id|survey title"),
    }
}

/// The fields a kind of record takes on import (empty if it cannot be imported):
/// partners' own, or a kind's fields as the registry declares them, with the column
/// naming its partner or goal after its id. An id is never required: a new record
/// gets one.
pub fn fields(sheet: Sheet) -> Vec<Field> {
    if sheet == Sheet::Partners {
        return PARTNERS.to_vec();
    }
    let Some(kind) = kinds::by_sheet(sheet) else {
        return Vec::new();
    };
    let mut out: Vec<Field> = kind
        .fields
        .iter()
        .map(|field| Field {
            name: field.name,
            ty: cell_ty(sheet, field),
            required: field.required && field.ty != registry::Ty::Id,
            synonyms: synonyms(sheet, field.name),
        })
        .collect();
    let at = usize::from(kind.identity == Identity::Id);
    out.insert(at, owner_field(kind.owner));
    out
}

/// The kinds that can be imported: partners, and every kind of record.
pub fn importable() -> Vec<Sheet> {
    Sheet::ALL
        .iter()
        .copied()
        .filter(|&s| s == Sheet::Partners || kinds::by_sheet(s).is_some())
        .collect()
}

/// The fields that make a row the same record as one already kept (besides the
/// partner or goal it belongs to), unless the row gives an `id`. Partners are matched
/// by id, else by name, else by the id their name would get.
pub fn identity(sheet: Sheet) -> &'static [&'static str] {
    match sheet {
        Sheet::Contacts => &["name"],
        Sheet::Roles => &["side", "title"],
        Sheet::Checkins => &["date", "kind"],
        Sheet::Actions => &["text"],
        Sheet::Evaluations => &["date", "instrument", "side"],
        Sheet::Measurements => &["date"],
        Sheet::Contributions => &["date", "kind", "side"],
        Sheet::Wins => &["date", "text"],
        _ => &[],
    }
}

/// A header as compared: lowercase letters and digits only, so `Type of Partnership`,
/// `type_of_partnership` and `TYPE OF PARTNERSHIP:` are all `typeofpartnership`.
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a header means, if any. A header `scores.trust` means the key `trust` of a
/// table field `scores` (see [`map_key`]).
pub fn field_for(fields: &[Field], header: &str) -> Option<usize> {
    let h = normalize(header);
    if h.is_empty() {
        return None;
    }
    fields
        .iter()
        .position(|f| normalize(f.name) == h)
        .or_else(|| {
            fields
                .iter()
                .position(|f| f.names().any(|s| normalize(s) == h))
        })
        .or_else(|| {
            let (table, _) = header.trim().split_once('.')?;
            fields
                .iter()
                .position(|f| matches!(f.ty, Ty::Map(_)) && normalize(f.name) == normalize(table))
        })
}

/// The key a column of a table field fills: `trust` for `scores.trust`.
pub fn map_key(header: &str) -> Option<&str> {
    header
        .trim()
        .split_once('.')
        .map(|(_, k)| k.trim())
        .filter(|k| !k.is_empty())
}

/// Which field each column fills.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    /// For each column of the file, the index of the field it fills.
    pub columns: Vec<Option<usize>>,
    /// Headers of the columns that fill no field.
    pub ignored: Vec<String>,
    /// Values read as others (`--map-value`): the field's index, the value as written
    /// (without case, spaces or punctuation) and what it is read as.
    pub values: Vec<(usize, String, String)>,
}

/// `--map-value FIELD:VALUE=WORD`: a value a spreadsheet writes, read as another (a
/// `Charity` type as `nonprofit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueMap {
    pub field: String,
    pub from: String,
    pub to: String,
}

impl std::str::FromStr for ValueMap {
    type Err = String;
    fn from_str(s: &str) -> Result<ValueMap, String> {
        let parsed = s.split_once(':').and_then(|(field, rest)| {
            let (from, to) = rest.rsplit_once('=')?;
            let (field, from, to) = (field.trim(), from.trim(), to.trim());
            (!field.is_empty() && !from.is_empty() && !to.is_empty()).then(|| ValueMap {
                field: field.to_string(),
                from: from.to_string(),
                to: to.to_string(),
            })
        });
        parsed.ok_or_else(|| {
            format!("`{s}` is not FIELD:VALUE=WORD, e.g. \"type:Charity=nonprofit\"")
        })
    }
}

/// What a saved mapping file holds: which column fills which field, and values read as
/// others, as `--map` and `--map-value` give them.
///
/// ```toml
/// [columns]
/// "Partner Org" = "name"
/// Region = "-"
///
/// [values.type]
/// Charity = "nonprofit"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingFile {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
}

impl MappingFile {
    /// The `--map` pairs it holds.
    pub fn map(&self) -> Vec<(String, String)> {
        self.columns
            .iter()
            .map(|(c, f)| (c.clone(), f.clone()))
            .collect()
    }

    /// The `--map-value` entries it holds.
    pub fn value_maps(&self) -> Vec<ValueMap> {
        self.values
            .iter()
            .flat_map(|(field, m)| {
                m.iter().map(move |(from, to)| ValueMap {
                    field: field.clone(),
                    from: from.clone(),
                    to: to.clone(),
                })
            })
            .collect()
    }

    /// The file holding `map` and `values`.
    pub fn of(map: &[(String, String)], values: &[ValueMap]) -> MappingFile {
        let mut f = MappingFile::default();
        for (c, field) in map {
            f.columns.insert(c.clone(), field.clone());
        }
        for v in values {
            f.values
                .entry(v.field.clone())
                .or_default()
                .insert(v.from.clone(), v.to.clone());
        }
        f
    }
}

/// Add the `--map-value` entries to a mapping, each checked: a field of this kind, and a
/// value it reads (so `type:Charity=nonprofitt` is refused before any row is read).
pub fn map_values(
    sheet: Sheet,
    mapping: &mut Mapping,
    values: &[ValueMap],
    settings: &Settings,
) -> Result<(), Vec<String>> {
    let fields = fields(sheet);
    let mut errors = Vec::new();
    for v in values {
        let Some(i) = fields
            .iter()
            .position(|f| normalize(f.name) == normalize(&v.field))
        else {
            errors.push(format!(
                "--map-value {}:{}={}: {} have no field `{}`; fields are: {}",
                v.field,
                v.from,
                v.to,
                sheet.as_str(),
                v.field,
                fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
            ));
            continue;
        };
        let item = match fields[i].ty {
            Ty::List | Ty::Words(_) => Ty::Text,
            ty => ty,
        };
        let check = match fields[i].ty {
            Ty::Words(names) => cell::parse(Ty::Word(names), &v.to, settings),
            Ty::PartnerType => settings.partner_type(&v.to).map(|_| None),
            _ => cell::parse(item, &v.to, settings),
        };
        if let Err(e) = check {
            errors.push(format!("--map-value {}:{}={}: {e}", v.field, v.from, v.to));
            continue;
        }
        mapping.values.push((i, normalize(&v.from), v.to.clone()));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A cell of field `i` with the `--map-value` entries applied (to each item of a list).
fn mapped(mapping: &Mapping, i: usize, ty: Ty, raw: &str) -> String {
    let one = |v: &str| {
        let n = normalize(v);
        mapping
            .values
            .iter()
            .find(|(f, from, _)| *f == i && *from == n)
            .map_or_else(|| v.trim().to_string(), |(_, _, to)| to.clone())
    };
    if !mapping.values.iter().any(|(f, _, _)| *f == i) {
        return raw.to_string();
    }
    match ty {
        Ty::List | Ty::Words(_) => cell::list(raw)
            .iter()
            .map(|item| one(item))
            .collect::<Vec<_>>()
            .join("; "),
        _ => one(raw),
    }
}

/// Match the file's headers to fields. `overrides` are `--map COLUMN=FIELD` pairs
/// (`FIELD` `-` ignores the column). Errors are returned all at once.
pub fn map_headers(
    sheet: Sheet,
    headers: &[String],
    overrides: &[(String, String)],
) -> Result<Mapping, Vec<String>> {
    let fields = &fields(sheet);
    let mut errors = Vec::new();
    let mut columns: Vec<Option<usize>> = headers.iter().map(|h| field_for(fields, h)).collect();
    let mut forced = vec![false; headers.len()];
    let names = || fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
    for (column, field) in overrides {
        let Some(col) = headers
            .iter()
            .position(|h| normalize(h) == normalize(column))
        else {
            errors.push(format!(
                "--map names the column `{column}`, which the file does not have; its columns are: {}",
                headers.join(", ")
            ));
            continue;
        };
        forced[col] = true;
        if field.trim() == "-" {
            columns[col] = None;
            continue;
        }
        match fields
            .iter()
            .position(|f| normalize(f.name) == normalize(field))
        {
            Some(i) => columns[col] = Some(i),
            None => errors.push(format!(
                "--map {column}={field}: {} have no field `{field}`; fields are: {}",
                sheet.as_str(),
                names()
            )),
        }
    }
    // A field filled by a column mapped with --map is not also filled by another.
    for col in 0..headers.len() {
        if let Some(i) = columns[col]
            && !forced[col]
            && (0..headers.len()).any(|c| forced[c] && columns[c] == Some(i))
        {
            columns[col] = None;
        }
    }
    for (i, field) in fields.iter().enumerate() {
        let cols: Vec<&str> = (0..headers.len())
            .filter(|&c| columns[c] == Some(i))
            .map(|c| headers[c].as_str())
            .collect();
        if cols.len() > 1 && !matches!(field.ty, Ty::Map(_)) {
            errors.push(format!(
                "columns `{}` all mean `{}`; keep one, or tell accord which with --map \"{}={}\" and --map \"{}=-\"",
                cols.join("`, `"),
                field.name,
                cols[0],
                field.name,
                cols[1]
            ));
        }
        if field.required && cols.is_empty() {
            errors.push(format!(
                "no column for `{}`, which {} need; name a column with --map \"COLUMN={}\"",
                field.name,
                sheet.as_str(),
                field.name
            ));
        }
    }
    if sheet == Sheet::Partners {
        let has = |name: &str| {
            let i = fields.iter().position(|f| f.name == name);
            columns.iter().any(|c| *c == i && i.is_some())
        };
        if !has("name") && !has("id") {
            errors.push(
                "no column for `name` (or `id`), which partners need; name a column with --map \"COLUMN=name\""
                    .to_string(),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ignored = headers
        .iter()
        .zip(&columns)
        .zip(&forced)
        .filter(|((h, c), forced)| c.is_none() && !**forced && !h.trim().is_empty())
        .map(|((h, _), _)| h.clone())
        .collect();
    Ok(Mapping {
        columns,
        ignored,
        values: Vec::new(),
    })
}

/// One bad cell (or row): where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowError {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: usize,
    /// The column's header, if one cell is at fault.
    pub column: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, column `{c}`: {}", self.row, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// A row read into typed values: the fields it gives (non-empty cells), by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: usize,
    /// By field name; a key of a table field is named `table.key`.
    pub values: Vec<(String, Value)>,
}

impl Row {
    pub fn get(&self, field: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(n, _)| *n == field)
            .map(|(_, v)| v)
    }

    pub fn text(&self, field: &str) -> Option<&str> {
        self.get(field).and_then(Value::as_str)
    }

    /// The row's values as a record object, leaving out `skip`; `a.b` fields become key
    /// `b` of a table `a`.
    pub fn object(&self, skip: &[&str]) -> Map<String, Value> {
        let mut map = Map::new();
        for (name, v) in self
            .values
            .iter()
            .filter(|(n, _)| !skip.contains(&n.as_str()))
        {
            set_path(&mut map, name, v.clone());
        }
        map
    }
}

/// Set `a.b` (or `a`) in an object.
pub fn set_path(map: &mut Map<String, Value>, path: &str, v: Value) {
    match path.split_once('.') {
        Some((a, b)) => {
            let inner = map
                .entry(a.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !inner.is_object() {
                *inner = Value::Object(Map::new());
            }
            if let Some(obj) = inner.as_object_mut() {
                obj.insert(b.to_string(), v);
            }
        }
        None => {
            map.insert(path.to_string(), v);
        }
    }
}

/// Read `a.b` (or `a`) of a value.
pub fn get_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    match path.split_once('.') {
        Some((a, b)) => value.get(a)?.get(b),
        None => value.get(path),
    }
    .filter(|v| !v.is_null())
}

/// Read one data row (`cells` under `headers`, numbered `number`): the values of the
/// cells that read, and a problem for each that did not.
pub fn read_row(
    sheet: Sheet,
    mapping: &Mapping,
    headers: &[String],
    number: usize,
    cells: &[String],
    settings: &Settings,
) -> (Row, Vec<RowError>) {
    let fields = &fields(sheet);
    let mut errors = Vec::new();
    let mut values: Vec<(String, Value)> = Vec::new();
    if cells.len() > headers.len() && cells[headers.len()..].iter().any(|c| !c.trim().is_empty()) {
        errors.push(RowError {
            row: number,
            column: None,
            message: format!(
                "the row has {} cells but the header names {} columns",
                cells.len(),
                headers.len()
            ),
        });
    }
    // A row that stops before the last named column has lost a separator (or a cell):
    // its cells would fall under the wrong columns, so it is refused, not guessed.
    if cells.len() < headers.len() && headers[cells.len()..].iter().any(|h| !h.is_empty()) {
        errors.push(RowError {
            row: number,
            column: None,
            message: format!(
                "the row has {} cells but the header names {} columns; give every column a cell (an empty one where there is no value)",
                cells.len(),
                headers.len()
            ),
        });
        return (
            Row {
                number,
                values: Vec::new(),
            },
            errors,
        );
    }
    for (col, field) in mapping.columns.iter().enumerate() {
        let Some(i) = *field else { continue };
        let raw = cells.get(col).map_or("", String::as_str);
        let name = match (fields[i].ty, map_key(&headers[col])) {
            (Ty::Map(_), Some(key)) => format!("{}.{key}", fields[i].name),
            // A table's own column: empty (or `{}`) when it has no keys.
            (Ty::Map(_), None) => {
                if !matches!(raw.trim(), "" | "{}") {
                    errors.push(RowError {
                        row: number,
                        column: Some(headers[col].clone()),
                        message: format!(
                            "write one column per key of `{0}`, headed `{0}.KEY`",
                            fields[i].name
                        ),
                    });
                }
                continue;
            }
            _ => fields[i].name.to_string(),
        };
        let raw = mapped(mapping, i, fields[i].ty, raw);
        match cell::parse(fields[i].ty, &raw, settings) {
            Ok(Some(v)) => values.push((name, v)),
            Ok(None) => {}
            Err(message) => errors.push(RowError {
                row: number,
                column: Some(headers[col].clone()),
                message,
            }),
        }
    }
    for (col, field) in mapping.columns.iter().enumerate() {
        if let Some(i) = *field
            && fields[i].required
            && !values.iter().any(|(n, _)| *n == fields[i].name)
            && !errors
                .iter()
                .any(|e| e.column.as_deref() == Some(&headers[col]))
        {
            errors.push(RowError {
                row: number,
                column: Some(headers[col].clone()),
                message: format!(
                    "`{}` is empty, and {} need one",
                    fields[i].name,
                    sheet.as_str()
                ),
            });
        }
    }
    (Row { number, values }, errors)
}

/// A value as compared for identity: text trimmed, in lowercase, spaces collapsed.
pub fn identity_text(v: &Value) -> String {
    match v {
        Value::String(s) => s
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
        other => crate::model::tabular::cell(other),
    }
}

/// The identity of a record (a full record object, defaults filled in).
pub fn identity_key(sheet: Sheet, record: &Value) -> Vec<String> {
    identity(sheet)
        .iter()
        .map(|f| get_path(record, f).map_or_else(String::new, identity_text))
        .collect()
}

/// A record read from an object of its fields.
pub fn from_object<T: DeserializeOwned>(object: Map<String, Value>) -> Result<T, String> {
    serde_json::from_value(Value::Object(object)).map_err(|e| e.to_string())
}

/// A record as it is once `changes` are made to `existing` (the record as JSON).
pub fn merge<T: DeserializeOwned>(existing: &Value, changes: &[Change]) -> Result<T, String> {
    let mut merged = existing.as_object().cloned().unwrap_or_default();
    for c in changes {
        set_path(&mut merged, &c.field, c.new.clone());
    }
    from_object(merged)
}

/// One field a row changes in an existing record.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub field: String,
    pub old: Option<Value>,
    pub new: Value,
}

/// The fields of `row` (except `skip`) whose values differ from those of `existing`.
pub fn changes(row: &Row, existing: &Value, skip: &[&str]) -> Vec<Change> {
    row.values
        .iter()
        .filter(|(n, _)| !skip.contains(&n.as_str()))
        .filter_map(|(name, new)| {
            let old = get_path(existing, name);
            (old != Some(new)).then(|| Change {
                field: name.clone(),
                old: old.cloned(),
                new: new.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tabular::field_names;
    use std::collections::HashMap;

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    fn mapped(sheet: Sheet, h: &[&str]) -> Vec<Option<&'static str>> {
        let fields = fields(sheet);
        let m = map_headers(sheet, &headers(h), &[]).unwrap();
        m.columns
            .iter()
            .map(|c| c.map(|i| fields[i].name))
            .collect()
    }

    #[test]
    fn headers_match_ignoring_case_spaces_punctuation_and_synonyms() {
        assert_eq!(
            mapped(
                Sheet::Partners,
                &[
                    "Organization",
                    "Type of Partnership",
                    "Email Address",
                    "START DATE",
                    "MOU expires:",
                    "Contact Name",
                    "Favorite Color"
                ]
            ),
            [
                Some("name"),
                Some("type"),
                Some("email"),
                Some("since"),
                Some("agreement.ends"),
                Some("contact"),
                None
            ]
        );
        for h in [
            "Partner Name",
            "Organization Name",
            "partner_name",
            "\u{feff}Name",
        ] {
            assert_eq!(mapped(Sheet::Partners, &[h]), [Some("name")], "{h}");
        }
        assert_eq!(
            mapped(Sheet::Contacts, &["Partner ID", "Full Name", "E-mail"]),
            [Some("partner"), Some("name"), Some("email")]
        );
        assert_eq!(
            mapped(Sheet::Checkins, &["Organization", "Meeting Date", "Type"]),
            [Some("partner"), Some("date"), Some("kind")]
        );
        assert_eq!(
            mapped(Sheet::Measurements, &["Goal ID", "As of", "Result"]),
            [Some("goal"), Some("date"), Some("value")]
        );
    }

    #[test]
    fn every_export_column_is_read_back_by_import() {
        for sheet in importable() {
            let layout = sheet.layout();
            let fields = fields(sheet);
            for col in layout.columns(&[]) {
                assert!(
                    field_for(&fields, &col)
                        .is_some_and(|i| normalize(fields[i].name) == normalize(&col)),
                    "{} export column `{col}` has no import field of that name",
                    sheet.as_str()
                );
            }
        }
        // and every field of the record types is a column, so new fields are not lost
        let contact = field_names::<crate::model::partner::Contact>();
        assert!(
            contact
                .iter()
                .all(|f| field_for(&fields(Sheet::Contacts), f).is_some())
        );
    }

    #[test]
    fn no_header_means_two_fields() {
        for sheet in importable() {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for field in fields(sheet) {
                for name in field.names() {
                    let n = normalize(name);
                    if let Some(other) = seen.insert(n.clone(), field.name) {
                        assert_eq!(
                            other,
                            field.name,
                            "{}: `{name}` means both `{other}` and `{}`",
                            sheet.as_str(),
                            field.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn overrides_required_fields_and_clashes() {
        let h = headers(&["Org", "When we met", "Value", "Amount"]);
        let err = map_headers(Sheet::Contributions, &h, &[]).unwrap_err();
        let all = err.join("\n");
        assert!(
            all.contains("columns `Value`, `Amount` all mean `amount`"),
            "{all}"
        );
        assert!(all.contains("no column for `date`"), "{all}");
        assert!(all.contains("no column for `kind`"), "{all}");
        let over = vec![
            ("when we met".to_string(), "date".to_string()),
            ("Value".to_string(), "-".to_string()),
        ];
        let h2 = headers(&["Org", "When we met", "Value", "Amount", "Type"]);
        let m = map_headers(Sheet::Contributions, &h2, &over).unwrap();
        assert_eq!(m.columns, vec![Some(1), Some(2), None, Some(4), Some(3)]);
        assert!(
            m.ignored.is_empty(),
            "a column ignored on purpose is not reported"
        );
        let bad = vec![("Nope".to_string(), "date".to_string())];
        assert!(
            map_headers(Sheet::Contributions, &h2, &bad).unwrap_err()[0].contains("does not have")
        );
        let bad = vec![("Org".to_string(), "colour".to_string())];
        assert!(
            map_headers(Sheet::Contributions, &h2, &bad).unwrap_err()[0]
                .contains("no field `colour`")
        );
        let m = map_headers(Sheet::Partners, &headers(&["ID", "Region"]), &[]).unwrap();
        assert_eq!(m.ignored, vec!["Region"]);
        assert!(map_headers(Sheet::Partners, &headers(&["Region"]), &[]).is_err());
    }

    #[test]
    fn rows_are_read_into_typed_values_with_every_error() {
        let h = headers(&["Partner", "Date", "Kind", "Rating", "Topics"]);
        let m = map_headers(Sheet::Checkins, &h, &[]).unwrap();
        let s = Settings::default();
        let cells = headers(&["acme", "2026-10-02", "Call", "4", "goals; data"]);
        let (row, errs) = read_row(Sheet::Checkins, &m, &h, 2, &cells, &s);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(row.text("kind"), Some("call"));
        assert_eq!(row.get("rating"), Some(&Value::from(4)));
        assert_eq!(
            row.get("topics"),
            Some(&serde_json::json!(["goals", "data"]))
        );
        let bad = headers(&["acme", "10/02/2026", "chat", "9", "", "extra"]);
        let (row, errs) = read_row(Sheet::Checkins, &m, &h, 7, &bad, &s);
        assert_eq!(
            row.text("partner"),
            Some("acme"),
            "the cells that read are kept"
        );
        let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 4, "{shown:#?}");
        assert!(
            shown[0].starts_with("row 7: the row has 6 cells"),
            "{shown:#?}"
        );
        assert!(shown[1].starts_with("row 7, column `Date`: `10/02/2026`"));
        assert!(shown[2].starts_with("row 7, column `Kind`: `chat` is not one of"));
        assert!(shown[3].starts_with("row 7, column `Rating`: `9`"));
        let short = headers(&["acme", "2026-10-02", "call"]);
        let (_, errs) = read_row(Sheet::Checkins, &m, &h, 4, &short, &s);
        let shown: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "row 4: the row has 3 cells but the header names 5 columns; give every column a cell (an empty one where there is no value)"
            ]
        );
        let empty = headers(&["", "", "", "", ""]);
        let (_, errs) = read_row(Sheet::Checkins, &m, &h, 3, &empty, &s);
        assert_eq!(errs.len(), 2, "partner and date are required: {errs:?}");
    }

    #[test]
    fn nested_fields_and_changes() {
        let row = Row {
            number: 2,
            values: vec![
                ("name".into(), "Acme".into()),
                ("agreement.ends".into(), "2027-06-30".into()),
                ("stage".into(), "paused".into()),
            ],
        };
        let obj = row.object(&["stage"]);
        assert_eq!(
            Value::Object(obj),
            serde_json::json!({"name": "Acme", "agreement": {"ends": "2027-06-30"}})
        );
        let existing = serde_json::json!({"name": "Acme", "stage": "active"});
        let ch = changes(&row, &existing, &[]);
        let fields: Vec<_> = ch
            .iter()
            .map(|c| (c.field.as_str(), c.old.clone()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("agreement.ends", None),
                ("stage", Some(Value::from("active")))
            ]
        );
    }

    #[test]
    fn identities_ignore_case_and_spacing() {
        let a = serde_json::json!({"text": "Send  the MOU draft ", "date": "2026-10-02"});
        let b = serde_json::json!({"text": "send the mou draft", "date": "2026-10-02"});
        assert_eq!(
            identity_key(Sheet::Actions, &a),
            identity_key(Sheet::Actions, &b)
        );
        let c = serde_json::json!({"date": "2026-10-02", "kind": "call", "side": "partner"});
        assert_eq!(
            identity_key(Sheet::Contributions, &c),
            vec!["2026-10-02", "call", "partner"]
        );
    }
}
