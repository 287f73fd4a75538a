struct Solution;

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        let g: Vec<&[u8]> = grid.iter().map(|r| r.as_bytes()).collect();
        let rows = g.len() as i64;
        let cols = g[0].len() as i64;
        let mut seen = vec![false; (rows * cols) as usize];
        let mut stack = Vec::new();
        let mut islands = 0;
        for i in 0..rows {
            for j in 0..cols {
                if g[i as usize][j as usize] != b'#' || seen[(i * cols + j) as usize] {
                    continue;
                }
                islands += 1;
                seen[(i * cols + j) as usize] = true;
                stack.push((i, j));
                while let Some((r, c)) = stack.pop() {
                    for dr in -1..=1 {
                        for dc in -1..=1 {
                            let (nr, nc) = (r + dr, c + dc);
                            if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
                                continue;
                            }
                            let idx = (nr * cols + nc) as usize;
                            if g[nr as usize][nc as usize] != b'#' || seen[idx] {
                                continue;
                            }
                            seen[idx] = true;
                            stack.push((nr, nc));
                        }
                    }
                }
            }
        }
        islands
    }
}
