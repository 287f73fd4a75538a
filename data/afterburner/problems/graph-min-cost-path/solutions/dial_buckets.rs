struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        // costs are at most 100: a ring of 101 buckets replaces the heap
        const W: usize = 100;
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            adj[a[0] as usize].push((a[1] as usize, a[2] as usize));
        }
        let mut dist = vec![usize::MAX; n + 1];
        let mut done = vec![false; n + 1];
        let mut ring: Vec<Vec<usize>> = vec![Vec::new(); W + 1];
        dist[1] = 0;
        ring[0].push(1);
        let mut pending = 1usize;
        let mut d = 0usize;
        while pending > 0 {
            while let Some(u) = ring[d % (W + 1)].pop() {
                pending -= 1;
                if done[u] || dist[u] != d {
                    continue;
                }
                done[u] = true;
                if u == n {
                    return d as i32;
                }
                for &(v, w) in &adj[u] {
                    if !done[v] && d + w < dist[v] {
                        dist[v] = d + w;
                        ring[(d + w) % (W + 1)].push(v);
                        pending += 1;
                    }
                }
            }
            d += 1;
        }
        -1
    }
}
