use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        // for each distinct anchor keep the nearest sum below and above the target
        let mut candidates: HashSet<i32> = HashSet::new();
        for i in 0..n - 2 {
            if i > 0 && a[i] == a[i - 1] {
                continue;
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            let (mut under, mut over): (Option<i32>, Option<i32>) = (None, None);
            while lo < hi {
                let s = a[i] + a[lo] + a[hi];
                if s == target {
                    return s;
                }
                if s < target {
                    if under.map_or(true, |u| s > u) {
                        under = Some(s);
                    }
                    lo += 1;
                } else {
                    if over.map_or(true, |o| s < o) {
                        over = Some(s);
                    }
                    hi -= 1;
                }
            }
            candidates.extend(under);
            candidates.extend(over);
        }
        candidates
            .into_iter()
            .min_by_key(|&s| ((s - target).abs(), s))
            .unwrap()
    }
}
