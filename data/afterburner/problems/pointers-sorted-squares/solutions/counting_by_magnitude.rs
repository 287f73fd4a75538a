struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        let biggest = nums[0].abs().max(nums[nums.len() - 1].abs()) as usize;
        let mut counts = vec![0usize; biggest + 1];
        for &x in &nums {
            counts[x.unsigned_abs() as usize] += 1;
        }
        let mut result = Vec::with_capacity(nums.len());
        for (v, &c) in counts.iter().enumerate() {
            let sq = (v * v) as i64;
            for _ in 0..c {
                result.push(sq);
            }
        }
        result
    }
}
