use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // A min-heap hands out intervals by start; pop while they meet the block.
        let mut heap: BinaryHeap<Reverse<(i32, i32)>> = intervals.iter().map(|iv| Reverse((iv[0], iv[1]))).collect();
        let mut result = Vec::new();
        while let Some(Reverse((l, mut r))) = heap.pop() {
            while let Some(&Reverse((l2, r2))) = heap.peek() {
                if l2 > r {
                    break;
                }
                heap.pop();
                r = r.max(r2);
            }
            result.push(vec![l, r]);
        }
        result
    }
}
