struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Before adding each edge, search from one endpoint for the other.
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut mark = vec![0usize; n + 1];
        let mut stack: Vec<usize> = Vec::new();
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            let stamp = i + 1;
            mark[u] = stamp;
            stack.clear();
            stack.push(u);
            while let Some(x) = stack.pop() {
                if x == v {
                    return stamp as i32;
                }
                for &y in &adj[x] {
                    if mark[y] != stamp {
                        mark[y] = stamp;
                        stack.push(y);
                    }
                }
            }
            adj[u].push(v);
            adj[v].push(u);
        }
        0
    }
}
