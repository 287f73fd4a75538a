struct Solution;

impl Solution {
    fn best(a: &[i32], i: usize, last: i64) -> i32 {
        if i == a.len() {
            return 0;
        }
        let skip = Self::best(a, i + 1, last);
        if a[i] as i64 > last {
            return skip.max(1 + Self::best(a, i + 1, a[i] as i64));
        }
        skip
    }

    pub fn longest_rising(nums: Vec<i32>) -> i32 {
        Self::best(&nums, 0, i64::MIN)
    }
}
