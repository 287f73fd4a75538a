struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        // a Fenwick tree counts available tasks; descend it to the first one
        let n = n as usize;
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut indeg = vec![0u32; n + 1];
        for r in &rules {
            succ[r[0] as usize].push(r[1] as usize);
            indeg[r[1] as usize] += 1;
        }
        let mut tree = vec![0i32; n + 1];
        fn add(tree: &mut [i32], mut i: usize, delta: i32) {
            while i < tree.len() {
                tree[i] += delta;
                i += i & i.wrapping_neg();
            }
        }
        let mut available = 0;
        for v in 1..=n {
            if indeg[v] == 0 {
                add(&mut tree, v, 1);
                available += 1;
            }
        }
        let mut top = 1;
        while top * 2 <= n {
            top *= 2;
        }
        let mut order = Vec::with_capacity(n);
        while available > 0 {
            let mut pos = 0;
            let mut step = top;
            while step > 0 {
                if pos + step <= n && tree[pos + step] == 0 {
                    pos += step;
                }
                step >>= 1;
            }
            let u = pos + 1;
            add(&mut tree, u, -1);
            available -= 1;
            order.push(u as i32);
            for &v in &succ[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    add(&mut tree, v, 1);
                    available += 1;
                }
            }
        }
        if order.len() < n {
            order.clear();
        }
        order
    }
}
