//! Where a long list of encoded rows waits until it is read back: in memory (a
//! `Vec<u8>`), or wherever the command keeps it (a temporary file, `store::spill`).
//! Rows are appended at the end and read back by place.

use std::io;

/// Bytes appended at the end and read back by place.
pub trait Tape {
    /// Add `bytes` at the end.
    fn append(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// How many bytes were appended.
    fn len(&self) -> u64;
    /// Whether nothing was appended.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Fill `buf` with the bytes that start at `offset`.
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()>;
}

impl Tape for Vec<u8> {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.extend_from_slice(bytes);
        Ok(())
    }

    fn len(&self) -> u64 {
        Vec::len(self) as u64
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let start = usize::try_from(offset).map_err(io::Error::other)?;
        let bytes = start
            .checked_add(buf.len())
            .and_then(|end| self.get(start..end))
            .ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof))?;
        buf.copy_from_slice(bytes);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_in_memory_come_back_by_place() {
        let mut t: Vec<u8> = Vec::new();
        Tape::append(&mut t, b"hello ").unwrap();
        Tape::append(&mut t, b"world").unwrap();
        assert_eq!(Tape::len(&t), 11);
        let mut buf = [0; 5];
        t.read_at(6, &mut buf).unwrap();
        assert_eq!(&buf, b"world");
        assert!(t.read_at(8, &mut buf).is_err());
    }
}
