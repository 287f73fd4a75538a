struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        // Answer queries by increasing cap, adding edges by increasing weight.
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut size = vec![1u32; n + 1];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut es = edges;
        es.sort_unstable_by_key(|e| e[2]);
        let mut qo: Vec<usize> = (0..queries.len()).collect();
        qo.sort_unstable_by_key(|&i| queries[i][2]);
        let mut answer = vec![b'0'; queries.len()];
        let mut j = 0;
        for &i in &qo {
            let t = queries[i][2];
            while j < es.len() && es[j][2] <= t {
                let mut a = find(&mut parent, es[j][0] as usize);
                let mut b = find(&mut parent, es[j][1] as usize);
                j += 1;
                if a == b {
                    continue;
                }
                if size[a] < size[b] {
                    std::mem::swap(&mut a, &mut b);
                }
                parent[b] = a;
                size[a] += size[b];
            }
            if find(&mut parent, queries[i][0] as usize) == find(&mut parent, queries[i][1] as usize) {
                answer[i] = b'1';
            }
        }
        String::from_utf8(answer).unwrap()
    }
}
