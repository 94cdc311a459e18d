//! Names as people type them: finding a partner (or a goal) from its id, a unique prefix
//! of the id, its name in any letter case, or a word or phrase of its name; suggesting the
//! closest when nothing matches; and telling when two names are the same organization
//! written two ways ("Northwind Medical Centre" and "Northwind Medical Center").
//!
//! Names are compared by their words: accents folded, letter case ignored, punctuation
//! dropped, `&` read as "and", apostrophes ignored (`St. Mary's` is `st marys`).
//!
//! Pure: the store reads the ids and names and passes them in.

use crate::model::id::Lookup;

/// The words of a name, folded for comparison: `"Café Luna & Co."` ->
/// `["cafe", "luna", "and", "co"]`.
pub fn words(name: &str) -> Vec<String> {
    let folded = deunicode::deunicode(name)
        .to_lowercase()
        .replace('&', " and ")
        .replace(['\'', '`'], "");
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Find the one item (`(id, name)`) that `typed` names, trying in turn, and stopping at
/// the first step that matches anything:
///
/// 1. the exact id;
/// 2. the name, ignoring case, accents and punctuation;
/// 3. a unique prefix of an id, or a run of whole words of a name
///    (`northwind`, `"medical center"`);
/// 4. every typed word somewhere in a name, in any order (`"lakeview library"` for
///    "Lakeview Public Library").
///
/// Several matches at one step are ambiguous (their ids, sorted); none at any step is
/// missing.
pub fn lookup<'a>(typed: &str, items: &[(&'a str, &'a str)]) -> Lookup<&'a str> {
    let typed = typed.trim();
    if let Some((id, _)) = items.iter().find(|(id, _)| *id == typed) {
        return Lookup::Found(id);
    }
    let want = words(typed);
    if want.is_empty() {
        return Lookup::Missing;
    }
    let lower = typed.to_lowercase();
    let named: Vec<(&str, Vec<String>)> = items.iter().map(|(id, n)| (*id, words(n))).collect();
    let steps: [&Step; 3] = [
        &|_, name| name == want.as_slice(),
        &|id, name| id.starts_with(&lower) || contains_run(name, &want),
        &|_, name| want.iter().all(|w| name.contains(w)),
    ];
    for step in steps {
        let mut found: Vec<&'a str> = Vec::new();
        for (i, (id, name)) in named.iter().enumerate() {
            if step(id, name) {
                found.push(items[i].0);
            }
        }
        found.sort_unstable();
        found.dedup();
        match found.len() {
            0 => continue,
            1 => return Lookup::Found(found[0]),
            _ => return Lookup::Ambiguous(found.into_iter().map(str::to_string).collect()),
        }
    }
    Lookup::Missing
}

/// One step of [`lookup`]: whether an item (its id, the words of its name) matches.
type Step<'s> = dyn Fn(&str, &[String]) -> bool + 's;

/// Whether `run` appears in `name` as consecutive words.
fn contains_run(name: &[String], run: &[String]) -> bool {
    name.windows(run.len()).any(|w| w == run)
}

/// The ids of the items closest to `typed` (by id, by name, or by a run of words of the
/// name), best first: at most three, and only those about as close as the best, for
/// "did you mean" hints.
pub fn closest<'a>(typed: &str, items: &[(&'a str, &'a str)]) -> Vec<&'a str> {
    let typed_lower = typed.trim().to_lowercase();
    let want = words(typed).join(" ");
    if want.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &'a str)> = items
        .iter()
        .filter_map(|(id, name)| {
            let name_words = words(name);
            let mut score = strsim::jaro_winkler(&typed_lower, id)
                .max(strsim::jaro_winkler(&want, &name_words.join(" ")));
            // the typed text against each run of as many words of the name
            let n = want.split(' ').count();
            for run in name_words.windows(n) {
                score = score.max(strsim::jaro_winkler(&want, &run.join(" ")));
            }
            (score >= 0.8).then_some((score, *id))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    // only those about as close as the best: a typo is near one name, not near all
    // that share its first word
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .take_while(|(score, _)| *score >= best - 0.05)
        .take(3)
        .map(|(_, id)| id)
        .collect()
}

/// How alike two names are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    /// The same name, ignoring case, accents, punctuation, a leading "The" and a legal
    /// form such as "Inc." (`The Lumen Arts Collective`, `Lumen Arts Collective`).
    Same,
    /// Nearly the same: a letter or two apart (`Centre`, `Center`).
    Near,
}

/// Words that do not tell two organizations apart: a leading article and legal forms.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "pllc",
];

/// A name reduced to the words that tell organizations apart: folded words, without a
/// leading "the" or trailing legal forms ("Inc.", "LLC").
pub fn key(name: &str) -> String {
    let mut w = words(name);
    if w.first().is_some_and(|f| f == "the") && w.len() > 1 {
        w.remove(0);
    }
    while w.len() > 1 && w.last().is_some_and(|l| LEGAL_FORMS.contains(&l.as_str())) {
        w.pop();
    }
    w.join(" ")
}

/// Whether `a` and `b` look like one organization's name written twice. Near means a
/// Damerau-Levenshtein similarity of at least 0.9 between the reduced names, and only
/// for names long enough for that to mean a slip (8 letters or more).
pub fn likeness(a: &str, b: &str) -> Option<Likeness> {
    let (ka, kb) = (key(a), key(b));
    if ka.is_empty() || kb.is_empty() {
        return None;
    }
    if ka == kb {
        return Some(Likeness::Same);
    }
    let long_enough = ka.len().min(kb.len()) >= 8;
    (long_enough && strsim::normalized_damerau_levenshtein(&ka, &kb) >= 0.9)
        .then_some(Likeness::Near)
}

/// The items (`(id, name)`) whose names look like `name`, the same ones first.
pub fn look_alikes<'a>(name: &str, items: &[(&'a str, &'a str)]) -> Vec<(&'a str, Likeness)> {
    let mut out: Vec<(&'a str, Likeness)> = items
        .iter()
        .filter_map(|(id, other)| likeness(name, other).map(|l| (*id, l)))
        .collect();
    out.sort_by_key(|(id, l)| (*l != Likeness::Same, *id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTNERS: &[(&str, &str)] = &[
        ("northwind-medical", "Northwind Medical Center"),
        ("lakeview-library", "Lakeview Public Library"),
        ("city-parks", "City of Riverside Parks & Recreation"),
        ("riverside-hospital", "Riverside Regional Hospital"),
        ("valley-college", "Riverside Valley Community College"),
        ("st-marys", "St. Mary's Parish"),
    ];

    fn find(typed: &str) -> Lookup<&'static str> {
        lookup(typed, PARTNERS)
    }

    #[test]
    fn words_fold_case_accents_and_punctuation() {
        assert_eq!(words("Café Luna & Co."), ["cafe", "luna", "and", "co"]);
        assert_eq!(words("St. Mary’s  Parish"), ["st", "marys", "parish"]);
        assert!(words(" -- ").is_empty());
    }

    #[test]
    fn exact_id() {
        assert_eq!(find("city-parks"), Lookup::Found("city-parks"));
        // an exact id wins over a name that would match several
        let items = [("acme", "Acme North"), ("acme-south", "Acme South")];
        assert_eq!(lookup("acme", &items), Lookup::Found("acme"));
    }

    #[test]
    fn name_in_any_case() {
        assert_eq!(
            find("NORTHWIND medical center"),
            Lookup::Found("northwind-medical")
        );
        assert_eq!(find("st marys parish"), Lookup::Found("st-marys"));
        // the whole name wins over a name that holds it as a phrase
        let items = [("a", "Lumen Arts"), ("b", "Lumen Arts Collective")];
        assert_eq!(lookup("lumen arts", &items), Lookup::Found("a"));
    }

    #[test]
    fn prefix_of_an_id() {
        assert_eq!(find("lake"), Lookup::Found("lakeview-library"));
        assert_eq!(find("Northw"), Lookup::Found("northwind-medical"));
    }

    #[test]
    fn word_or_phrase_of_a_name() {
        assert_eq!(find("Northwind"), Lookup::Found("northwind-medical"));
        assert_eq!(find("medical center"), Lookup::Found("northwind-medical"));
        assert_eq!(find("recreation"), Lookup::Found("city-parks"));
        assert_eq!(find("parks & recreation"), Lookup::Found("city-parks"));
        // every word, in any order
        assert_eq!(find("lakeview library"), Lookup::Found("lakeview-library"));
        assert_eq!(find("college valley"), Lookup::Found("valley-college"));
    }

    #[test]
    fn ambiguous() {
        assert_eq!(
            find("riverside"),
            Lookup::Ambiguous(vec![
                "city-parks".into(),
                "riverside-hospital".into(),
                "valley-college".into()
            ])
        );
        // an id prefix and a word of another's name are just as likely
        let items = [
            ("north-high", "North High School"),
            ("lakeview-north", "Lakeview North Library"),
        ];
        assert_eq!(
            lookup("north", &items),
            Lookup::Ambiguous(vec!["lakeview-north".into(), "north-high".into()])
        );
    }

    #[test]
    fn none_with_suggestions() {
        assert_eq!(find("library of congress"), Lookup::Missing);
        assert_eq!(find(""), Lookup::Missing);
        assert_eq!(find("Northwnd"), Lookup::Missing);
        assert_eq!(closest("Northwnd", PARTNERS), vec!["northwind-medical"]);
        assert_eq!(
            closest("lakview libary", PARTNERS),
            vec!["lakeview-library"]
        );
        assert_eq!(closest("hospitl", PARTNERS), vec!["riverside-hospital"]);
        assert_eq!(
            closest("riverside-hospitl", PARTNERS),
            vec!["riverside-hospital"]
        );
        assert!(closest("zzzz", PARTNERS).is_empty());
    }

    #[test]
    fn the_same_name_written_two_ways() {
        assert_eq!(
            likeness("Northwind Medical Centre", "Northwind Medical Center"),
            Some(Likeness::Near)
        );
        assert_eq!(
            likeness("The Lumen Arts Collective", "Lumen Arts Collective"),
            Some(Likeness::Same)
        );
        assert_eq!(
            likeness("Greenway Landscaping, Inc.", "greenway landscaping"),
            Some(Likeness::Same)
        );
        assert_eq!(likeness("ACME", "Acme"), Some(Likeness::Same));
        assert_eq!(
            likeness("Lincoln High School", "Lincoln Middle School"),
            None
        );
        assert_eq!(likeness("Acme", "Acne"), None);
        assert_eq!(
            likeness(
                "Riverside Regional Hospital",
                "Riverside Valley Community College"
            ),
            None
        );
        let alike = look_alikes("northwind medical centre", PARTNERS);
        assert_eq!(alike, vec![("northwind-medical", Likeness::Near)]);
    }
}
