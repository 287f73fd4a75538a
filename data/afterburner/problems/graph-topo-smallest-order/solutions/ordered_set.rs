use std::collections::{BTreeSet, HashMap};

struct Solution;

impl Solution {
    pub fn smallest_order(n: i32, rules: Vec<Vec<i32>>) -> Vec<i32> {
        // available tasks in a B-tree set, successors in hash maps
        let mut succ: HashMap<i32, Vec<i32>> = HashMap::new();
        let mut indeg: HashMap<i32, u32> = HashMap::new();
        for r in &rules {
            succ.entry(r[0]).or_default().push(r[1]);
            *indeg.entry(r[1]).or_insert(0) += 1;
        }
        let mut ready: BTreeSet<i32> = (1..=n).filter(|v| !indeg.contains_key(v)).collect();
        let mut order = Vec::new();
        while let Some(u) = ready.pop_first() {
            order.push(u);
            if let Some(next) = succ.get(&u) {
                for &v in next {
                    let d = indeg.get_mut(&v).unwrap();
                    *d -= 1;
                    if *d == 0 {
                        ready.insert(v);
                    }
                }
            }
        }
        if order.len() < n as usize {
            order.clear();
        }
        order
    }
}
