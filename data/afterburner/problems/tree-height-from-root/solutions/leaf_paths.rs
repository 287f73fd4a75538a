struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push(v);
            adj[v].push(u);
        }
        let mut parent = vec![0usize; n + 1];
        let mut stack = vec![1usize];
        while let Some(node) = stack.pop() {
            for &nxt in &adj[node] {
                if nxt != parent[node] {
                    parent[nxt] = node;
                    stack.push(nxt);
                }
            }
        }
        // walk from every vertex up to the root and keep the longest walk
        let mut best = 0;
        for v in 2..=n {
            let mut steps = 0;
            let mut x = v;
            while x != 1 {
                x = parent[x];
                steps += 1;
            }
            best = best.max(steps);
        }
        best
    }
}
