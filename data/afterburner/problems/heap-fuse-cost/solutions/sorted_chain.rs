struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        let mut a = nums;
        a.sort_unstable();
        let mut total = 0i64;
        let mut acc = a[0];
        for &v in &a[1..] {
            acc += v;
            total += acc;
        }
        total
    }
}
