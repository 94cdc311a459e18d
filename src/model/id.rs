//! Identifiers: readable slugs for partners and goals, short random ids for records.
//!
//! A slug names a file (`partners/<slug>.toml`), so it is checked here to be a safe file
//! name before anything touches the disk. Record ids are short random strings so two
//! people adding records on two clones never collide; users may type any unique prefix.
//! Randomness is passed in, so this module stays pure.

use std::fmt;

/// The alphabet of record ids: lowercase Crockford base32, no `i`, `l`, `o` or `u`.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Length of a record id: 40 random bits.
pub const RECORD_ID_LEN: usize = 8;
/// Longest slug accepted.
const MAX_SLUG: usize = 64;

/// Names that are not safe file names on some systems.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Turn a name into a slug: `"Café Luna & Co."` -> `cafe-luna-co`.
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c == '\'' {
            // an apostrophe joins its word: "St. Mark's" is `st-marks`
            continue;
        }
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > MAX_SLUG {
        slug.truncate(MAX_SLUG);
        while slug.ends_with('-') {
            slug.pop();
        }
    }
    slug
}

/// Why an id was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadId {
    pub id: String,
    pub reason: &'static str,
}

impl fmt::Display for BadId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "invalid id `{}`: {}", self.id, self.reason)
    }
}

impl std::error::Error for BadId {}

/// Check that `id` is a slug that is safe as a file name: lowercase letters, digits and
/// single hyphens, starting with a letter or digit, at most 64 characters, not reserved.
pub fn validate_slug(id: &str) -> Result<(), BadId> {
    let bad = |reason| {
        Err(BadId {
            id: id.to_string(),
            reason,
        })
    };
    if id.is_empty() {
        return bad("an id cannot be empty");
    }
    if id.len() > MAX_SLUG {
        return bad("an id can be at most 64 characters");
    }
    if id.contains('/') || id.contains('\\') || id.contains("..") {
        return bad("an id cannot contain a path");
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return bad("use only lowercase letters, digits and hyphens");
    }
    if id.starts_with('-') || id.ends_with('-') {
        return bad("an id cannot start or end with a hyphen");
    }
    if RESERVED.contains(&id) {
        return bad("that name is reserved by some operating systems");
    }
    Ok(())
}

/// A usable id to rename a file whose name `stem` is not one, that no file has
/// (`taken`): its slug, else the slug numbered (`con` -> `con-1`, `acme` taken ->
/// `acme-1`, then `acme-2`...). `None` when the name has nothing to make an id from.
pub fn rename_suggestion(stem: &str, taken: impl Fn(&str) -> bool) -> Option<String> {
    let slug = slugify(stem);
    if slug.is_empty() {
        return None;
    }
    let usable = |id: &str| id != stem && validate_slug(id).is_ok() && !taken(id);
    if usable(&slug) {
        return Some(slug);
    }
    let base = slug.trim_end_matches('-');
    (1..1000)
        .map(|n| format!("{base}-{n}"))
        .find(|id| usable(id))
}

/// Make a new record id from a source of random numbers.
pub fn new_record_id(mut random: impl FnMut() -> u64) -> String {
    let mut bits = random();
    (0..RECORD_ID_LEN)
        .map(|_| {
            let c = ALPHABET[(bits & 31) as usize] as char;
            bits >>= 5;
            c
        })
        .collect()
}

/// Normalize a typed record id or prefix: lowercase, and the letters Crockford base32
/// reads as digits (`o` -> 0, `i`/`l` -> 1).
pub fn normalize_record_id(typed: &str) -> String {
    typed
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| match c {
            'o' => '0',
            'i' | 'l' => '1',
            c => c,
        })
        .collect()
}

/// Result of looking a typed id or prefix up among known ids.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup<T> {
    Found(T),
    Ambiguous(Vec<String>),
    /// Several items have exactly the id typed (a copy pasted by hand): the id names
    /// none of them, and nothing is done to either.
    Repeated(Vec<T>),
    Missing,
}

/// Find the one item whose id equals `typed`, or else starts with it.
pub fn lookup<'a, T>(typed: &str, items: impl IntoIterator<Item = (&'a str, T)>) -> Lookup<T> {
    let mut exact: Vec<T> = Vec::new();
    let mut prefixed: Vec<(&str, T)> = Vec::new();
    for (id, item) in items {
        if id == typed {
            exact.push(item);
        } else if exact.is_empty() && !typed.is_empty() && id.starts_with(typed) {
            prefixed.push((id, item));
        }
    }
    if exact.len() > 1 {
        return Lookup::Repeated(exact);
    }
    if let Some(item) = exact.pop() {
        return Lookup::Found(item);
    }
    // A prefix of one id only, which several items have: typing more would not help.
    if prefixed.len() > 1 && prefixed.iter().all(|(id, _)| *id == prefixed[0].0) {
        return Lookup::Repeated(prefixed.into_iter().map(|(_, t)| t).collect());
    }
    match prefixed.len() {
        0 => Lookup::Missing,
        1 => Lookup::Found(prefixed.pop().map(|(_, t)| t).expect("one element")),
        _ => {
            let mut ids: Vec<String> = prefixed.iter().map(|(id, _)| id.to_string()).collect();
            ids.sort();
            Lookup::Ambiguous(ids)
        }
    }
}

/// The known names closest to `typed`, best first, for "did you mean" hints.
pub fn closest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let typed = typed.to_lowercase();
    let mut scored: Vec<(f64, &str)> = known
        .into_iter()
        .filter_map(|k| {
            let lower = k.to_lowercase();
            let mut score = strsim::jaro_winkler(&typed, &lower);
            if !typed.is_empty() && (lower.contains(&typed) || typed.contains(&lower)) {
                score = score.max(0.9);
            }
            (score >= 0.75).then_some((score, k))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, k)| k.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_safe() {
        assert_eq!(
            slugify("Riverside Regional Hospital"),
            "riverside-regional-hospital"
        );
        assert_eq!(slugify("  Café Luna & Co. "), "cafe-luna-co");
        assert_eq!(
            slugify("Fundación Niños Felices"),
            "fundacion-ninos-felices"
        );
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("***"), "");
        assert_eq!(
            slugify("St. Mark's Community Kitchen"),
            "st-marks-community-kitchen"
        );
        assert_eq!(slugify("Children’s Home Society"), "childrens-home-society");
        assert!(validate_slug(&slugify(&"x".repeat(100))).is_ok());
    }

    #[test]
    fn unsafe_ids_are_refused() {
        for bad in [
            "",
            "../x",
            "/etc/passwd",
            "a/b",
            "Acme",
            "con",
            "-x",
            "x-",
            "a b",
            "ü",
        ] {
            assert!(validate_slug(bad).is_err(), "{bad:?} should be refused");
        }
        for good in ["acme", "riverside-hospital", "4h-club", "a"] {
            assert!(validate_slug(good).is_ok(), "{good:?} should be accepted");
        }
    }

    #[test]
    fn rename_suggestions_differ_from_the_name_and_are_usable() {
        let s = |stem: &str| rename_suggestion(stem, |_| false);
        assert_eq!(s("City Parks (copy)").as_deref(), Some("city-parks-copy"));
        assert_eq!(s("con").as_deref(), Some("con-1"));
        assert_eq!(s("CON").as_deref(), Some("con-1"));
        assert_eq!(s("Acme").as_deref(), Some("acme"));
        assert_eq!(s("***"), None);
        // never the name of a file there is: renaming onto it would replace it
        let taken = |id: &str| ["acme", "acme-1", "con-1"].contains(&id);
        assert_eq!(rename_suggestion("Acme", taken).as_deref(), Some("acme-2"));
        assert_eq!(rename_suggestion("con", taken).as_deref(), Some("con-2"));
        for stem in ["con", "City Parks (copy)", "lpt1", &"x".repeat(80)] {
            let got = s(stem).unwrap();
            assert_ne!(got, stem);
            assert!(validate_slug(&got).is_ok(), "{got}");
        }
    }

    #[test]
    fn record_ids_use_the_alphabet() {
        let mut n = 0u64;
        let id = new_record_id(|| {
            n += 1;
            0xFF_FFFF_FFFF
        });
        assert_eq!(id, "zzzzzzzz");
        let zero = new_record_id(|| 0);
        assert_eq!(zero, "00000000");
        assert_eq!(normalize_record_id(" K7OL "), "k701");
    }

    #[test]
    fn lookup_by_exact_id_or_unique_prefix() {
        let ids = ["k7q2m9x4", "k7r00000", "ab000000"];
        let items = || ids.iter().map(|s| (*s, *s));
        assert_eq!(lookup("ab", items()), Lookup::Found("ab000000"));
        assert_eq!(lookup("k7q", items()), Lookup::Found("k7q2m9x4"));
        assert_eq!(
            lookup("k7", items()),
            Lookup::Ambiguous(vec!["k7q2m9x4".into(), "k7r00000".into()])
        );
        assert_eq!(lookup("zz", items()), Lookup::Missing);
        assert_eq!(lookup("", items()), Lookup::Missing);
        // an exact id wins even when it is also a prefix of another
        let nested = ["acme", "acme-foundation"];
        assert_eq!(
            lookup("acme", nested.iter().map(|s| (*s, *s))),
            Lookup::Found("acme")
        );
        // an id two items have names neither, whatever else it is a prefix of
        let twice = [("k7q2m9x4", 1), ("k7q2m9x4x", 2), ("k7q2m9x4", 3)];
        assert_eq!(lookup("k7q2m9x4", twice), Lookup::Repeated(vec![1, 3]));
        assert_eq!(
            lookup("k7q2", twice),
            Lookup::Ambiguous(vec![
                "k7q2m9x4".into(),
                "k7q2m9x4".into(),
                "k7q2m9x4x".into()
            ])
        );
        // a prefix of that id alone: the same
        let twice = [("k7q2m9x4", 1), ("ab000000", 2), ("k7q2m9x4", 3)];
        assert_eq!(lookup("k7q", twice), Lookup::Repeated(vec![1, 3]));
    }

    #[test]
    fn closest_names() {
        let known = ["riverside-hospital", "city-parks", "tech-forward"];
        assert_eq!(
            closest("riverside-hosptal", known),
            vec!["riverside-hospital"]
        );
        assert_eq!(closest("parks", known), vec!["city-parks"]);
        assert!(closest("zzzz", known).is_empty());
    }
}
