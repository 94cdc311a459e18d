//! A balance floor: the share of a partnership's valued contributions below which one
//! side's investment is flagged, or `off` for a partnership where one side giving
//! nearly everything is its nature (a funder, a volunteer group). The workspace's
//! `balance_floor` applies unless the partner's type (`balance_floor_by_type` in
//! `accord.toml`) or the partner itself (`balance` in its file) says otherwise.
//!
//! Not here: the balance itself and the item `status` lists (`model::contribution`).

use serde::{Deserialize, Serialize};

/// A floor as written in a file: a share from 0 to 1 (`0.1`), or `"off"`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Written", into = "Written")]
pub enum Floor {
    Off,
    Share(f64),
}

/// The forms a floor is written in.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
enum Written {
    Number(f64),
    Word(String),
}

impl TryFrom<Written> for Floor {
    type Error = String;
    fn try_from(w: Written) -> Result<Self, String> {
        match w {
            Written::Number(n) => Floor::share(n),
            Written::Word(w) => w.parse(),
        }
    }
}

impl From<Floor> for Written {
    fn from(f: Floor) -> Written {
        match f {
            Floor::Off => Written::Word("off".into()),
            Floor::Share(s) => Written::Number(s),
        }
    }
}

const FORMS: &str = "a share from 0 to 1 such as 0.1, a percentage such as 10%, or \"off\"";

impl Floor {
    /// A share from 0 up to (not including) 1.
    pub fn share(n: f64) -> Result<Floor, String> {
        if (0.0..1.0).contains(&n) {
            Ok(Floor::Share(n))
        } else {
            Err(format!(
                "a balance floor of {n} is out of range; write {FORMS}"
            ))
        }
    }
}

impl std::str::FromStr for Floor {
    type Err = String;
    /// `off`, `0.1` or `10%`.
    fn from_str(s: &str) -> Result<Floor, String> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("off") {
            return Ok(Floor::Off);
        }
        let (number, scale) = match t.strip_suffix('%') {
            Some(n) => (n.trim(), 100.0),
            None => (t, 1.0),
        };
        match number.parse::<f64>() {
            Ok(n) if n.is_finite() => Floor::share(n / scale),
            _ => Err(format!("`{s}` is not a balance floor; write {FORMS}")),
        }
    }
}

impl std::fmt::Display for Floor {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Floor::Off => f.write_str("off"),
            Floor::Share(s) => write!(f, "{:.0}%", s * 100.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors_are_written_as_a_share_a_percentage_or_off() {
        assert_eq!("off".parse(), Ok(Floor::Off));
        assert_eq!(" OFF ".parse(), Ok(Floor::Off));
        assert_eq!("0.1".parse(), Ok(Floor::Share(0.1)));
        assert_eq!("5%".parse(), Ok(Floor::Share(0.05)));
        assert_eq!("0".parse(), Ok(Floor::Share(0.0)));
        assert!("1".parse::<Floor>().unwrap_err().contains("out of range"));
        assert!(
            "150%"
                .parse::<Floor>()
                .unwrap_err()
                .contains("out of range")
        );
        assert!(
            "sometimes"
                .parse::<Floor>()
                .unwrap_err()
                .contains("not a balance floor")
        );
        assert_eq!(Floor::Share(0.05).to_string(), "5%");
    }

    #[test]
    fn floors_read_and_write_as_toml() {
        #[derive(Debug, Serialize, Deserialize, PartialEq)]
        struct T {
            a: Floor,
            b: Floor,
        }
        let t: T = toml::from_str("a = \"off\"\nb = 0.1\n").unwrap();
        assert_eq!(
            t,
            T {
                a: Floor::Off,
                b: Floor::Share(0.1)
            }
        );
        assert_eq!(toml::to_string(&t).unwrap(), "a = \"off\"\nb = 0.1\n");
        let err = toml::from_str::<T>("a = 2\nb = 0\n").unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
    }
}
