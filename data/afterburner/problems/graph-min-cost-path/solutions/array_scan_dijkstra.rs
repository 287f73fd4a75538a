struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        // Dijkstra without a heap: scan all vertices for the closest unsettled one
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            adj[a[0] as usize].push((a[1] as usize, a[2] as i64));
        }
        let mut dist = vec![i64::MAX; n + 1];
        let mut done = vec![false; n + 1];
        dist[1] = 0;
        loop {
            let mut u = usize::MAX;
            for v in 1..=n {
                if !done[v] && dist[v] != i64::MAX && (u == usize::MAX || dist[v] < dist[u]) {
                    u = v;
                }
            }
            if u == usize::MAX {
                return -1;
            }
            if u == n {
                return dist[u] as i32;
            }
            done[u] = true;
            for &(v, w) in &adj[u] {
                if dist[u] + w < dist[v] {
                    dist[v] = dist[u] + w;
                }
            }
        }
    }
}
