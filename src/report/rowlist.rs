//! A report's long list of rows (a row per partner, per contribution, per win), kept
//! encoded on a [`Tape`] rather than as values: each row is appended as MessagePack when
//! it is made and decoded again each time the list is rendered, so the report's memory
//! does not follow the number of partners when the tape is a temporary file.
//!
//! A row that cannot be read back stops the list where it is and is remembered:
//! [`RowList::check`] says so once the report is rendered.

use crate::model::tape::Tape;
use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::io::{self, BufReader, Read};
use std::marker::PhantomData;

/// How many bytes are read from the tape at a time when a list is read in order.
const READ: usize = 16 * 1024;

/// Rows of type `T`, encoded on a tape, in the order given or the order set by
/// [`RowList::reorder`].
pub struct RowList<T> {
    tape: Box<dyn Tape>,
    len: usize,
    /// Where each row is on the tape (start, length), when the rows are read in another
    /// order than the one they were given in.
    order: Option<Vec<(u64, u32)>>,
    buf: Vec<u8>,
    error: RefCell<Option<String>>,
    row: PhantomData<fn() -> T>,
}

impl<T> Default for RowList<T> {
    fn default() -> Self {
        RowList::on(Box::new(Vec::<u8>::new()))
    }
}

impl<T> RowList<T> {
    /// An empty list that keeps its rows on `tape`.
    pub fn on(tape: Box<dyn Tape>) -> Self {
        RowList {
            tape,
            len: 0,
            order: None,
            buf: Vec::new(),
            error: RefCell::new(None),
            row: PhantomData,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn failed(&self, e: impl std::fmt::Display) {
        self.error.borrow_mut().get_or_insert_with(|| e.to_string());
    }

    /// Whether every row was kept and read back; the first failure otherwise.
    pub fn check(&self) -> anyhow::Result<()> {
        match self.error.borrow().as_ref() {
            Some(e) => Err(anyhow::anyhow!(
                "the report's rows could not be kept until they were printed: {e}"
            )),
            None => Ok(()),
        }
    }
}

impl<T: Serialize + DeserializeOwned> RowList<T> {
    /// Append `row`; returns where it is on the tape (start, length), or `None` when it
    /// could not be kept (the list then fails its [`RowList::check`]).
    pub fn push(&mut self, row: &T) -> Option<(u64, u32)> {
        if self.error.borrow().is_some() {
            return None;
        }
        self.buf.clear();
        let start = self.tape.len();
        let kept = rmp_serde::encode::write(&mut self.buf, row)
            .map_err(io::Error::other)
            .and_then(|()| u32::try_from(self.buf.len()).map_err(io::Error::other))
            .and_then(|len| self.tape.append(&self.buf).map(|()| len));
        match kept {
            Ok(len) => {
                self.len += 1;
                Some((start, len))
            }
            Err(e) => {
                self.failed(e);
                None
            }
        }
    }

    /// Read the rows back in `places` (each row's start and length, as `push` gave them):
    /// every row, in a new order.
    pub fn reorder(&mut self, places: Vec<(u64, u32)>) {
        if places.len() != self.len {
            self.failed("a row was left out of the order");
        }
        self.order = Some(places);
    }

    /// The rows, decoded one at a time. A row that cannot be read ends the rows early
    /// and fails the list's [`RowList::check`].
    pub fn iter(&self) -> Box<dyn Iterator<Item = T> + '_> {
        if self.error.borrow().is_some() {
            return Box::new(std::iter::empty());
        }
        match &self.order {
            None => {
                let reader = BufReader::with_capacity(
                    READ,
                    TapeReader {
                        tape: &*self.tape,
                        at: 0,
                    },
                );
                let mut de = rmp_serde::Deserializer::new(reader);
                let mut left = self.len;
                Box::new(std::iter::from_fn(move || {
                    if left == 0 {
                        return None;
                    }
                    left -= 1;
                    match T::deserialize(&mut de) {
                        Ok(row) => Some(row),
                        Err(e) => {
                            left = 0;
                            self.failed(e);
                            None
                        }
                    }
                }))
            }
            Some(order) => {
                let mut bytes = Vec::new();
                let mut places = order.iter();
                Box::new(std::iter::from_fn(move || {
                    let &(start, len) = places.next()?;
                    bytes.resize(len as usize, 0);
                    let row = self
                        .tape
                        .read_at(start, &mut bytes)
                        .map_err(|e| e.to_string())
                        .and_then(|()| rmp_serde::from_slice(&bytes).map_err(|e| e.to_string()));
                    match row {
                        Ok(row) => Some(row),
                        Err(e) => {
                            places = [].iter();
                            self.failed(e);
                            None
                        }
                    }
                }))
            }
        }
    }

    /// Every row, decoded.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().collect()
    }
}

impl<T: Serialize + DeserializeOwned> From<Vec<T>> for RowList<T> {
    fn from(rows: Vec<T>) -> Self {
        let mut list = RowList::default();
        for row in &rows {
            list.push(row);
        }
        list
    }
}

/// A list serializes as the `Vec` of its rows does.
impl<T: Serialize + DeserializeOwned> Serialize for RowList<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = s.serialize_seq(Some(self.len))?;
        let mut written = 0;
        for row in self.iter() {
            seq.serialize_element(&row)?;
            written += 1;
        }
        if written != self.len {
            let e = self.check().err().map_or_else(
                || "the report's rows could not be read back".to_string(),
                |e| e.to_string(),
            );
            return Err(S::Error::custom(e));
        }
        seq.end()
    }
}

impl<T> std::fmt::Debug for RowList<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RowList({} rows)", self.len)
    }
}

/// A tape read from the start, in order.
struct TapeReader<'t> {
    tape: &'t dyn Tape,
    at: u64,
}

impl Read for TapeReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.tape.len().saturating_sub(self.at);
        let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        if n == 0 {
            return Ok(0);
        }
        self.tape.read_at(self.at, &mut buf[..n])?;
        self.at += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Row {
        name: String,
        n: Option<f64>,
        tags: Vec<String>,
    }

    fn rows(k: usize) -> Vec<Row> {
        (0..k)
            .map(|i| Row {
                name: format!("row {i} {}", "x".repeat(i % 50)),
                n: (i % 3 != 0).then_some(i as f64 / 7.0),
                tags: vec!["a".into(); i % 4],
            })
            .collect()
    }

    #[test]
    fn rows_come_back_as_given_every_time_they_are_read() {
        let given = rows(3000);
        let list = RowList::from(given.clone());
        assert_eq!(list.len(), 3000);
        assert_eq!(list.to_vec(), given);
        assert_eq!(list.iter().take(2).collect::<Vec<_>>(), given[..2]);
        assert_eq!(list.to_vec(), given);
        list.check().unwrap();
    }

    #[test]
    fn rows_come_back_in_the_order_set() {
        let given = rows(40);
        let mut list = RowList::default();
        let mut places: Vec<_> = given.iter().map(|r| list.push(r).unwrap()).collect();
        places.reverse();
        list.reorder(places);
        let mut expected = given.clone();
        expected.reverse();
        assert_eq!(list.to_vec(), expected);
    }

    #[test]
    fn a_list_serializes_as_its_rows_do() {
        let given = rows(25);
        let list = RowList::from(given.clone());
        assert_eq!(
            serde_json::to_string(&list).unwrap(),
            serde_json::to_string(&given).unwrap()
        );
        let empty: RowList<Row> = RowList::default();
        assert_eq!(serde_json::to_string(&empty).unwrap(), "[]");
    }

    /// A tape that loses what it holds.
    struct Lost;
    impl Tape for Lost {
        fn append(&mut self, _: &[u8]) -> io::Result<()> {
            Ok(())
        }
        fn len(&self) -> u64 {
            0
        }
        fn read_at(&self, _: u64, _: &mut [u8]) -> io::Result<()> {
            Err(io::Error::other("gone"))
        }
    }

    #[test]
    fn rows_that_cannot_be_read_back_fail_the_list() {
        let mut list: RowList<Row> = RowList::on(Box::new(Lost));
        for r in rows(3) {
            list.push(&r);
        }
        assert_eq!(list.iter().count(), 0);
        assert!(list.check().is_err());
        assert!(serde_json::to_string(&list).is_err());
    }
}
