use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        // shortest distances from the root, every edge weighing 1
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push(v);
            adj[v].push(u);
        }
        let mut dist = vec![i32::MAX; n + 1];
        dist[1] = 0;
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0i32, 1usize)));
        while let Some(Reverse((d, node))) = heap.pop() {
            if d > dist[node] {
                continue;
            }
            for &nxt in &adj[node] {
                if d + 1 < dist[nxt] {
                    dist[nxt] = d + 1;
                    heap.push(Reverse((d + 1, nxt)));
                }
            }
        }
        *dist[1..].iter().max().unwrap()
    }
}
