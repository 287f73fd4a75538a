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
        // a fresh breadth-first search from u for every query, stopping at v
        let mut dist = vec![0i32; n + 1];
        let mut stamp = vec![usize::MAX; n + 1];
        let mut queue = vec![0usize; n];
        let mut res = Vec::with_capacity(queries.len());
        for (qi, qv) in queries.iter().enumerate() {
            let (u, v) = (qv[0] as usize, qv[1] as usize);
            let (mut head, mut tail) = (0, 1);
            queue[0] = u;
            stamp[u] = qi;
            dist[u] = 0;
            while head < tail && stamp[v] != qi {
                let x = queue[head];
                head += 1;
                for &y in &adj[x] {
                    if stamp[y] != qi {
                        stamp[y] = qi;
                        dist[y] = dist[x] + 1;
                        queue[tail] = y;
                        tail += 1;
                    }
                }
            }
            res.push(dist[v]);
        }
        res
    }
}
