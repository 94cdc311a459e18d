//! `accord report quarterly` and `accord report year`: load the partners one at a time
//! into the period's report, then render it.

use super::{QuarterlyArgs, ReportFormat, YearArgs, emit};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::attention::SHOWN;
use crate::model::partner::Chosen;
use crate::model::period::{Span, YearSpec};
use crate::model::quarter::QuarterSpec;
use crate::report::Instruments;
use crate::report::quarterly::view::{self, QuarterSection, YearSection};
use crate::report::quarterly::{self, Quarterly, stakeholders};
use crate::store::instruments::Catalog;
use crate::store::spill::Spill;
use crate::store::{Kind, Workspace};
use std::collections::{HashMap, HashSet};

pub fn run(ctx: &Ctx, args: QuarterlyArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let quarter = args
        .quarter
        .unwrap_or(QuarterSpec::Current)
        .resolve(ctx.today, ws.settings.fiscal_year_start);
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let (partners, types) = (&args.partners, &args.types);
    let report = fold(ctx, ws, &find, quarter.into(), partners, types, args.all)?;
    let table = args.section.first() == Some(&QuarterSection::Attention);
    say_left_out(
        ctx,
        &report,
        table && args.out.format()? == ReportFormat::Csv,
    );
    emit(
        ctx,
        &args.out,
        &report,
        (&args.section, &args.omit, QuarterSection::Partners),
        || view::document(&report, &find),
        |section, w| view::write_csv(&report, section, w),
        || report.check(),
    )
}

pub fn run_year(ctx: &Ctx, args: YearArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let fy_start = ws.settings.fiscal_year_start;
    let span = match (args.from, args.to) {
        (Some(from), Some(to)) => {
            let (from, to) = (from.resolve(ctx.today), to.resolve(ctx.today));
            if to < from {
                return Err(usage(format!("--to {to} is before --from {from}")));
            }
            Span::range(from, to, fy_start)
        }
        (Some(_), None) | (None, Some(_)) => {
            return Err(usage("a period needs both --from and --to"));
        }
        (None, None) => args
            .year
            .unwrap_or(YearSpec::Current)
            .resolve(ctx.today, fy_start),
    };
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let report = fold(ctx, ws, &find, span, &args.partners, &args.types, args.all)?;
    let table = args.section.first() == Some(&YearSection::Attention);
    say_left_out(
        ctx,
        &report,
        table && args.out.format()? == ReportFormat::Csv,
    );
    emit(
        ctx,
        &args.out,
        &report,
        (&args.section, &args.omit, YearSection::Partners),
        || view::document(&report, &find),
        |section, w| view::write_year_csv(&report, section, w),
        || report.check(),
    )
}

/// A CSV table of the attention list (`csv`) says on stderr what it leaves out.
fn say_left_out(ctx: &Ctx, report: &Quarterly, csv: bool) {
    if let Some(note) = view::csv_left_out(report).filter(|_| csv) {
        ctx.status(&note);
    }
}

/// The report of `span`, narrowed to the partners and types typed, folding the
/// partners one at a time; every attention item and divergence with `all`, else the
/// first of each and the rest counted.
fn fold<'a>(
    ctx: &Ctx,
    ws: &'a Workspace,
    find: &'a Instruments<'a>,
    span: Span,
    partners: &[String],
    types: &[String],
    all: bool,
) -> anyhow::Result<Quarterly> {
    let settings = &ws.settings;
    let mut chosen = Chosen::default();
    for typed in partners {
        chosen.ids.push(ws.resolve(Kind::Partner, typed)?);
    }
    for typed in types {
        chosen
            .kinds
            .push(settings.partner_type(typed).map_err(usage)?);
    }
    let period = (span.this.start, span.this.end);
    let limit = (!all).then_some(SHOWN);
    // The report's long lists wait for printing in temporary files, not in memory.
    let mut fold = quarterly::Fold::new(settings, find, span, ctx.today)
        .limit(limit)
        .tapes(|| Box::new(Spill::new()))
        .chosen(chosen);
    for p in ws.partners()? {
        fold.partner(&*p?);
    }
    for g in ws.each_goal()? {
        fold.goal(&*g?);
    }
    let about_chosen = |s: &crate::model::survey::Survey| fold.about(&s.partners);
    // The attention section is what `status` says on the day the report is as of, so it
    // reads the surveys `status` reads on that day too.
    let (surveys, for_status) = crate::store::survey::for_report(ws, period, fold.as_of())?;
    let surveys: Vec<_> = surveys.into_iter().filter(about_chosen).collect();
    let for_status: Vec<_> = for_status.into_iter().filter(about_chosen).collect();
    let mut report = fold.finish(&for_status);
    // The names of the surveys' partners (and their responses') from the report's rows,
    // else from their files.
    let named: HashSet<&str> = (surveys.iter())
        .flat_map(|s| {
            let answered = s.responses.iter().filter_map(|r| r.partner.as_deref());
            s.partners.iter().map(String::as_str).chain(answered)
        })
        .collect();
    let known: HashMap<String, String> = match named.is_empty() {
        true => HashMap::new(),
        false => (report.partners.iter())
            .filter(|p| named.contains(p.id.as_str()))
            .map(|p| (p.id, p.name))
            .collect(),
    };
    let names = |id: &str| match known.get(id) {
        Some(name) => Some(name.clone()),
        None => ws.load_partner(id).ok().map(|p| p.name),
    };
    report.stakeholders =
        stakeholders::briefs(&surveys, &find, settings, period, report.as_of, &names);
    report.left_out = ws.left_out();
    Ok(report)
}
