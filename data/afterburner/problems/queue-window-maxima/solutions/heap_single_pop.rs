use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn window_maxima(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut heap = BinaryHeap::new();
        let mut out = Vec::with_capacity(nums.len() - k + 1);
        for (i, &v) in nums.iter().enumerate() {
            heap.push((v, i));
            if i + 1 < k {
                continue;
            }
            if heap.peek().unwrap().1 + k <= i {
                heap.pop();
            }
            out.push(heap.peek().unwrap().0);
        }
        out
    }
}
