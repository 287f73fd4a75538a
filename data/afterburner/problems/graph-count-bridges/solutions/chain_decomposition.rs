use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Build a DFS forest; every back edge marks the tree path it spans as
        // "on a cycle", walking up until an already visited vertex. Tree edges
        // that stay unmarked are the bridges. The adjacency lists live in a hash
        // map keyed by vertex (isolated vertices have none).
        let n = n as usize;
        let mut adj: HashMap<usize, Vec<usize>> = HashMap::new();
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj.entry(u).or_default().push(v);
            adj.entry(v).or_default().push(u);
        }
        let none: Vec<usize> = Vec::new();
        let around = |u: usize| adj.get(&u).unwrap_or(&none);
        let mut order = vec![0usize; n + 1];
        let mut parent = vec![0usize; n + 1];
        let mut preorder = Vec::with_capacity(n);
        let mut stack: Vec<(usize, usize)> = Vec::new(); // (vertex, next neighbour index)
        let mut t = 0;
        for root in 1..=n {
            if order[root] != 0 {
                continue;
            }
            t += 1;
            order[root] = t;
            preorder.push(root);
            stack.push((root, 0));
            while let Some(frame) = stack.last_mut() {
                let u = frame.0;
                let next = around(u);
                if frame.1 == next.len() {
                    stack.pop();
                    continue;
                }
                let v = next[frame.1];
                frame.1 += 1;
                if order[v] == 0 {
                    t += 1;
                    order[v] = t;
                    parent[v] = u;
                    preorder.push(v);
                    stack.push((v, 0));
                }
            }
        }
        let mut visited = vec![false; n + 1];
        let mut on_cycle = vec![false; n + 1]; // on_cycle[v]: the edge v-parent[v] is covered
        for &u in &preorder {
            visited[u] = true;
            for &v in around(u) {
                // back edge u -> v with v a descendant of u (entered later, not a child)
                if order[v] > order[u] && parent[v] != u {
                    let mut x = v;
                    while !visited[x] {
                        visited[x] = true;
                        on_cycle[x] = true;
                        x = parent[x];
                    }
                }
            }
        }
        (1..=n).filter(|&v| parent[v] != 0 && !on_cycle[v]).count() as i32
    }
}
