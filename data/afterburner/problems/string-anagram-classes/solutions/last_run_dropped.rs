struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        let mut sigs: Vec<Vec<u8>> = words
            .into_iter()
            .map(|w| {
                let mut b = w.into_bytes();
                b.sort_unstable();
                b
            })
            .collect();
        sigs.sort_unstable();
        let (mut classes, mut best, mut run) = (1, 0, 1);
        for i in 1..sigs.len() {
            if sigs[i] == sigs[i - 1] {
                run += 1;
            } else {
                // a run just ended
                best = best.max(run);
                classes += 1;
                run = 1;
            }
        }
        vec![classes, best]
    }
}
