//! Lists of records in the three list formats: a terminal table, JSON (an array of
//! objects with stable field names, dates as `YYYY-MM-DD`) and CSV (one header row, cells
//! made safe for spreadsheets).

use crate::report::style::Painter;
use crate::report::table::{self, Cell};
use serde::Serialize;

/// Formats of list commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Csv,
}

/// Formats of show commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ShowFormat {
    #[default]
    Table,
    Json,
}

/// A row of a list: serializable for JSON, with cells for the table and CSV.
pub trait Row: Serialize {
    /// Column names, shown upper-case in tables and as-is in CSV headers.
    fn headers() -> &'static [&'static str];
    /// The table cells of this row.
    fn cells(&self, p: &Painter) -> Vec<Cell>;
    /// The CSV values of this row; the table cells' text unless overridden.
    fn csv(&self) -> Vec<String> {
        self.cells(&Painter::plain())
            .into_iter()
            .map(|c| if c.missing { String::new() } else { c.text })
            .collect()
    }
}

/// Render rows; `empty` is said (in table format) when there are none.
pub fn render<R: Row>(
    rows: &[R],
    format: ListFormat,
    p: &Painter,
    empty: &str,
) -> anyhow::Result<String> {
    match format {
        ListFormat::Json => json(&rows),
        ListFormat::Csv => {
            let headers: Vec<String> = R::headers().iter().map(|h| h.replace(' ', "_")).collect();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            csv(&headers, rows.iter().map(Row::csv))
        }
        ListFormat::Table if rows.is_empty() => Ok(format!("{empty}\n")),
        ListFormat::Table => Ok(table::render(
            R::headers(),
            rows.iter().map(|r| r.cells(p)).collect(),
            p,
        )),
    }
}

/// A record as a row borrows it: every field its kind declares in the registry, in
/// declaration order; an absent one is `null` (`[]` for a list, `{}` for a table, `false`
/// for a flag). Flatten it into a row type
/// (`#[serde(flatten)] record: Full<'a, Checkin>`) so that a field added to a kind shows
/// in every JSON and CSV output without touching the row.
#[derive(Debug, Clone, Copy)]
pub struct Full<'a, R>(pub &'a R);

impl<R: crate::model::registry::Record> Serialize for Full<'_, R> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::model::registry::Ty;
        use serde::ser::{Error, SerializeMap};
        let serde_json::Value::Object(mut fields) =
            serde_json::to_value(self.0).map_err(S::Error::custom)?
        else {
            return Err(S::Error::custom("a record did not serialize as a table"));
        };
        let mut map = s.serialize_map(Some(R::DEF.fields.len()))?;
        for f in R::DEF.fields {
            let absent = match f.ty {
                Ty::List | Ty::Words(_) => serde_json::Value::Array(Vec::new()),
                Ty::Map => serde_json::Value::Object(serde_json::Map::new()),
                Ty::Flag => serde_json::Value::Bool(false),
                _ => serde_json::Value::Null,
            };
            let value = fields.remove(f.name).unwrap_or(absent);
            map.serialize_entry(f.name, &value)?;
        }
        map.end()
    }
}

/// Pretty JSON with a final newline. serde_json escapes the C0 controls in strings;
/// DEL, the C1 controls and the bidi controls are escaped too (`\u009b`, `\u202e`), so
/// the JSON holds no character a terminal would act on and still reads back the same.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut out = pretty(value)?;
    out.push('\n');
    Ok(out)
}

/// Pretty JSON escaped as [`json`] escapes it, without the final newline.
fn pretty<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut out = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        Safe::default(),
    ))?;
    Ok(String::from_utf8(out)?)
}

/// serde_json's pretty layout, with DEL, the C1 controls and the bidi controls in
/// strings escaped (`\u009b`, `\u202e`) as serde_json escapes the C0 controls: JSON that
/// holds no character a terminal would act on, and reads back the same. Every JSON
/// accord writes is laid out by it (see [`json`]).
#[derive(Default)]
pub struct Safe(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for Safe {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(crate::model::text::is_unsafe) {
            let c = rest[at..].chars().next().unwrap_or_default();
            w.write_all(&rest.as_bytes()[..at])?;
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// A JSON array written one element at a time: the same text as [`json`] of the whole
/// list, without holding it.
pub struct JsonArray<'w> {
    out: &'w mut dyn std::io::Write,
    empty: bool,
}

impl<'w> JsonArray<'w> {
    pub fn new(out: &'w mut dyn std::io::Write) -> Self {
        JsonArray { out, empty: true }
    }

    pub fn push<T: Serialize + ?Sized>(&mut self, item: &T) -> anyhow::Result<()> {
        // An element is laid out as at the top, one level in: each line indented once
        // more (a string's line breaks are escaped, so every break is the layout's).
        let text = pretty(item)?.replace('\n', "\n  ");
        let before = if self.empty { "[\n  " } else { ",\n  " };
        self.empty = false;
        self.out.write_all(before.as_bytes())?;
        self.out.write_all(text.as_bytes())?;
        Ok(())
    }

    pub fn finish(self) -> anyhow::Result<()> {
        let end = if self.empty { "[]\n" } else { "\n]\n" };
        self.out.write_all(end.as_bytes())?;
        Ok(())
    }
}

/// CSV text from a header and records, every cell made safe for spreadsheets.
pub fn csv(headers: &[&str], records: impl Iterator<Item = Vec<String>>) -> anyhow::Result<String> {
    let mut text = Vec::new();
    let mut w = CsvRows::new(&mut text, headers)?;
    for r in records {
        w.push(&r)?;
    }
    w.finish()?;
    Ok(String::from_utf8(text)?)
}

/// CSV written a record at a time, every cell made safe for spreadsheets (see [`csv`]).
pub struct CsvRows<'w> {
    csv: ::csv::Writer<&'w mut dyn std::io::Write>,
}

impl<'w> CsvRows<'w> {
    pub fn new(out: &'w mut dyn std::io::Write, headers: &[&str]) -> anyhow::Result<Self> {
        let mut csv = ::csv::Writer::from_writer(out);
        csv.write_record(headers)?;
        Ok(CsvRows { csv })
    }

    pub fn push(&mut self, cells: &[String]) -> anyhow::Result<()> {
        let safe = cells.iter().map(|c| spreadsheet_safe(c).into_owned());
        self.csv.write_record(safe)?;
        Ok(())
    }

    pub fn finish(mut self) -> anyhow::Result<()> {
        self.csv.flush()?;
        Ok(())
    }
}

/// An optional value as a CSV field: empty when absent.
pub fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Keep a spreadsheet from reading a cell as a formula: a cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, unless it is a plain number.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_array_written_element_by_element_is_the_whole_lists_json() {
        let rows = [
            serde_json::json!({"id": "a1", "scores": {"trust": 4.0, "vision": 3.5}, "tags": []}),
            serde_json::json!({"id": "b2", "note": "right-to-left \u{202e} and \"quotes\"\nand a break", "list": ["x", {"y": null}]}),
        ];
        for list in [&rows[..0], &rows[..1], &rows[..]] {
            let mut out = Vec::new();
            let mut array = JsonArray::new(&mut out);
            for row in list {
                array.push(row).unwrap();
            }
            array.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), json(list).unwrap());
        }
    }

    #[test]
    fn formulas_are_defused_but_numbers_are_not() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("+1 555 0100"), "'+1 555 0100");
        assert_eq!(spreadsheet_safe("-12.5"), "-12.5");
        assert_eq!(spreadsheet_safe("Riverside"), "Riverside");
    }

    #[test]
    fn json_escapes_every_control_and_reads_back() {
        let name = "Evil\u{1b}[2J\u{9b}31m\u{7f}abc\u{202e}def\u{2066}";
        let out = json(&serde_json::json!({ "name": name })).unwrap();
        assert_eq!(
            out,
            "{\n  \"name\": \"Evil\\u001b[2J\\u009b31m\\u007fabc\\u202edef\\u2066\"\n}\n"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["name"], name);
    }

    #[test]
    fn csv_quotes_and_defuses() {
        let out = csv(
            &["a", "b"],
            vec![vec!["x, y".to_string(), "=1+1".to_string()]].into_iter(),
        )
        .unwrap();
        assert_eq!(out, "a,b\n\"x, y\",'=1+1\n");
    }
}
