use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        let mut low: BinaryHeap<i64> = BinaryHeap::new(); // smaller half, max on top
        let mut high: BinaryHeap<Reverse<i64>> = BinaryHeap::new(); // larger half
        let mut out = Vec::with_capacity(nums.len());
        for &x in &nums {
            match low.peek() {
                Some(&top) if x > top => high.push(Reverse(x)),
                _ => low.push(x),
            }
            if low.len() > high.len() + 1 {
                let v = low.pop().unwrap();
                high.push(Reverse(v));
            } else if high.len() > low.len() {
                let Reverse(v) = high.pop().unwrap();
                low.push(v);
            }
            out.push(*low.peek().unwrap());
        }
        out
    }
}
