struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut es = edges;
        es.sort_by_key(|e| e[2]);
        let mut qo: Vec<usize> = (0..queries.len()).collect();
        qo.sort_by_key(|&i| queries[i][2]);
        let mut answer = vec![b'0'; queries.len()];
        let mut j = 0;
        for &i in &qo {
            // only edges strictly lighter than the cap are added
            while j < es.len() && es[j][2] < queries[i][2] {
                let a = find(&mut parent, es[j][0] as usize);
                let b = find(&mut parent, es[j][1] as usize);
                parent[a] = b;
                j += 1;
            }
            if find(&mut parent, queries[i][0] as usize) == find(&mut parent, queries[i][1] as usize) {
                answer[i] = b'1';
            }
        }
        String::from_utf8(answer).unwrap()
    }
}
