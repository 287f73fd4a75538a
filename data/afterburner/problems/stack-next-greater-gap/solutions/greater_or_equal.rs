struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut ans = vec![0i32; n];
        let mut st: Vec<usize> = Vec::new();
        for i in 0..n {
            // pops on equal values too, so a tie counts as "larger"
            while let Some(&j) = st.last() {
                if nums[j] <= nums[i] {
                    ans[j] = (i - j) as i32;
                    st.pop();
                } else {
                    break;
                }
            }
            st.push(i);
        }
        ans
    }
}
