struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // row[i] = max of nums[i .. i + p - 1], doubling p up to the largest power <= k
        let k = k as usize;
        let mut row = nums.clone();
        let mut p = 1;
        while 2 * p <= k {
            row = (0..row.len() - p).map(|i| row[i].max(row[i + p])).collect();
            p *= 2;
        }
        let shift = k - p;
        (0..nums.len() - k + 1).map(|i| row[i].max(row[i + shift])).collect()
    }
}
