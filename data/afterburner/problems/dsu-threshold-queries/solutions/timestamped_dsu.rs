struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        // Union by size without compression; every link keeps the weight that made
        // it, so a query climbs only links of weight <= t. Depth stays O(log n).
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut size = vec![1u32; n + 1];
        let mut link_w = vec![0i32; n + 1];
        let mut es = edges;
        es.sort_by_key(|e| e[2]);
        for e in &es {
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
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            link_w[b] = e[2];
            size[a] += size[b];
        }
        let capped = |mut x: usize, t: i32| -> usize {
            while parent[x] != x && link_w[x] <= t {
                x = parent[x];
            }
            x
        };
        queries
            .iter()
            .map(|q| if capped(q[0] as usize, q[2]) == capped(q[1] as usize, q[2]) { '1' } else { '0' })
            .collect()
    }
}
