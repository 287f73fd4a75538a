struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut fwd: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut rev: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            fwd[a[0] as usize].push(a[1] as usize);
            rev[a[1] as usize].push(a[0] as usize);
        }
        // pass 1: vertices by finishing time
        let mut seen = vec![false; n + 1];
        let mut ptr = vec![0usize; n + 1];
        let mut finish = Vec::with_capacity(n);
        let mut stack = Vec::new();
        for s in 1..=n {
            if seen[s] {
                continue;
            }
            seen[s] = true;
            stack.push(s);
            while let Some(&v) = stack.last() {
                if ptr[v] < fwd[v].len() {
                    let w = fwd[v][ptr[v]];
                    ptr[v] += 1;
                    if !seen[w] {
                        seen[w] = true;
                        stack.push(w);
                    }
                } else {
                    stack.pop();
                    finish.push(v);
                }
            }
        }
        // pass 2: flood the reversed graph in decreasing finishing time
        let mut done = vec![false; n + 1];
        let (mut groups, mut largest) = (0i32, 0i32);
        for &s in finish.iter().rev() {
            if done[s] {
                continue;
            }
            done[s] = true;
            groups += 1;
            let mut size = 0;
            stack.push(s);
            while let Some(v) = stack.pop() {
                size += 1;
                for &w in &rev[v] {
                    if !done[w] {
                        done[w] = true;
                        stack.push(w);
                    }
                }
            }
            largest = largest.max(size);
        }
        vec![groups, largest]
    }
}
