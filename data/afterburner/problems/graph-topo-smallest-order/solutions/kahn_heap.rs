use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut indeg = vec![0u32; n + 1];
        for r in &rules {
            succ[r[0] as usize].push(r[1] as usize);
            indeg[r[1] as usize] += 1;
        }
        let mut ready: BinaryHeap<Reverse<usize>> = (1..=n).filter(|&v| indeg[v] == 0).map(Reverse).collect();
        let mut order = Vec::with_capacity(n);
        while let Some(Reverse(u)) = ready.pop() {
            order.push(u as i32);
            for &v in &succ[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    ready.push(Reverse(v));
                }
            }
        }
        if order.len() < n {
            order.clear();
        }
        order
    }
}
