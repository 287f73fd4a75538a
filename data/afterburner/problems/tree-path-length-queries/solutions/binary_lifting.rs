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
        let mut log = 1;
        while (1usize << log) < n {
            log += 1;
        }
        // up[k][v]: the 2^k-th ancestor of v (the root is its own parent)
        let mut up = vec![vec![0usize; n + 1]; log];
        let mut depth = vec![-1i32; n + 1];
        depth[1] = 0;
        up[0][1] = 1;
        let mut queue = vec![1usize];
        let mut h = 0;
        while h < queue.len() {
            let x = queue[h];
            h += 1;
            for &y in &adj[x] {
                if depth[y] < 0 {
                    depth[y] = depth[x] + 1;
                    up[0][y] = x;
                    queue.push(y);
                }
            }
        }
        for k in 1..log {
            for v in 1..=n {
                up[k][v] = up[k - 1][up[k - 1][v]];
            }
        }
        queries
            .iter()
            .map(|qv| {
                let (u, v) = (qv[0] as usize, qv[1] as usize);
                let (mut a, mut b) = if depth[u] >= depth[v] { (u, v) } else { (v, u) };
                let mut diff = depth[a] - depth[b];
                let mut k = 0;
                while diff > 0 {
                    if diff & 1 == 1 {
                        a = up[k][a];
                    }
                    diff >>= 1;
                    k += 1;
                }
                if a != b {
                    for k in (0..log).rev() {
                        if up[k][a] != up[k][b] {
                            a = up[k][a];
                            b = up[k][b];
                        }
                    }
                    a = up[0][a];
                }
                depth[u] + depth[v] - 2 * depth[a]
            })
            .collect()
    }
}
