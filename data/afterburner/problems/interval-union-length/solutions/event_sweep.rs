struct Solution;

impl Solution {
    pub fn covered_length(segments: Vec<Vec<i64>>) -> i64 {
        let mut ev: Vec<(i64, i32)> = Vec::with_capacity(segments.len() * 2);
        for s in &segments {
            ev.push((s[0], 1));
            ev.push((s[1], -1));
        }
        ev.sort_unstable();
        let mut total = 0i64;
        let mut depth = 0i32;
        let mut prev = 0i64;
        for &(x, d) in &ev {
            if depth > 0 {
                total += x - prev;
            }
            depth += d;
            prev = x;
        }
        total
    }
}
