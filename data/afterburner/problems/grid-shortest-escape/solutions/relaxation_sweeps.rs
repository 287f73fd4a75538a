struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        // sweep every cell and relax it from its neighbours until nothing changes
        let g: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
        let rows = g.len();
        let cols = g[0].len();
        const INF: i32 = 1 << 30;
        let mut dist = vec![vec![INF; cols]; rows];
        let (mut tr, mut tc) = (0, 0);
        for r in 0..rows {
            for c in 0..cols {
                if g[r][c] == b'S' {
                    dist[r][c] = 0;
                } else if g[r][c] == b'T' {
                    tr = r;
                    tc = c;
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if g[r][c] == b'#' {
                        continue;
                    }
                    let mut best = dist[r][c];
                    if r > 0 {
                        best = best.min(dist[r - 1][c] + 1);
                    }
                    if r + 1 < rows {
                        best = best.min(dist[r + 1][c] + 1);
                    }
                    if c > 0 {
                        best = best.min(dist[r][c - 1] + 1);
                    }
                    if c + 1 < cols {
                        best = best.min(dist[r][c + 1] + 1);
                    }
                    if best < dist[r][c] {
                        dist[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        if dist[tr][tc] < INF {
            dist[tr][tc]
        } else {
            -1
        }
    }
}
