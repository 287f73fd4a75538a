use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        let mut heap: BinaryHeap<i64> = weights.into_iter().collect();
        while heap.len() > 1 {
            let x = heap.pop().unwrap();
            let y = heap.pop().unwrap();
            if x > y {
                heap.push(x - y);
            }
        }
        heap.pop().unwrap_or(0)
    }
}
