struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        // each ungrouped vertex: its group is what it reaches that also reaches it back
        let n = n as usize;
        let mut fwd: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut bwd: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            fwd[a[0] as usize].push(a[1] as usize);
            bwd[a[1] as usize].push(a[0] as usize);
        }
        fn reach(s: usize, adj: &[Vec<usize>], mark: &mut [usize], stack: &mut Vec<usize>) {
            mark[s] = s;
            stack.clear();
            stack.push(s);
            while let Some(v) = stack.pop() {
                for &w in &adj[v] {
                    if mark[w] != s {
                        mark[w] = s;
                        stack.push(w);
                    }
                }
            }
        }
        let mut mark_f = vec![0usize; n + 1];
        let mut mark_b = vec![0usize; n + 1];
        let mut grouped = vec![false; n + 1];
        let mut stack = Vec::new();
        let (mut groups, mut largest) = (0i32, 0i32);
        for v in 1..=n {
            if grouped[v] {
                continue;
            }
            reach(v, &fwd, &mut mark_f, &mut stack);
            reach(v, &bwd, &mut mark_b, &mut stack);
            let mut size = 0;
            for w in 1..=n {
                if mark_f[w] == v && mark_b[w] == v {
                    grouped[w] = true;
                    size += 1;
                }
            }
            groups += 1;
            largest = largest.max(size);
        }
        vec![groups, largest]
    }
}
