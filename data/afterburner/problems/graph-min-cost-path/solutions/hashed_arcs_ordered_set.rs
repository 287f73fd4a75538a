use std::collections::{BTreeSet, HashMap};

struct Solution;

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        // keep only the cheapest arc per ordered pair, in hash maps
        let mut graph: HashMap<i32, HashMap<i32, i32>> = HashMap::new();
        for a in &arcs {
            let w = graph.entry(a[0]).or_default().entry(a[1]).or_insert(a[2]);
            if a[2] < *w {
                *w = a[2];
            }
        }
        // an ordered set as the queue, with removal on improvement
        let mut best: HashMap<i32, i32> = HashMap::new();
        let mut queue = BTreeSet::new();
        best.insert(1, 0);
        queue.insert((0, 1));
        while let Some((d, u)) = queue.pop_first() {
            if u == n {
                return d;
            }
            if let Some(out) = graph.get(&u) {
                for (&v, &w) in out {
                    let nd = d + w;
                    if let Some(&old) = best.get(&v) {
                        if old <= nd {
                            continue;
                        }
                        queue.remove(&(old, v));
                    }
                    best.insert(v, nd);
                    queue.insert((nd, v));
                }
            }
        }
        -1
    }
}
