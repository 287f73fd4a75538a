struct Solution;

impl Solution {
    pub fn anagram_classes(words: Vec<String>) -> Vec<i32> {
        // sort every signature, then count runs of equal ones
        let mut sigs: Vec<Vec<u8>> = words
            .into_iter()
            .map(|w| {
                let mut b = w.into_bytes();
                b.sort_unstable();
                b
            })
            .collect();
        sigs.sort_unstable();
        let (mut classes, mut best, mut run) = (0, 0, 0);
        for i in 0..sigs.len() {
            if i == 0 || sigs[i] != sigs[i - 1] {
                classes += 1;
                run = 0;
            }
            run += 1;
            best = best.max(run);
        }
        vec![classes, best]
    }
}
