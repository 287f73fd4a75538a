use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        // adjacency in compressed rows: start[u] .. start[u + 1]
        let mut start = vec![0usize; n + 2];
        for a in &arcs {
            start[a[0] as usize + 1] += 1;
        }
        for u in 1..n + 2 {
            start[u] += start[u - 1];
        }
        let mut fill = start.clone();
        let mut to = vec![0usize; arcs.len()];
        let mut cost = vec![0i32; arcs.len()];
        for a in &arcs {
            let i = fill[a[0] as usize];
            fill[a[0] as usize] += 1;
            to[i] = a[1] as usize;
            cost[i] = a[2];
        }
        let mut dist = vec![i32::MAX; n + 1];
        let mut heap = BinaryHeap::new();
        dist[1] = 0;
        heap.push(Reverse((0i32, 1usize)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            if u == n {
                return d;
            }
            for i in start[u]..start[u + 1] {
                let nd = d + cost[i];
                if nd < dist[to[i]] {
                    dist[to[i]] = nd;
                    heap.push(Reverse((nd, to[i])));
                }
            }
        }
        -1
    }
}
