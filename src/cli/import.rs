//! `accord import`: records from a CSV file (a spreadsheet saved as CSV, or an export),
//! all or nothing.

use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::import::{self, MappingFile, ValueMap, normalize};
use crate::model::tabular::Sheet;
use crate::store::file::display_path;
use crate::store::import::{Options, Outcome, Step, Verdict, field_list, read_csv};
use crate::store::write::write_atomic;
use clap::Args;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

/// A clap parser for the kinds of records import reads.
fn importable() -> impl clap::builder::TypedValueParser<Value = Sheet> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(import::importable().into_iter().map(|s| s.as_str()))
        .map(|s| s.parse::<Sheet>().expect("clap only passes listed values"))
}

const IMPORT_HELP: &str = "\
Columns are matched to fields by their headers, ignoring case, spaces and punctuation, and
common names are understood: \"Organization\" or \"Partner Name\" is a partner's name, \"Email
Address\" the email, \"Type of Partnership\" the type. --map says which field a column fills;
columns that fill none are named in a warning and left out.

Values are read as people write them: a type `Non-profit`, `Business` or `Higher Ed`, a check-in
`Phone call`, a contribution `Cash`. --map-value FIELD:VALUE=WORD reads any other value as one
accord knows (type:Charity=nonprofit); --mapping FILE.toml reads --map and --map-value entries
saved with --save-mapping.

Dates are read in any order that can mean only one day: 2026-11-23, 2026/11/23, 8/15/2023 (15
cannot be a month), 15.08.2023, Aug 15, 2023. A date whose day and month could be swapped
(10/02/2026) is refused, not guessed. Amounts may be written 1500, 1,500 or $1,500.50. Items
of a list (tags, focus areas, attendees, topics) are separated by `;`. An evaluation's scores and comments are one column per dimension, headed
`scores.KEY` and `comments.KEY`.

Every row is checked before anything is written. If any row has a problem, each one is listed
with its row number (the header is row 1), column and value, and nothing is imported.

A row for a record that is already kept is skipped, or with --update changes the fields the row
gives. Partners are the same by id, else by name, else by the id the name makes; contacts by
partner and name; roles by partner, side and title; check-ins by id, else partner, date and
kind; action items by id, else partner and text; evaluations by id, else partner, date,
instrument and side; contributions by id, else partner, date, kind and side; wins by id, else
partner, date and text; measurements by id, else goal and date. Rows name their partner or goal
by id or by name.

Rows are held to the rules the commands keep and refused in their words: a check-in dated after
today, for one.";

#[derive(Debug, Args)]
#[command(after_long_help = IMPORT_HELP)]
pub struct ImportArgs {
    /// What the file holds
    #[arg(value_parser = importable())]
    pub what: Sheet,
    /// The CSV file, its first row naming the columns (`-` reads standard input)
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Show what would be created or changed, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Change records that already exist to the file's values (empty cells change nothing)
    #[arg(long)]
    pub update: bool,
    /// Read the column COLUMN as the field FIELD, or ignore it with COLUMN=- (can be
    /// repeated)
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = parse_map)]
    pub map: Vec<(String, String)>,
    /// Read the value VALUE of the field FIELD as WORD, such as type:Charity=nonprofit
    /// (can be repeated)
    #[arg(long = "map-value", value_name = "FIELD:VALUE=WORD")]
    pub map_value: Vec<ValueMap>,
    /// Read --map and --map-value entries from a saved mapping file (TOML: a [columns]
    /// table and a [values.FIELD] table per field); the options given add to it
    #[arg(long, value_name = "FILE.toml")]
    pub mapping: Option<PathBuf>,
    /// Save the mapping used (the file's and the options') to FILE.toml for next time
    #[arg(long, value_name = "FILE.toml")]
    pub save_mapping: Option<PathBuf>,
}

/// `--map COLUMN=FIELD` pairs.
type ColumnMaps = Vec<(String, String)>;

/// The `--map` and `--map-value` entries: a saved mapping file's, then the options'
/// (which win where both name a column or a value).
fn mappings(args: &ImportArgs) -> anyhow::Result<(ColumnMaps, Vec<ValueMap>)> {
    let mut file = match &args.mapping {
        Some(path) => {
            let shown = display_path(path);
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("cannot read the mapping `{shown}`: {e}"))?;
            toml::from_str::<MappingFile>(&text).map_err(|e| {
                hinted(
                    format!("the mapping `{shown}` is not a mapping file: {e}"),
                    "a mapping file has a [columns] table (\"Column\" = \"field\") and [values.FIELD] tables (\"Value\" = \"word\")",
                )
            })?
        }
        None => MappingFile::default(),
    };
    let given = MappingFile::of(&args.map, &args.map_value);
    file.columns.extend(given.columns);
    for (field, values) in given.values {
        file.values.entry(field).or_default().extend(values);
    }
    Ok((file.map(), file.value_maps()))
}

pub fn parse_map(s: &str) -> Result<(String, String), String> {
    match s.rsplit_once('=') {
        Some((c, f)) if !c.trim().is_empty() && !f.trim().is_empty() => {
            Ok((c.trim().to_string(), f.trim().to_string()))
        }
        _ => Err(format!(
            "`{s}` is not COLUMN=FIELD, e.g. \"Organization Name=name\" or \"Region=-\""
        )),
    }
}

pub fn run(ctx: &Ctx, args: ImportArgs) -> anyhow::Result<()> {
    let sheet = args.what;
    let fields = import::fields(sheet);
    let (map, values) = mappings(&args)?;
    for (column, field) in &map {
        if field != "-" && !fields.iter().any(|f| normalize(f.name) == normalize(field)) {
            return Err(usage(format!(
                "--map {column}={field}: {} have no field `{field}`; the fields are: {}",
                sheet.as_str(),
                field_list(sheet)
            )));
        }
    }
    let (source, bytes) = read_input(&args.file)?;
    let table = read_csv(&bytes).map_err(|e| anyhow::anyhow!("cannot read `{source}`: {e}"))?;
    let ws = ctx.ws()?;
    let user = ctx.user();
    let new_id = |taken: &dyn Fn(&str) -> bool| ctx.new_id_avoiding(taken);
    let opts = Options {
        sheet,
        update: args.update,
        dry_run: args.dry_run,
        map: &map,
        values: &values,
        user: &user,
        today: ctx.today,
        new_id: &new_id,
    };
    let mut progress = Progress::new(std::io::stderr().is_terminal());
    let result = crate::store::import::run(ws, &table, &source, &opts, &mut |s, d, t| {
        progress.show(s, d, t)
    });
    progress.clear();
    let outcome = result?;
    if let Some(path) = &args.save_mapping {
        let text = format!(
            "# accord import mapping: `accord import {} FILE --mapping {}`\n{}",
            sheet.as_str(),
            display_path(path),
            toml::to_string(&MappingFile::of(&map, &values))?
        );
        write_atomic(path, text.as_bytes())?;
        ctx.status(&format!("saved the mapping to `{}`", display_path(path)));
    }
    if !outcome.ignored.is_empty() {
        ctx.warn(&format!(
            "not imported: column{} `{}` (--map COLUMN=FIELD reads one as a field)",
            if outcome.ignored.len() == 1 { "" } else { "s" },
            outcome.ignored.join("`, `")
        ));
    }
    if args.dry_run {
        ctx.emit(&plan_lines(&outcome))?;
    }
    ctx.status(&summary(&outcome, sheet, &source, args.dry_run));
    Ok(())
}

/// The file's name for messages, and its bytes.
pub fn read_input(file: &std::path::Path) -> anyhow::Result<(String, Vec<u8>)> {
    if file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        return Ok(("standard input".to_string(), bytes));
    }
    let shown = display_path(file);
    let bytes = std::fs::read(file).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "it does not exist".to_string(),
            _ => e.to_string(),
        };
        anyhow::anyhow!("cannot read `{shown}`: {why}")
    })?;
    Ok((shown, bytes))
}

/// One line per row: what the import does with it.
fn plan_lines(outcome: &Outcome) -> String {
    let mut out = String::new();
    for p in &outcome.planned {
        let line = match &p.verdict {
            Verdict::Create => format!("row {}: create {}", p.row, p.what),
            Verdict::Update(changes) => {
                format!("row {}: update {}: {}", p.row, p.what, changes.join("; "))
            }
            Verdict::Unchanged => format!("row {}: no change to {}", p.row, p.what),
            Verdict::Skip => format!("row {}: skip {}, which exists", p.row, p.what),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// "imported `x.csv`: created 3 partners, updated 1, skipped 2 that exist ...".
fn summary(outcome: &Outcome, sheet: Sheet, source: &str, dry_run: bool) -> String {
    let created = outcome.count(|v| *v == Verdict::Create);
    let updated = outcome.count(|v| matches!(v, Verdict::Update(_)));
    let unchanged = outcome.count(|v| *v == Verdict::Unchanged);
    let skipped = outcome.count(|v| *v == Verdict::Skip);
    let noun = |n: usize| format!("{}{}", sheet.noun(), if n == 1 { "" } else { "s" });
    let (create, update, leave, skip) = if dry_run {
        ("would create", "update", "leave", "skip")
    } else {
        ("created", "updated", "left", "skipped")
    };
    let mut parts = vec![format!("{create} {created} {}", noun(created))];
    if updated > 0 {
        parts.push(format!("{update} {updated}"));
    }
    if unchanged > 0 {
        parts.push(format!("{leave} {unchanged} unchanged"));
    }
    if skipped > 0 {
        parts.push(format!(
            "{skip} {skipped} that exist{} (--update changes them)",
            if skipped == 1 { "s" } else { "" }
        ));
    }
    if dry_run {
        format!(
            "dry run of `{source}`: {}; nothing was written",
            parts.join(", ")
        )
    } else {
        format!("imported `{source}`: {}", parts.join(", "))
    }
}

/// A progress line on stderr, only when stderr is a terminal.
struct Progress {
    on: bool,
    shown: bool,
    last: Option<(Step, usize)>,
}

impl Progress {
    fn new(on: bool) -> Progress {
        Progress {
            on,
            shown: false,
            last: None,
        }
    }

    fn show(&mut self, step: Step, done: usize, total: usize) {
        // Redraw at most a hundred times a step.
        let bucket = done * 100 / total.max(1);
        if !self.on || total < 100 || self.last == Some((step, bucket)) {
            return;
        }
        self.last = Some((step, bucket));
        let what = match step {
            Step::Reading => "reading rows",
            Step::Checking => "checking files",
            Step::Writing => "writing files",
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{what}: {done}/{total}");
        let _ = err.flush();
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}
