//! Evaluation instruments: the rubric an evaluation is scored on. An instrument is data
//! (a TOML file): a scale, bands, and dimensions with a one-line question each, optionally
//! grouped in categories. This module holds the type, the four built-in instruments, the
//! scoring rules (dimension, category and overall scores, the band of a score) and the
//! rules that make an instrument valid. Loading workspace instruments is the store's job.

use crate::model::validate::{Problem, at};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The built-in instruments, as the TOML text `instrument export` writes out.
pub const BUILTINS: &[(&str, &str)] = &[
    ("accord", include_str!("../instruments/accord.toml")),
    ("wilder", include_str!("../instruments/wilder.toml")),
    (
        "trust-value",
        include_str!("../instruments/trust-value.toml"),
    ),
    ("nuffield", include_str!("../instruments/nuffield.toml")),
];

/// An evaluation rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instrument {
    /// The name evaluations refer to it by; for a workspace file, its file name.
    #[serde(default)]
    pub name: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who made the instrument, or whose work it follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    pub scale: Scale,
    /// From the highest band to the lowest.
    #[serde(default, rename = "band")]
    pub bands: Vec<Band>,
    #[serde(default, rename = "category", skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    #[serde(default, rename = "dimension")]
    pub dimensions: Vec<Dimension>,
}

/// The answer scale: scores from `min` to `max`, with a label for each whole point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
}

/// A band of scores: a score at or above `min` (and below the band above) is in it. The
/// lowest band may leave `min` out to take every lower score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
}

/// A group of dimensions; its score is the mean of theirs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub key: String,
    pub title: String,
}

/// One thing the instrument rates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub title: String,
    pub question: String,
}

/// Where a band sits, which decides how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The highest band (a strength).
    Top,
    /// A band between the highest and the lowest.
    Middle,
    /// The lowest band (a concern).
    Bottom,
    /// The only band.
    Only,
}

/// Scores are shown, banded and compared at one decimal.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The mean of some values, if there are any.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// A score as printed: one decimal.
pub fn fmt_score(x: f64) -> String {
    format!("{:.1}", round1(x))
}

/// A number as written in a file or message: `4` rather than `4.0`.
pub fn fmt_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

impl Instrument {
    /// A built-in instrument by name.
    pub fn builtin(name: &str) -> Option<Instrument> {
        let (_, text) = BUILTINS.iter().find(|(n, _)| *n == name)?;
        let mut i: Instrument = toml::from_str(text).expect("built-in instruments parse");
        i.name = name.to_string();
        Some(i)
    }

    /// Every built-in instrument.
    pub fn builtins() -> Vec<Instrument> {
        BUILTINS
            .iter()
            .filter_map(|(n, _)| Instrument::builtin(n))
            .collect()
    }

    pub fn dimension(&self, key: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.key == key)
    }

    /// The keys of the dimensions, in order.
    pub fn keys(&self) -> Vec<&str> {
        self.dimensions.iter().map(|d| d.key.as_str()).collect()
    }

    /// "1-5" or "1-4".
    pub fn range(&self) -> String {
        format!(
            "{}-{}",
            fmt_number(self.scale.min),
            fmt_number(self.scale.max)
        )
    }

    /// The scale in words: `1 strongly disagree · 2 disagree · ...`, or `1-5`.
    pub fn scale_text(&self) -> String {
        let points = self.points();
        if points.is_empty() || self.scale.labels.len() != points.len() {
            return format!(
                "{} to {}",
                fmt_number(self.scale.min),
                fmt_number(self.scale.max)
            );
        }
        points
            .iter()
            .zip(&self.scale.labels)
            .map(|(p, l)| format!("{} {l}", fmt_number(*p)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The whole points of the scale, when its ends are whole numbers.
    pub fn points(&self) -> Vec<f64> {
        let (min, max) = (self.scale.min, self.scale.max);
        if min.fract() != 0.0 || max.fract() != 0.0 || max < min || max - min > 100.0 {
            return Vec::new();
        }
        (0..=(max - min) as i64).map(|i| min + i as f64).collect()
    }

    /// Check one score: the key must be a dimension and the value on the scale.
    pub fn check_score(&self, key: &str, value: f64) -> Result<(), String> {
        if self.dimension(key).is_none() {
            return Err(format!(
                "`{key}` is not a dimension of the `{}` instrument; its keys are: {}",
                self.name,
                self.keys().join(", ")
            ));
        }
        self.check_value(value)
            .map_err(|e| format!("the score of `{key}` {e}"))
    }

    /// Check a value is on the scale.
    pub fn check_value(&self, value: f64) -> Result<(), String> {
        if !value.is_finite() || value < self.scale.min || value > self.scale.max {
            return Err(format!(
                "must be from {} to {} on the `{}` scale, not {}",
                fmt_number(self.scale.min),
                fmt_number(self.scale.max),
                self.name,
                fmt_number(value)
            ));
        }
        Ok(())
    }

    /// The band a score falls in (judged at one decimal, as it is shown).
    pub fn band(&self, score: f64) -> Option<&Band> {
        let score = round1(score);
        let mut bands: Vec<&Band> = self.bands.iter().collect();
        bands.sort_by(|a, b| {
            let key = |x: &Band| x.min.unwrap_or(f64::NEG_INFINITY);
            key(b).total_cmp(&key(a))
        });
        bands
            .into_iter()
            .find(|b| b.min.is_none_or(|m| score >= m - 1e-9))
    }

    /// Where a band sits among the instrument's bands.
    pub fn level(&self, band: &Band) -> Level {
        let n = self.bands.len();
        let i = self.bands.iter().position(|b| b == band).unwrap_or(0);
        match (n, i) {
            (0 | 1, _) => Level::Only,
            (_, 0) => Level::Top,
            (n, i) if i + 1 == n => Level::Bottom,
            _ => Level::Middle,
        }
    }

    /// Whether a score falls in the lowest band (when there are at least two).
    pub fn is_concern(&self, score: f64) -> bool {
        self.band(score)
            .is_some_and(|b| self.level(b) == Level::Bottom)
    }

    /// The name of the lowest band, which `status` flags.
    pub fn concern_band(&self) -> Option<&str> {
        (self.bands.len() >= 2).then(|| self.bands[self.bands.len() - 1].name.as_str())
    }

    /// The score of a dimension over several answers to it (several people rating it, or
    /// the items of a factor): their mean.
    pub fn dimension_score(&self, key: &str, answers: &[&BTreeMap<String, f64>]) -> Option<f64> {
        mean(answers.iter().filter_map(|a| a.get(key).copied()))
    }

    /// The score of a category: the mean of the scores of its dimensions that have one.
    pub fn category_score(&self, category: &str, scores: &BTreeMap<String, f64>) -> Option<f64> {
        mean(
            self.dimensions
                .iter()
                .filter(|d| d.category.as_deref() == Some(category))
                .filter_map(|d| scores.get(&d.key).copied()),
        )
    }

    /// The overall score: the mean of the scores of its dimensions that have one.
    pub fn overall(&self, scores: &BTreeMap<String, f64>) -> Option<f64> {
        mean(
            self.dimensions
                .iter()
                .filter_map(|d| scores.get(&d.key).copied()),
        )
    }

    /// The dimensions with no score in `scores`.
    pub fn missing<'a>(&'a self, scores: &BTreeMap<String, f64>) -> Vec<&'a str> {
        self.dimensions
            .iter()
            .filter(|d| !scores.contains_key(&d.key))
            .map(|d| d.key.as_str())
            .collect()
    }

    /// Problems with the instrument itself, with paths into its file.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(Problem::error(at!["title"], "the instrument has no title"));
        }
        let Scale { min, max, labels } = &self.scale;
        if !(min.is_finite() && max.is_finite() && min < max) {
            out.push(Problem::error(
                at!["scale", "max"],
                format!(
                    "the scale must go from a lower `min` to a higher `max`, not {} to {}",
                    fmt_number(*min),
                    fmt_number(*max)
                ),
            ));
        } else if !labels.is_empty() && labels.len() != self.points().len() {
            out.push(Problem::error(
                at!["scale", "labels"],
                format!(
                    "the scale {} has {} whole points but {} labels; give one label per point",
                    self.range(),
                    self.points().len(),
                    labels.len()
                ),
            ));
        }
        self.band_problems(&mut out);
        let mut categories = HashSet::new();
        for (i, c) in self.categories.iter().enumerate() {
            if !key_ok(&c.key) {
                out.push(Problem::error(
                    at!["category", i, "key"],
                    key_message(&c.key),
                ));
            }
            if !categories.insert(c.key.as_str()) {
                out.push(Problem::error(
                    at!["category", i, "key"],
                    format!("a second category `{}`", c.key),
                ));
            }
            if !self
                .dimensions
                .iter()
                .any(|d| d.category.as_ref() == Some(&c.key))
            {
                out.push(Problem::warning(
                    at!["category", i, "key"],
                    format!("no dimension is in the category `{}`", c.key),
                ));
            }
        }
        if self.dimensions.is_empty() {
            out.push(Problem::error(
                at!["title"],
                "the instrument has no [[dimension]] to rate",
            ));
        }
        let mut keys = HashSet::new();
        for (i, d) in self.dimensions.iter().enumerate() {
            if !key_ok(&d.key) {
                out.push(Problem::error(
                    at!["dimension", i, "key"],
                    key_message(&d.key),
                ));
            }
            if !keys.insert(d.key.as_str()) {
                out.push(Problem::error(
                    at!["dimension", i, "key"],
                    format!("a second dimension `{}`", d.key),
                ));
            }
            if d.title.trim().is_empty() {
                out.push(Problem::error(
                    at!["dimension", i, "title"],
                    format!("the dimension `{}` has no title", d.key),
                ));
            }
            if d.question.trim().is_empty() {
                out.push(Problem::warning(
                    at!["dimension", i, "question"],
                    format!("the dimension `{}` asks no question", d.key),
                ));
            }
            match &d.category {
                Some(c) if !categories.contains(c.as_str()) => {
                    let known: Vec<&str> = self.categories.iter().map(|c| c.key.as_str()).collect();
                    out.push(Problem::error(
                        at!["dimension", i, "category"],
                        format!(
                            "no category `{c}` in this instrument; its categories are: {}",
                            if known.is_empty() {
                                "none".to_string()
                            } else {
                                known.join(", ")
                            }
                        ),
                    ));
                }
                None if !self.categories.is_empty() => out.push(Problem::warning(
                    at!["dimension", i, "key"],
                    format!("the dimension `{}` is in no category", d.key),
                )),
                _ => {}
            }
        }
        out
    }

    fn band_problems(&self, out: &mut Vec<Problem>) {
        if self.bands.is_empty() {
            out.push(Problem::warning(
                at!["scale"],
                "the instrument has no [[band]], so no score is a strength or a concern",
            ));
        }
        let mut names = HashSet::new();
        let mut above: Option<f64> = None;
        for (i, b) in self.bands.iter().enumerate() {
            if b.name.trim().is_empty() {
                out.push(Problem::error(at!["band", i, "name"], "a band has no name"));
            } else if !names.insert(b.name.to_lowercase()) {
                out.push(Problem::error(
                    at!["band", i, "name"],
                    format!("a second band `{}`", b.name),
                ));
            }
            match b.min {
                None if i + 1 < self.bands.len() => out.push(Problem::error(
                    at!["band", i, "name"],
                    format!(
                        "only the last band may leave out `min`; give `{}` one",
                        b.name
                    ),
                )),
                None => {}
                Some(m) => {
                    if !m.is_finite() || m < self.scale.min || m > self.scale.max {
                        out.push(Problem::error(
                            at!["band", i, "min"],
                            format!(
                                "the band `{}` starts at {}, outside the scale {}",
                                b.name,
                                fmt_number(m),
                                self.range()
                            ),
                        ));
                    }
                    if above.is_some_and(|a| m >= a) {
                        out.push(Problem::error(
                            at!["band", i, "min"],
                            format!(
                                "bands go from the highest to the lowest; `{}` starts at {} but the band above it at {}",
                                b.name,
                                fmt_number(m),
                                fmt_number(above.unwrap_or(m))
                            ),
                        ));
                    }
                    above = Some(m);
                }
            }
        }
        if let Some(last) = self.bands.last()
            && last.min.is_some_and(|m| m > self.scale.min)
        {
            out.push(Problem::warning(
                at!["band", self.bands.len() - 1, "min"],
                format!(
                    "scores below {} fall in no band; leave `min` out of the last band to catch them",
                    fmt_number(last.min.unwrap_or(self.scale.min))
                ),
            ));
        }
    }
}

/// Keys are written bare in `scores = { key = 4 }` and typed in `--score key=4`.
pub fn key_ok(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn key_message(key: &str) -> String {
    format!("`{key}` is not a usable key; use lowercase letters, digits, `-` or `_`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::Severity;

    fn scores(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    fn band(i: &Instrument, score: f64) -> &str {
        i.band(score).map_or("-", |b| b.name.as_str())
    }

    #[test]
    fn every_builtin_is_valid() {
        for i in Instrument::builtins() {
            let problems = i.problems();
            assert!(problems.is_empty(), "{}: {problems:?}", i.name);
            assert!(
                i.dimensions.iter().all(|d| d.question.ends_with('?')),
                "{}",
                i.name
            );
        }
        let names: Vec<String> = Instrument::builtins().into_iter().map(|i| i.name).collect();
        assert_eq!(names, ["accord", "wilder", "trust-value", "nuffield"]);
    }

    #[test]
    fn accord_scores_seven_dimensions_on_five_points() {
        let i = Instrument::builtin("accord").unwrap();
        assert_eq!(i.dimensions.len(), 7);
        assert_eq!(i.range(), "1-5");
        assert_eq!(
            i.scale_text(),
            "1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree"
        );
        assert_eq!(band(&i, 5.0), "strength");
        assert_eq!(band(&i, 4.0), "strength");
        assert_eq!(band(&i, 3.96), "strength", "3.96 shows as 4.0");
        assert_eq!(band(&i, 3.94), "borderline");
        assert_eq!(band(&i, 3.0), "borderline");
        assert_eq!(band(&i, 2.9), "concern");
        assert_eq!(band(&i, 1.0), "concern");
        assert!(i.is_concern(2.9) && !i.is_concern(3.0));
        assert_eq!(i.concern_band(), Some("concern"));
        let s = scores(&[("vision", 4.0), ("communication", 3.0), ("nope", 1.0)]);
        assert_eq!(i.overall(&s), Some(3.5), "unknown keys do not count");
        assert_eq!(i.missing(&s).len(), 5);
    }

    #[test]
    fn wilder_has_twenty_factors_in_six_categories() {
        let i = Instrument::builtin("wilder").unwrap();
        assert_eq!(i.dimensions.len(), 20);
        assert_eq!(i.categories.len(), 6);
        let per: Vec<usize> = i
            .categories
            .iter()
            .map(|c| {
                i.dimensions
                    .iter()
                    .filter(|d| d.category.as_deref() == Some(&c.key))
                    .count()
            })
            .collect();
        assert_eq!(per, [3, 4, 6, 2, 3, 2]);
        // a factor's score is the mean of its items
        let a = scores(&[("respect", 4.0)]);
        let b = scores(&[("respect", 3.0)]);
        let c = scores(&[("respect", 4.0), ("pace", 2.0)]);
        let f = i.dimension_score("respect", &[&a, &b, &c]).unwrap();
        assert!((f - 11.0 / 3.0).abs() < 1e-9);
        assert_eq!(band(&i, f), "borderline", "3.7");
        assert_eq!(i.dimension_score("climate", &[&a, &b]), None);
        let s = scores(&[
            ("open-communication", 4.5),
            ("informal-links", 3.5),
            ("history", 2.0),
        ]);
        assert_eq!(i.category_score("communication", &s), Some(4.0));
        assert_eq!(i.category_score("environment", &s), Some(2.0));
        assert_eq!(i.category_score("resources", &s), None);
        assert_eq!(band(&i, 3.9), "borderline");
        assert_eq!(band(&i, 2.9), "concern");
    }

    #[test]
    fn trust_value_scores_are_the_means_of_their_items() {
        let i = Instrument::builtin("trust-value").unwrap();
        assert_eq!(i.range(), "1-4");
        let s = scores(&[
            ("openness", 4.0),
            ("reliability", 3.0),
            ("mission", 2.0),
            ("influence", 1.0),
            ("involvement", 2.0),
            ("resources", 2.0),
        ]);
        assert_eq!(i.category_score("trust", &s), Some(3.0));
        let value = i.category_score("value", &s).unwrap();
        assert!((value - 5.0 / 3.0).abs() < 1e-9);
        assert_eq!(band(&i, 3.0), "strength");
        assert_eq!(band(&i, value), "concern", "1.7");
        assert_eq!(band(&i, 2.0), "borderline");
        assert!(i.check_value(4.0).is_ok());
        assert!(i.check_value(5.0).unwrap_err().contains("from 1 to 4"));
    }

    #[test]
    fn nuffield_has_six_principles() {
        let i = Instrument::builtin("nuffield").unwrap();
        assert_eq!(i.keys().len(), 6);
        assert!(i.categories.is_empty());
        let s = scores(&[("need", 5.0), ("purpose", 2.0), ("trust", 3.5)]);
        assert_eq!(i.overall(&s), Some(3.5));
        assert_eq!(band(&i, 3.5), "borderline");
        assert_eq!(band(&i, 4.2), "strength");
        assert_eq!(band(&i, 2.0), "concern");
    }

    #[test]
    fn scores_are_checked_against_keys_and_scale() {
        let i = Instrument::builtin("accord").unwrap();
        assert!(i.check_score("trust", 1.0).is_ok());
        assert!(i.check_score("trust", 3.5).is_ok());
        let e = i.check_score("trsut", 3.0).unwrap_err();
        assert!(e.contains("vision, communication, roles"), "{e}");
        assert!(i.check_score("trust", 0.0).unwrap_err().contains("not 0"));
        assert!(i.check_score("trust", 5.5).is_err());
        assert!(i.check_score("trust", f64::NAN).is_err());
    }

    #[test]
    fn broken_instruments_are_explained() {
        let mut i = Instrument::builtin("accord").unwrap();
        i.scale.max = 4.0;
        i.bands[1].min = Some(4.5);
        i.bands[0].min = None;
        i.dimensions[1].key = "vision".into();
        i.dimensions[2].category = Some("people".into());
        i.dimensions[3].key = "Bad Key".into();
        let found: Vec<(Severity, String)> = i
            .problems()
            .into_iter()
            .map(|p| (p.severity, format!("{:?}", p.path)))
            .collect();
        let paths: Vec<&str> = found.iter().map(|(_, p)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                r#"[Key("scale"), Key("labels")]"#,
                r#"[Key("band"), Index(0), Key("name")]"#,
                r#"[Key("band"), Index(1), Key("min")]"#,
                r#"[Key("dimension"), Index(1), Key("key")]"#,
                r#"[Key("dimension"), Index(2), Key("category")]"#,
                r#"[Key("dimension"), Index(3), Key("key")]"#,
            ]
        );
    }

    #[test]
    fn a_band_scheme_with_a_floor_leaves_low_scores_unbanded() {
        let mut i = Instrument::builtin("nuffield").unwrap();
        i.bands[2].min = Some(2.0);
        assert_eq!(band(&i, 1.5), "-");
        assert!(!i.is_concern(1.5));
        assert_eq!(i.problems().len(), 1);
        assert_eq!(i.level(&i.bands[0]), Level::Top);
        assert_eq!(i.level(&i.bands[1]), Level::Middle);
        assert_eq!(i.level(&i.bands[2]), Level::Bottom);
    }
}
