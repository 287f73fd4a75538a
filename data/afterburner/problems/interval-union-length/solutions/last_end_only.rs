struct Solution;

impl Solution {
    pub fn covered_length(mut segments: Vec<Vec<i64>>) -> i64 {
        segments.sort_unstable();
        let mut total = 0i64;
        let (mut start, mut end) = (segments[0][0], segments[0][1]);
        for s in segments.iter().skip(1) {
            if s[0] > end {
                total += end - start;
                start = s[0];
            }
            end = s[1];
        }
        total + end - start
    }
}
