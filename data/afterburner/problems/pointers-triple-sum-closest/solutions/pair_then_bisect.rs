struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut best = a[0] + a[1] + a[2];
        let mut best_gap = (best - target).abs();
        for i in 0..n - 2 {
            for j in i + 1..n - 1 {
                let base = a[i] + a[j];
                let key = target - base;
                let k = j + 1 + a[j + 1..].partition_point(|&v| v < key);
                for idx in [k - 1, k] {
                    if idx <= j || idx >= n {
                        continue;
                    }
                    let s = base + a[idx];
                    let gap = (s - target).abs();
                    if gap < best_gap || (gap == best_gap && s < best) {
                        best = s;
                        best_gap = gap;
                    }
                }
            }
        }
        best
    }
}
