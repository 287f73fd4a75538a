use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        let mut low: BinaryHeap<i64> = BinaryHeap::new();
        let mut high: BinaryHeap<Reverse<i64>> = BinaryHeap::new();
        let mut out = Vec::with_capacity(nums.len());
        for &x in &nums {
            low.push(x);
            let v = low.pop().unwrap();
            high.push(Reverse(v));
            if high.len() > low.len() {
                let Reverse(v) = high.pop().unwrap();
                low.push(v);
            }
            // for an even count this picks the larger middle element
            if low.len() > high.len() {
                out.push(*low.peek().unwrap());
            } else {
                out.push(high.peek().unwrap().0);
            }
        }
        out
    }
}
