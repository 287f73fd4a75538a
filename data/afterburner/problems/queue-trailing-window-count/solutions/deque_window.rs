use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        let mut window: VecDeque<i64> = VecDeque::new();
        let mut res = Vec::with_capacity(times.len());
        for &t in &times {
            window.push_back(t);
            while t - window[0] >= w {
                window.pop_front();
            }
            res.push(window.len() as i32);
        }
        res
    }
}
