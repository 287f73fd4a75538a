struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        let mut res = vec![0i32; times.len()];
        let mut left = 0;
        for (right, &t) in times.iter().enumerate() {
            while t - times[left] >= w {
                left += 1;
            }
            res[right] = (right - left + 1) as i32;
        }
        res
    }
}
