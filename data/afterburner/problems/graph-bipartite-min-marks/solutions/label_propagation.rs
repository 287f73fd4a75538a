struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Sweep the edges until stable: a vertex adopts a smaller component label
        // from a neighbour together with the opposite colour.
        let n = n as usize;
        let mut label: Vec<usize> = (0..=n).collect();
        let mut color = vec![0i32; n + 1];
        let mut changed = true;
        while changed {
            changed = false;
            for e in &edges {
                let (u, v) = (e[0] as usize, e[1] as usize);
                if label[u] < label[v] {
                    label[v] = label[u];
                    color[v] = color[u] ^ 1;
                    changed = true;
                } else if label[v] < label[u] {
                    label[u] = label[v];
                    color[u] = color[v] ^ 1;
                    changed = true;
                }
            }
        }
        let mut ones = vec![0i32; n + 1];
        let mut members = vec![0i32; n + 1];
        let mut touched = vec![false; n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            if color[u] == color[v] {
                return -1;
            }
            touched[u] = true;
            touched[v] = true;
        }
        for x in 1..=n {
            if touched[x] {
                members[label[x]] += 1;
                ones[label[x]] += color[x];
            }
        }
        (1..=n).map(|r| ones[r].min(members[r] - ones[r])).sum()
    }
}
