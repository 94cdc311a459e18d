//! The domain of education partnerships, pure: types, rules and calculations.
//!
//! Nothing here reads files, the clock or the environment; "today" and settings are
//! passed in. The types double as the file schema (serde), which the `store` reads and
//! writes; rules such as cadence, reliability and goal status live beside their types.

pub mod action;
pub mod aftermath;
pub mod amend;
pub mod attention;
pub mod cadence;
pub mod calendar;
pub mod catalog;
pub mod conflict;
pub mod contact;
pub mod contribution;
pub mod date;
pub mod evaluation;
pub mod floor;
pub mod goal;
pub mod history;
pub mod id;
pub mod import;
pub mod instrument;
pub mod kinds;
pub mod merge;
pub mod name;
pub mod number;
pub mod partner;
pub mod period;
pub mod problem;
pub mod quarter;
pub mod records;
pub mod registry;
pub mod settings;
pub mod side;
pub mod survey;
pub mod tabular;
pub mod tape;
pub mod text;
pub mod top;
pub mod validate;
pub mod words;

/// Declare an enum whose variants are written as fixed lowercase words in files and on
/// the command line, with `NAMES`, `as_str`, `Display`, `FromStr` (case-insensitive,
/// listing the choices on error) and serde; `pub enum Name default Variant { ... }` also
/// implements `Default`.
macro_rules! word_enum {
    ($(#[$meta:meta])* pub enum $name:ident $(default $default:ident)? { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The written form of every variant.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        $(
            impl Default for $name {
                fn default() -> Self {
                    $name::$default
                }
            }
        )?

        impl $crate::model::Word for $name {
            const NAMES: &'static [&'static str] = &[$($text),+];
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let lower = s.trim().to_ascii_lowercase();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == lower)
                    .ok_or_else(|| format!("unknown {} `{}`; expected one of: {}",
                        $crate::model::word_enum_label(stringify!($name)), s, $name::NAMES.join(", ")))
            }
        }
    };
}
pub(crate) use word_enum;

/// A fixed set of words, such as a stage or a side; see `word_enum!`.
pub trait Word: std::str::FromStr<Err = String> + Copy + Send + Sync + 'static {
    /// The written form of every value.
    const NAMES: &'static [&'static str];
}

/// `CheckinKind` -> "checkin kind", for messages.
#[doc(hidden)]
pub fn word_enum_label(type_name: &str) -> String {
    let mut out = String::new();
    for (i, c) in type_name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
