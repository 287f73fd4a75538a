use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        // sorted signatures kept in an ordered B-tree map
        let mut sizes: BTreeMap<String, i32> = BTreeMap::new();
        for w in words.iter() {
            let mut letters: Vec<char> = w.chars().collect();
            letters.sort();
            *sizes.entry(letters.into_iter().collect()).or_insert(0) += 1;
        }
        let best = *sizes.values().max().unwrap();
        vec![sizes.len() as i32, best]
    }
}
