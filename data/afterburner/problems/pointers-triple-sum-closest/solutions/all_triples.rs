struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        let mut best = nums[0] + nums[1] + nums[2];
        for i in 0..n {
            for j in i + 1..n {
                for k in j + 1..n {
                    let s = nums[i] + nums[j] + nums[k];
                    let (d, bd) = ((s - target).abs(), (best - target).abs());
                    if d < bd || (d == bd && s < best) {
                        best = s;
                    }
                }
            }
        }
        best
    }
}
