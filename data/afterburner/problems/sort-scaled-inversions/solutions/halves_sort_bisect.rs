struct Solution;

fn solve(nums: &[i64], c: i64) -> i64 {
    if nums.len() < 2 {
        return 0;
    }
    let mid = nums.len() / 2;
    let mut total = solve(&nums[..mid], c) + solve(&nums[mid..], c);
    // sort a copy of the left half and binary-search every right value
    let mut left = nums[..mid].to_vec();
    left.sort_unstable();
    for &y in &nums[mid..] {
        total += (left.len() - left.partition_point(|&v| v <= c * y)) as i64;
    }
    total
}

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        let a: Vec<i64> = nums.iter().map(|&x| x as i64).collect();
        solve(&a, c as i64)
    }
}
