use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        let g: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
        let rows = g.len() as i32;
        let cols = g[0].len() as i32;
        let (mut s, mut t) = (0i32, 0i32);
        for r in 0..rows {
            for c in 0..cols {
                match g[r as usize][c as usize] {
                    b'S' => s = r * cols + c,
                    b'T' => t = r * cols + c,
                    _ => {}
                }
            }
        }
        let (tr, tc) = (t / cols, t % cols);
        let h = |r: i32, c: i32| (r - tr).abs() + (c - tc).abs();
        let n = (rows * cols) as usize;
        let mut best = vec![i32::MAX; n];
        let mut closed = vec![false; n];
        let mut heap = BinaryHeap::new();
        best[s as usize] = 0;
        heap.push(Reverse((h(s / cols, s % cols), s)));
        while let Some(Reverse((_, cell))) = heap.pop() {
            let ci = cell as usize;
            if closed[ci] {
                continue;
            }
            closed[ci] = true;
            let d = best[ci];
            if cell == t {
                return d;
            }
            let (r, c) = (cell / cols, cell % cols);
            for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr as usize][nc as usize] == b'#' {
                    continue;
                }
                let nb = (nr * cols + nc) as usize;
                if closed[nb] || d + 1 >= best[nb] {
                    continue;
                }
                best[nb] = d + 1;
                heap.push(Reverse((d + 1 + h(nr, nc), nb as i32)));
            }
        }
        -1
    }
}
