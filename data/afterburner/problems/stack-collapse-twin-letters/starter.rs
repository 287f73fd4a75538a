struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        
    }
}
