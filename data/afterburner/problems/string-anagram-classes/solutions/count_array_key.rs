use std::collections::HashMap;

struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        // key: how often each letter occurs
        let mut sizes: HashMap<[u8; 26], i32> = HashMap::with_capacity(words.len());
        let mut best = 0;
        for w in words.iter() {
            let mut counts = [0u8; 26];
            for &ch in w.as_bytes() {
                counts[(ch - b'a') as usize] += 1;
            }
            let size = sizes.entry(counts).or_insert(0);
            *size += 1;
            best = best.max(*size);
        }
        vec![sizes.len() as i32, best]
    }
}
