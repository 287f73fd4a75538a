struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        // Stack of open indices; matched pairs are marked and filtered at the end.
        let b = s.as_bytes();
        let mut removed = vec![false; b.len()];
        let mut open: Vec<usize> = Vec::new();
        for i in 0..b.len() {
            match open.last() {
                Some(&j) if b[j] == b[i] => {
                    removed[j] = true;
                    removed[i] = true;
                    open.pop();
                }
                _ => open.push(i),
            }
        }
        s.chars().enumerate().filter(|&(i, _)| !removed[i]).map(|(_, c)| c).collect()
    }
}
