struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Union by rank bounds the depth by log n, so roots are found by plain walks.
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut rank = vec![0u8; n + 1];
        for (i, e) in edges.iter().enumerate() {
            let (mut a, mut b) = (e[0] as usize, e[1] as usize);
            while parent[a] != a {
                a = parent[a];
            }
            while parent[b] != b {
                b = parent[b];
            }
            if a == b {
                return i as i32 + 1;
            }
            if rank[a] < rank[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            if rank[a] == rank[b] {
                rank[a] += 1;
            }
        }
        0
    }
}
