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
        // Euler tour of depths: the LCA depth is the minimum between the first visits
        let mut depth = vec![0i32; n + 1];
        let mut first = vec![0usize; n + 1];
        let mut parent = vec![0usize; n + 1];
        let mut next = vec![0usize; n + 1];
        let mut tour: Vec<i32> = Vec::with_capacity(2 * n);
        tour.push(0);
        let mut stack = vec![1usize];
        while let Some(&v) = stack.last() {
            if next[v] < adj[v].len() {
                let w = adj[v][next[v]];
                next[v] += 1;
                if w == parent[v] {
                    continue;
                }
                parent[w] = v;
                depth[w] = depth[v] + 1;
                first[w] = tour.len();
                tour.push(depth[w]);
                stack.push(w);
            } else {
                stack.pop();
                if let Some(&top) = stack.last() {
                    tour.push(depth[top]);
                }
            }
        }
        let m = tour.len();
        let mut table = vec![tour];
        let mut span = 1;
        while 2 * span <= m {
            let prev = table.last().unwrap();
            let row: Vec<i32> = (0..m - 2 * span + 1).map(|i| prev[i].min(prev[i + span])).collect();
            table.push(row);
            span *= 2;
        }
        queries
            .iter()
            .map(|qv| {
                let (u, v) = (qv[0] as usize, qv[1] as usize);
                let (l, r) = (first[u].min(first[v]), first[u].max(first[v]));
                let k = (usize::BITS - 1 - (r - l + 1).leading_zeros()) as usize;
                let low = table[k][l].min(table[k][r + 1 - (1 << k)]);
                depth[u] + depth[v] - 2 * low
            })
            .collect()
    }
}
