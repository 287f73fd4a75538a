use std::collections::{HashMap, HashSet};

struct Solution;

impl Solution {
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }

    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Node x means "x is marked", x + n means "x is not marked"; an edge ties
        // each end's state to the other end's opposite state.
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=2 * n).collect();
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            for (a, b) in [(u, v + n), (u + n, v)] {
                let (ra, rb) = (Self::find(&mut parent, a), Self::find(&mut parent, b));
                if ra != rb {
                    parent[ra] = rb;
                }
            }
        }
        let mut group: HashMap<usize, i32> = HashMap::new();
        for x in 1..=n {
            let r = Self::find(&mut parent, x);
            if r == Self::find(&mut parent, x + n) {
                return -1;
            }
            *group.entry(r).or_insert(0) += 1;
        }
        let mut done: HashSet<usize> = HashSet::new();
        let mut total = 0;
        for x in 1..=n {
            let a = Self::find(&mut parent, x);
            let b = Self::find(&mut parent, x + n);
            if !done.insert(a) {
                continue;
            }
            done.insert(b);
            let ga = *group.get(&a).unwrap_or(&0);
            let gb = *group.get(&b).unwrap_or(&0);
            total += ga.min(gb);
        }
        total
    }
}
