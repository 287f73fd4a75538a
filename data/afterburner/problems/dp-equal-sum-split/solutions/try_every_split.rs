struct Solution;

impl Solution {
    fn search(a: &[i32], i: usize, left: i32, total: i32) -> bool {
        if i == a.len() {
            return left * 2 == total;
        }
        Self::search(a, i + 1, left + a[i], total) || Self::search(a, i + 1, left, total)
    }

    pub fn can_split_evenly(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        Self::search(&nums, 0, 0, total)
    }
}
