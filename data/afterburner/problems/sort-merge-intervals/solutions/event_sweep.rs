struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Events as 2*x + kind: at the same point an opening (0) sorts before a
        // closing (1), so touching intervals stay in one block.
        let mut events: Vec<i64> = Vec::with_capacity(2 * intervals.len());
        for iv in &intervals {
            events.push(2 * iv[0] as i64);
            events.push(2 * iv[1] as i64 + 1);
        }
        events.sort_unstable();
        let mut out = Vec::new();
        let (mut open, mut begin) = (0, 0);
        for ev in events {
            let x = (ev >> 1) as i32;
            if ev & 1 == 0 {
                if open == 0 {
                    begin = x;
                }
                open += 1;
            } else {
                open -= 1;
                if open == 0 {
                    out.push(vec![begin, x]);
                }
            }
        }
        out
    }
}
