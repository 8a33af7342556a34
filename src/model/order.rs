//! Stable sorting through one shared routine.
//!
//! Every `slice::sort_by` with its own closure compiles to its own copy of the standard
//! library's sort, one to two kilobytes of WebAssembly each; the explorer sorted in some twenty
//! places. These functions sort the *positions* of the items with a single comparator type
//! (`&dyn Fn`), so the browser build carries one copy of the sort, then move the items into
//! that order. The lists sorted here are small (periods, localities, labels), so the extra
//! indirection costs nothing measurable.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order (like
/// `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` by the key `key` gives, keeping equal items in order (like
/// `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, keeping equal items in order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them (stable): the one place the
/// standard library's sort is instantiated.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position `k` holds what was at `order[k]`, following each cycle
/// of the permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        if placed[start] {
            continue;
        }
        let mut at = start;
        loop {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut v = vec![5, 3, 9, 1, 3, 7];
        sort(&mut v);
        assert_eq!(v, [1, 3, 3, 5, 7, 9]);
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
    }

    proptest! {
        /// Same result as `sort_by` (stability included: the pairs' second halves show the
        /// original order of equal keys).
        #[test]
        fn matches_std_sort_by(keys in proptest::collection::vec(0u8..6, 0..60)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }
}
