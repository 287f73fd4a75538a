struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut graph: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            graph[u].push(v);
            graph[v].push(u);
        }
        let mut disc = vec![0usize; n + 1];
        let mut low = vec![0usize; n + 1];
        let mut parent = vec![0usize; n + 1];
        let mut next = vec![0usize; n + 1];
        let mut stack = Vec::new();
        let (mut clock, mut found) = (0usize, 0i32);
        for root in 1..=n {
            if disc[root] != 0 {
                continue;
            }
            clock += 1;
            disc[root] = clock;
            low[root] = clock;
            stack.push(root);
            while let Some(&u) = stack.last() {
                if next[u] < graph[u].len() {
                    let v = graph[u][next[u]];
                    next[u] += 1;
                    if v == parent[u] {
                        continue;
                    }
                    if disc[v] != 0 {
                        low[u] = low[u].min(disc[v]);
                    } else {
                        clock += 1;
                        disc[v] = clock;
                        low[v] = clock;
                        parent[v] = u;
                        stack.push(v);
                    }
                    continue;
                }
                stack.pop();
                if let Some(&p) = stack.last() {
                    low[p] = low[p].min(low[u]);
                    if low[u] >= disc[p] {
                        found += 1;
                    }
                }
            }
        }
        found
    }
}
