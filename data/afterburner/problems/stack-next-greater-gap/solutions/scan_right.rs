struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut ans = vec![0i32; n];
        for i in 0..n {
            for j in i + 1..n {
                if nums[j] > nums[i] {
                    ans[i] = (j - i) as i32;
                    break;
                }
            }
        }
        ans
    }
}
