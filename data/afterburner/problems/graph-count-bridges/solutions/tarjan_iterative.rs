struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // adjacency in compressed rows; every arc keeps its edge id, so the search
        // skips exactly the edge it entered a vertex by
        let n = n as usize;
        let m = edges.len();
        let mut start = vec![0usize; n + 2];
        for e in &edges {
            start[e[0] as usize + 1] += 1;
            start[e[1] as usize + 1] += 1;
        }
        for v in 1..n + 2 {
            start[v] += start[v - 1];
        }
        let mut fill = start.clone();
        let mut to = vec![0usize; 2 * m];
        let mut id = vec![0usize; 2 * m];
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            to[fill[u]] = v;
            id[fill[u]] = i;
            fill[u] += 1;
            to[fill[v]] = u;
            id[fill[v]] = i;
            fill[v] += 1;
        }
        let mut disc = vec![0usize; n + 1];
        let mut low = vec![0usize; n + 1];
        let mut ptr = vec![0usize; n + 1];
        let mut via = vec![usize::MAX; n + 1];
        let mut call: Vec<usize> = Vec::with_capacity(n);
        let (mut timer, mut bridges) = (0usize, 0i32);
        for root in 1..=n {
            if disc[root] != 0 {
                continue;
            }
            timer += 1;
            disc[root] = timer;
            low[root] = timer;
            ptr[root] = start[root];
            call.push(root);
            while let Some(&u) = call.last() {
                if ptr[u] < start[u + 1] {
                    let k = ptr[u];
                    ptr[u] += 1;
                    if id[k] == via[u] {
                        continue;
                    }
                    let v = to[k];
                    if disc[v] != 0 {
                        low[u] = low[u].min(disc[v]);
                    } else {
                        timer += 1;
                        disc[v] = timer;
                        low[v] = timer;
                        ptr[v] = start[v];
                        via[v] = id[k];
                        call.push(v);
                    }
                    continue;
                }
                call.pop();
                if let Some(&p) = call.last() {
                    low[p] = low[p].min(low[u]);
                    if low[u] > disc[p] {
                        bridges += 1;
                    }
                }
            }
        }
        bridges
    }
}
