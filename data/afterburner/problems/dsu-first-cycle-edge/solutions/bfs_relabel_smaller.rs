use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Component id per vertex; a join re-labels the smaller side by a BFS
        // over the edges added so far.
        let n = n as usize;
        let mut comp: Vec<usize> = (0..=n).collect();
        let mut size = vec![1usize; n + 1];
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut queue = VecDeque::new();
        for (i, e) in edges.iter().enumerate() {
            let (mut u, mut v) = (e[0] as usize, e[1] as usize);
            let (mut cu, mut cv) = (comp[u], comp[v]);
            if cu == cv {
                return i as i32 + 1;
            }
            if size[cu] > size[cv] {
                std::mem::swap(&mut u, &mut v);
                std::mem::swap(&mut cu, &mut cv);
            }
            size[cv] += size[cu];
            comp[u] = cv;
            queue.push_back(u);
            while let Some(x) = queue.pop_front() {
                for &y in &adj[x] {
                    if comp[y] == cu {
                        comp[y] = cv;
                        queue.push_back(y);
                    }
                }
            }
            adj[u].push(v);
            adj[v].push(u);
        }
        0
    }
}
