struct Solution;

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        // every land cell starts with its own label; the smallest label spreads
        // to neighbours until nothing changes
        let g: Vec<&[u8]> = grid.iter().map(|r| r.as_bytes()).collect();
        let rows = g.len();
        let cols = g[0].len();
        let mut label: Vec<Vec<i64>> = (0..rows)
            .map(|r| (0..cols).map(|c| if g[r][c] == b'#' { (r * cols + c) as i64 } else { -1 }).collect())
            .collect();
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    let cur = label[r][c];
                    if cur < 0 {
                        continue;
                    }
                    let mut best = cur;
                    if r > 0 && label[r - 1][c] >= 0 {
                        best = best.min(label[r - 1][c]);
                    }
                    if r + 1 < rows && label[r + 1][c] >= 0 {
                        best = best.min(label[r + 1][c]);
                    }
                    if c > 0 && label[r][c - 1] >= 0 {
                        best = best.min(label[r][c - 1]);
                    }
                    if c + 1 < cols && label[r][c + 1] >= 0 {
                        best = best.min(label[r][c + 1]);
                    }
                    if best < cur {
                        label[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        let mut count = 0;
        for r in 0..rows {
            for c in 0..cols {
                if label[r][c] == (r * cols + c) as i64 {
                    count += 1;
                }
            }
        }
        count
    }
}
