struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        (0..times.len())
            .map(|i| {
                let edge = times[i] - w;
                // first index whose time is greater than edge
                let first = times[..=i].partition_point(|&t| t <= edge);
                (i + 1 - first) as i32
            })
            .collect()
    }
}
