//! The first few items of a long list in a given order, chosen as the list goes by: what a
//! report shows of a list too long to show whole, in memory that grows with what it
//! shows, not with the list.

use std::cmp::Ordering;

/// The first `limit` items of those given, in `order`, ties in the order they were given
/// (as a stable sort would put them). Every other item is handed back as it falls out,
/// with its place in the order given, so the caller can count what it does not show.
pub struct Top<T> {
    limit: Option<usize>,
    order: fn(&T, &T) -> Ordering,
    items: Vec<(T, u64)>,
    given: u64,
}

impl<T> Top<T> {
    /// Keep the first `limit` items; `None` keeps every item.
    pub fn new(limit: Option<usize>, order: fn(&T, &T) -> Ordering) -> Self {
        Top {
            limit,
            order,
            items: Vec::new(),
            given: 0,
        }
    }

    /// Add an item; `out` gets those that can no longer be among the first.
    pub fn push(&mut self, item: T, out: impl FnMut(T, u64)) {
        self.items.push((item, self.given));
        self.given += 1;
        if let Some(limit) = self.limit {
            // Sorting only when twice the limit are held keeps a push cheap on average.
            if self.items.len() >= limit.saturating_mul(2).max(64) {
                self.keep(limit, out);
            }
        }
    }

    /// The first items, in order; `out` gets the rest.
    pub fn finish(mut self, out: impl FnMut(T, u64)) -> Vec<T> {
        self.keep(self.limit.unwrap_or(usize::MAX), out);
        self.items.into_iter().map(|(item, _)| item).collect()
    }

    fn keep(&mut self, limit: usize, mut out: impl FnMut(T, u64)) {
        let order = self.order;
        self.items
            .sort_by(|(a, i), (b, j)| order(a, b).then(i.cmp(j)));
        if self.items.len() > limit {
            for (item, at) in self.items.drain(limit..) {
                out(item, at);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_tens(a: &u32, b: &u32) -> Ordering {
        (a / 10).cmp(&(b / 10))
    }

    proptest! {
        /// Whatever the list and the limit, the items kept are the first of a stable sort
        /// and every other item is handed back once.
        #[test]
        fn keeps_the_first_of_a_stable_sort(list in prop::collection::vec(0u32..200, 0..400), limit in 0usize..60) {
            let mut top = Top::new(Some(limit), by_tens);
            let mut out = Vec::new();
            for &n in &list {
                top.push(n, |item, at| out.push((item, at)));
            }
            let kept = top.finish(|item, at| out.push((item, at)));
            let mut sorted = list.clone();
            sorted.sort_by(by_tens);
            prop_assert_eq!(&kept[..], &sorted[..limit.min(list.len())]);
            prop_assert_eq!(kept.len() + out.len(), list.len());
            for (item, at) in out {
                prop_assert_eq!(list[at as usize], item);
            }
        }
    }

    #[test]
    fn without_a_limit_every_item_is_kept_in_order() {
        let mut top = Top::new(None, by_tens);
        for n in [35, 12, 31, 7, 19] {
            top.push(n, |_, _| panic!("nothing falls out without a limit"));
        }
        assert_eq!(top.finish(|_, _| unreachable!()), vec![7, 12, 19, 35, 31]);
    }
}
