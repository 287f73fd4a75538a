struct Solution;

impl Solution {
    fn gcd(mut a: i32, mut b: i32) -> i32 {
        while b != 0 {
            let t = a % b;
            a = b;
            b = t;
        }
        a
    }

    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let mut count = 0i64;
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if Self::gcd(nums[i], nums[j]) == 1 {
                    count += 1;
                }
            }
        }
        count
    }
}
