struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        // path-based search (Gabow): stack S of vertices, stack P of group boundaries
        let n = n as usize;
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            adj[a[0] as usize].push(a[1] as usize);
        }
        let mut pre = vec![0usize; n + 1];
        let mut ptr = vec![0usize; n + 1];
        let mut assigned = vec![false; n + 1];
        let (mut s_stack, mut p_stack, mut call): (Vec<usize>, Vec<usize>, Vec<usize>) =
            (Vec::new(), Vec::new(), Vec::new());
        let (mut counter, mut groups, mut largest) = (0usize, 0i32, 0i32);
        for root in 1..=n {
            if pre[root] != 0 {
                continue;
            }
            counter += 1;
            pre[root] = counter;
            s_stack.push(root);
            p_stack.push(root);
            call.push(root);
            while let Some(&v) = call.last() {
                if ptr[v] < adj[v].len() {
                    let w = adj[v][ptr[v]];
                    ptr[v] += 1;
                    if pre[w] == 0 {
                        counter += 1;
                        pre[w] = counter;
                        s_stack.push(w);
                        p_stack.push(w);
                        call.push(w);
                    } else if !assigned[w] {
                        while pre[*p_stack.last().unwrap()] > pre[w] {
                            p_stack.pop();
                        }
                    }
                    continue;
                }
                call.pop();
                if *p_stack.last().unwrap() == v {
                    p_stack.pop();
                    let mut size = 0;
                    loop {
                        let w = s_stack.pop().unwrap();
                        assigned[w] = true;
                        size += 1;
                        if w == v {
                            break;
                        }
                    }
                    groups += 1;
                    largest = largest.max(size);
                }
            }
        }
        vec![groups, largest]
    }
}
