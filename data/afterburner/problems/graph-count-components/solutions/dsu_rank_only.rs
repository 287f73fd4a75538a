struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Union by rank keeps trees O(log n) deep; finds walk without compressing.
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut rank = vec![0u8; n + 1];
        let mut merges = 0;
        for e in &edges {
            let (mut a, mut b) = (e[0] as usize, e[1] as usize);
            while parent[a] != a {
                a = parent[a];
            }
            while parent[b] != b {
                b = parent[b];
            }
            if a == b {
                continue;
            }
            if rank[a] < rank[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            if rank[a] == rank[b] {
                rank[a] += 1;
            }
            merges += 1;
        }
        n as i32 - merges
    }
}
