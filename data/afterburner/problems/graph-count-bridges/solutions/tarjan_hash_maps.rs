use std::collections::{HashMap, HashSet};

struct Solution;

impl Solution {
    pub fn count_bridges(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // adjacency as hash sets in a hash map, discovery times and low links in hash
        // maps; no two edges join the same pair, so the parent edge is skipped by vertex
        let mut adj: HashMap<i32, HashSet<i32>> = HashMap::new();
        for e in &edges {
            adj.entry(e[0]).or_default().insert(e[1]);
            adj.entry(e[1]).or_default().insert(e[0]);
        }
        let neighbours = |u: i32| -> Vec<i32> {
            adj.get(&u)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default()
        };
        let mut disc: HashMap<i32, i32> = HashMap::new();
        let mut low: HashMap<i32, i32> = HashMap::new();
        let (mut timer, mut bridges) = (0, 0);
        for root in 1..=n {
            if disc.contains_key(&root) {
                continue;
            }
            timer += 1;
            disc.insert(root, timer);
            low.insert(root, timer);
            // frames: vertex, its parent, and the neighbours not looked at yet
            let mut stack = vec![(root, 0, neighbours(root))];
            while let Some((u, parent, pending)) = stack.last_mut() {
                let (u, parent) = (*u, *parent);
                if let Some(v) = pending.pop() {
                    if v == parent {
                        continue;
                    }
                    if let Some(&d) = disc.get(&v) {
                        let l = low.get_mut(&u).unwrap();
                        *l = (*l).min(d);
                    } else {
                        timer += 1;
                        disc.insert(v, timer);
                        low.insert(v, timer);
                        stack.push((v, u, neighbours(v)));
                    }
                    continue;
                }
                stack.pop();
                if !stack.is_empty() {
                    let low_u = low[&u];
                    let l = low.get_mut(&parent).unwrap();
                    *l = (*l).min(low_u);
                    if low_u > disc[&parent] {
                        bridges += 1;
                    }
                }
            }
        }
        bridges
    }
}
