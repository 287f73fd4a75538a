use std::collections::{HashMap, HashSet};

struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        // adjacency as hash sets (repeated arcs collapse), visited marks in hash sets
        let mut outs: HashMap<i32, HashSet<i32>> = HashMap::new();
        let mut ins: HashMap<i32, HashSet<i32>> = HashMap::new();
        for a in &arcs {
            outs.entry(a[0]).or_default().insert(a[1]);
            ins.entry(a[1]).or_default().insert(a[0]);
        }
        let list_of = |v: i32| -> Vec<i32> {
            outs.get(&v).map(|s| s.iter().copied().collect()).unwrap_or_default()
        };
        let mut visited: HashSet<i32> = HashSet::new();
        let mut finished = Vec::new();
        for s in 1..=n {
            if !visited.insert(s) {
                continue;
            }
            let mut stack = vec![(s, list_of(s))];
            while let Some(top) = stack.last_mut() {
                while let Some(&w) = top.1.last() {
                    if visited.contains(&w) {
                        top.1.pop();
                    } else {
                        break;
                    }
                }
                if let Some(w) = top.1.pop() {
                    visited.insert(w);
                    stack.push((w, list_of(w)));
                } else {
                    finished.push(top.0);
                    stack.pop();
                }
            }
        }
        let mut assigned: HashSet<i32> = HashSet::new();
        let (mut groups, mut largest) = (0i32, 0i32);
        for &s in finished.iter().rev() {
            if !assigned.insert(s) {
                continue;
            }
            let mut members = vec![s];
            let mut j = 0;
            while j < members.len() {
                if let Some(from) = ins.get(&members[j]) {
                    for &w in from {
                        if assigned.insert(w) {
                            members.push(w);
                        }
                    }
                }
                j += 1;
            }
            groups += 1;
            largest = largest.max(members.len() as i32);
        }
        vec![groups, largest]
    }
}
