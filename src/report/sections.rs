//! Choosing a report's sections for every format: `--section` keeps only the sections
//! named, `--omit` leaves sections out. A board pack without the attention list, or
//! only the headline and the goals, in the terminal, Markdown, HTML or JSON alike; CSV
//! prints one section's table.
//!
//! Not here: the sections themselves (each report's view), or rendering (`report::doc`).

use crate::report::doc::Doc;
use crate::report::list;
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

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
pub fn doc<'a, P: Part>(mut doc: Doc<'a>, chosen: &[P]) -> Doc<'a> {
    debug_assert_eq!(doc.sections.len(), P::ALL.len(), "a section per part");
    let mut i = 0;
    doc.sections.retain(|_| {
        let keep = P::ALL.get(i).is_some_and(|p| chosen.contains(p));
        i += 1;
        keep
    });
    doc
}

/// Write the report as a JSON document (pretty, with a final newline, as `--format json`
/// prints it) without the sections not chosen, as it is serialized: the same text as
/// [`json`], never held. Object keys on the way to a removed key are read as they are
/// written; every other value is serialized as it is.
pub fn write_json<T: Serialize + ?Sized, P: Part>(
    data: &T,
    chosen: &[P],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let paths: Vec<Vec<&str>> = P::ALL
        .iter()
        .filter(|p| !chosen.contains(p))
        .flat_map(|p| p.json())
        .map(|pointer| pointer.split('/').skip(1).collect())
        .collect();
    let removed: Vec<&[&str]> = paths.iter().map(Vec::as_slice).collect();
    let mut json = serde_json::Serializer::with_formatter(&mut *out, list::Safe::default());
    Pruned {
        value: data,
        removed: &removed,
    }
    .serialize(&mut json)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// A value serialized without the keys at `removed` (object keys, outermost first).
struct Pruned<'p, T: ?Sized> {
    value: &'p T,
    removed: &'p [&'p [&'p str]],
}

impl<T: Serialize + ?Sized> Serialize for Pruned<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.removed.is_empty() {
            return self.value.serialize(s);
        }
        self.value.serialize(Prune {
            inner: s,
            removed: self.removed,
        })
    }
}

/// What becomes of the value under `key`: kept as it is, left out, or kept without the
/// keys at the paths under it.
fn under<'p>(removed: &[&'p [&'p str]], key: &str) -> Option<Vec<&'p [&'p str]>> {
    let rest: Vec<&[&str]> = removed
        .iter()
        .filter(|p| p.first() == Some(&key))
        .map(|p| &p[1..])
        .collect();
    Some(rest).filter(|r| !r.iter().any(|p| p.is_empty()))
}

/// A serializer that leaves out the keys at `removed` of the objects it writes.
struct Prune<'p, S> {
    inner: S,
    removed: &'p [&'p [&'p str]],
}

struct PruneStruct<'p, M> {
    inner: M,
    removed: &'p [&'p [&'p str]],
}

struct PruneMap<'p, M> {
    inner: M,
    removed: &'p [&'p [&'p str]],
    /// The key of the entry under way, read as text; `None` with the paths under it.
    key: Option<(String, Option<Vec<&'p [&'p str]>>)>,
}

impl<M: SerializeStruct> SerializeStruct for PruneStruct<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), M::Error> {
        match under(self.removed, key) {
            None => Ok(()),
            Some(rest) => self.inner.serialize_field(
                key,
                &Pruned {
                    value,
                    removed: &rest,
                },
            ),
        }
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), M::Error> {
        self.inner.skip_field(key)
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.inner.end()
    }
}

impl<M: SerializeMap> SerializeMap for PruneMap<'_, M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), M::Error> {
        match serde_json::to_value(key) {
            Ok(serde_json::Value::String(k)) => {
                let rest = under(self.removed, &k);
                self.key = Some((k, rest));
                Ok(())
            }
            _ => {
                self.key = None;
                self.inner.serialize_key(key)
            }
        }
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), M::Error> {
        match self.key.take() {
            None => self.inner.serialize_value(value),
            Some((_, None)) => Ok(()),
            Some((key, Some(rest))) => self.inner.serialize_entry(
                &key,
                &Pruned {
                    value,
                    removed: &rest,
                },
            ),
        }
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.inner.end()
    }
}

impl<'p, S: Serializer> Serializer for Prune<'p, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = PruneMap<'p, S::SerializeMap>;
    type SerializeStruct = PruneStruct<'p, S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Ok(PruneStruct {
            inner: self.inner.serialize_struct(name, len)?,
            removed: self.removed,
        })
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Ok(PruneMap {
            inner: self.inner.serialize_map(len)?,
            removed: self.removed,
            key: None,
        })
    }

    fn serialize_some<V: Serialize + ?Sized>(self, value: &V) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(&Pruned {
            value,
            removed: self.removed,
        })
    }

    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &V,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_struct(
            name,
            &Pruned {
                value,
                removed: self.removed,
            },
        )
    }

    fn serialize_bool(self, v: bool) -> Result<S::Ok, S::Error> {
        self.inner.serialize_bool(v)
    }
    fn serialize_i8(self, v: i8) -> Result<S::Ok, S::Error> {
        self.inner.serialize_i8(v)
    }
    fn serialize_i16(self, v: i16) -> Result<S::Ok, S::Error> {
        self.inner.serialize_i16(v)
    }
    fn serialize_i32(self, v: i32) -> Result<S::Ok, S::Error> {
        self.inner.serialize_i32(v)
    }
    fn serialize_i64(self, v: i64) -> Result<S::Ok, S::Error> {
        self.inner.serialize_i64(v)
    }
    fn serialize_i128(self, v: i128) -> Result<S::Ok, S::Error> {
        self.inner.serialize_i128(v)
    }
    fn serialize_u8(self, v: u8) -> Result<S::Ok, S::Error> {
        self.inner.serialize_u8(v)
    }
    fn serialize_u16(self, v: u16) -> Result<S::Ok, S::Error> {
        self.inner.serialize_u16(v)
    }
    fn serialize_u32(self, v: u32) -> Result<S::Ok, S::Error> {
        self.inner.serialize_u32(v)
    }
    fn serialize_u64(self, v: u64) -> Result<S::Ok, S::Error> {
        self.inner.serialize_u64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<S::Ok, S::Error> {
        self.inner.serialize_u128(v)
    }
    fn serialize_f32(self, v: f32) -> Result<S::Ok, S::Error> {
        self.inner.serialize_f32(v)
    }
    fn serialize_f64(self, v: f64) -> Result<S::Ok, S::Error> {
        self.inner.serialize_f64(v)
    }
    fn serialize_char(self, v: char) -> Result<S::Ok, S::Error> {
        self.inner.serialize_char(v)
    }
    fn serialize_str(self, v: &str) -> Result<S::Ok, S::Error> {
        self.inner.serialize_str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<S::Ok, S::Error> {
        self.inner.serialize_bytes(v)
    }
    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_none()
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit()
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit_struct(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit_variant(name, index, variant)
    }
    fn serialize_newtype_variant<V: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &V,
    ) -> Result<S::Ok, S::Error> {
        self.inner
            .serialize_newtype_variant(name, index, variant, value)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.inner.serialize_seq(len)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.inner.serialize_tuple(len)
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.inner.serialize_tuple_struct(name, len)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.inner
            .serialize_tuple_variant(name, index, variant, len)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.inner
            .serialize_struct_variant(name, index, variant, len)
    }
    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
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
        let json = |r: &Report, chosen: &[P]| {
            let mut out = Vec::new();
            write_json(r, chosen, &mut out).map(|()| String::from_utf8(out).unwrap())
        };
        let all = json(&r, P::ALL).unwrap();
        assert_eq!(all, serde_json::to_string_pretty(&r).unwrap() + "\n");
        assert_eq!(
            json(&r, &[P::C]).unwrap(),
            "{\n  \"z_first\": \"2026-11-23\",\n  \"inner\": {\n    \"x\": [\n      4,\n      5\n    ]\n  },\n  \"c\": 5\n}\n"
        );
        // a map is pruned as a struct is
        let map =
            serde_json::json!({ "a": 1, "inner": { "b": 3, "x": [4] }, "c": 5, "a_before": 2 });
        let mut out = Vec::new();
        write_json(&map, &[P::C], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n  \"c\": 5,\n  \"inner\": {\n    \"x\": [\n      4\n    ]\n  }\n}\n"
        );
        // strings are escaped as every JSON accord writes escapes them
        let text = serde_json::json!({ "a": "bidi \u{202e} and C1 \u{9b}, line\nbreak" });
        let mut out = Vec::new();
        write_json(&text, P::ALL, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out, list::json(&text).unwrap());
        assert!(
            out.contains(r#""bidi \u202e and C1 \u009b, line\nbreak""#),
            "{out}"
        );
    }
}
