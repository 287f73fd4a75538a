use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        // min-heap of every square, popped in order
        let mut heap: BinaryHeap<Reverse<i64>> = nums.iter().map(|&x| Reverse(x * x)).collect();
        let mut result = Vec::with_capacity(nums.len());
        while let Some(Reverse(v)) = heap.pop() {
            result.push(v);
        }
        result
    }
}
