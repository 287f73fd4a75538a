use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Two-colour each component by BFS; the smaller side gets the marks.
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push(v);
            adj[v].push(u);
        }
        let mut color = vec![-1i8; n + 1];
        let mut queue = VecDeque::new();
        let mut total = 0;
        for s in 1..=n {
            if color[s] != -1 || adj[s].is_empty() {
                continue;
            }
            color[s] = 0;
            let mut sides = [1, 0];
            queue.push_back(s);
            while let Some(u) = queue.pop_front() {
                for &v in &adj[u] {
                    if color[v] == -1 {
                        color[v] = color[u] ^ 1;
                        sides[color[v] as usize] += 1;
                        queue.push_back(v);
                    } else if color[v] == color[u] {
                        return -1;
                    }
                }
            }
            total += sides[0].min(sides[1]);
        }
        total
    }
}
