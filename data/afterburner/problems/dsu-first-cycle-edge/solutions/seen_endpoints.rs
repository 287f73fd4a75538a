struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Flags an edge whose two endpoints were both touched before.
        let mut seen = vec![false; n as usize + 1];
        for (i, e) in edges.iter().enumerate() {
            let (u, v) = (e[0] as usize, e[1] as usize);
            if u == v || (seen[u] && seen[v]) {
                return i as i32 + 1;
            }
            seen[u] = true;
            seen[v] = true;
        }
        0
    }
}
