struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        let n = s.len();
        let mut best = 0;
        for i in 0..n {
            for j in i..n {
                let sub: String = s[i..=j].to_string();
                let back: String = sub.chars().rev().collect();
                if sub == back {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }
}
