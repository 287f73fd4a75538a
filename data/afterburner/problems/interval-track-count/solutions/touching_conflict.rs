use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn min_tracks(mut intervals: Vec<Vec<i64>>) -> i32 {
        intervals.sort_unstable();
        let mut ends: BinaryHeap<Reverse<i64>> = BinaryHeap::new();
        for iv in &intervals {
            if let Some(&Reverse(first)) = ends.peek() {
                if first < iv[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(iv[1]));
        }
        ends.len() as i32
    }
}
