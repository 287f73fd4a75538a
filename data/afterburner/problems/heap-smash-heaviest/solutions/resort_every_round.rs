struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        let mut stones = weights;
        while stones.len() > 1 {
            stones.sort_unstable();
            let x = stones.pop().unwrap();
            let y = stones.pop().unwrap();
            if x != y {
                stones.push(x - y);
            }
        }
        stones.first().copied().unwrap_or(0)
    }
}
