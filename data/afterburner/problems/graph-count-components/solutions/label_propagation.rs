struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Sweep the edges, pushing the smaller label across each, until nothing changes.
        let n = n as usize;
        let mut label: Vec<usize> = (0..=n).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for e in &edges {
                let (u, v) = (e[0] as usize, e[1] as usize);
                let (a, b) = (label[u], label[v]);
                if a < b {
                    label[v] = a;
                    changed = true;
                } else if b < a {
                    label[u] = b;
                    changed = true;
                }
            }
        }
        (1..=n).filter(|&v| label[v] == v).count() as i32
    }
}
