struct Solution;

impl Solution {
    pub fn shared_subsequence_length(a: String, b: String) -> i32 {
        let b = b.as_bytes();
        let m = b.len();
        let mut row = vec![0i32; m + 1];
        for &ch in a.as_bytes() {
            let mut diag = 0; // row[j - 1] from the previous pass
            for j in 1..=m {
                let above = row[j];
                if ch == b[j - 1] {
                    row[j] = diag + 1;
                } else if row[j - 1] > above {
                    row[j] = row[j - 1];
                }
                diag = above;
            }
        }
        row[m]
    }
}
