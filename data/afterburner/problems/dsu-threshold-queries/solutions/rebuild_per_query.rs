struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        // For every query, build fresh disjoint sets from the edges under the cap.
        let n = n as usize;
        let mut parent = vec![0usize; n + 1];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut answer = String::with_capacity(queries.len());
        for q in &queries {
            for (v, p) in parent.iter_mut().enumerate() {
                *p = v;
            }
            for e in &edges {
                if e[2] <= q[2] {
                    let a = find(&mut parent, e[0] as usize);
                    let b = find(&mut parent, e[1] as usize);
                    parent[a] = b;
                }
            }
            let same = find(&mut parent, q[0] as usize) == find(&mut parent, q[1] as usize);
            answer.push(if same { '1' } else { '0' });
        }
        answer
    }
}
