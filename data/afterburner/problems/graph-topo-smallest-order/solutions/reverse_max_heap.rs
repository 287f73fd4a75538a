use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        // build the order from the back: place the largest task nothing unplaced must follow
        let n = n as usize;
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut outdeg = vec![0u32; n + 1];
        for r in &rules {
            pred[r[1] as usize].push(r[0] as usize);
            outdeg[r[0] as usize] += 1;
        }
        let mut heap: BinaryHeap<usize> = (1..=n).filter(|&v| outdeg[v] == 0).collect();
        let mut back = Vec::with_capacity(n);
        while let Some(v) = heap.pop() {
            back.push(v as i32);
            for &u in &pred[v] {
                outdeg[u] -= 1;
                if outdeg[u] == 0 {
                    heap.push(u);
                }
            }
        }
        if back.len() < n {
            return Vec::new();
        }
        back.reverse();
        back
    }
}
