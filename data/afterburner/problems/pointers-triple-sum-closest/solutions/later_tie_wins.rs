struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut closest = a[0] + a[1] + a[2];
        for i in 0..n - 2 {
            let (mut l, mut r) = (i + 1, n - 1);
            while l < r {
                let s = a[i] + a[l] + a[r];
                if (s - target).abs() <= (closest - target).abs() {
                    closest = s;
                }
                if s < target {
                    l += 1;
                } else if s > target {
                    r -= 1;
                } else {
                    return s;
                }
            }
        }
        closest
    }
}
