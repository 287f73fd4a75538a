struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        // adjacency in compressed form: neighbours of v are adj[start[v] .. start[v + 1]]
        let mut start = vec![0usize; n + 2];
        for e in &edges {
            start[e[0] as usize + 1] += 1;
            start[e[1] as usize + 1] += 1;
        }
        for v in 1..=n + 1 {
            start[v] += start[v - 1];
        }
        let mut fill = start[..=n].to_vec();
        let mut adj = vec![0usize; 2 * (n - 1)];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[fill[u]] = v;
            fill[u] += 1;
            adj[fill[v]] = u;
            fill[v] += 1;
        }
        let mut depth = vec![-1i32; n + 1];
        let mut queue = Vec::with_capacity(n);
        depth[1] = 0;
        queue.push(1usize);
        let mut best = 0;
        let mut head = 0;
        while head < queue.len() {
            let node = queue[head];
            head += 1;
            for &nxt in &adj[start[node]..start[node + 1]] {
                if depth[nxt] < 0 {
                    depth[nxt] = depth[node] + 1;
                    best = best.max(depth[nxt]);
                    queue.push(nxt);
                }
            }
        }
        best
    }
}
