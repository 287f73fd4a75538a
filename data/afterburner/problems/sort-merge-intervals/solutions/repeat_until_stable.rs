struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Merge any meeting pair found, then start the search over.
        let mut blocks = intervals;
        let mut changed = true;
        while changed {
            changed = false;
            'outer: for i in 0..blocks.len() {
                for j in i + 1..blocks.len() {
                    let (a, b) = (&blocks[i], &blocks[j]);
                    if a[0] <= b[1] && b[0] <= a[1] {
                        let joined = vec![a[0].min(b[0]), a[1].max(b[1])];
                        blocks[i] = joined;
                        blocks.remove(j);
                        changed = true;
                        break 'outer;
                    }
                }
            }
        }
        blocks.sort();
        blocks
    }
}
