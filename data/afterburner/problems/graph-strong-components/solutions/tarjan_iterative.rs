struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        // adjacency in compressed rows
        let mut start = vec![0usize; n + 2];
        for a in &arcs {
            start[a[0] as usize + 1] += 1;
        }
        for v in 1..n + 2 {
            start[v] += start[v - 1];
        }
        let mut fill = start.clone();
        let mut to = vec![0usize; arcs.len()];
        for a in &arcs {
            to[fill[a[0] as usize]] = a[1] as usize;
            fill[a[0] as usize] += 1;
        }
        let mut index = vec![0usize; n + 1];
        let mut low = vec![0usize; n + 1];
        let mut ptr = vec![0usize; n + 1];
        let mut on_stack = vec![false; n + 1];
        let mut stack: Vec<usize> = Vec::with_capacity(n);
        let mut call: Vec<usize> = Vec::with_capacity(n);
        let (mut counter, mut groups, mut largest) = (0usize, 0i32, 0i32);
        for root in 1..=n {
            if index[root] != 0 {
                continue;
            }
            counter += 1;
            index[root] = counter;
            low[root] = counter;
            ptr[root] = start[root];
            stack.push(root);
            on_stack[root] = true;
            call.push(root);
            while let Some(&v) = call.last() {
                if ptr[v] < start[v + 1] {
                    let w = to[ptr[v]];
                    ptr[v] += 1;
                    if index[w] == 0 {
                        counter += 1;
                        index[w] = counter;
                        low[w] = counter;
                        ptr[w] = start[w];
                        stack.push(w);
                        on_stack[w] = true;
                        call.push(w);
                    } else if on_stack[w] && index[w] < low[v] {
                        low[v] = index[w];
                    }
                    continue;
                }
                call.pop();
                if let Some(&p) = call.last() {
                    low[p] = low[p].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut size = 0;
                    loop {
                        let w = stack.pop().unwrap();
                        on_stack[w] = false;
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
