//! The quarterly report's "What stakeholders say": the surveys that closed in the
//! quarter, in brief (response counts, strongest and weakest dimensions, where groups
//! differ), with every breakdown too small to keep its respondents anonymous hidden.

use crate::model::settings::Settings;
use crate::model::survey::Survey;
use crate::model::survey::results::Options;
use crate::report::Instruments;
use crate::report::doc::Section;
use crate::report::list;
use crate::report::survey::brief::{self, Brief};
use chrono::NaiveDate;

/// The day a survey's results belong to, as of `as_of`: its closing date, else the day
/// its last responses by then came in.
fn ended(s: &Survey, as_of: NaiveDate) -> Option<NaiveDate> {
    s.closes
        .or_else(|| s.responses_on(as_of).map(|r| r.imported).max())
}

/// The surveys that closed in `quarter` by `as_of`, in brief as of that day (responses
/// imported later are left out, so a past quarter's report does not change), by closing
/// date. `names` gives a partner's name.
pub fn briefs(
    surveys: &[Survey],
    instruments: &Instruments<'_>,
    settings: &Settings,
    period: (NaiveDate, NaiveDate),
    as_of: NaiveDate,
    names: &dyn Fn(&str) -> Option<String>,
) -> Vec<Brief> {
    let opts = Options {
        floor: settings.survey_min_responses,
        divergence: settings.divergence,
        as_of,
    };
    let mut found: Vec<(NaiveDate, Brief)> = surveys
        .iter()
        .filter_map(|s| {
            let end =
                ended(s, as_of).filter(|e| (period.0..=period.1).contains(e) && *e <= as_of)?;
            let inst = instruments(&s.instrument)?;
            Some((end, Brief::new(s, inst, opts, None, names)?))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.survey.cmp(&b.1.survey)));
    found.into_iter().map(|(_, b)| b).collect()
}

/// The section of the report.
pub fn section(briefs: &[Brief], floor: usize) -> Section<'static> {
    brief::section_of(
        briefs,
        brief::floor_note(floor),
        "no survey closed this quarter",
    )
}

/// The section as a tidy CSV table, one row per survey.
pub fn csv(briefs: &[Brief], quarter: &str) -> anyhow::Result<String> {
    let mut headers = vec!["quarter"];
    headers.extend(brief::CSV_HEADERS);
    list::csv(&headers, brief::csv_rows(briefs, quarter).into_iter())
}
