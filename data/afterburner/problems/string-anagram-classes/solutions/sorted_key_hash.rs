use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        // equivalent words have the same letters in sorted order
        let mut sizes: HashMap<Vec<u8>, i32> = HashMap::with_capacity(words.len());
        let mut best = 0;
        for w in words {
            let mut key = w.into_bytes();
            key.sort_unstable();
            let size = sizes.entry(key).or_insert(0);
            *size += 1;
            best = best.max(*size);
        }
        vec![sizes.len() as i32, best]
    }
}
