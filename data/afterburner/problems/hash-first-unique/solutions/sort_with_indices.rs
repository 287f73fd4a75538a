struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        // sort (value, index) pairs; a run of length one is a single value
        let mut pairs: Vec<(i64, usize)> = nums.iter().copied().zip(0..).collect();
        pairs.sort_unstable();
        let mut best: Option<usize> = None;
        for run in pairs.chunk_by(|a, b| a.0 == b.0) {
            if run.len() == 1 {
                best = Some(best.map_or(run[0].1, |b| b.min(run[0].1)));
            }
        }
        best.map_or(-1, |i| i as i32)
    }
}
