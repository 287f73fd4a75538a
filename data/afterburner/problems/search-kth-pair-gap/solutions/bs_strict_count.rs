use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn kth_gap(nums: Vec<i64>, k: i64) -> i64 {
        // sorted order from a value -> multiplicity map
        let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut a = Vec::new();
        for (&v, &c) in &counts {
            a.extend(std::iter::repeat(v).take(c));
        }
        let n = a.len();
        let count_below = |d: i64| -> i64 {
            let mut total = 0i64;
            let mut left = 0;
            for right in 0..n {
                while a[right] - a[left] >= d {
                    left += 1;
                }
                total += (right - left) as i64;
            }
            total
        };
        // largest d with fewer than k gaps below it
        let (mut lo, mut hi) = (0i64, a[n - 1] - a[0]);
        while lo < hi {
            let mid = (lo + hi + 1) / 2;
            if count_below(mid) < k {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}
