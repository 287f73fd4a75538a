struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        // every step scans from task 1 for the first available task
        let n = n as usize;
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        let mut indeg = vec![0u32; n + 1];
        for r in &rules {
            succ[r[0] as usize].push(r[1] as usize);
            indeg[r[1] as usize] += 1;
        }
        let mut used = vec![false; n + 1];
        let mut order = Vec::with_capacity(n);
        for _ in 0..n {
            let mut pick = 0;
            for v in 1..=n {
                if !used[v] && indeg[v] == 0 {
                    pick = v;
                    break;
                }
            }
            if pick == 0 {
                return Vec::new();
            }
            used[pick] = true;
            order.push(pick as i32);
            for &v in &succ[pick] {
                indeg[v] -= 1;
            }
        }
        order
    }
}
