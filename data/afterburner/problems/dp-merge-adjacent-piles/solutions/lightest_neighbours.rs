struct Solution;

impl Solution {
    pub fn merge_cost(w: Vec<i32>) -> i64 {
        // greedy: always merge the neighbouring pair with the smallest sum
        let mut piles: Vec<i64> = w.iter().map(|&x| x as i64).collect();
        let mut total = 0i64;
        while piles.len() > 1 {
            let mut k = 0;
            for i in 1..piles.len() - 1 {
                if piles[i] + piles[i + 1] < piles[k] + piles[k + 1] {
                    k = i;
                }
            }
            let merged = piles[k] + piles[k + 1];
            total += merged;
            piles[k] = merged;
            piles.remove(k + 1);
        }
        total
    }
}
