//! Counting in words: "1 partner", "3 partners", "an email", "a call".
//!
//! Not here: dates and spans of time in words (`model::date`).

/// `n` and the noun, singular for one and plural otherwise: `count(1, "partner",
/// "partners")` is "1 partner".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The noun with "a" or "an" before it, by its first letter: "an email", "a call".
pub fn a(noun: &str) -> String {
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_articles() {
        assert_eq!(count(1, "partner", "partners"), "1 partner");
        assert_eq!(count(0, "partner", "partners"), "0 partners");
        assert_eq!(count(3, "goal", "goals"), "3 goals");
        for (noun, with) in [
            ("email", "an email"),
            ("event", "an event"),
            ("review", "a review"),
            ("meeting", "a meeting"),
            ("call", "a call"),
            ("visit", "a visit"),
        ] {
            assert_eq!(a(noun), with);
        }
    }
}
