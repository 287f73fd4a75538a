struct Solution;

impl Solution {
    pub fn shared_subsequence_length(a: String, b: String) -> i32 {
        // Each match (i, j) visited with j descending per i: LCS = strictly increasing run of j.
        let mut where_: Vec<Vec<usize>> = vec![Vec::new(); 26];
        for (j, &c) in b.as_bytes().iter().enumerate() {
            where_[(c - b'a') as usize].push(j);
        }
        let mut tails: Vec<usize> = Vec::new();
        for &c in a.as_bytes() {
            for &j in where_[(c - b'a') as usize].iter().rev() {
                let k = tails.partition_point(|&t| t < j);
                if k == tails.len() {
                    tails.push(j);
                } else {
                    tails[k] = j;
                }
            }
        }
        tails.len() as i32
    }
}
