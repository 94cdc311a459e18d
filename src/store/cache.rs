//! The cache of parsed files, in `.accord/cache/` inside the workspace: what each partner
//! and goal file says, in a compact binary form (MessagePack) that reads far faster than
//! TOML parses, and an index of the record ids in each partner file.
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

/// The first bytes of every cache file; the number changes with the layout.
const MAGIC: &[u8; 8] = b"accordC1";

/// The file of the record id index.
const IDS: &str = "ids.bin";

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
            // For tests: times in whole seconds, as a filesystem with coarse timestamps
            // keeps them, so an edit within the same second keeps the stamp.
            static COARSE: OnceLock<bool> = OnceLock::new();
            let coarse =
                *COARSE.get_or_init(|| std::env::var_os("ACCORD_TEST_COARSE_TIMES").is_some());
            let nanos = |n: i64| if coarse { 0 } else { n };
            Stamp {
                len: meta.len(),
                mtime: (meta.mtime(), nanos(meta.mtime_nsec())),
                ctime: (meta.ctime(), nanos(meta.ctime_nsec())),
                ino: meta.ino(),
                dev: meta.dev(),
            }
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
        let text = fs::read(path).ok()?;
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
        if let Ok(meta) = fs::metadata(path)
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

    /// Write a cache file (magic, checksum, body) by renaming a finished temporary file
    /// into place, creating the folder (with its `.gitignore`) on first use.
    fn put(&self, path: &Path, body: &[u8]) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or(&self.dir);
        if !dir.is_dir() {
            self.create_dir()?;
            fs::create_dir_all(dir)?;
        }
        let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
        tmp.write_all(MAGIC)?;
        tmp.write_all(&xxhash_rust::xxh3::xxh3_64(body).to_le_bytes())?;
        tmp.write_all(body)?;
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

    /// The record id index: for each partner file, the proof of the text it was made from
    /// and the ids of every record in it. Empty when missing, old or damaged.
    pub fn ids(&self) -> IdIndex {
        if !self.writable {
            return IdIndex::default();
        }
        let read = || -> Option<IdIndex> {
            let bytes = fs::read(self.dir.join(IDS)).ok()?;
            let index: IdIndex = rmp_serde::from_slice(open(&bytes)?).ok()?;
            (index.build == build()).then_some(index)
        };
        read().unwrap_or_default()
    }

    /// Write the record id index; failures are ignored.
    pub fn set_ids(&self, index: &mut IdIndex) {
        if !self.writable || build().is_empty() {
            return;
        }
        index.build = build().to_string();
        let mut body = Vec::new();
        let mut ser = rmp_serde::Serializer::new(&mut body).with_struct_map();
        if index.serialize(&mut ser).is_ok() {
            let _ = self.put(&self.dir.join(IDS), &body);
        }
    }
}

/// The body of a cache file whose magic and checksum are right.
fn open(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    if rest.len() < 8 {
        return None;
    }
    let (sum, body) = rest.split_at(8);
    (sum == xxhash_rust::xxh3::xxh3_64(body).to_le_bytes()).then_some(body)
}

/// Read a file's text and its stamp, taken before and after reading from the open file:
/// no stamp when the file changed while it was read.
fn read_still(path: &Path) -> anyhow::Result<(String, Option<Stamp>)> {
    let mut f = match fs::File::open(path) {
        Ok(f) => f,
        // Let the usual reader word the error.
        Err(_) => return Ok((file::read_text(path)?, None)),
    };
    let before = f.metadata().ok().map(|m| Stamp::of(&m));
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

/// The record ids of every partner file, to find a record by id without reading them all.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct IdIndex {
    build: String,
    /// Partner id -> the proof of its file and the ids of its records, one per line (one
    /// string per file reads much faster than one per record).
    pub partners: std::collections::BTreeMap<String, (Proof, String)>,
}

impl IdIndex {
    /// The record ids of `partner`'s file at `path`, if the index holds them and the file
    /// is unchanged since, and whether its proof has just become settled (the index has
    /// changed and is worth writing).
    pub fn get(&mut self, partner: &str, path: &Path) -> Option<(bool, &str)> {
        let now = Stamp::of(&fs::metadata(path).ok()?);
        let entry = self.partners.get_mut(partner)?;
        let held = entry.0.holds(path, now)?;
        let settled = held != entry.0;
        entry.0 = held;
        Some((settled, &entry.1))
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
