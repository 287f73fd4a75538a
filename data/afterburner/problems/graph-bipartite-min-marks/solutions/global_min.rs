use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Colours everything, then marks the smaller colour class over the whole graph.
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push(v);
            adj[v].push(u);
        }
        let mut color = vec![-1i8; n + 1];
        let mut count = [0i32; 2];
        let mut queue = VecDeque::new();
        for s in 1..=n {
            if color[s] != -1 || adj[s].is_empty() {
                continue;
            }
            color[s] = 0;
            count[0] += 1;
            queue.push_back(s);
            while let Some(u) = queue.pop_front() {
                for &v in &adj[u] {
                    if color[v] == -1 {
                        color[v] = 1 - color[u];
                        count[color[v] as usize] += 1;
                        queue.push_back(v);
                    } else if color[v] == color[u] {
                        return -1;
                    }
                }
            }
        }
        count[0].min(count[1])
    }
}
