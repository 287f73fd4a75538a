struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        queries
            .iter()
            .map(|&v| {
                let i = nums.partition_point(|&x| x < v);
                if i < nums.len() && nums[i] == v {
                    i as i32
                } else {
                    -1
                }
            })
            .collect()
    }
}
