use std::collections::{HashMap, HashSet};

struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut neighbours: HashMap<i32, HashSet<i32>> = HashMap::new();
        for e in &edges {
            neighbours.entry(e[0]).or_default().insert(e[1]);
            neighbours.entry(e[1]).or_default().insert(e[0]);
        }
        let mut unvisited: HashSet<i32> = (1..=n).collect();
        let mut pieces = 0;
        let mut stack = Vec::new();
        for v in 1..=n {
            if !unvisited.remove(&v) {
                continue;
            }
            pieces += 1;
            stack.push(v);
            while let Some(x) = stack.pop() {
                if let Some(next) = neighbours.get(&x) {
                    for &y in next {
                        if unvisited.remove(&y) {
                            stack.push(y);
                        }
                    }
                }
            }
        }
        pieces
    }
}
