struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // one pass over the edges: an edge extends the depth of whichever end is known
        let mut depth = vec![-1i32; n as usize + 1];
        depth[1] = 0;
        let mut best = 0;
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            if depth[u] >= 0 && depth[v] < 0 {
                depth[v] = depth[u] + 1;
            } else if depth[v] >= 0 && depth[u] < 0 {
                depth[u] = depth[v] + 1;
            }
            best = best.max(depth[u]).max(depth[v]);
        }
        best
    }
}
