//! A survey's questions, to hand out: as plain text, as CSV or Markdown to paste into an
//! online form (Google Forms, Microsoft Forms) as they are, and as a printable one-page
//! paper form (HTML) for people without email.
//!
//! The form asks, in order: which partner (when the survey covers several), which group
//! (when it asks several), each question of the instrument with its answer scale, and one
//! free-text question. The wording of the partner, group and free-text questions is what
//! `survey import` recognises, so a form built from this reads back without `--map`.

use crate::model::instrument::{Instrument, fmt_number};
use crate::model::survey::form::{COMMENT_QUESTION, GROUP_QUESTION, PARTNER_QUESTION};
use crate::model::survey::{Survey, group_choice};
use crate::report::doc::md_escape;
use crate::report::list;
use chrono::NaiveDate;
use serde::Serialize;

/// One question of the form.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub number: usize,
    /// The dimension it asks about; `partner`, `group` or `comment` for the others.
    pub key: String,
    /// A category heading to show above it, if it opens one.
    pub category: Option<String>,
    pub question: String,
    /// `choice` (pick one of `choices`), `scale` (one of the scale's answers), `text`.
    pub kind: &'static str,
    pub choices: Vec<String>,
}

/// The whole form.
#[derive(Debug, Clone, Serialize)]
pub struct Form {
    pub title: String,
    pub program: Option<String>,
    pub closes: Option<NaiveDate>,
    /// The answers of the scale, lowest first.
    pub scale: Vec<String>,
    pub questions: Vec<Question>,
}

/// A word as a person reads it: `partner-staff` is "Partner staff".
fn words(slug: &str) -> String {
    let text = slug.replace('-', " ");
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |f| f.to_uppercase().chain(chars).collect())
}

/// The answers of an instrument's scale as a form shows them: its labels, capitalized,
/// or its points.
pub fn scale_answers(inst: &Instrument) -> Vec<String> {
    let points = inst.points();
    if !inst.scale.labels.is_empty() && inst.scale.labels.len() == points.len() {
        inst.scale.labels.iter().map(|l| words(l)).collect()
    } else if !points.is_empty() {
        points.iter().map(|p| fmt_number(*p)).collect()
    } else {
        vec![format!(
            "a number from {} to {}",
            fmt_number(inst.scale.min),
            fmt_number(inst.scale.max)
        )]
    }
}

impl Form {
    /// The form of survey `s` on `inst`; `partners` are its partners' names, in order.
    pub fn new(s: &Survey, inst: &Instrument, partners: &[String], program: Option<&str>) -> Form {
        let scale = scale_answers(inst);
        let mut questions = Vec::new();
        let mut push = |key: &str, category, question: &str, kind, choices: Vec<String>| {
            questions.push(Question {
                number: questions.len() + 1,
                key: key.to_string(),
                category,
                question: question.to_string(),
                kind,
                choices,
            });
        };
        if partners.len() > 1 {
            push(
                "partner",
                None,
                PARTNER_QUESTION,
                "choice",
                partners.to_vec(),
            );
        }
        if s.groups.len() > 1 {
            let groups = s.groups.iter().map(|g| group_choice(g)).collect();
            push("group", None, GROUP_QUESTION, "choice", groups);
        }
        let mut last: Option<&str> = None;
        for d in &inst.dimensions {
            let heading = match d.category.as_deref() {
                Some(c) if last != Some(c) => inst
                    .categories
                    .iter()
                    .find(|x| x.key == c)
                    .map(|x| x.title.clone()),
                _ => None,
            };
            last = d.category.as_deref();
            push(&d.key, heading, &d.question, "scale", scale.clone());
        }
        push("comment", None, COMMENT_QUESTION, "text", Vec::new());
        Form {
            title: s.title.clone(),
            program: program.map(str::to_string),
            closes: s.closes,
            scale,
            questions,
        }
    }

    /// The questions as plain text, numbered, each with its answers.
    pub fn text(&self) -> String {
        let mut out = format!("{}\n", self.title);
        out.push_str(&format!("{}\n", intro(self)));
        for q in &self.questions {
            if let Some(c) = &q.category {
                out.push_str(&format!("\n{c}\n"));
            }
            out.push_str(&format!("\n{}. {}\n", q.number, q.question));
            match q.kind {
                "text" => out.push_str("   (free text)\n"),
                _ => out.push_str(&format!("   {}\n", q.choices.join(" · "))),
            }
        }
        out
    }

    /// The questions as Markdown, to paste into a form or a document.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# {}\n\n_{}_\n",
            md_escape(&self.title),
            md_escape(&intro(self))
        );
        for q in &self.questions {
            if let Some(c) = &q.category {
                out.push_str(&format!("\n## {}\n", md_escape(c)));
            }
            out.push_str(&format!(
                "\n{}. **{}**  \n",
                q.number,
                md_escape(&q.question)
            ));
            match q.kind {
                "text" => out.push_str("   _Free text_\n"),
                _ => out.push_str(&format!(
                    "   {}\n",
                    q.choices
                        .iter()
                        .map(|c| format!("☐ {}", md_escape(c)))
                        .collect::<Vec<_>>()
                        .join(" · ")
                )),
            }
        }
        out
    }

    /// One row per question: its number, wording, kind and answers (separated by `; `),
    /// for a form tool or a spreadsheet.
    pub fn csv(&self) -> anyhow::Result<String> {
        list::csv(
            &["number", "question", "type", "answers", "key"],
            self.questions.iter().map(|q| {
                vec![
                    q.number.to_string(),
                    q.question.clone(),
                    match q.kind {
                        "text" => "paragraph",
                        _ => "multiple choice",
                    }
                    .to_string(),
                    q.choices.join("; "),
                    q.key.clone(),
                ]
            }),
        )
    }

    /// A printable paper form: one self-contained page, no scripts, nothing fetched.
    pub fn html(&self) -> anyhow::Result<String> {
        let mut env = minijinja::Environment::new();
        env.add_template("form.html", TEMPLATE)?;
        let intro = intro(self);
        let scaled: Vec<&Question> = self
            .questions
            .iter()
            .filter(|q| q.kind == "scale")
            .collect();
        let others: Vec<&Question> = self
            .questions
            .iter()
            .filter(|q| q.kind == "choice")
            .collect();
        let comment = self.questions.iter().find(|q| q.kind == "text");
        Ok(env.get_template("form.html")?.render(minijinja::context! {
            form => minijinja::value::Serde(self),
            intro => intro,
            scaled => minijinja::value::Serde(scaled),
            choices => minijinja::value::Serde(others),
            comment => minijinja::value::Serde(comment),
        })?)
    }
}

/// The line under the title: that the survey is anonymous, and by when to answer.
fn intro(f: &Form) -> String {
    let by = f
        .closes
        .map_or(String::new(), |c| format!(" Please answer by {c}."));
    format!(
        "This survey is anonymous: do not write your name. Pick one answer for each question.{by}"
    )
}

/// The paper form's page. Its name ends in `.html`, which turns on minijinja's escaping of
/// every value.
const TEMPLATE: &str = include_str!("form.html");

#[cfg(test)]
mod tests {
    use super::*;

    fn form(partners: &[&str], groups: &[&str]) -> Form {
        let s = Survey {
            id: "s".into(),
            title: "Families <say>".into(),
            instrument: "accord".into(),
            groups: groups.iter().map(|g| g.to_string()).collect(),
            ..Survey::default()
        };
        let inst = Instrument::builtin("accord").unwrap();
        let names: Vec<String> = partners.iter().map(|p| p.to_string()).collect();
        Form::new(&s, &inst, &names, None)
    }

    #[test]
    fn the_form_asks_partner_and_group_only_when_there_is_a_choice() {
        let f = form(&["Acme"], &["families"]);
        assert_eq!(f.questions[0].key, "vision");
        assert_eq!(f.questions.last().unwrap().key, "comment");
        let f = form(&["Acme", "Beta"], &["students", "partner-staff"]);
        let keys: Vec<&str> = f.questions.iter().take(2).map(|q| q.key.as_str()).collect();
        assert_eq!(keys, ["partner", "group"]);
        assert_eq!(f.questions[1].choices, ["Student", "Partner staff"]);
        assert_eq!(f.questions[2].choices[0], "Strongly disagree");
    }

    #[test]
    fn the_paper_form_escapes_and_fetches_nothing() {
        let page = form(&[], &[]).html().unwrap();
        assert!(page.contains("Families &lt;say&gt;"), "{page}");
        assert!(!page.contains("<script") && !page.contains("http"));
        assert!(page.contains("Do both sides want the same things"));
    }
}
