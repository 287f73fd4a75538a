struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        // nxt[i] = next larger index; follow already-known links to skip blocks
        let n = nums.len();
        let mut nxt = vec![n; n];
        let mut ans = vec![0i32; n];
        for i in (0..n).rev() {
            let mut j = i + 1;
            while j < n && nums[j] <= nums[i] {
                j = nxt[j];
            }
            nxt[i] = j;
            if j < n {
                ans[i] = (j - i) as i32;
            }
        }
        ans
    }
}
