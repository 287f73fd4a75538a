struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        // a segment tree over task numbers holds the smallest available task
        let n = n as usize;
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut indeg = vec![0u32; n + 1];
        for r in &rules {
            succ[r[0] as usize].push(r[1] as usize);
            indeg[r[1] as usize] += 1;
        }
        let mut size = 1;
        while size < n + 1 {
            size *= 2;
        }
        let inf = n + 1;
        let mut seg = vec![inf; 2 * size];
        for v in 1..=n {
            if indeg[v] == 0 {
                seg[size + v] = v;
            }
        }
        for i in (1..size).rev() {
            seg[i] = seg[2 * i].min(seg[2 * i + 1]);
        }
        fn set_leaf(seg: &mut [usize], size: usize, i: usize, value: usize) {
            let mut i = i + size;
            seg[i] = value;
            i >>= 1;
            while i > 0 {
                seg[i] = seg[2 * i].min(seg[2 * i + 1]);
                i >>= 1;
            }
        }
        let mut order = Vec::with_capacity(n);
        while seg[1] != inf {
            let u = seg[1];
            set_leaf(&mut seg, size, u, inf);
            order.push(u as i32);
            for &v in &succ[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    set_leaf(&mut seg, size, v, v);
                }
            }
        }
        if order.len() < n {
            order.clear();
        }
        order
    }
}
