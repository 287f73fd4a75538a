struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
        // With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
        // the subtree sum below a tree edge counts the edges covering it.
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n + 1]; // (neighbour, edge id)
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push((v, i));
            adj[v].push((u, i));
        }
        let mut parent = vec![0usize; n + 1];
        let mut depth = vec![usize::MAX; n + 1];
        let mut order = Vec::with_capacity(n);
        let mut in_tree = vec![false; edges.len()];
        for root in 1..=n {
            if depth[root] != usize::MAX {
                continue;
            }
            depth[root] = 0;
            parent[root] = root;
            let mut head = order.len();
            order.push(root);
            while head < order.len() {
                let u = order[head];
                head += 1;
                for &(v, i) in &adj[u] {
                    if depth[v] == usize::MAX {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        in_tree[i] = true;
                        order.push(v);
                    }
                }
            }
        }
        let max_depth = depth[1..].iter().copied().max().unwrap_or(0);
        let mut levels = 1;
        while (1usize << levels) <= max_depth {
            levels += 1;
        }
        let mut up: Vec<Vec<usize>> = vec![parent.clone()];
        for k in 1..levels {
            let next: Vec<usize> = (0..=n).map(|v| up[k - 1][up[k - 1][v]]).collect();
            up.push(next);
        }
        let lca = |mut a: usize, mut b: usize| -> usize {
            if depth[a] < depth[b] {
                std::mem::swap(&mut a, &mut b);
            }
            let mut diff = depth[a] - depth[b];
            let mut k = 0;
            while diff > 0 {
                if diff & 1 == 1 {
                    a = up[k][a];
                }
                diff >>= 1;
                k += 1;
            }
            if a == b {
                return a;
            }
            for k in (0..levels).rev() {
                if up[k][a] != up[k][b] {
                    a = up[k][a];
                    b = up[k][b];
                }
            }
            parent[a]
        };
        let mut cover = vec![0i32; n + 1];
        for (i, e) in edges.iter().enumerate() {
            if in_tree[i] {
                continue;
            }
            let (u, v) = (e[0] as usize, e[1] as usize);
            cover[u] += 1;
            cover[v] += 1;
            cover[lca(u, v)] -= 2;
        }
        let mut bridges = 0;
        for &v in order.iter().rev() {
            if parent[v] == v {
                continue;
            }
            cover[parent[v]] += cover[v];
            if cover[v] == 0 {
                bridges += 1;
            }
        }
        bridges
    }
}
