use std::collections::{BTreeMap, BTreeSet};

struct Solution;

impl Solution {
    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Union by size keeps trees shallow; a find sums parities up to the root
        // without rewriting anything.
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut rel = vec![0u8; n + 1];
        let mut size = vec![1i32; n + 1];
        let find = |parent: &[usize], rel: &[u8], mut x: usize| -> (usize, u8) {
            let mut p = 0;
            while parent[x] != x {
                p ^= rel[x];
                x = parent[x];
            }
            (x, p)
        };
        for e in &edges {
            let (mut ru, pu) = find(&parent, &rel, e[0] as usize);
            let (mut rv, pv) = find(&parent, &rel, e[1] as usize);
            if ru == rv {
                if pu == pv {
                    return -1;
                }
                continue;
            }
            if size[ru] < size[rv] {
                std::mem::swap(&mut ru, &mut rv);
            }
            parent[rv] = ru;
            rel[rv] = pu ^ pv ^ 1;
            size[ru] += size[rv];
        }
        let touched: BTreeSet<usize> = edges.iter().flat_map(|e| [e[0] as usize, e[1] as usize]).collect();
        let mut colour_one: BTreeMap<usize, i32> = BTreeMap::new();
        for &x in &touched {
            let (r, p) = find(&parent, &rel, x);
            *colour_one.entry(r).or_insert(0) += p as i32;
        }
        colour_one.iter().map(|(&r, &k)| k.min(size[r] - k)).sum()
    }
}
