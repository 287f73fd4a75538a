use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        let g: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
        let rows = g.len() as i64;
        let cols = g[0].len() as i64;
        let mut best = vec![i32::MAX; (rows * cols) as usize];
        let mut heap = BinaryHeap::new();
        for r in 0..rows {
            for c in 0..cols {
                if g[r as usize][c as usize] == b'S' {
                    best[(r * cols + c) as usize] = 0;
                    heap.push(Reverse((0i32, r, c)));
                }
            }
        }
        while let Some(Reverse((d, r, c))) = heap.pop() {
            if d > best[(r * cols + c) as usize] {
                continue;
            }
            if g[r as usize][c as usize] == b'T' {
                return d;
            }
            for (dr, dc) in [(1i64, 0i64), (-1, 0), (0, 1), (0, -1)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr as usize][nc as usize] == b'#' {
                    continue;
                }
                let idx = (nr * cols + nc) as usize;
                if d + 1 < best[idx] {
                    best[idx] = d + 1;
                    heap.push(Reverse((d + 1, nr, nc)));
                }
            }
        }
        -1
    }
}
