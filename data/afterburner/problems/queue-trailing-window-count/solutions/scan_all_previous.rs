struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        let n = times.len();
        let mut res = vec![0i32; n];
        for i in 0..n {
            let mut count = 0;
            for j in 0..=i {
                if times[i] - times[j] < w {
                    count += 1;
                }
            }
            res[i] = count;
        }
        res
    }
}
