struct Solution;

impl Solution {
    pub fn shared_subsequence_length(a: String, b: String) -> i32 {
        
    }
}
