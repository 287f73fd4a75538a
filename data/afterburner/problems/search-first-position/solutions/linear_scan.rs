struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        let mut ans = Vec::with_capacity(queries.len());
        for &v in &queries {
            let mut pos = -1i32;
            for i in 0..nums.len() {
                if nums[i] == v {
                    pos = i as i32;
                    break;
                }
            }
            ans.push(pos);
        }
        ans
    }
}
