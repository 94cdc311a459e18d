//! `accord eval record`: one side's evaluation of a partnership, typed with `--score` or
//! asked question by question on a terminal.

use crate::cli::{editor, word};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::instrument::{Instrument, fmt_score};
use crate::model::partner::{Partner, Side};
use crate::model::records::Evaluation;
use crate::model::registry;
use crate::store::instruments::Catalog;
use crate::store::{Kind, edit};
use clap::Args;
use std::collections::BTreeMap;

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
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
    /// Who rated it [default: you, for our side's view; no one named for the partner's]
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

/// Split `KEY=VALUE` as typed after `option`.
pub(super) fn key_value<'a>(
    option: &str,
    typed: &'a str,
    example: &str,
) -> anyhow::Result<(String, &'a str)> {
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
        let n = crate::model::number::number(value)
            .map_err(|e| usage(format!("`--score {t}`: {e}")))?;
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
                editor::say(&format!("\n{}", c.title));
            }
        }
        editor::say(&format!(
            "\n[{}/{total}] {}\n  {}\n  {}",
            i + 1,
            d.title,
            d.question,
            inst.scale_text()
        ));
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
                editor::say("  a score is needed (record with --partial to skip dimensions)");
                continue;
            }
            match crate::model::number::number(&answer) {
                Ok(n) => match inst.check_value(n) {
                    Ok(()) => {
                        scores.insert(d.key.clone(), n);
                        break;
                    }
                    Err(e) => editor::say(&format!("  the score {e}")),
                },
                Err(e) => editor::say(&format!("  {e}")),
            }
        }
    }
    Ok(scores)
}

pub fn run(ctx: &Ctx, args: RecordArgs) -> anyhow::Result<()> {
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
        editor::say(&format!(
            "Evaluating {} on `{name}` ({}), {side} side; Ctrl-D stops without recording.",
            partner.name, inst.title
        ));
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
    let side = args.side.unwrap_or(Side::Ours);
    // We did not rate the partner's view: without --by, no one is named for it.
    let by = args
        .by
        .map(|b| b.trim().to_string())
        .filter(|b| !b.is_empty())
        .or_else(|| (side == Side::Ours).then(|| ctx.user()));
    let note = args
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let record = ws.update::<Partner, _>(&id, |p, e| {
        let eval = Evaluation {
            id: ctx.new_record_id(p, &[]),
            date,
            instrument: name.clone(),
            side,
            by: by.clone(),
            scores: scores.clone(),
            comments: comments.clone(),
            note: note.clone(),
            partial: !missing.is_empty(),
        };
        registry::admit(&eval, p, ctx.today).map_err(usage)?;
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
