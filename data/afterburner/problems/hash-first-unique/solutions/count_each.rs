struct Solution;

impl Solution {
    pub fn first_single(nums: Vec<i64>) -> i32 {
        for (i, &x) in nums.iter().enumerate() {
            let occurrences = nums.iter().filter(|&&y| y == x).count();
            if occurrences == 1 {
                return i as i32;
            }
        }
        -1
    }
}
