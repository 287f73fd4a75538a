struct Solution;

impl Solution {
    fn solve(w: &[i32], i: usize, j: usize) -> i64 {
        if i == j {
            return 0;
        }
        let sum: i64 = w[i..=j].iter().map(|&x| x as i64).sum();
        let mut best = i64::MAX;
        for k in i..j {
            best = best.min(Self::solve(w, i, k) + Self::solve(w, k + 1, j));
        }
        best + sum
    }

    pub fn merge_cost(w: Vec<i32>) -> i64 {
        Self::solve(&w, 0, w.len() - 1)
    }
}
