use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn window_counts(times: Vec<i64>, w: i64) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let mut res = Vec::with_capacity(times.len());
        for &t in &times {
            heap.push(Reverse(t));
            while let Some(&Reverse(oldest)) = heap.peek() {
                if oldest > t - w {
                    break;
                }
                heap.pop();
            }
            res.push(heap.len() as i32);
        }
        res
    }
}
