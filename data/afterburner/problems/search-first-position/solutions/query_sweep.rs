struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        // answer queries in increasing order with one forward pointer into nums
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_by_key(|&t| queries[t]);
        let mut ans = vec![-1i32; queries.len()];
        let mut i = 0usize;
        for idx in order {
            let v = queries[idx];
            while i < nums.len() && nums[i] < v {
                i += 1;
            }
            if i < nums.len() && nums[i] == v {
                ans[idx] = i as i32;
            }
        }
        ans
    }
}
