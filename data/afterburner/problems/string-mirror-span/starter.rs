struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        
    }
}
