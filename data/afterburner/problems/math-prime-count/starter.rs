struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        
    }
}
