struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        
    }
}
