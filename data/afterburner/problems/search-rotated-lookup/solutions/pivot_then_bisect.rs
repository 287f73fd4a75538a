struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        // the rotation point splits nums into two ascending runs
        let n = nums.len();
        let pivot = nums.partition_point(|&x| x > nums[n - 1]);
        let (left, right) = nums.split_at(pivot);
        queries
            .iter()
            .map(|&v| {
                if !left.is_empty() && v >= left[0] {
                    left.binary_search(&v).map_or(-1, |i| i as i32)
                } else {
                    right.binary_search(&v).map_or(-1, |i| (pivot + i) as i32)
                }
            })
            .collect()
    }
}
