struct Solution;

impl Solution {
    pub fn covered_length(segments: Vec<Vec<i64>>) -> i64 {
        let mut segs: Vec<Vec<i64>> = segments.clone();
        let mut changed = true;
        while changed {
            changed = false;
            let mut i = 0;
            while i < segs.len() {
                let mut j = i + 1;
                while j < segs.len() {
                    if segs[i][0] <= segs[j][1] && segs[j][0] <= segs[i][1] {
                        let (l, r) = (segs[j][0], segs[j][1]);
                        segs[i][0] = segs[i][0].min(l);
                        segs[i][1] = segs[i][1].max(r);
                        segs.remove(j);
                        changed = true;
                    } else {
                        j += 1;
                    }
                }
                i += 1;
            }
        }
        segs.iter().map(|s| s[1] - s[0]).sum()
    }
}
