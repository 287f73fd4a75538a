use std::collections::HashMap;

struct Solution;

impl Solution {
    fn find(parent: &mut HashMap<i32, i32>, mut x: i32) -> i32 {
        while parent[&x] != x {
            let up = parent[&parent[&x]];
            parent.insert(x, up);
            x = up;
        }
        x
    }

    pub fn count_components(_n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Counts pieces among the vertices that appear in some edge.
        let mut parent: HashMap<i32, i32> = HashMap::new();
        for e in &edges {
            parent.entry(e[0]).or_insert(e[0]);
            parent.entry(e[1]).or_insert(e[1]);
            let a = Self::find(&mut parent, e[0]);
            let b = Self::find(&mut parent, e[1]);
            if a != b {
                parent.insert(a, b);
            }
        }
        parent.iter().filter(|(x, p)| x == p).count() as i32
    }
}
