//! The cache of parsed files, in `.accord/cache/` inside the workspace: what each partner
//! and goal file says, in a compact binary form (MessagePack) that reads far faster than
//! TOML parses, and an index of each partner file's name and record ids ([`IdIndex`]).
//!
//! The cache is never needed: every entry is checked against the file it was made from,
//! and anything that does not check out (a missing, truncated, corrupt or old entry, or
//! one made by another build of accord) is ignored and made again from the file. Deleting
//! the folder changes no output, only speed. Git never sees it: the folder holds a
//! `.gitignore` of `*`.
//!
//! An entry is used only when the file is provably unchanged. Each entry keeps the file's
//! stamp (size, modification and change times to the nanosecond, inode and device) and a
//! hash of its text. When the file's times were older than the moment it was read by more
//! than [`SETTLE`], any later change to the file gives it a newer change time, so a
//! matching stamp proves the text is the same. Otherwise (the file was saved just before it
//! was read: an edit within the same timestamp tick could keep its stamp, git's "racily
//! clean" case) the entry is "unsettled" and is used only after the file's text is read
//! again and its hash compared; once the file is old enough, the entry is settled.
//!
//! Entries are written to a temporary file and renamed into place, so a command never
//! sees one half-written; a checksum catches one damaged on disk. Reads that find an entry
//! missing or stale write it again; writes refresh the entry of the file they wrote. A
//! failure to write the cache (a read-only workspace, a full disk) is ignored.

use crate::store::Kind;
use crate::store::file;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

/// The cache folder, relative to the workspace.
pub const DIR: &str = ".accord/cache";

/// How much older than the moment it is read a file must be for its stamp alone to
/// prove its content: more than the coarsest timestamp granularity (2 s, FAT) plus the
/// lag of the kernel's coarse clock.
pub const SETTLE: Duration = Duration::from_secs(3);

/// How old a temporary file in the cache must be to be taken for one a killed command
/// left: far longer than writing an entry takes.
const STALE_TEMP: Duration = Duration::from_secs(600);

/// The first bytes of every cache file; the number changes with the layout.
const MAGIC: &[u8; 8] = b"accordC1";

/// What a file looked like on disk when it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
    ino: u64,
    dev: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp::from_parts(
                meta.len(),
                (meta.mtime(), meta.mtime_nsec()),
                (meta.ctime(), meta.ctime_nsec()),
                meta.ino(),
                meta.dev(),
            )
        }
        #[cfg(not(unix))]
        {
            let nanos = |t: std::io::Result<SystemTime>| {
                t.ok()
                    .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                    .map_or((0, 0), |d| {
                        (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                    })
            };
            Stamp {
                len: meta.len(),
                mtime: nanos(meta.modified()),
                ctime: nanos(meta.created()),
                ino: 0,
                dev: 0,
            }
        }
    }

    /// A stamp from the fields of a `stat`.
    #[cfg(unix)]
    fn from_parts(len: u64, mtime: (i64, i64), ctime: (i64, i64), ino: u64, dev: u64) -> Stamp {
        // For tests: times in whole seconds, as a filesystem with coarse timestamps keeps
        // them, so an edit within the same second keeps the stamp.
        static COARSE: OnceLock<bool> = OnceLock::new();
        let coarse = *COARSE.get_or_init(|| std::env::var_os("ACCORD_TEST_COARSE_TIMES").is_some());
        let nanos = |n: i64| if coarse { 0 } else { n };
        Stamp {
            len,
            mtime: (mtime.0, nanos(mtime.1)),
            ctime: (ctime.0, nanos(ctime.1)),
            ino,
            dev,
        }
    }

    /// Whether the file was last changed more than [`SETTLE`] before `read_at`.
    fn settled_at(&self, read_at: SystemTime) -> bool {
        let Ok(at) = read_at.duration_since(SystemTime::UNIX_EPOCH) else {
            return false;
        };
        let latest = self.mtime.max(self.ctime);
        let Some(limit) = at.checked_sub(SETTLE) else {
            return false;
        };
        // Unix and other platforms only: on these the times are real.
        cfg!(unix) && latest < (limit.as_secs() as i64, i64::from(limit.subsec_nanos()))
    }
}

/// What proves a cache entry describes a file: its stamp and the hash of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proof {
    stamp: Stamp,
    hash: u128,
    /// The stamp alone proves the text (see the module's documentation).
    settled: bool,
}

impl Proof {
    fn of(stamp: Stamp, text: &str, read_at: SystemTime) -> Proof {
        Proof {
            stamp,
            hash: hash(text.as_bytes()),
            settled: stamp.settled_at(read_at),
        }
    }

    /// Whether the file at `path`, now stamped `now`, still holds the text this proof was
    /// made from. An unsettled proof reads the file; returns the proof to keep from now on
    /// (settled if it may now be), or `None` when the file changed.
    fn holds(&self, path: &Path, now: Stamp) -> Option<Proof> {
        if now != self.stamp {
            return None;
        }
        if self.settled {
            return Some(*self);
        }
        let read_at = SystemTime::now();
        let (text, _) = file::read_bytes(path).ok()??;
        (hash(&text) == self.hash).then(|| Proof {
            settled: now.settled_at(read_at),
            ..*self
        })
    }
}

fn hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Which build of accord wrote a cache file: entries from another build are not read, since
/// it may read the same file differently.
fn build() -> &'static str {
    static BUILD: OnceLock<String> = OnceLock::new();
    BUILD.get_or_init(|| {
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| fs::metadata(p).ok())
            .map(|m| Stamp::of(&m));
        match exe {
            Some(s) => format!(
                "{} {} {}.{}",
                env!("CARGO_PKG_VERSION"),
                s.len,
                s.mtime.0,
                s.mtime.1
            ),
            // Without knowing which build this is, the cache is not used.
            None => String::new(),
        }
    })
}

/// The header of an entry: which build wrote it and the proof of the file it describes.
#[derive(Serialize, Deserialize)]
struct Head {
    build: String,
    proof: Proof,
}

/// The cache of one workspace.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    /// Whether the cache is used: entries are read and written.
    writable: bool,
}

/// A file read from disk (or from its cache entry), with what proves its content.
pub struct Loaded<T> {
    pub value: T,
    pub proof: Option<Proof>,
}

impl Cache {
    /// The cache of the workspace at `root`; `enabled` says whether it may be used (the
    /// workspace exists and the cache is not turned off). A cache folder that is, or lies
    /// under, a symbolic link is not used: accord writes only inside the workspace.
    pub fn new(root: &Path, enabled: bool) -> Cache {
        let dir = root.join(DIR);
        let linked = [
            root.join(".accord"),
            dir.clone(),
            dir.join(Kind::Partner.dir()),
            dir.join(Kind::Goal.dir()),
        ]
        .iter()
        .any(|p| fs::symlink_metadata(p).is_ok_and(|m| !m.is_dir()));
        Cache {
            dir,
            writable: enabled && !linked,
        }
    }

    fn entry_path(&self, kind: Kind, id: &str) -> PathBuf {
        self.dir.join(kind.dir()).join(format!("{id}.bin"))
    }

    /// Read the file `path` (of `kind`, named `id`) into `T`: from its cache entry when the
    /// entry proves the file unchanged, otherwise by parsing the file (with the same errors
    /// as without a cache), writing a new entry.
    pub fn read<T: Serialize + DeserializeOwned>(
        &self,
        kind: Kind,
        id: &str,
        path: &Path,
    ) -> anyhow::Result<Loaded<T>> {
        if !self.writable || build().is_empty() {
            return Ok(Loaded {
                value: file::load(path)?,
                proof: None,
            });
        }
        let entry = self.entry_path(kind, id);
        // A link's own stamp: it never proves an entry, and reading it is refused.
        if let Ok(meta) = fs::symlink_metadata(path)
            && let Some(hit) = self.hit::<T>(&entry, path, Stamp::of(&meta))
        {
            return Ok(hit);
        }
        self.parse(&entry, path)
    }

    /// The entry at `entry`, when it proves `path` (stamped `now`) unchanged.
    fn hit<T: DeserializeOwned + Serialize>(
        &self,
        entry: &Path,
        path: &Path,
        now: Stamp,
    ) -> Option<Loaded<T>> {
        let bytes = fs::read(entry).ok()?;
        let body = open(&bytes)?;
        let mut de = rmp_serde::Deserializer::from_read_ref(body);
        let head = Head::deserialize(&mut de).ok()?;
        if head.build != build() {
            return None;
        }
        let proof = head.proof.holds(path, now)?;
        let value = T::deserialize(&mut de).ok()?;
        if proof != head.proof {
            // Now settled: say so, so the next read need not read the file.
            self.write(entry, &proof, &value);
        }
        Some(Loaded {
            value,
            proof: Some(proof),
        })
    }

    /// Parse the file, and write its entry when the file held still while it was read.
    fn parse<T: Serialize + DeserializeOwned>(
        &self,
        entry: &Path,
        path: &Path,
    ) -> anyhow::Result<Loaded<T>> {
        let read_at = SystemTime::now();
        let (text, stamp) = read_still(path)?;
        let value: T = file::parse(path, &text)?;
        let proof = stamp.map(|s| Proof::of(s, &text, read_at));
        if let Some(proof) = &proof {
            self.write(entry, proof, &value);
        }
        Ok(Loaded { value, proof })
    }

    /// Make the entry of a file that was just written (or changed on disk), so the next
    /// read need not parse it. Failures are ignored: the next read parses the file.
    pub fn refresh<T: Serialize + DeserializeOwned>(&self, kind: Kind, id: &str, path: &Path) {
        if self.writable && !build().is_empty() {
            let _ = self.parse::<T>(&self.entry_path(kind, id), path);
        }
    }

    /// Read the text of the file at `path`, with the proof of it (`None`: it changed while
    /// it was read, or the cache is not used).
    pub fn read_proven(&self, path: &Path) -> anyhow::Result<(String, Option<Proof>)> {
        let read_at = SystemTime::now();
        let (text, stamp) = read_still(path)?;
        let proof = stamp
            .filter(|_| self.writable && !build().is_empty())
            .map(|s| Proof::of(s, &text, read_at));
        Ok((text, proof))
    }

    /// Remove the temporary files of cache entries that a command killed while writing
    /// one left behind: those older than [`STALE_TEMP`], which no running command can
    /// still be writing (an entry takes milliseconds). Failures are ignored.
    pub fn tidy(&self) {
        if !self.writable {
            return;
        }
        let now = SystemTime::now();
        for dir in [
            self.dir.clone(),
            self.dir.join(Kind::Partner.dir()),
            self.dir.join(Kind::Goal.dir()),
        ] {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let stale = entry
                    .file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with(".tmp-"))
                    && entry.metadata().is_ok_and(|m| {
                        m.is_file()
                            && m.modified().is_ok_and(|t| {
                                now.duration_since(t).is_ok_and(|age| age > STALE_TEMP)
                            })
                    });
                if stale {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }

    /// Whether entries are read and written.
    pub fn used(&self) -> bool {
        self.writable && !build().is_empty()
    }

    /// Write an entry, atomically; failures are ignored.
    fn write<T: Serialize>(&self, entry: &Path, proof: &Proof, value: &T) {
        if !self.writable {
            return;
        }
        let mut body = Vec::new();
        let head = Head {
            build: build().to_string(),
            proof: *proof,
        };
        let mut ser = rmp_serde::Serializer::new(&mut body).with_struct_map();
        if head.serialize(&mut ser).is_err() || value.serialize(&mut ser).is_err() {
            return;
        }
        let _ = self.put(entry, &body);
    }

    /// Write a cache entry: magic, checksum, body.
    fn put(&self, path: &Path, body: &[u8]) -> std::io::Result<()> {
        let sum = xxhash_rust::xxh3::xxh3_64(body).to_le_bytes();
        self.put_parts(path, MAGIC, &[&sum, body])
    }

    /// Write a cache file of `magic` and `parts`, in order, by renaming a finished
    /// temporary file into place, creating the folder (with its `.gitignore`) on first
    /// use.
    fn put_parts(&self, path: &Path, magic: &[u8; 8], parts: &[&[u8]]) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or(&self.dir);
        if !dir.is_dir() {
            self.create_dir()?;
            fs::create_dir_all(dir)?;
        }
        let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
        tmp.write_all(magic)?;
        for part in parts {
            tmp.write_all(part)?;
        }
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    /// The cache folder, with a `.gitignore` that keeps all of it out of git and a
    /// `CACHEDIR.TAG` that keeps it out of backups.
    fn create_dir(&self) -> std::io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let ignore = self.dir.join(".gitignore");
        if !ignore.exists() {
            fs::write(
                &ignore,
                "# accord's cache of parsed files: never shared, safe to delete.\n*\n",
            )?;
        }
        let tag = self.dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# accord's cache of parsed files: safe to delete.\n",
            )?;
        }
        Ok(())
    }
}

/// The body of a cache file whose magic and checksum are right.
fn open(bytes: &[u8]) -> Option<&[u8]> {
    open_with(bytes, MAGIC)
}

/// [`open`], for another kind of cache file.
fn open_with<'b>(bytes: &'b [u8], magic: &[u8; 8]) -> Option<&'b [u8]> {
    let rest = bytes.strip_prefix(magic)?;
    if rest.len() < 8 {
        return None;
    }
    let (sum, body) = rest.split_at(8);
    (sum == xxhash_rust::xxh3::xxh3_64(body).to_le_bytes()).then_some(body)
}

/// Read a file's text and its stamp, taken before and after reading from the open file:
/// no stamp when the file changed while it was read.
fn read_still(path: &Path) -> anyhow::Result<(String, Option<Stamp>)> {
    let Some((mut f, meta)) = file::open_plain(path)? else {
        // Let the usual reader word the error.
        return Ok((file::read_text(path)?, None));
    };
    let before = Some(Stamp::of(&meta));
    let mut bytes = Vec::with_capacity(before.map_or(0, |s| s.len as usize + 1));
    if f.read_to_end(&mut bytes).is_err() {
        return Ok((file::read_text(path)?, None));
    }
    let after = f.metadata().ok().map(|m| Stamp::of(&m));
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => return Ok((file::read_text(path)?, None)),
    };
    let stamp = before.filter(|b| Some(*b) == after);
    Ok((text, stamp))
}

/// The record id index: for each partner file, the proof of the text it was read from,
/// the partner's name and the ids of every record in it, so a record is found by id, and
/// a partner by name, without reading the other files.
///
/// It is kept in two files: `ids.bin`, every row, and `ids-new.bin`, the rows made since
/// `ids.bin` was written (a command that finds one file changed rewrites this small file,
/// not the whole index); once it holds more than [`FOLD`] rows, both are folded into a new
/// `ids.bin`. Each row carries its own proof and is used only when that proof holds for
/// the file as it is now, so any mix of the two files, old or new, gives the same answers.
///
/// Layout of each (integers little-endian): the magic, the checksum of the head, the
/// head's length (`u64`), the head, then the buckets. The head: the build (a `u32` length
/// and its bytes), the number of rows (`u32`), each row (partner id, proof, name, whether
/// its ids were read), then the table of the [`BUCKETS`] buckets (offset after the head,
/// length, checksum: `u64` each). Bucket `b` holds the ids whose first byte is `b`: the
/// length of each row's share (`u32`, in row order), then those shares, each id after a
/// newline. So a command that looks for an id reads the head and one bucket, about a
/// fortieth of the ids, and a command that wants names only reads the head. The ids are
/// never decoded: a search for the ids starting with a prefix is a search of the
/// prefix's bucket for a newline and the prefix.
#[derive(Debug, Default)]
pub struct IdIndex {
    /// The heads of `ids.bin` and `ids-new.bin` as read (empty when missing), and one
    /// buffer per row made by this command.
    bufs: Vec<Vec<u8>>,
    rows: Vec<Row>,
    /// The two files read, for their buckets: `ids.bin`, then `ids-new.bin`.
    files: Vec<Option<Filed>>,
    /// Rows read from `ids-new.bin`, by partner id (tried before those of `ids.bin`).
    newer: std::collections::HashMap<String, usize>,
    /// How many rows `ids.bin` holds (they come first, sorted by partner id).
    base: usize,
    /// The row found to hold for each partner this command looked at.
    held: std::collections::BTreeMap<String, usize>,
    /// Rows made or settled by this command, not yet written.
    fresh: usize,
    /// The row of `ids.bin` after the last one [`IdIndex::get`] found.
    next: usize,
}

/// One partner file's row: where its strings are, and its proof.
#[derive(Debug, Clone)]
struct Row {
    buf: usize,
    id: std::ops::Range<usize>,
    name: std::ops::Range<usize>,
    /// The file has no name that reads (`name` is then empty).
    no_name: bool,
    rids: Rids,
    /// `None`: the file changed while it was read; the row is not kept.
    proof: Option<Proof>,
}

/// Where a row's record ids are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rids {
    /// Not read: the row was made from the top of the file only, for the name.
    Absent,
    /// In the row's buffer, each after a newline (made by this command).
    Here(usize, usize),
    /// The `nth` row of index file `file`, its share of each bucket.
    Filed { file: usize, nth: usize },
}

/// An index file opened for its buckets, read when first wanted.
#[derive(Debug)]
struct Filed {
    path: PathBuf,
    file: fs::File,
    /// Where the buckets start in the file.
    from: u64,
    rows: usize,
    table: Vec<Slot>,
    buckets: Vec<std::cell::OnceCell<Option<Bucket>>>,
}

/// A bucket's place in its file, and the checksum of its bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    at: u64,
    len: u64,
    sum: u64,
}

/// A bucket as read: its ids' text, and where each row's share of it starts (one more
/// than the rows: the last is the text's end).
#[derive(Debug)]
struct Bucket {
    text: Vec<u8>,
    starts: Vec<usize>,
}

/// How many buckets the ids are spread over: one per first byte.
const BUCKETS: usize = 256;

/// The bucket of an id, or of a prefix of it: its first byte.
fn bucket_of(id: &[u8]) -> usize {
    id.first().map_or(0, |b| usize::from(*b))
}

/// The length written for a name a row does not have.
const ABSENT: usize = u32::MAX as usize;

/// The first bytes of an id index file.
const INDEX_MAGIC: &[u8; 8] = b"accordI3";

/// The id index, and the rows made since it was written.
const IDS: &str = "ids.bin";
const IDS_NEW: &str = "ids-new.bin";

/// How many rows `ids-new.bin` holds before it is folded into `ids.bin`.
const FOLD: usize = 64;

/// The bytes of a proof in the index.
const PROOF_LEN: usize = 8 + 16 + 16 + 8 + 8 + 16 + 1;

fn put_proof(out: &mut Vec<u8>, p: &Proof) {
    let s = &p.stamp;
    out.extend(s.len.to_le_bytes());
    for t in [s.mtime, s.ctime] {
        out.extend(t.0.to_le_bytes());
        out.extend(t.1.to_le_bytes());
    }
    out.extend(s.ino.to_le_bytes());
    out.extend(s.dev.to_le_bytes());
    out.extend(p.hash.to_le_bytes());
    out.push(u8::from(p.settled));
}

/// Reads the fields of an index file in order; `None` past its end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let got = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(got)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }
    fn u16(&mut self) -> Option<usize> {
        Some(u16::from_le_bytes(self.array()?).into())
    }
    fn u32(&mut self) -> Option<usize> {
        usize::try_from(u32::from_le_bytes(self.array()?)).ok()
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.array()?))
    }
    fn range(&mut self, n: usize) -> Option<std::ops::Range<usize>> {
        let start = self.at;
        self.take(n)?;
        Some(start..self.at)
    }
    fn proof(&mut self) -> Option<Proof> {
        let len = self.u64()?;
        let mtime = (self.i64()?, self.i64()?);
        let ctime = (self.i64()?, self.i64()?);
        let stamp = Stamp {
            len,
            mtime,
            ctime,
            ino: self.u64()?,
            dev: self.u64()?,
        };
        let hash = u128::from_le_bytes(self.array()?);
        let settled = match self.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        Some(Proof {
            stamp,
            hash,
            settled,
        })
    }
}

/// An index file, when it is whole and written by this build: its head, its rows (in
/// the `file`-th buffer of the index, which is also the file's number), and the file
/// opened for its buckets.
fn read_index(path: &Path, file: usize) -> Option<(Vec<u8>, Vec<Row>, Filed)> {
    let (mut f, meta) = file::open_plain(path).ok()??;
    let mut pre = [0u8; 24];
    f.read_exact(&mut pre).ok()?;
    let rest = pre.strip_prefix(INDEX_MAGIC)?;
    let sum = u64::from_le_bytes(rest[..8].try_into().ok()?);
    let head_len = u64::from_le_bytes(rest[8..].try_into().ok()?);
    if head_len > meta.len() {
        return None;
    }
    let mut head = vec![0; usize::try_from(head_len).ok()?];
    f.read_exact(&mut head).ok()?;
    if xxhash_rust::xxh3::xxh3_64(&head) != sum {
        return None;
    }
    let mut r = Reader {
        bytes: &head,
        at: 0,
    };
    let build_len = r.u32()?;
    if r.take(build_len)? != build().as_bytes() {
        return None;
    }
    let count = r.u32()?;
    // Each row takes more than PROOF_LEN bytes: a count that cannot fit is damage.
    if count > head.len() / PROOF_LEN {
        return None;
    }
    let mut rows = Vec::with_capacity(count);
    for nth in 0..count {
        let id_len = r.u16()?;
        let id = r.range(id_len)?;
        let proof = r.proof()?;
        let name_len = r.u32()?;
        let name = r.range(if name_len == ABSENT { 0 } else { name_len })?;
        let rids = match r.u8()? {
            0 => Rids::Absent,
            1 => Rids::Filed { file, nth },
            _ => return None,
        };
        rows.push(Row {
            buf: file,
            id,
            name,
            no_name: name_len == ABSENT,
            rids,
            proof: Some(proof),
        });
    }
    let mut table = Vec::with_capacity(BUCKETS);
    for _ in 0..BUCKETS {
        table.push(Slot {
            at: r.u64()?,
            len: r.u64()?,
            sum: r.u64()?,
        });
    }
    // The ids are searched as bytes, and each string checked to be text when it is taken.
    if r.at != head.len() {
        return None;
    }
    let filed = Filed {
        path: path.to_path_buf(),
        file: f,
        from: 24 + head_len,
        rows: count,
        table,
        buckets: (0..BUCKETS).map(|_| std::cell::OnceCell::new()).collect(),
    };
    Some((head, rows, filed))
}

impl Filed {
    /// Bucket `b`, read from the file when first wanted; `None` when it is damaged (the
    /// file is then removed, to be made again).
    fn bucket(&self, b: usize) -> Option<&Bucket> {
        self.buckets[b]
            .get_or_init(|| {
                let read = self.read_bucket(b);
                if read.is_none() {
                    let _ = fs::remove_file(&self.path);
                }
                read
            })
            .as_ref()
    }

    fn read_bucket(&self, b: usize) -> Option<Bucket> {
        use std::io::{Seek, SeekFrom};
        let slot = self.table[b];
        if slot.len == 0 {
            return Some(Bucket {
                text: Vec::new(),
                starts: vec![0; self.rows + 1],
            });
        }
        let mut bytes = vec![0; usize::try_from(slot.len).ok()?];
        let mut f = &self.file;
        f.seek(SeekFrom::Start(self.from.checked_add(slot.at)?))
            .ok()?;
        f.read_exact(&mut bytes).ok()?;
        if xxhash_rust::xxh3::xxh3_64(&bytes) != slot.sum {
            return None;
        }
        let lens_len = self.rows.checked_mul(4)?;
        let text = bytes.split_off(lens_len.min(bytes.len()));
        let mut starts = Vec::with_capacity(self.rows + 1);
        let mut at = 0usize;
        starts.push(at);
        for len in bytes.chunks_exact(4) {
            at = at.checked_add(u32::from_le_bytes(len.try_into().ok()?) as usize)?;
            starts.push(at);
        }
        (starts.len() == self.rows + 1 && at == text.len()).then_some(Bucket { text, starts })
    }

    /// The share of the `nth` row in bucket `b`; `None` when the bucket is damaged.
    fn share(&self, b: usize, nth: usize) -> Option<&[u8]> {
        let bucket = self.bucket(b)?;
        Some(&bucket.text[bucket.starts[nth]..bucket.starts[nth + 1]])
    }
}

impl IdIndex {
    fn str(&self, row: &Row, range: &std::ops::Range<usize>) -> &str {
        // Checked to be text when read or made.
        std::str::from_utf8(&self.bufs[row.buf][range.clone()]).unwrap_or_default()
    }

    /// The row of `partner` whose proof holds for its file at `path`, now stamped `now`
    /// (a newer row first), remembered as the partner's row. An unsettled proof reads the
    /// file (see [`Proof::holds`]); one that has become settled is kept to be written.
    /// With `ids`, only a row holding the record ids will do.
    pub fn get(
        &mut self,
        partner: &str,
        path: impl Fn() -> PathBuf,
        now: Stamp,
        ids: bool,
    ) -> bool {
        let newer = self.newer.get(partner).copied();
        // Partners are looked at in id order, as the rows are sorted: the row after the
        // last one found is tried first.
        let id_at = |at: usize| &self.bufs[self.rows[at].buf][self.rows[at].id.clone()];
        let next = self.next;
        let older = if next < self.base && id_at(next) == partner.as_bytes() {
            Some(next)
        } else {
            self.rows[..self.base]
                .binary_search_by(|row| self.bufs[row.buf][row.id.clone()].cmp(partner.as_bytes()))
                .ok()
        };
        if let Some(at) = older {
            self.next = at + 1;
        }
        for at in newer.into_iter().chain(older) {
            let Some(proof) = self.rows[at].proof else {
                continue;
            };
            if ids && self.rows[at].rids == Rids::Absent {
                continue;
            }
            if proof.stamp != now {
                continue;
            }
            let Some(held) = proof.holds(&path(), now) else {
                continue;
            };
            let at = if held == proof {
                at
            } else {
                let row = self.rows[at].clone();
                let name = (!row.no_name).then(|| self.str(&row, &row.name).to_string());
                let rids = match row.rids {
                    Rids::Here(from, to) => Ids::Text(self.bufs[row.buf][from..to].to_vec()),
                    Rids::Absent => Ids::Absent,
                    Rids::Filed { file, nth } => Ids::Filed { file, nth },
                };
                self.push_row(partner, Some(held), name.as_deref(), rids)
            };
            self.held.insert(partner.to_string(), at);
            return true;
        }
        false
    }

    /// Remember what the file of `partner` says now: its name (`None`: none reads) and
    /// record ids (`None`: not read), read from the text `proof` proves (`None`: the file
    /// changed while it was read, and the row is used by this command only).
    pub fn put<'r>(
        &mut self,
        partner: &str,
        proof: Option<Proof>,
        name: Option<&str>,
        rids: Option<impl IntoIterator<Item = &'r str>>,
    ) {
        let rids = match rids {
            None => Ids::Absent,
            Some(rids) => {
                let mut text = Vec::new();
                for rid in rids {
                    text.push(b'\n');
                    text.extend(rid.as_bytes());
                }
                Ids::Text(text)
            }
        };
        let at = self.push_row(partner, proof, name, rids);
        self.held.insert(partner.to_string(), at);
    }

    fn push_row(
        &mut self,
        partner: &str,
        proof: Option<Proof>,
        name: Option<&str>,
        rids: Ids,
    ) -> usize {
        let no_name = name.is_none();
        let name = name.unwrap_or_default();
        let mut body = Vec::with_capacity(partner.len() + name.len());
        body.extend(partner.as_bytes());
        body.extend(name.as_bytes());
        let id = 0..partner.len();
        let name = id.end..id.end + name.len();
        let rids = match rids {
            Ids::Absent => Rids::Absent,
            Ids::Filed { file, nth } => Rids::Filed { file, nth },
            Ids::Text(text) => {
                let from = body.len();
                body.extend(text);
                Rids::Here(from, body.len())
            }
        };
        self.rows.push(Row {
            buf: self.bufs.len(),
            id,
            name,
            no_name,
            rids,
            proof,
        });
        self.bufs.push(body);
        if proof.is_some() {
            self.fresh += 1;
        }
        self.rows.len() - 1
    }

    /// The name in the row found for `partner` (by [`IdIndex::get`] or [`IdIndex::put`]).
    /// `None` when no row was found, `Some(None)` when the file has no name that reads.
    pub fn name(&self, partner: &str) -> Option<Option<&str>> {
        let row = &self.rows[*self.held.get(partner)?];
        Some((!row.no_name).then(|| self.str(row, &row.name)))
    }

    /// The partners (among those whose row was found) holding a record whose id starts
    /// with one of `prefixes`, in id order. An empty prefix matches nothing.
    pub fn holding(&self, prefixes: &[&str]) -> Vec<String> {
        let mut found = std::collections::BTreeSet::new();
        for prefix in prefixes.iter().filter(|p| !p.is_empty()) {
            if prefix.contains('\n') {
                // Not an id this text can be searched for: every partner may hold it.
                return self.held.keys().cloned().collect();
            }
            let needle = format!("\n{prefix}");
            let finder = memchr::memmem::Finder::new(needle.as_bytes());
            let b = bucket_of(prefix.as_bytes());
            // The partners whose rows are in each file, by place in the file.
            let mut filed: Vec<Vec<(usize, &str)>> = vec![Vec::new(); self.files.len()];
            for (pid, &at) in &self.held {
                let row = &self.rows[at];
                match row.rids {
                    Rids::Absent => {}
                    Rids::Here(from, to) => {
                        if finder.find(&self.bufs[row.buf][from..to]).is_some() {
                            found.insert(pid.clone());
                        }
                    }
                    Rids::Filed { file, nth } => filed[file].push((nth, pid)),
                }
            }
            for (file, mut rows) in filed.into_iter().enumerate() {
                let Some(Some(filed)) = self.files.get(file) else {
                    continue;
                };
                let Some(bucket) = filed.bucket(b) else {
                    // Damaged: any of them may hold it.
                    found.extend(rows.into_iter().map(|(_, pid)| pid.to_string()));
                    continue;
                };
                rows.sort_unstable();
                for hit in finder.find_iter(&bucket.text) {
                    let nth = bucket.starts.partition_point(|&s| s <= hit) - 1;
                    if hit + needle.len() > bucket.starts[nth + 1] {
                        continue;
                    }
                    if let Ok(i) = rows.binary_search_by_key(&nth, |(n, _)| *n) {
                        found.insert(rows[i].1.to_string());
                    }
                }
            }
        }
        found.into_iter().collect()
    }

    /// The body of an index file holding `rows`, sorted by partner id (after the magic,
    /// the checksum of the head and the head's length); `None` when the ids of a row
    /// cannot be read (a damaged bucket).
    fn body(&self, mut rows: Vec<usize>) -> Option<(Vec<u8>, Vec<u8>)> {
        // An id too long for its length field is left out: its file is read each time.
        rows.retain(|&at| self.rows[at].id.len() <= usize::from(u16::MAX));
        rows.sort_by(|&a, &b| {
            let (a, b) = (&self.rows[a], &self.rows[b]);
            self.str(a, &a.id).cmp(self.str(b, &b.id))
        });
        let mut head = Vec::new();
        let build = build().as_bytes();
        head.extend((build.len() as u32).to_le_bytes());
        head.extend(build);
        head.extend((rows.len() as u32).to_le_bytes());
        // Each bucket's text, and each row's share of it.
        let mut texts: Vec<Vec<u8>> = vec![Vec::new(); BUCKETS];
        let mut lens: Vec<Vec<u32>> = vec![Vec::new(); BUCKETS];
        for (i, &at) in rows.iter().enumerate() {
            let row = &self.rows[at];
            let buf = &self.bufs[row.buf];
            head.extend((row.id.len() as u16).to_le_bytes());
            head.extend(&buf[row.id.clone()]);
            put_proof(&mut head, &row.proof.expect("kept rows have a proof"));
            let name_len = if row.no_name { ABSENT } else { row.name.len() };
            head.extend((name_len as u32).to_le_bytes());
            head.extend(&buf[row.name.clone()]);
            head.push(u8::from(row.rids != Rids::Absent));
            let mut add = |b: usize, share: &[u8]| {
                if lens[b].is_empty() {
                    lens[b] = vec![0; rows.len()];
                }
                lens[b][i] += share.len() as u32;
                texts[b].extend(share);
            };
            match row.rids {
                Rids::Absent => {}
                Rids::Here(from, to) => {
                    for rid in buf[from..to].split(|c| *c == b'\n').skip(1) {
                        add(bucket_of(rid), b"\n");
                        add(bucket_of(rid), rid);
                    }
                }
                Rids::Filed { file, nth } => {
                    let filed = self.files.get(file)?.as_ref()?;
                    for b in 0..BUCKETS {
                        if filed.table[b].len > 0 {
                            add(b, filed.share(b, nth)?);
                        }
                    }
                }
            }
        }
        let mut buckets = Vec::new();
        for (text, lens) in texts.iter().zip(&lens) {
            let at = buckets.len() as u64;
            if !lens.is_empty() {
                for len in lens {
                    buckets.extend(len.to_le_bytes());
                }
                buckets.extend(text);
            }
            let bytes = &buckets[at as usize..];
            let sum = if bytes.is_empty() {
                0
            } else {
                xxhash_rust::xxh3::xxh3_64(bytes)
            };
            for n in [at, bytes.len() as u64, sum] {
                head.extend(n.to_le_bytes());
            }
        }
        Some((head, buckets))
    }
}

/// A row's record ids as given to [`IdIndex::push_row`].
enum Ids {
    Absent,
    /// Each after a newline.
    Text(Vec<u8>),
    Filed {
        file: usize,
        nth: usize,
    },
}

impl Cache {
    /// The record id index; empty when missing, old or damaged (a damaged `ids-new.bin`
    /// alone leaves the rows of `ids.bin`). Only the heads are read; each bucket is read
    /// when a search first wants it.
    pub fn ids(&self) -> IdIndex {
        let mut index = IdIndex::default();
        if !self.writable || build().is_empty() {
            return index;
        }
        for (i, name) in [IDS, IDS_NEW].into_iter().enumerate() {
            let (head, rows, filed) = match read_index(&self.dir.join(name), i) {
                Some((head, rows, filed)) => (head, rows, Some(filed)),
                None => Default::default(),
            };
            if i == 0 {
                // Sorted by partner id, to be searched; anything else is not used.
                let sorted = rows
                    .windows(2)
                    .all(|w| head[w[0].id.clone()] < head[w[1].id.clone()]);
                let (rows, filed) = if sorted {
                    (rows, filed)
                } else {
                    (Vec::new(), None)
                };
                index.base = rows.len();
                index.rows.extend(rows);
                index.files.push(filed);
            } else {
                let first = index.rows.len();
                for (j, row) in rows.iter().enumerate() {
                    if let Ok(pid) = std::str::from_utf8(&head[row.id.clone()]) {
                        index.newer.insert(pid.to_string(), first + j);
                    }
                }
                index.rows.extend(rows);
                index.files.push(filed);
            }
            index.bufs.push(head);
        }
        index
    }

    /// Write what this command learned into the index, if anything: the rows it made go
    /// to `ids-new.bin` with the ones already there (the partners of `listed` only), or,
    /// past [`FOLD`] rows, every row found to hold goes to a new `ids.bin`. `listed` must
    /// be every partner file now, each looked at with [`IdIndex::get`] or
    /// [`IdIndex::put`]. Failures are ignored.
    pub fn set_ids(&self, index: &IdIndex, listed: &[String]) {
        if !self.writable || build().is_empty() || index.fresh == 0 {
            return;
        }
        let kept = |at: &usize| index.rows[*at].proof.is_some();
        let fresh: Vec<usize> = index.rows[index.base..]
            .iter()
            .enumerate()
            .filter(|(_, row)| row.buf > 1 && row.proof.is_some())
            .map(|(i, _)| index.base + i)
            .collect();
        let mut newer: std::collections::BTreeMap<&str, usize> = Default::default();
        for (pid, &at) in &index.newer {
            if listed.binary_search(pid).is_ok() {
                newer.insert(pid, at);
            }
        }
        for at in fresh {
            let row = &index.rows[at];
            newer.insert(index.str(row, &row.id), at);
        }
        if newer.len() <= FOLD && index.base > 0 {
            if let Some(body) = index.body(newer.into_values().collect()) {
                let _ = self.put_index(&self.dir.join(IDS_NEW), body);
            }
            return;
        }
        let rows: Vec<usize> = listed
            .iter()
            .filter_map(|pid| index.held.get(pid))
            .copied()
            .filter(kept)
            .collect();
        let Some(body) = index.body(rows) else {
            return;
        };
        if self.put_index(&self.dir.join(IDS), body).is_ok() {
            let _ = fs::remove_file(self.dir.join(IDS_NEW));
        }
    }

    /// Write an index file: magic, the head's checksum and length, head, buckets.
    fn put_index(&self, path: &Path, (head, buckets): (Vec<u8>, Vec<u8>)) -> std::io::Result<()> {
        let mut pre = xxhash_rust::xxh3::xxh3_64(&head).to_le_bytes().to_vec();
        pre.extend((head.len() as u64).to_le_bytes());
        self.put_parts(path, INDEX_MAGIC, &[&pre, &head, &buckets])
    }
}

/// The stamps of the files in one folder, each taken relative to the open folder (no
/// walk of the whole path for each file).
pub struct Stamper {
    dir: PathBuf,
    #[cfg(unix)]
    fd: Option<fs::File>,
}

impl Stamper {
    pub fn new(dir: &Path) -> Stamper {
        Stamper {
            dir: dir.to_path_buf(),
            #[cfg(unix)]
            fd: fs::File::open(dir).ok(),
        }
    }

    /// The stamp of the file `<stem>.toml` in the folder, or of the link there (which
    /// proves no entry); `None` when it cannot be read.
    pub fn stamp(&self, stem: &str) -> Option<Stamp> {
        const EXT: &[u8] = b".toml\0";
        #[cfg(unix)]
        if let Some(fd) = &self.fd
            && stem.len() + EXT.len() <= 256
        {
            use std::os::fd::AsRawFd;
            let mut name = [0u8; 256];
            name[..stem.len()].copy_from_slice(stem.as_bytes());
            name[stem.len()..stem.len() + EXT.len()].copy_from_slice(EXT);
            let c = std::ffi::CStr::from_bytes_with_nul(&name[..stem.len() + EXT.len()]).ok()?;
            // SAFETY: an all-zero `stat` is a valid value for fstatat to fill in.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: the folder's descriptor is open, the name ends in a NUL, and `st`
            // is a valid `stat` to write.
            let r = unsafe {
                libc::fstatat(
                    fd.as_raw_fd(),
                    c.as_ptr(),
                    &mut st,
                    libc::AT_SYMLINK_NOFOLLOW,
                )
            };
            if r != 0 {
                return None;
            }
            return Some(Stamp::from_parts(
                st.st_size as u64,
                (st.st_mtime, st.st_mtime_nsec),
                (st.st_ctime, st.st_ctime_nsec),
                st.st_ino,
                st.st_dev,
            ));
        }
        Some(Stamp::of(
            &fs::symlink_metadata(self.dir.join(format!("{stem}.toml"))).ok()?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(mtime: i64, ctime: i64) -> Stamp {
        Stamp {
            len: 10,
            mtime: (mtime, 5),
            ctime: (ctime, 7),
            ino: 1,
            dev: 2,
        }
    }

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn a_stamp_settles_only_well_after_the_last_change() {
        assert!(stamp(100, 100).settled_at(at(104)));
        assert!(!stamp(100, 100).settled_at(at(103)));
        assert!(!stamp(100, 100).settled_at(at(100)));
        // The change time counts too: a file touched back to an old modification time.
        assert!(!stamp(10, 100).settled_at(at(101)));
        // A file dated in the future never settles.
        assert!(!stamp(500, 500).settled_at(at(104)));
    }

    #[test]
    fn tidy_removes_old_temporary_files_and_keeps_the_rest() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::new(tmp.path(), true);
        let dir = tmp.path().join(DIR).join(Kind::Partner.dir());
        fs::create_dir_all(&dir).unwrap();
        let old = dir.join(".tmp-old");
        let fresh = dir.join(".tmp-fresh");
        let entry = dir.join("acme.bin");
        for p in [&old, &fresh, &entry] {
            fs::write(p, b"x").unwrap();
        }
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&old, &entry] {
            fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        cache.tidy();
        assert!(!old.exists());
        assert!(fresh.exists(), "a command may be writing it");
        assert!(entry.exists());
    }

    #[test]
    fn an_unsettled_proof_reads_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.toml");
        fs::write(&p, "name = \"a\"\n").unwrap();
        let now = Stamp::of(&fs::metadata(&p).unwrap());
        let proof = Proof::of(now, "name = \"a\"\n", SystemTime::now());
        assert!(!proof.settled);
        assert!(proof.holds(&p, now).is_some());
        // The same size, within the same tick: the stamp cannot tell, the hash does.
        fs::write(&p, "name = \"b\"\n").unwrap();
        assert!(proof.holds(&p, now).is_none());
        // A settled proof trusts the stamp, which any later change alters.
        let settled = Proof::of(now, "name = \"a\"\n", SystemTime::now() + SETTLE * 2);
        assert!(settled.settled);
        let changed = Stamp::of(&fs::metadata(&p).unwrap());
        assert!(settled.holds(&p, changed).is_none() || changed == now);
    }

    #[test]
    fn entries_are_used_only_from_this_build_and_for_this_text() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Named {
            name: String,
        }
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir_all(root.join("partners")).unwrap();
        let src = root.join("partners/a.toml");
        fs::write(&src, "name = \"a\"\n").unwrap();
        let cache = Cache::new(root, true);
        let read = |cache: &Cache| {
            cache
                .read::<Named>(Kind::Partner, "a", &src)
                .unwrap()
                .value
                .name
        };
        let first = cache.read::<Named>(Kind::Partner, "a", &src).unwrap();
        assert_eq!(first.value.name, "a");
        let entry = cache.entry_path(Kind::Partner, "a");
        assert!(entry.is_file());
        let proof = first.proof.unwrap();
        // An entry with a value of its own, so the test can tell when it is used.
        let forge = |build: &str, proof: Proof| {
            let mut body = Vec::new();
            let mut ser = rmp_serde::Serializer::new(&mut body).with_struct_map();
            let head = Head {
                build: build.to_string(),
                proof,
            };
            head.serialize(&mut ser).unwrap();
            let value = Named {
                name: "from the cache".into(),
            };
            value.serialize(&mut ser).unwrap();
            cache.put(&entry, &body).unwrap();
        };
        forge(build(), proof);
        assert_eq!(read(&cache), "from the cache");
        // Written by another build of accord: not used, and made again.
        forge("0.0.1 other build", proof);
        assert_eq!(read(&cache), "a");
        assert_eq!(read(&cache), "a");
        // For another text of the file (its hash differs): not used.
        forge(
            build(),
            Proof {
                hash: proof.hash ^ 1,
                ..proof
            },
        );
        assert_eq!(read(&cache), "a");
        // A cache that is turned off reads the file.
        forge(build(), proof);
        assert_eq!(read(&Cache::new(root, false)), "a");
        assert_eq!(read(&cache), "from the cache");
    }

    /// A workspace of `n` partner files, `p00.toml`..., each with two record ids.
    fn partners(root: &Path, n: usize) -> Vec<String> {
        fs::create_dir_all(root.join("partners")).unwrap();
        (0..n)
            .map(|i| {
                let id = format!("p{i:02}");
                fs::write(
                    root.join(format!("partners/{id}.toml")),
                    format!("name = \"{id}\"\n"),
                )
                .unwrap();
                id
            })
            .collect()
    }

    /// Look at every partner as a command does; returns the ones the index did not know.
    fn look(cache: &Cache, root: &Path, listed: &[String]) -> (IdIndex, Vec<String>) {
        let mut index = cache.ids();
        let stamps = Stamper::new(&root.join("partners"));
        let mut unknown = Vec::new();
        for pid in listed {
            let path = root.join(format!("partners/{pid}.toml"));
            let now = stamps.stamp(pid).unwrap();
            assert_eq!(Some(now), Some(Stamp::of(&fs::metadata(&path).unwrap())));
            if !index.get(pid, || path.clone(), now, true) {
                let (text, proof) = cache.read_proven(&path).unwrap();
                let name = text
                    .trim_start_matches("name = \"")
                    .trim_end_matches("\"\n");
                let rids = [format!("a{pid}"), format!("b{pid}")];
                index.put(
                    pid,
                    proof,
                    Some(name),
                    Some(rids.iter().map(String::as_str)),
                );
                unknown.push(pid.clone());
            }
        }
        cache.set_ids(&index, listed);
        (index, unknown)
    }

    #[test]
    fn the_id_index_holds_names_and_ids_and_takes_changes_in_a_small_file() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let listed = partners(root, 3);
        let cache = Cache::new(root, true);
        let (index, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown, listed);
        assert_eq!(index.holding(&["ap01"]), ["p01"]);
        assert_eq!(index.holding(&["b", ""]), listed);
        assert!(index.holding(&[""]).is_empty());
        let base = fs::read(cache.dir.join(IDS)).unwrap();
        // Read back: every row holds, nothing is written.
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.name("p02"), Some(Some("p02")));
        assert_eq!(index.holding(&["bp0"]), listed);
        assert!(!cache.dir.join(IDS_NEW).exists());
        // One file changed: its row goes to the small file, the index is not rewritten.
        fs::write(root.join("partners/p01.toml"), "name = \"other\"\n").unwrap();
        let (_, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown, ["p01"]);
        assert_eq!(fs::read(cache.dir.join(IDS)).unwrap(), base);
        assert!(cache.dir.join(IDS_NEW).is_file());
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.name("p01"), Some(Some("other")));
        // A damaged small file: the changed file is read again, the others are known.
        let mut damaged = INDEX_MAGIC.to_vec();
        damaged.extend(b" and then nothing");
        fs::write(cache.dir.join(IDS_NEW), damaged).unwrap();
        let (_, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown, ["p01"]);
        // More new files than the small file takes: folded, with the rows of both files
        // that still hold, into a new index.
        let mut listed = listed;
        for i in 3..FOLD + 3 {
            let id = format!("p{i:02}");
            fs::write(
                root.join(format!("partners/{id}.toml")),
                format!("name = \"{id}\"\n"),
            )
            .unwrap();
            listed.push(id);
        }
        let (_, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown.len(), FOLD);
        assert!(!cache.dir.join(IDS_NEW).exists());
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.holding(&["ap6"]).len(), 7);
        assert_eq!(
            index.holding(&["ap00", "bp01", "ap02"]),
            ["p00", "p01", "p02"]
        );
        assert_eq!(index.name("p01"), Some(Some("other")));
        // Only the head and the bucket a search wants are read: a damaged bucket is found
        // when it is wanted, and then any partner may hold the id (each is read to see),
        // the others still answer, and the index is made again by the next command.
        let whole = fs::read(cache.dir.join(IDS)).unwrap();
        let mut bytes = whole.clone();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        fs::write(cache.dir.join(IDS), &bytes).unwrap();
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.holding(&["ap01"]), ["p01"]);
        assert_eq!(index.holding(&["bp01"]), listed);
        assert!(!cache.dir.join(IDS).exists());
        let (_, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown.len(), FOLD + 3);
        // A damaged head: the index is not used.
        let mut bytes = whole;
        bytes[INDEX_MAGIC.len() + 24] ^= 1;
        fs::write(cache.dir.join(IDS), &bytes).unwrap();
        let (index, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown.len(), FOLD + 3);
        assert_eq!(index.holding(&["bp01"]), ["p01"]);
    }

    #[test]
    fn rows_written_again_keep_the_ids_they_were_read_with() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let listed = partners(root, 3);
        let cache = Cache::new(root, true);
        look(&cache, root, &listed);
        // Once the files are old enough, each unsettled row read from `ids.bin` settles
        // and goes, with its ids from the index's buckets, to `ids-new.bin`.
        std::thread::sleep(SETTLE + Duration::from_millis(300));
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.fresh, 3);
        assert!(cache.dir.join(IDS_NEW).is_file());
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(index.fresh, 0, "settled now");
        assert_eq!(index.holding(&["ap01"]), ["p01"]);
        assert_eq!(index.holding(&["bp0"]), listed);
        // Rows of `ids-new.bin` written again with one more, then folded with rows of
        // both files into a new `ids.bin`: every id is still found.
        let path = |i: usize| root.join(format!("partners/q{i:02}.toml"));
        fs::write(path(0), "name = \"q00\"\n").unwrap();
        let mut listed = listed;
        listed.push("q00".into());
        let (_, unknown) = look(&cache, root, &listed);
        assert_eq!(unknown, ["q00"]);
        let (index, _) = look(&cache, root, &listed);
        assert_eq!(index.holding(&["ap02", "bq00"]), ["p02", "q00"]);
        for i in 1..=FOLD {
            fs::write(path(i), format!("name = \"q{i:02}\"\n")).unwrap();
            listed.push(format!("q{i:02}"));
        }
        look(&cache, root, &listed);
        assert!(!cache.dir.join(IDS_NEW).exists());
        let (index, unknown) = look(&cache, root, &listed);
        assert!(unknown.is_empty());
        assert_eq!(
            index.holding(&["ap00", "bp01", "aq00"]),
            ["p00", "p01", "q00"]
        );
        assert_eq!(index.holding(&["bq"]).len(), FOLD + 1);
    }

    #[test]
    fn damaged_files_are_not_opened() {
        let body = b"some body";
        let mut bytes = MAGIC.to_vec();
        bytes.extend(xxhash_rust::xxh3::xxh3_64(body).to_le_bytes());
        bytes.extend(body);
        assert_eq!(open(&bytes), Some(&body[..]));
        assert_eq!(open(&bytes[..bytes.len() - 1]), None);
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(open(&flipped), None);
        assert_eq!(open(b"accordC0"), None);
        assert_eq!(open(b""), None);
    }
}
