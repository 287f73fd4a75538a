use std::collections::VecDeque;

struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        let g: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
        let rows = g.len();
        let cols = g[0].len();
        let mut dist = vec![-1i32; rows * cols];
        let mut queue = VecDeque::new();
        for r in 0..rows {
            for c in 0..cols {
                if g[r][c] == b'S' {
                    dist[r * cols + c] = 0;
                    queue.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            let d = dist[r * cols + c];
            if g[r][c] == b'T' {
                return d;
            }
            let mut step = |nr: usize, nc: usize, queue: &mut VecDeque<(usize, usize)>| {
                if g[nr][nc] != b'#' && dist[nr * cols + nc] < 0 {
                    dist[nr * cols + nc] = d + 1;
                    queue.push_back((nr, nc));
                }
            };
            if r > 0 {
                step(r - 1, c, &mut queue);
            }
            if r + 1 < rows {
                step(r + 1, c, &mut queue);
            }
            if c > 0 {
                step(r, c - 1, &mut queue);
            }
            if c + 1 < cols {
                step(r, c + 1, &mut queue);
            }
        }
        -1
    }
}
