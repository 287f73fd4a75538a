struct Solution;

impl Solution {
    fn find(dsu: &mut Vec<usize>, mut x: usize) -> usize {
        while dsu[x] != x {
            dsu[x] = dsu[dsu[x]];
            x = dsu[x];
        }
        x
    }

    pub fn path_lengths(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            adj[a].push(b);
            adj[b].push(a);
        }
        let mut asked: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n + 1];
        for (i, qv) in queries.iter().enumerate() {
            let (u, v) = (qv[0] as usize, qv[1] as usize);
            asked[u].push((v, i));
            asked[v].push((u, i));
        }
        // union-find over finished subtrees; anc[root] is the open vertex they hang from
        let mut dsu: Vec<usize> = (0..=n).collect();
        let mut anc: Vec<usize> = (0..=n).collect();
        let mut depth = vec![0i32; n + 1];
        let mut done = vec![false; n + 1];
        let mut res = vec![0i32; queries.len()];
        let mut stack = vec![(1usize, 0usize, false)];
        while let Some((v, p, closing)) = stack.pop() {
            if !closing {
                stack.push((v, p, true));
                for &w in &adj[v] {
                    if w != p {
                        depth[w] = depth[v] + 1;
                        stack.push((w, v, false));
                    }
                }
                continue;
            }
            done[v] = true;
            for &(w, i) in &asked[v] {
                if done[w] {
                    let root = Self::find(&mut dsu, w);
                    res[i] = depth[v] + depth[w] - 2 * depth[anc[root]];
                }
            }
            if p != 0 {
                let rv = Self::find(&mut dsu, v);
                let rp = Self::find(&mut dsu, p);
                dsu[rv] = rp;
                anc[rp] = p;
            }
        }
        res
    }
}
