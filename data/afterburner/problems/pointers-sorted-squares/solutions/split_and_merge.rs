struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        // squares of the negatives, read backwards, and of the rest are both sorted
        let split = nums.partition_point(|&x| x < 0);
        let neg: Vec<i64> = nums[..split].iter().rev().map(|&x| x * x).collect();
        let pos: Vec<i64> = nums[split..].iter().map(|&x| x * x).collect();
        let mut merged = Vec::with_capacity(nums.len());
        let (mut i, mut j) = (0, 0);
        while i < neg.len() && j < pos.len() {
            if neg[i] <= pos[j] {
                merged.push(neg[i]);
                i += 1;
            } else {
                merged.push(pos[j]);
                j += 1;
            }
        }
        merged.extend_from_slice(&neg[i..]);
        merged.extend_from_slice(&pos[j..]);
        merged
    }
}
