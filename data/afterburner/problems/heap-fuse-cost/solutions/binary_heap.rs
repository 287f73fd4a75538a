use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        let mut heap: BinaryHeap<Reverse<i64>> = nums.into_iter().map(Reverse).collect();
        let mut total = 0i64;
        while heap.len() > 1 {
            let Reverse(a) = heap.pop().unwrap();
            let Reverse(b) = heap.pop().unwrap();
            total += a + b;
            heap.push(Reverse(a + b));
        }
        total
    }
}
