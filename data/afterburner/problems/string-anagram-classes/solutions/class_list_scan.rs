struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        // keep the classes in a list and look each signature up by scanning it
        let mut classes: Vec<(Vec<u8>, i32)> = Vec::new();
        for w in words {
            let mut key = w.into_bytes();
            key.sort_unstable();
            match classes.iter_mut().find(|c| c.0 == key) {
                Some(c) => c.1 += 1,
                None => classes.push((key, 1)),
            }
        }
        let best = classes.iter().map(|c| c.1).max().unwrap();
        vec![classes.len() as i32, best]
    }
}
