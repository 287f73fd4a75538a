use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut heap: BinaryHeap<Reverse<(i64, usize, usize)>> =
            (0..n - 1).map(|i| Reverse((a[i + 1] - a[i], i, i + 1))).collect();
        for _ in 1..k {
            let Reverse((_, i, j)) = heap.pop().unwrap();
            if j + 1 < n {
                heap.push(Reverse((a[j + 1] - a[i], i, j + 1)));
            }
        }
        heap.peek().unwrap().0 .0
    }
}
