struct Solution;

impl Solution {
    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        let n = cost.len();
        if n == 1 {
            return 0;
        }
        let m = n - 1; // points 1..n-1 become bits 0..m-1
        const INF: i32 = i32::MAX / 2;
        // best[mask] holds one value per end bit; only set bits are visited (lowbit walk)
        let mut best: Vec<Vec<i32>> = vec![Vec::new(); 1 << m];
        for j in 0..m {
            let mut row = vec![INF; m];
            row[j] = cost[0][j + 1];
            best[1 << j] = row;
        }
        for mask in 1usize..1 << m {
            if mask & (mask - 1) == 0 {
                continue;
            }
            let mut row = vec![INF; m];
            let mut b = mask;
            while b != 0 {
                let j = b.trailing_zeros() as usize;
                b &= b - 1;
                let prev_mask = mask ^ (1 << j);
                let prev = &best[prev_mask];
                let mut value = INF;
                let mut pm = prev_mask;
                while pm != 0 {
                    let i = pm.trailing_zeros() as usize;
                    pm &= pm - 1;
                    value = value.min(prev[i] + cost[i + 1][j + 1]);
                }
                row[j] = value;
            }
            best[mask] = row;
        }
        (0..m).map(|j| best[(1 << m) - 1][j] + cost[j + 1][0]).min().unwrap()
    }
}
