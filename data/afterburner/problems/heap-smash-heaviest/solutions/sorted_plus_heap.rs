use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        // the original weights are consumed from a sorted array (largest first);
        // only the differences go through a heap
        let mut a = weights;
        a.sort_unstable_by(|x, y| y.cmp(x));
        let n = a.len();
        let mut p = 0usize;
        let mut diffs: BinaryHeap<i64> = BinaryHeap::new();
        let mut take = |diffs: &mut BinaryHeap<i64>| -> i64 {
            match diffs.peek() {
                Some(&d) if p == n || d >= a[p] => diffs.pop().unwrap(),
                _ => {
                    p += 1;
                    a[p - 1]
                }
            }
        };
        let mut left = n;
        while left > 1 {
            let x = take(&mut diffs);
            let y = take(&mut diffs);
            if x > y {
                diffs.push(x - y);
                left -= 1;
            } else {
                left -= 2;
            }
        }
        if left == 1 {
            take(&mut diffs)
        } else {
            0
        }
    }
}
