struct Solution;

impl Solution {
    pub fn path_lengths(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            adj[a].push(b);
            adj[b].push(a);
        }
        let mut parent = vec![0usize; n + 1];
        let mut depth = vec![0i32; n + 1];
        let mut order = Vec::with_capacity(n);
        order.push(1usize);
        let mut i = 0;
        while i < order.len() {
            let v = order[i];
            i += 1;
            for &w in &adj[v] {
                if w != parent[v] {
                    parent[w] = v;
                    depth[w] = depth[v] + 1;
                    order.push(w);
                }
            }
        }
        let mut size = vec![1usize; n + 1];
        let mut heavy = vec![0usize; n + 1];
        let mut head = vec![0usize; n + 1];
        for &v in order[1..].iter().rev() {
            let p = parent[v];
            size[p] += size[v];
            if heavy[p] == 0 || size[v] > size[heavy[p]] {
                heavy[p] = v;
            }
        }
        for &v in &order {
            // parents come before children in BFS order
            let p = parent[v];
            head[v] = if p != 0 && heavy[p] == v { head[p] } else { v };
        }
        queries
            .iter()
            .map(|qv| {
                let (u, v) = (qv[0] as usize, qv[1] as usize);
                let (mut a, mut b) = (u, v);
                while head[a] != head[b] {
                    if depth[head[a]] > depth[head[b]] {
                        a = parent[head[a]];
                    } else {
                        b = parent[head[b]];
                    }
                }
                let l = if depth[a] < depth[b] { a } else { b };
                depth[u] + depth[v] - 2 * depth[l]
            })
            .collect()
    }
}
