//! A [`Tape`] that keeps what it is given in an anonymous temporary file (one the system
//! removes when it is closed, even after a crash; never in the workspace) rather than in
//! memory, so that a report's long lists do not grow the command's memory.
//!
//! Bytes gather in a buffer of [`CHUNK`] bytes and go to the file a buffer at a time, so
//! a short list never makes a file. When no temporary file can be made or written (no
//! temporary folder, a full disk), the bytes stay in memory from then on: a report never
//! fails for want of a temporary file.

use crate::model::tape::Tape;
use std::fs::File;
use std::io;

#[cfg(unix)]
fn write_all_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

// Elsewhere the bytes stay in memory.
#[cfg(not(unix))]
fn write_all_at(_: &File, _: &[u8], _: u64) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

#[cfg(not(unix))]
fn read_exact_at(_: &File, _: &mut [u8], _: u64) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// How many bytes gather in memory before they go to the file.
pub const CHUNK: usize = 32 * 1024;

/// Bytes in a temporary file, then in memory.
pub struct Spill {
    /// The file, once one was needed; `None` also after making or writing it failed.
    file: Option<File>,
    /// How many bytes are in the file: the first `on_file` bytes of the tape.
    on_file: u64,
    /// The bytes after those.
    held: Vec<u8>,
    /// Making or writing the file failed: keep everything in memory from now on.
    in_memory: bool,
}

impl Default for Spill {
    fn default() -> Self {
        Spill::new()
    }
}

impl Spill {
    pub fn new() -> Spill {
        Spill {
            file: None,
            on_file: 0,
            held: Vec::new(),
            in_memory: false,
        }
    }

    /// Move the bytes held to the file, making it if needed; on failure, keep them (and
    /// every byte after them) in memory.
    fn flush(&mut self) {
        if self.file.is_none() {
            match tempfile::tempfile() {
                Ok(f) => self.file = Some(f),
                Err(_) => {
                    self.in_memory = true;
                    return;
                }
            }
        }
        let Some(file) = &self.file else {
            return;
        };
        match write_all_at(file, &self.held, self.on_file) {
            Ok(()) => {
                self.on_file += self.held.len() as u64;
                self.held.clear();
            }
            // What was written past `on_file` is never read: those bytes stay held.
            Err(_) => self.in_memory = true,
        }
    }
}

impl Tape for Spill {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        // to the file before the buffer would grow past a chunk
        if !self.in_memory && !self.held.is_empty() && self.held.len() + bytes.len() > CHUNK {
            self.flush();
        }
        if self.held.capacity() == 0 && !self.in_memory {
            self.held.reserve_exact(CHUNK.max(bytes.len()));
        }
        self.held.extend_from_slice(bytes);
        Ok(())
    }

    fn len(&self) -> u64 {
        self.on_file + self.held.len() as u64
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let end = offset
            .checked_add(buf.len() as u64)
            .filter(|end| *end <= self.len())
            .ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof))?;
        // the part in the file, then the part held
        let split =
            usize::try_from(self.on_file.clamp(offset, end) - offset).map_err(io::Error::other)?;
        let (from_file, from_memory) = buf.split_at_mut(split);
        if !from_file.is_empty() {
            let file = self
                .file
                .as_ref()
                .ok_or_else(|| io::Error::other("the temporary file is gone"))?;
            read_exact_at(file, from_file, offset)?;
        }
        if !from_memory.is_empty() {
            let start = usize::try_from(offset.max(self.on_file) - self.on_file)
                .map_err(io::Error::other)?;
            let held = self
                .held
                .get(start..start + from_memory.len())
                .ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof))?;
            from_memory.copy_from_slice(held);
        }
        Ok(())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn filled(spill: &mut Spill, n: usize) -> Vec<u8> {
        let mut all = Vec::new();
        for i in 0..n {
            let bytes = format!("row {i};").into_bytes();
            spill.append(&bytes).unwrap();
            all.extend_from_slice(&bytes);
        }
        all
    }

    fn same(spill: &Spill, all: &[u8]) {
        assert_eq!(spill.len(), all.len() as u64);
        // every place, across the file's end and the chunks' ends
        for (start, len) in [
            (0, all.len()),
            (5, 100),
            (CHUNK - 3, 10),
            (all.len() - 7, 7),
        ] {
            let mut buf = vec![0; len];
            spill.read_at(start as u64, &mut buf).unwrap();
            assert_eq!(buf, &all[start..start + len]);
        }
        let mut buf = [0; 2];
        assert!(spill.read_at(all.len() as u64 - 1, &mut buf).is_err());
    }

    #[test]
    fn bytes_come_back_from_the_file_and_from_memory() {
        let mut spill = Spill::new();
        let all = filled(&mut spill, 40_000);
        assert!(spill.file.is_some() && spill.on_file > 0 && !spill.held.is_empty());
        assert!(spill.held.len() <= CHUNK && spill.held.capacity() == CHUNK);
        same(&spill, &all);
    }

    #[test]
    fn a_short_tape_makes_no_file() {
        let mut spill = Spill::new();
        let all = filled(&mut spill, 100);
        assert!(spill.file.is_none());
        let mut buf = vec![0; all.len()];
        spill.read_at(0, &mut buf).unwrap();
        assert_eq!(buf, all);
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_the_bytes_in_memory() {
        let mut spill = Spill::new();
        let first = filled(&mut spill, 10_000);
        assert!(spill.on_file > 0);
        // a file opened for reading only: every write to it fails, as on a full disk
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ro");
        let file = spill.file.take().unwrap();
        let mut copy = vec![0; spill.on_file as usize];
        read_exact_at(&file, &mut copy, 0).unwrap();
        std::fs::write(&path, &copy).unwrap();
        spill.file = Some(File::open(&path).unwrap());
        let on_file = spill.on_file;
        let mut all = first;
        all.extend(filled(&mut spill, 20_000));
        assert!(spill.in_memory);
        assert_eq!(spill.on_file, on_file);
        same(&spill, &all);
    }
}
