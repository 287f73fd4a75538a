struct Solution;

const LOG: usize = 17;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        // Minimum spanning forest, then the heaviest edge on the tree path between
        // a and b (binary lifting) decides the query.
        let n = n as usize;
        let mut es = edges;
        es.sort_unstable_by_key(|e| e[2]);
        let mut dsu: Vec<usize> = (0..=n).collect();
        fn find(dsu: &mut [usize], mut x: usize) -> usize {
            while dsu[x] != x {
                dsu[x] = dsu[dsu[x]];
                x = dsu[x];
            }
            x
        }
        let mut tree: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for e in &es {
            let (u, v) = (e[0] as usize, e[1] as usize);
            let (a, b) = (find(&mut dsu, u), find(&mut dsu, v));
            if a == b {
                continue;
            }
            dsu[a] = b;
            tree[u].push((v, e[2]));
            tree[v].push((u, e[2]));
        }
        let mut up = vec![vec![0usize; n + 1]; LOG];
        let mut mx = vec![vec![0i32; n + 1]; LOG];
        let mut depth = vec![-1i32; n + 1];
        let mut comp = vec![0usize; n + 1];
        let mut order: Vec<usize> = Vec::with_capacity(n);
        for r in 1..=n {
            if depth[r] >= 0 {
                continue;
            }
            depth[r] = 0;
            up[0][r] = r;
            comp[r] = r;
            let mut h = order.len();
            order.push(r);
            while h < order.len() {
                let x = order[h];
                h += 1;
                for &(y, w) in &tree[x] {
                    if depth[y] >= 0 {
                        continue;
                    }
                    depth[y] = depth[x] + 1;
                    up[0][y] = x;
                    mx[0][y] = w;
                    comp[y] = r;
                    order.push(y);
                }
            }
        }
        for k in 1..LOG {
            for v in 1..=n {
                let mid = up[k - 1][v];
                up[k][v] = up[k - 1][mid];
                mx[k][v] = mx[k - 1][v].max(mx[k - 1][mid]);
            }
        }
        let path_max = |mut a: usize, mut b: usize| -> i32 {
            let mut best = 0;
            if depth[a] < depth[b] {
                std::mem::swap(&mut a, &mut b);
            }
            let mut diff = (depth[a] - depth[b]) as usize;
            let mut k = 0;
            while diff > 0 {
                if diff & 1 == 1 {
                    best = best.max(mx[k][a]);
                    a = up[k][a];
                }
                diff >>= 1;
                k += 1;
            }
            if a == b {
                return best;
            }
            for k in (0..LOG).rev() {
                if up[k][a] != up[k][b] {
                    best = best.max(mx[k][a]).max(mx[k][b]);
                    a = up[k][a];
                    b = up[k][b];
                }
            }
            best.max(mx[0][a]).max(mx[0][b])
        };
        queries
            .iter()
            .map(|q| {
                let (a, b) = (q[0] as usize, q[1] as usize);
                if a == b || (comp[a] == comp[b] && path_max(a, b) <= q[2]) { '1' } else { '0' }
            })
            .collect()
    }
}
