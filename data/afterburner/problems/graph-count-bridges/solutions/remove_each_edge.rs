struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n + 1]; // (neighbour, edge id)
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push((v, i));
            adj[v].push((u, i));
        }
        let mut seen = vec![usize::MAX; n + 1];
        let mut stack = Vec::new();
        let mut count = 0;
        for (banned, e) in edges.iter().enumerate() {
            // can v still be reached from u without edge `banned`?
            let (u, v) = (e[0] as usize, e[1] as usize);
            let mut reached = false;
            seen[u] = banned;
            stack.clear();
            stack.push(u);
            while !reached {
                let Some(x) = stack.pop() else { break };
                for &(y, i) in &adj[x] {
                    if i == banned || seen[y] == banned {
                        continue;
                    }
                    if y == v {
                        reached = true;
                        break;
                    }
                    seen[y] = banned;
                    stack.push(y);
                }
            }
            if !reached {
                count += 1;
            }
        }
        count
    }
}
