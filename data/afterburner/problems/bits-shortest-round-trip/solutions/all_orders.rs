struct Solution;

impl Solution {
    fn extend(cost: &[Vec<i32>], at: usize, used: u32, total: i32, count: usize, best: &mut i32) {
        let n = cost.len();
        if count == n {
            *best = (*best).min(total + cost[at][0]);
            return;
        }
        for p in 1..n {
            if used >> p & 1 == 0 {
                Self::extend(cost, p, used | 1 << p, total + cost[at][p], count + 1, best);
            }
        }
    }

    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        if cost.len() == 1 {
            return 0;
        }
        let mut best = i32::MAX;
        Self::extend(&cost, 0, 1, 0, 1, &mut best);
        best
    }
}
