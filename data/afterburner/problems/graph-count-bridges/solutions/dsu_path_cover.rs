struct Solution;

impl Solution {
    /// The highest vertex reachable from `x` over covered tree edges.
    fn top(jump: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while jump[r] != r {
            r = jump[r];
        }
        let mut cur = x;
        while jump[cur] != r {
            let next = jump[cur];
            jump[cur] = r;
            cur = next;
        }
        r
    }

    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Spanning forest by an explicit-stack search; each non-tree edge covers
        // its tree path. A union-find jumps over tree edges already covered, so
        // every tree edge is covered at most once.
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n + 1]; // (neighbour, edge id)
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push((v, i));
            adj[v].push((u, i));
        }
        let mut parent = vec![0usize; n + 1];
        let mut depth = vec![-1i32; n + 1];
        let mut is_tree = vec![false; edges.len()];
        let mut bridges = 0i32;
        let mut stack = Vec::new();
        for root in 1..=n {
            if depth[root] >= 0 {
                continue;
            }
            depth[root] = 0;
            stack.push(root);
            while let Some(u) = stack.pop() {
                for &(v, i) in &adj[u] {
                    if depth[v] < 0 {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        is_tree[i] = true;
                        bridges += 1;
                        stack.push(v);
                    }
                }
            }
        }
        let mut jump: Vec<usize> = (0..=n).collect();
        for (i, e) in edges.iter().enumerate() {
            if is_tree[i] {
                continue;
            }
            let mut a = Self::top(&mut jump, e[0] as usize);
            let mut b = Self::top(&mut jump, e[1] as usize);
            while a != b {
                if depth[a] < depth[b] {
                    std::mem::swap(&mut a, &mut b);
                }
                jump[a] = parent[a]; // cover the edge a - parent[a]
                bridges -= 1;
                a = Self::top(&mut jump, a);
            }
        }
        bridges
    }
}
