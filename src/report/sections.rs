//! Choosing a report's sections for every format: `--section` keeps only the sections
//! named, `--omit` leaves sections out. A board pack without the attention list, or
//! only the headline and the goals, in the terminal, Markdown, HTML or JSON alike; CSV
//! prints one section's table.
//!
//! Not here: the sections themselves (each report's view), or rendering (`report::doc`).

use crate::report::doc::Doc;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

/// A section of one report, in the order the report shows them.
pub trait Part: Copy + PartialEq + 'static {
    /// Every section, in the report's order: `Doc::sections[i]` is `ALL[i]`.
    const ALL: &'static [Self];
    /// The section's name, as `--section` takes it.
    fn name(self) -> &'static str;
    /// Where the section is in the report's JSON document, as JSON pointers
    /// (`/goals`, `/partner/checkin`).
    fn json(self) -> &'static [&'static str];
}

/// The sections to show: those in `only` (every one when empty), less those in `omit`.
pub fn chosen<P: Part>(only: &[P], omit: &[P]) -> Vec<P> {
    P::ALL
        .iter()
        .copied()
        .filter(|p| (only.is_empty() || only.contains(p)) && !omit.contains(p))
        .collect()
}

/// The document with only the chosen sections.
pub fn doc<P: Part>(mut doc: Doc, chosen: &[P]) -> Doc {
    debug_assert_eq!(doc.sections.len(), P::ALL.len(), "a section per part");
    let mut i = 0;
    doc.sections.retain(|_| {
        let keep = P::ALL.get(i).is_some_and(|p| chosen.contains(p));
        i += 1;
        keep
    });
    doc
}

/// The report as a JSON document (pretty, as `--format json` prints it) without the
/// sections not chosen. Keys keep their order: the objects on the way to a removed key
/// are read as entries in order, and every other value is copied as it was written (at
/// the depth it was written at, so the indentation stays right).
pub fn json<T: Serialize + ?Sized, P: Part>(data: &T, chosen: &[P]) -> anyhow::Result<String> {
    let mut node = Node::Raw(RawValue::from_string(serde_json::to_string_pretty(data)?)?);
    for part in P::ALL.iter().filter(|p| !chosen.contains(p)) {
        for pointer in part.json() {
            let path: Vec<&str> = pointer.split('/').skip(1).collect();
            node = prune(node, &path);
        }
    }
    let mut text = serde_json::to_string_pretty(&node)?;
    text.push('\n');
    Ok(text)
}

/// A JSON value read only as deep as a removal needs: objects on the way as entries in
/// order, everything else as written.
enum Node {
    Object(Vec<(String, Node)>),
    Raw(Box<RawValue>),
}

/// The value without the key at `path` (object keys, outermost first).
fn prune(node: Node, path: &[&str]) -> Node {
    let Some((first, rest)) = path.split_first() else {
        return node;
    };
    let entries = match node {
        Node::Object(entries) => entries,
        Node::Raw(raw) => match serde_json::from_str::<Entries>(raw.get()) {
            Ok(Entries(entries)) => entries
                .into_iter()
                .map(|(k, v)| (k, Node::Raw(v)))
                .collect(),
            Err(_) => return Node::Raw(raw), // not an object: nothing to remove
        },
    };
    let mut kept = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        if key != *first {
            kept.push((key, value));
        } else if !rest.is_empty() {
            kept.push((key, prune(value, rest)));
        }
    }
    Node::Object(kept)
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Raw(raw) => raw.serialize(s),
            Node::Object(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// A JSON object as its entries in order, each value as written.
struct Entries(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::doc::Section;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum P {
        A,
        B,
        C,
    }

    impl Part for P {
        const ALL: &'static [P] = &[P::A, P::B, P::C];
        fn name(self) -> &'static str {
            match self {
                P::A => "a",
                P::B => "b",
                P::C => "c",
            }
        }
        fn json(self) -> &'static [&'static str] {
            match self {
                P::A => &["/a", "/a_before"],
                P::B => &["/inner/b"],
                P::C => &["/c"],
            }
        }
    }

    #[test]
    fn only_and_omit_choose_sections_in_the_reports_order() {
        assert_eq!(chosen::<P>(&[], &[]), [P::A, P::B, P::C]);
        assert_eq!(chosen(&[P::C, P::A], &[]), [P::A, P::C]);
        assert_eq!(chosen(&[], &[P::B]), [P::A, P::C]);
        assert_eq!(chosen(&[P::A, P::B], &[P::B]), [P::A]);
        assert_eq!(P::B.name(), "b");
    }

    #[test]
    fn the_document_and_the_json_keep_the_chosen_sections() {
        let d = Doc {
            title: "t".into(),
            subtitle: "s".into(),
            sections: vec![Section::new("A"), Section::new("B"), Section::new("C")],
        };
        let kept = doc(d, &[P::A, P::C]);
        let titles: Vec<&str> = kept.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["A", "C"]);
        #[derive(serde::Serialize)]
        struct Inner {
            x: Vec<u8>,
            b: u8,
        }
        #[derive(serde::Serialize)]
        struct Report {
            z_first: &'static str,
            a: u8,
            inner: Inner,
            a_before: u8,
            c: u8,
        }
        let r = Report {
            z_first: "2026-11-23",
            a: 1,
            inner: Inner {
                x: vec![4, 5],
                b: 3,
            },
            a_before: 2,
            c: 5,
        };
        let all = json(&r, P::ALL).unwrap();
        assert_eq!(all, serde_json::to_string_pretty(&r).unwrap() + "\n");
        assert_eq!(
            json(&r, &[P::C]).unwrap(),
            "{\n  \"z_first\": \"2026-11-23\",\n  \"inner\": {\n    \"x\": [\n      4,\n      5\n    ]\n  },\n  \"c\": 5\n}\n"
        );
    }
}
