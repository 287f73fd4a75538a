use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn covered_length(segments: Vec<Vec<i64>>) -> i64 {
        // min-heap of (start, end); pops come out in start order
        let mut heap: BinaryHeap<Reverse<(i64, i64)>> = segments.iter().map(|s| Reverse((s[0], s[1]))).collect();
        let Reverse((mut start, mut end)) = heap.pop().unwrap();
        let mut total = 0i64;
        while let Some(Reverse((l, r))) = heap.pop() {
            if l > end {
                total += end - start;
                start = l;
                end = r;
            } else if r > end {
                end = r;
            }
        }
        total + end - start
    }
}
