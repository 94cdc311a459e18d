//! `accord eval record|list|show`: evaluations of a partnership's health, scored by
//! either side on an instrument; and the evaluation, contribution and win sections of
//! `partner show`.

use crate::cli::{contrib, editor, win, word};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::evaluation::{self, Line, Scored, Summary};
use crate::model::instrument::{Instrument, Level, fmt_number, fmt_score, round1};
use crate::model::partner::{Partner, Side};
use crate::model::records::Evaluation;
use crate::model::registry;
use crate::report::{Cell, ListFormat, Painter, Row, ShowFormat, Tone, list, table};
use crate::store::instruments::Catalog;
use crate::store::{Kind, Workspace, edit};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Record one side's evaluation of a partnership (asks each question on a terminal)
    Record(RecordArgs),
    /// List evaluations, of one partner or of all
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a partner's latest scores, their changes and trend, and where the sides differ
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// The instrument to score on [default: `instrument` in accord.toml]
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// When the evaluation was made [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// Whose view it is [default: ours]
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Who rated it [default: you]
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// A dimension's score, such as vision=4 (can be repeated)
    #[arg(long = "score", value_name = "KEY=N")]
    pub scores: Vec<String>,
    /// A comment on a dimension, such as "trust=Much better since spring" (can be repeated)
    #[arg(long = "comment", value_name = "KEY=TEXT")]
    pub comments: Vec<String>,
    /// A note on the evaluation as a whole
    #[arg(long)]
    pub note: Option<String>,
    /// Allow dimensions to go without a score
    #[arg(long)]
    pub partial: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's evaluations
    pub partner: Option<String>,
    /// Only evaluations on this instrument
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// Only evaluations by this side
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// The instrument to show [default: the one of the latest evaluation]
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, cmd: EvalCommand) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Record(args) => record(ctx, args),
        EvalCommand::List(args) => list_evals(ctx, args),
        EvalCommand::Show(args) => show(ctx, args),
    }
}

/// Start a section of a show screen (as `partner show` does).
pub use crate::report::table::section;

/// Split `KEY=VALUE` as typed after `option`.
fn key_value<'a>(option: &str, typed: &'a str, example: &str) -> anyhow::Result<(String, &'a str)> {
    match typed.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_ascii_lowercase(), v.trim())),
        _ => Err(usage(format!(
            "`{option} {typed}` needs the form {example}"
        ))),
    }
}

/// Read the typed scores against the instrument.
fn typed_scores(inst: &Instrument, typed: &[String]) -> anyhow::Result<BTreeMap<String, f64>> {
    let mut scores = BTreeMap::new();
    for t in typed {
        let (key, value) = key_value("--score", t, "KEY=N, such as vision=4")?;
        let n: f64 = value
            .parse()
            .map_err(|_| usage(format!("`--score {t}`: `{value}` is not a number")))?;
        inst.check_score(&key, n).map_err(usage)?;
        if scores.insert(key.clone(), n).is_some() {
            return Err(usage(format!(
                "`{key}` is scored twice; give each dimension one --score"
            )));
        }
    }
    Ok(scores)
}

/// Ask each question in turn on the terminal, showing the scale.
fn ask_scores(inst: &Instrument, partial: bool) -> anyhow::Result<BTreeMap<String, f64>> {
    let mut scores = BTreeMap::new();
    let total = inst.dimensions.len();
    let mut category = None;
    for (i, d) in inst.dimensions.iter().enumerate() {
        if d.category != category {
            category = d.category.clone();
            if let Some(c) = inst
                .categories
                .iter()
                .find(|c| Some(&c.key) == d.category.as_ref())
            {
                eprintln!("\n{}", c.title);
            }
        }
        eprintln!(
            "\n[{}/{total}] {}\n  {}\n  {}",
            i + 1,
            d.title,
            d.question,
            inst.scale_text()
        );
        let skip = if partial { ", Enter to skip" } else { "" };
        loop {
            let Some(answer) = editor::ask(&format!("score ({}{skip}):", inst.range()))? else {
                return Err(hinted(
                    "stopped before every question was answered; nothing was recorded",
                    "run the command again, or give the scores with --score KEY=N",
                ));
            };
            if answer.is_empty() {
                if partial {
                    break;
                }
                eprintln!("  a score is needed (record with --partial to skip dimensions)");
                continue;
            }
            match answer.parse::<f64>() {
                Ok(n) => match inst.check_value(n) {
                    Ok(()) => {
                        scores.insert(d.key.clone(), n);
                        break;
                    }
                    Err(e) => eprintln!("  the score {e}"),
                },
                Err(_) => eprintln!("  `{answer}` is not a number"),
            }
        }
    }
    Ok(scores)
}

fn record(ctx: &Ctx, args: RecordArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let catalog = Catalog::load(ws)?;
    let name = args
        .instrument
        .as_deref()
        .unwrap_or(&ws.settings.instrument)
        .trim()
        .to_string();
    let inst = catalog.require(&name)?;
    let date = crate::cli::date_or_today(ctx, args.date);
    registry::check_date::<Evaluation>("date", date, ctx.today).map_err(usage)?;
    let mut comments = BTreeMap::new();
    for t in &args.comments {
        let (key, text) = key_value(
            "--comment",
            t,
            "KEY=TEXT, such as \"trust=Better since spring\"",
        )?;
        if inst.dimension(&key).is_none() {
            return Err(usage(format!(
                "`{key}` is not a dimension of the `{name}` instrument; its keys are: {}",
                inst.keys().join(", ")
            )));
        }
        if !text.is_empty() {
            comments.insert(key, text.to_string());
        }
    }
    let scores = if !args.scores.is_empty() {
        typed_scores(inst, &args.scores)?
    } else if editor::interactive() {
        let partner = ws.load_partner(&id)?;
        let side = args.side.unwrap_or(Side::Ours);
        eprintln!(
            "Evaluating {} on `{name}` ({}), {side} side; Ctrl-D stops without recording.",
            partner.name, inst.title
        );
        ask_scores(inst, args.partial)?
    } else {
        return Err(usage(format!(
            "no scores given; give each dimension of `{name}` with --score KEY=N (keys: {}), or run on a terminal to be asked",
            inst.keys().join(", ")
        )));
    };
    let missing = inst.missing(&scores);
    if scores.is_empty() {
        return Err(usage("no dimension was scored, so nothing was recorded"));
    }
    if !missing.is_empty() && !args.partial {
        return Err(usage(format!(
            "no score for {}; give them with --score KEY=N, or record a partial evaluation with --partial",
            missing.join(", ")
        )));
    }
    let by = args
        .by
        .map(|b| b.trim().to_string())
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| ctx.user());
    let note = args
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let side = args.side.unwrap_or(Side::Ours);
    let record = ws.update::<Partner, _>(&id, |p, e| {
        let eval = Evaluation {
            id: ctx.new_record_id(p, &[]),
            date,
            instrument: name.clone(),
            side,
            by: Some(by.clone()),
            scores: scores.clone(),
            comments: comments.clone(),
            note: note.clone(),
            partial: !missing.is_empty(),
        };
        let mut table = edit::to_table(&eval)?;
        edit::set(&mut table, "scores", in_order(inst, &eval.scores, number));
        if !eval.comments.is_empty() {
            edit::set(
                &mut table,
                "comments",
                in_order(inst, &eval.comments, |s| s.as_str().into()),
            );
        }
        edit::push(&mut e.doc, "evaluation", table)?;
        Ok(eval)
    })?;
    let overall = inst.overall(&record.scores).unwrap_or_default();
    let band = inst
        .band(overall)
        .map_or(String::new(), |b| format!(" ({})", b.name));
    ctx.status(&format!(
        "recorded evaluation {} of `{id}` on `{name}`, {side} side: overall {}{band}",
        record.id,
        fmt_score(overall)
    ));
    Ok(())
}

/// A score written as a TOML number: `4` rather than `4.0`.
fn number(v: &f64) -> toml_edit::Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        toml_edit::Value::from(*v as i64)
    } else {
        toml_edit::Value::from(*v)
    }
}

/// An inline table of values per dimension, in the instrument's order.
fn in_order<T>(
    inst: &Instrument,
    values: &BTreeMap<String, T>,
    value: impl Fn(&T) -> toml_edit::Value,
) -> toml_edit::Value {
    let mut t = toml_edit::InlineTable::new();
    for d in &inst.dimensions {
        if let Some(v) = values.get(&d.key) {
            t.insert(&d.key, value(v));
        }
    }
    toml_edit::Value::InlineTable(t)
}

#[derive(Debug, Serialize)]
struct EvalRow<'a> {
    partner: &'a str,
    partner_name: &'a str,
    #[serde(flatten)]
    eval: &'a Evaluation,
    overall: Option<f64>,
    band: Option<String>,
    /// Dimensions scored, out of the instrument's.
    scored: usize,
    dimensions: Option<usize>,
}

impl Row for EvalRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "date",
            "partner",
            "id",
            "instrument",
            "side",
            "by",
            "scored",
            "overall",
            "band",
        ]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let scored = match self.dimensions {
            Some(n) => format!("{}/{n}", self.scored),
            None => self.scored.to_string(),
        };
        vec![
            Cell::new(self.eval.date.to_string()),
            Cell::new(self.partner).tone(Tone::Strong),
            Cell::new(&*self.eval.id).tone(Tone::Dim),
            Cell::new(&*self.eval.instrument),
            Cell::new(self.eval.side.as_str()),
            table::opt(self.eval.by.as_deref()),
            Cell::new(scored).right(),
            table::opt(self.overall.map(fmt_score)).right(),
            table::opt(self.band.as_deref()),
        ]
    }
}

/// The partner typed (an id or unique prefix), or every partner.
pub fn partners_of(ws: &Workspace, typed: Option<&str>) -> anyhow::Result<Vec<Partner>> {
    match typed {
        Some(t) => Ok(vec![ws.load_partner(&ws.resolve(Kind::Partner, t)?)?]),
        None => ws.partners()?.collect(),
    }
}

fn list_evals(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let partners = partners_of(ws, args.partner.as_deref())?;
    let mut rows = Vec::new();
    for p in &partners {
        let mut evals: Vec<&Evaluation> = p
            .evaluations
            .iter()
            .filter(|e| args.instrument.as_ref().is_none_or(|i| &e.instrument == i))
            .filter(|e| args.side.is_none_or(|s| e.side == s))
            .collect();
        evals.sort_by_key(|e| e.date);
        for e in evals {
            let inst = catalog.find(&e.instrument);
            let overall = inst.and_then(|i| i.overall(&e.scores));
            rows.push(EvalRow {
                partner: &p.id,
                partner_name: &p.name,
                eval: e,
                band: inst
                    .zip(overall)
                    .and_then(|(i, o)| i.band(o))
                    .map(|b| b.name.clone()),
                overall,
                scored: e.scores.len(),
                dimensions: inst.map(|i| i.dimensions.len()),
            });
        }
    }
    let empty = "no evaluations yet; record one with `accord eval record PARTNER`";
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, empty)?)
}

/// The instrument to show a partner's evaluations on: the one asked for, else the one of
/// its latest evaluation.
fn chosen_instrument<'c>(
    catalog: &'c Catalog,
    p: &Partner,
    asked: Option<&str>,
    today: NaiveDate,
) -> anyhow::Result<&'c Instrument> {
    let name = match asked {
        Some(n) => n.trim(),
        None => evaluation::latest_instrument(&p.evaluations, today).ok_or_else(|| {
            hinted(
                format!("`{}` has no evaluations yet", p.id),
                format!("record one with `accord eval record {}`", p.id),
            )
        })?,
    };
    catalog.require(name)
}

#[derive(Debug, Serialize)]
struct ShowView<'a> {
    partner: &'a str,
    partner_name: &'a str,
    #[serde(flatten)]
    summary: &'a Summary,
    /// The latest comments and note of each side.
    comments: Vec<Comment>,
}

#[derive(Debug, Serialize)]
struct Comment {
    side: Side,
    date: NaiveDate,
    /// The dimension, or `None` for the note on the whole evaluation.
    key: Option<String>,
    text: String,
}

fn show(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let p = ws.load_partner(&id)?;
    let inst = chosen_instrument(&catalog, &p, args.instrument.as_deref(), ctx.today)?;
    let summary = evaluation::summarize(&p.evaluations, inst, ctx.today, ws.settings.divergence)
        .ok_or_else(|| {
            let used: Vec<&str> = {
                let mut u: Vec<&str> = p
                    .evaluations
                    .iter()
                    .map(|e| e.instrument.as_str())
                    .collect();
                u.sort();
                u.dedup();
                u
            };
            let hint = if used.is_empty() {
                format!(
                    "record one with `accord eval record {id} --instrument {}`",
                    inst.name
                )
            } else {
                format!("it has evaluations on: {}", used.join(", "))
            };
            hinted(
                format!("`{id}` has no evaluations on `{}`", inst.name),
                hint,
            )
        })?;
    let comments = latest_comments(&p, inst, ctx.today);
    let view = ShowView {
        partner: &p.id,
        partner_name: &p.name,
        summary: &summary,
        comments,
    };
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&render_show(&view, inst, &ctx.painter)),
    }
}

/// The comments and notes of each side's latest evaluation on `inst`.
fn latest_comments(p: &Partner, inst: &Instrument, today: NaiveDate) -> Vec<Comment> {
    let mut out = Vec::new();
    for side in Side::ALL {
        let latest = p
            .evaluations
            .iter()
            .filter(|e| e.side == *side && e.instrument == inst.name && e.date <= today)
            .max_by_key(|e| e.date);
        let Some(e) = latest else { continue };
        for d in &inst.dimensions {
            if let Some(text) = e.comments.get(&d.key) {
                out.push(Comment {
                    side: *side,
                    date: e.date,
                    key: Some(d.key.clone()),
                    text: text.clone(),
                });
            }
        }
        if let Some(n) = &e.note {
            out.push(Comment {
                side: *side,
                date: e.date,
                key: None,
                text: n.clone(),
            });
        }
    }
    out
}

/// The tone of a score's band.
pub fn tone(inst: &Instrument, score: f64) -> Tone {
    match inst.band(score).map(|b| inst.level(b)) {
        Some(Level::Top) => Tone::Good,
        Some(Level::Middle) => Tone::Warn,
        Some(Level::Bottom) => Tone::Bad,
        Some(Level::Only) | None => Tone::Plain,
    }
}

/// A change as printed: `+0.5`, `-1.0`, `=`; `-` when there is nothing to compare.
pub fn change_text(change: Option<f64>) -> String {
    match change.map(round1) {
        None => "-".to_string(),
        Some(c) if c.abs() < 1e-9 => "=".to_string(),
        Some(c) => format!("{c:+.1}"),
    }
}

fn score_cells(inst: &Instrument, s: Option<&Scored>) -> [Cell; 2] {
    match s {
        None => [
            table::opt(None::<&str>).right(),
            table::opt(None::<&str>).right(),
        ],
        Some(s) => {
            let change = Cell::new(change_text(s.change)).right();
            let change = match s.change {
                Some(c) if c <= -evaluation::FALL + 1e-9 => change.tone(Tone::Bad),
                _ => change,
            };
            [
                Cell::new(fmt_score(s.score))
                    .tone(tone(inst, s.score))
                    .right(),
                change,
            ]
        }
    }
}

fn line_cells(inst: &Instrument, l: &Line, title: String) -> Vec<Cell> {
    let [ours, ours_change] = score_cells(inst, l.ours.as_ref());
    let [partner, partner_change] = score_cells(inst, l.partner.as_ref());
    let title = if l.is_category {
        Cell::new(title).tone(Tone::Strong)
    } else {
        Cell::new(title)
    };
    let gap = match l.gap {
        None => table::opt(None::<&str>).right(),
        Some(g) if l.divergent => Cell::new(fmt_score(g)).tone(Tone::Bad).right(),
        Some(g) => Cell::new(fmt_score(g)).right(),
    };
    vec![
        title,
        ours,
        ours_change,
        partner,
        partner_change,
        match l.score {
            Some(s) => Cell::new(fmt_score(s)).tone(tone(inst, s)).right(),
            None => table::opt(None::<&str>).right(),
        },
        table::opt(l.band.as_deref()),
        gap,
    ]
}

fn render_show(v: &ShowView, inst: &Instrument, p: &Painter) -> String {
    let s = v.summary;
    let mut out = format!(
        "{}  {}\n",
        p.paint(Tone::Strong, v.partner_name),
        p.paint(Tone::Dim, v.partner)
    );
    let sides: Vec<String> = s
        .sides
        .iter()
        .map(|x| {
            let n = x.evaluations;
            format!(
                "{}: {n} evaluation{}, latest {}",
                x.side,
                if n == 1 { "" } else { "s" },
                x.latest
            )
        })
        .collect();
    out.push_str(&format!(
        "{} ({}, {}) · {}\n\n",
        s.instrument,
        s.title,
        s.scale,
        sides.join(" · ")
    ));
    let headers = [
        "dimension",
        "ours",
        "change",
        "partner",
        "change",
        "score",
        "band",
        "gap",
    ];
    let has_categories = s.lines.iter().any(|l| l.is_category);
    let mut rows: Vec<Vec<Cell>> = s
        .lines
        .iter()
        .map(|l| {
            let indent = if has_categories && !l.is_category {
                "  "
            } else {
                ""
            };
            line_cells(inst, l, format!("{indent}{}", l.title))
        })
        .collect();
    let overall = Line {
        key: "overall".into(),
        title: "Overall".into(),
        category: None,
        is_category: true,
        ours: s.side(Side::Ours).and_then(|x| x.overall.clone()),
        partner: s.side(Side::Partner).and_then(|x| x.overall.clone()),
        score: s.overall,
        band: s.band.clone(),
        gap: None,
        divergent: false,
    };
    rows.push(line_cells(inst, &overall, "Overall".into()));
    out.push_str(&table::render(&headers, rows, p));

    let mut notes: Vec<(&str, String)> = Vec::new();
    for side in &s.sides {
        let points: Vec<String> = s
            .trend
            .iter()
            .filter(|r| r.side == side.side)
            .map(|r| {
                let partial = if r.partial { " partial" } else { "" };
                format!(
                    "{} ({}{partial})",
                    r.overall.map_or("-".into(), fmt_score),
                    r.date
                )
            })
            .collect();
        let word = side.trend.map_or(String::new(), |t| format!(", {t}"));
        notes.push((
            "trend",
            format!("{} {}{word}", side.side, points.join(" → ")),
        ));
    }
    let title = |k: &String| s.line(k).map_or(k.clone(), |l| l.title.clone());
    for k in &s.divergences {
        if let Some(l) = s.line(k) {
            let (o, pa) = (
                l.ours.as_ref().map(|x| x.score),
                l.partner.as_ref().map(|x| x.score),
            );
            notes.push((
                "divergence",
                p.paint(
                    Tone::Bad,
                    &format!(
                        "{}: ours {}, partner {}",
                        l.title,
                        o.map_or("-".into(), fmt_score),
                        pa.map_or("-".into(), fmt_score)
                    ),
                ),
            ));
        }
    }
    for k in &s.concerns {
        let score = s.line(k).and_then(|l| l.score).unwrap_or_default();
        notes.push((
            "concern",
            p.paint(Tone::Bad, &format!("{} {}", title(k), fmt_score(score))),
        ));
    }
    for f in &s.falling {
        notes.push((
            "falling",
            format!(
                "{} {} → {} ({})",
                f.title,
                fmt_score(f.from),
                fmt_score(f.to),
                f.side
            ),
        ));
    }
    out.push('\n');
    out.push_str(&table::fields(&notes, p));
    if !s.divergences.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            p.paint(
                Tone::Dim,
                &format!(
                    "(a divergence: the sides' latest scores {} or more apart; `divergence` in accord.toml)",
                    fmt_number(s.divergence)
                )
            )
        ));
    }
    if !v.comments.is_empty() {
        section(&mut out, p, "Comments");
        for c in &v.comments {
            let about = c.key.as_ref().map_or("note".to_string(), &title);
            out.push_str(&format!(
                "  {} {}: {}\n",
                p.paint(Tone::Dim, &format!("{} {}", c.date, c.side)),
                about,
                c.text
            ));
        }
    }
    out
}

/// The evaluation, contributions and wins of one partner, for `partner show`.
#[derive(Debug, Default, Serialize)]
pub struct PartnerRecords {
    pub evaluation: Option<EvalBrief>,
    pub contributions: Option<contrib::SidesView>,
    pub wins: win::WinsView,
}

/// The latest evaluation in brief.
#[derive(Debug, Serialize)]
pub struct EvalBrief {
    pub instrument: String,
    pub latest: NaiveDate,
    pub overall: Option<f64>,
    pub band: Option<String>,
    pub ours: Option<f64>,
    pub partner: Option<f64>,
    pub concerns: Vec<String>,
    pub divergences: Vec<String>,
    pub falling: Vec<String>,
    pub next_due: Option<NaiveDate>,
}

impl PartnerRecords {
    pub fn new(ws: &Workspace, p: &Partner, today: NaiveDate) -> anyhow::Result<Self> {
        let catalog = Catalog::load(ws)?;
        let settings = &ws.settings;
        let evaluation = evaluation::latest_instrument(&p.evaluations, today)
            .and_then(|n| catalog.find(n))
            .and_then(|i| evaluation::summarize(&p.evaluations, i, today, settings.divergence))
            .map(|s| {
                let titles = |keys: &[String]| -> Vec<String> {
                    keys.iter()
                        .filter_map(|k| s.line(k))
                        .map(|l| l.title.clone())
                        .collect()
                };
                let side = |x: Side| s.side(x).and_then(|y| y.overall.as_ref()).map(|o| o.score);
                EvalBrief {
                    concerns: titles(&s.concerns),
                    divergences: titles(&s.divergences),
                    falling: s
                        .falling
                        .iter()
                        .map(|f| format!("{} ({})", f.title, f.side))
                        .collect(),
                    ours: side(Side::Ours),
                    partner: side(Side::Partner),
                    instrument: s.instrument,
                    latest: s.latest,
                    overall: s.overall,
                    band: s.band,
                    next_due: None,
                }
            });
        let mut evaluation = evaluation;
        let next_due = evaluation::next_due(p, settings.eval_cadence, today);
        if let Some(e) = &mut evaluation {
            e.next_due = next_due;
        }
        Ok(PartnerRecords {
            evaluation,
            contributions: contrib::SidesView::new(p, settings, today),
            wins: win::WinsView::new(p, today),
        })
    }

    /// The sections as terminal text, appended to `out`.
    pub fn render(&self, out: &mut String, p: &Painter, id: &str) {
        section(out, p, "Evaluation");
        match &self.evaluation {
            None => out.push_str(&format!(
                "  {}\n",
                p.paint(Tone::Dim, &format!("none yet (`accord eval record {id}`)"))
            )),
            Some(e) => {
                let score = e.overall.map_or("-".into(), fmt_score);
                let band = e.band.as_deref().map_or(String::new(), |b| format!(" {b}"));
                let sides: Vec<String> = [("ours", e.ours), ("partner", e.partner)]
                    .iter()
                    .filter_map(|(n, s)| s.map(|s| format!("{n} {}", fmt_score(s))))
                    .collect();
                out.push_str(&format!(
                    "  {}, latest {}: {score}{band} ({})\n",
                    e.instrument,
                    e.latest,
                    sides.join(", ")
                ));
                for (label, list) in [
                    ("concern", &e.concerns),
                    ("the sides differ on", &e.divergences),
                    ("falling", &e.falling),
                ] {
                    if !list.is_empty() {
                        let text = format!("! {label}: {}", list.join(", "));
                        out.push_str(&format!("  {}\n", p.paint(Tone::Warn, &text)));
                    }
                }
                if let Some(d) = e.next_due {
                    out.push_str(&format!(
                        "  {}\n",
                        p.paint(Tone::Dim, &format!("next due {d}"))
                    ));
                }
            }
        }
        contrib::render_sides(self.contributions.as_ref(), out, p, id);
        self.wins.render(out, p, id);
    }
}
