struct Solution;

impl Solution {
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }

    pub fn largest_rectangle(heights: Vec<i32>) -> i64 {
        // switch bars on from tallest to shortest and join neighbouring blocks
        let n = heights.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1usize; n];
        let mut active = vec![false; n];
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_unstable_by(|&a, &b| heights[b].cmp(&heights[a]));
        let mut best = 0i64;
        for &i in &order {
            active[i] = true;
            for nb in [i.wrapping_sub(1), i + 1] {
                if nb >= n || !active[nb] {
                    continue;
                }
                let mut a = Self::find(&mut parent, i);
                let mut b = Self::find(&mut parent, nb);
                if a == b {
                    continue;
                }
                if size[a] < size[b] {
                    std::mem::swap(&mut a, &mut b);
                }
                parent[b] = a;
                size[a] += size[b];
            }
            let root = Self::find(&mut parent, i);
            best = best.max(heights[i] as i64 * size[root] as i64);
        }
        best
    }
}
