struct Solution;

impl Solution {
    pub fn covered_length(segments: Vec<Vec<i64>>) -> i64 {
        let mut xs: Vec<i64> = Vec::with_capacity(segments.len() * 2);
        for s in &segments {
            xs.push(s[0]);
            xs.push(s[1]);
        }
        xs.sort_unstable();
        xs.dedup();
        let mut diff = vec![0i32; xs.len() + 1];
        for s in &segments {
            diff[xs.partition_point(|&x| x < s[0])] += 1;
            diff[xs.partition_point(|&x| x < s[1])] -= 1;
        }
        let mut total = 0i64;
        let mut running = 0i32;
        for i in 0..xs.len().saturating_sub(1) {
            running += diff[i];
            if running > 0 {
                total += xs[i + 1] - xs[i];
            }
        }
        total
    }
}
