//! Files read ahead of the caller, on reading threads of their own, and handed back to
//! the thread that read them when the caller is done with them.
//!
//! A pass over every partner reads each file on a reading thread while the caller folds
//! the one before. Each value is given back to the thread that read it when the caller
//! drops it (see [`Held`]), so its memory is freed by the thread that made it and reused
//! for the next file read there: memory freed on another thread is kept by the allocator
//! for the rest of the pass, which made such a pass grow with the workspace.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::{Arc, Condvar, Mutex, mpsc};

/// Files read ahead of the caller, on all reading threads together.
const AHEAD: usize = 16;

/// Files a reading thread takes at a time, and hands the caller at once: waking the
/// caller for each file cost more than reading a small one.
const CHUNK: usize = 4;

/// Every one of `ids` read with `load`, in order, ahead of the caller on reading threads
/// (one for each core, two to four). `noun` names what the files are, for the error
/// said if the reading stops before the end.
pub fn read<T: Send + 'static>(
    ids: Vec<String>,
    noun: &'static str,
    load: impl Fn(&str) -> anyhow::Result<T> + Send + Sync + 'static,
) -> Ahead<T> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    let left = ids.len();
    let (ids, turns, load) = (Arc::new(ids), Arc::new(Turns::default()), Arc::new(load));
    let (tx, rx) = mpsc::channel();
    for _ in 0..threads {
        let (ids, turns, load, tx) = (ids.clone(), turns.clone(), load.clone(), tx.clone());
        std::thread::spawn(move || {
            // A fault outside a file's reading (a value's drop) ends this thread with
            // files it took unsent: stop every thread, so the caller is told the reading
            // stopped rather than left waiting for them.
            let _fault = StopOnFault(&turns);
            let (back, returned) = mpsc::channel::<T>();
            while let Some(taken) = turns.take(ids.len()) {
                // what the caller is done with is dropped here, before the next files
                while let Ok(done) = returned.try_recv() {
                    drop(done);
                }
                let start = taken.start;
                let read: Vec<anyhow::Result<Held<T>>> = ids[taken]
                    .iter()
                    .map(|id| {
                        // a fault in one file's reading is that file's error, in its
                        // place, not a caller left waiting for it
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load(id)))
                            .unwrap_or_else(|_| Err(anyhow::anyhow!("reading `{id}` failed")))
                            .map(|value| Held {
                                value: Some(value),
                                back: Some(back.clone()),
                            })
                    })
                    .collect();
                if tx.send((start, read)).is_err() {
                    return; // the caller stopped reading
                }
            }
            drop((tx, back));
            // until the caller has given back every value it was sent
            for done in returned {
                drop(done);
            }
        });
    }
    Ahead {
        rx,
        turns,
        noun,
        waiting: VecDeque::new(),
        next: 0,
        left,
    }
}

/// A value read from a file, which the caller uses as the value itself (it dereferences
/// to it) and drops when done; it is then dropped on the thread that read it.
pub struct Held<T: Send + 'static> {
    /// Always `Some` until dropped or taken.
    value: Option<T>,
    /// To the thread that read it; `None` when read on this one.
    back: Option<mpsc::Sender<T>>,
}

impl<T: Send + 'static> Held<T> {
    /// A value read on this thread.
    pub fn here(value: T) -> Self {
        Held {
            value: Some(value),
            back: None,
        }
    }

    /// The value itself, to keep: freed wherever it is dropped.
    pub fn into_inner(mut self) -> T {
        self.value
            .take()
            .expect("a held value is there until dropped")
    }
}

impl<T: Send + 'static> std::ops::Deref for Held<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.value
            .as_ref()
            .expect("a held value is there until dropped")
    }
}

impl<T: Send + 'static> Drop for Held<T> {
    fn drop(&mut self) {
        if let (Some(value), Some(back)) = (self.value.take(), &self.back) {
            // when the reading thread is gone, `send` gives it back and it drops here
            let _ = back.send(value);
        }
    }
}

/// Which files the reading threads take next, and how far the caller has come.
#[derive(Default)]
struct Turns {
    at: Mutex<At>,
    moved: Condvar,
}

#[derive(Default)]
struct At {
    /// The next file to take.
    next: usize,
    /// Files the caller has taken.
    taken: usize,
    /// Reading threads waiting for the caller.
    sleeping: usize,
    /// The caller stopped reading.
    stopped: bool,
}

impl Turns {
    /// The next files to read (at most [`CHUNK`]), once they are at most [`AHEAD`] ahead
    /// of the caller; `None` when every one of `count` is taken.
    fn take(&self, count: usize) -> Option<Range<usize>> {
        let mut at = self.at.lock().ok()?;
        while !at.stopped && at.next < count && at.next + CHUNK > at.taken + AHEAD {
            at.sleeping += 1;
            at = self.moved.wait(at).ok()?;
            at.sleeping -= 1;
        }
        (!at.stopped && at.next < count).then(|| {
            let start = at.next;
            at.next = count.min(start + CHUNK);
            start..at.next
        })
    }

    /// Take no more files, and wake the threads waiting to take some.
    fn stop(&self) {
        if let Ok(mut at) = self.at.lock() {
            at.stopped = true;
        }
        self.moved.notify_all();
    }

    /// The caller has taken `n` files. Threads waiting to read are woken once half the
    /// files read ahead are taken, not for each one.
    fn taken(&self, n: usize) {
        let Ok(mut at) = self.at.lock() else {
            return;
        };
        at.taken = n;
        if at.sleeping > 0 && at.next - at.taken <= AHEAD / 2 {
            self.moved.notify_all();
        }
    }
}

impl<T: Send + 'static> Drop for Ahead<T> {
    /// Reading threads waiting for the caller stop.
    fn drop(&mut self) {
        self.turns.stop();
    }
}

/// Stops every reading thread if the thread holding it ends in a panic.
struct StopOnFault<'a>(&'a Turns);

impl Drop for StopOnFault<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// The files the reading threads read ahead, in order.
pub struct Ahead<T: Send + 'static> {
    /// Files as they are read, a few at a time, with the place of the first.
    rx: mpsc::Receiver<(usize, Vec<anyhow::Result<Held<T>>>)>,
    turns: Arc<Turns>,
    noun: &'static str,
    /// Files read before those ahead of them: `waiting[k]` is file `next + k`.
    waiting: VecDeque<Option<anyhow::Result<Held<T>>>>,
    /// The place of the next file.
    next: usize,
    /// Files not yet returned.
    left: usize,
}

impl<T: Send + 'static> Iterator for Ahead<T> {
    type Item = anyhow::Result<Held<T>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        while !matches!(self.waiting.front(), Some(Some(_))) {
            let Ok((start, files)) = self.rx.recv() else {
                // Every reading thread stopped before every file was read: say so rather
                // than return part of the workspace.
                self.left = 0;
                return Some(Err(anyhow::anyhow!(
                    "reading the {} files stopped before the end",
                    self.noun
                )));
            };
            let k = start - self.next;
            if self.waiting.len() < k + files.len() {
                self.waiting.resize_with(k + files.len(), || None);
            }
            for (j, file) in files.into_iter().enumerate() {
                self.waiting[k + j] = Some(file);
            }
        }
        let file = self.waiting.pop_front().flatten();
        self.next += 1;
        self.left -= 1;
        self.turns.taken(self.next);
        file
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread::ThreadId;

    /// A value that says, when dropped, on which thread it was made and on which dropped.
    struct Traced {
        made: ThreadId,
        dropped: mpsc::Sender<(ThreadId, ThreadId)>,
    }

    impl Drop for Traced {
        fn drop(&mut self) {
            let _ = self.dropped.send((self.made, std::thread::current().id()));
        }
    }

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("p{i:04}")).collect()
    }

    #[test]
    fn files_come_in_order_with_each_error_in_its_place() {
        let read: Vec<Result<String, String>> = read(ids(500), "partner", |id: &str| {
            if id.ends_with('7') {
                anyhow::bail!("`{id}` does not read")
            }
            // uneven work, so that threads finish out of order
            if id.ends_with("3") {
                std::thread::sleep(std::time::Duration::from_micros(200));
            }
            Ok(id.to_uppercase())
        })
        .map(|r| r.map(|h| h.clone()).map_err(|e| e.to_string()))
        .collect();
        assert_eq!(read.len(), 500);
        for (i, r) in read.iter().enumerate() {
            let id = format!("p{i:04}");
            if i % 10 == 7 {
                assert_eq!(r, &Err(format!("`{id}` does not read")));
            } else {
                assert_eq!(r, &Ok(id.to_uppercase()));
            }
        }
    }

    #[test]
    fn a_fault_in_reading_one_file_is_that_files_error() {
        let read: Vec<Result<usize, String>> = read(ids(40), "goal", |id: &str| {
            assert!(id != "p0021", "a fault");
            Ok(id.len())
        })
        .map(|r| r.map(|h| *h).map_err(|e| e.to_string()))
        .collect();
        assert_eq!(read.len(), 40);
        assert_eq!(read[21], Err("reading `p0021` failed".to_string()));
        assert!(read.iter().enumerate().all(|(i, r)| i == 21 || r == &Ok(5)));
    }

    #[test]
    fn each_value_is_dropped_on_the_thread_that_read_it() {
        let (dropped, drops) = mpsc::channel();
        let here = std::thread::current().id();
        let mut kept = Vec::new();
        for (i, held) in read(ids(300), "partner", move |_: &str| {
            Ok(Traced {
                made: std::thread::current().id(),
                dropped: dropped.clone(),
            })
        })
        .enumerate()
        {
            let held = held.unwrap();
            assert_ne!(held.made, here, "read on a thread of its own");
            // a value kept is the caller's: it is freed where the caller drops it
            if i % 100 == 0 {
                kept.push(held.into_inner());
            }
        }
        drop(kept);
        let drops: Vec<(ThreadId, ThreadId)> = drops.iter().collect();
        assert_eq!(drops.len(), 300);
        let (at_home, kept): (Vec<_>, Vec<_>) = drops.iter().partition(|(m, d)| m == d);
        assert_eq!(at_home.len(), 297);
        assert!(kept.iter().all(|(_, d)| *d == here));
    }

    /// A value whose drop fails.
    struct Faulty(usize);

    impl Drop for Faulty {
        fn drop(&mut self) {
            assert!(self.0 != 0, "a fault in a drop");
        }
    }

    #[test]
    fn a_fault_in_a_reading_thread_ends_the_reading_with_an_error() {
        let (done, said) = mpsc::channel();
        std::thread::spawn(move || {
            let n = std::sync::atomic::AtomicUsize::new(0);
            let read: Vec<Result<usize, String>> = read(ids(200), "partner", move |_: &str| {
                Ok(Faulty(n.fetch_add(1, std::sync::atomic::Ordering::Relaxed)))
            })
            .map(|r| r.map(|h| h.0).map_err(|e| e.to_string()))
            .collect();
            let _ = done.send(read);
        });
        let read = said
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("the caller is not left waiting");
        assert!(read.len() < 200, "the reading stopped");
        assert_eq!(
            read.last(),
            Some(&Err(
                "reading the partner files stopped before the end".to_string()
            ))
        );
    }

    #[test]
    fn a_caller_that_stops_early_leaves_no_thread_waiting() {
        let (dropped, drops) = mpsc::channel();
        let first: Vec<Held<Traced>> = read(ids(200), "partner", move |_: &str| {
            Ok(Traced {
                made: std::thread::current().id(),
                dropped: dropped.clone(),
            })
        })
        .take(3)
        .map(Result::unwrap)
        .collect();
        drop(first);
        // every value read is dropped, and the reading threads end, closing the channel
        let drops: Vec<_> = drops.iter().collect();
        assert!(drops.len() >= 3 && drops.len() <= 3 + AHEAD + CHUNK);
    }
}
