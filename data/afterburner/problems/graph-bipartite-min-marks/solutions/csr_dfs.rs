struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Adjacency packed into one array (counting sort by endpoint), then an
        // explicit-stack DFS colours each component.
        let n = n as usize;
        let mut start = vec![0u32; n + 2];
        for e in &edges {
            start[e[0] as usize + 1] += 1;
            start[e[1] as usize + 1] += 1;
        }
        for v in 1..=n + 1 {
            start[v] += start[v - 1];
        }
        let mut adj = vec![0u32; 2 * edges.len()];
        let mut fill = start[..=n].to_vec();
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[fill[u] as usize] = v as u32;
            fill[u] += 1;
            adj[fill[v] as usize] = u as u32;
            fill[v] += 1;
        }
        let mut side = vec![0u8; n + 1];
        let mut stack: Vec<usize> = Vec::with_capacity(n);
        let mut answer = 0;
        for r in 1..=n {
            if side[r] != 0 || start[r] == start[r + 1] {
                continue;
            }
            side[r] = 1;
            let mut count = [0i32, 1, 0];
            stack.push(r);
            while let Some(u) = stack.pop() {
                let other = 3 - side[u];
                for &v in &adj[start[u] as usize..start[u + 1] as usize] {
                    let v = v as usize;
                    if side[v] == 0 {
                        side[v] = other;
                        count[other as usize] += 1;
                        stack.push(v);
                    } else if side[v] != other {
                        return -1;
                    }
                }
            }
            answer += count[1].min(count[2]);
        }
        answer
    }
}
