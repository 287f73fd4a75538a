struct Solution;

impl Solution {
    pub fn count_pairs(mut nums: Vec<i64>, target: i64) -> i64 {
        nums.sort();
        let mut total = 0i64;
        for i in 0..nums.len() {
            let need = target - nums[i];
            if need < nums[i] {
                break;
            }
            let rest = &nums[i + 1..];
            let from = rest.partition_point(|&y| y < need);
            let to = rest.partition_point(|&y| y <= need);
            total += (to - from) as i64;
        }
        total
    }
}
