use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn first_cycle_edge(_n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Parents live in a hash map; a vertex missing from it is its own root.
        let mut parent: HashMap<i32, i32> = HashMap::new();
        let find = |parent: &mut HashMap<i32, i32>, mut x: i32| -> i32 {
            let mut r = x;
            while let Some(&p) = parent.get(&r) {
                r = p;
            }
            while x != r {
                let up = parent.insert(x, r).unwrap();
                x = up;
            }
            r
        };
        for (i, e) in edges.iter().enumerate() {
            let a = find(&mut parent, e[0]);
            let b = find(&mut parent, e[1]);
            if a == b {
                return i as i32 + 1;
            }
            parent.insert(a, b);
        }
        0
    }
}
