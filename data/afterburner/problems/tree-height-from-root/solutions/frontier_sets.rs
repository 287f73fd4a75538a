use std::collections::{HashMap, HashSet};

struct Solution;

impl Solution {
    pub fn tree_height(_n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut neighbours: HashMap<i32, HashSet<i32>> = HashMap::new();
        for e in &edges {
            neighbours.entry(e[0]).or_default().insert(e[1]);
            neighbours.entry(e[1]).or_default().insert(e[0]);
        }
        let empty = HashSet::new();
        let mut visited: HashSet<i32> = HashSet::from([1]);
        let mut frontier: HashSet<i32> = HashSet::from([1]);
        let mut levels = 0;
        loop {
            let mut next = HashSet::new();
            for node in &frontier {
                for &other in neighbours.get(node).unwrap_or(&empty) {
                    if visited.insert(other) {
                        next.insert(other);
                    }
                }
            }
            if next.is_empty() {
                return levels;
            }
            levels += 1;
            frontier = next;
        }
    }
}
