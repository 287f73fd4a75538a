struct Solution;

impl Solution {
    pub fn longest_rising(nums: Vec<i32>) -> i32 {
        let mut values = nums.clone();
        values.sort_unstable();
        values.dedup();
        let size = values.len();
        let mut tree = vec![0i32; size + 1];
        let mut best = 0;
        for &x in &nums {
            let rank = values.binary_search(&x).unwrap() + 1;
            let mut cur = 0;
            let mut r = rank - 1;
            while r > 0 {
                cur = cur.max(tree[r]);
                r &= r - 1;
            }
            cur += 1;
            best = best.max(cur);
            let mut r = rank;
            while r <= size {
                tree[r] = tree[r].max(cur);
                r += r & r.wrapping_neg();
            }
        }
        best
    }
}
