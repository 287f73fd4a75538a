use std::collections::HashSet;

struct Solution;

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        // land cells as packed coordinates in a hash set, removed as they are reached
        const K: i64 = 4096; // row stride, larger than any column + 1
        let mut cells: Vec<i64> = Vec::new();
        for (r, row) in grid.iter().enumerate() {
            for (c, &b) in row.as_bytes().iter().enumerate() {
                if b == b'#' {
                    cells.push((r as i64 + 1) * K + c as i64 + 1);
                }
            }
        }
        let mut land: HashSet<i64> = cells.iter().copied().collect();
        let mut islands = 0;
        let mut todo = Vec::new();
        for &start in &cells {
            if !land.remove(&start) {
                continue; // already part of a counted region
            }
            islands += 1;
            todo.push(start);
            while let Some(key) = todo.pop() {
                for nb in [key - K, key + K, key - 1, key + 1] {
                    if land.remove(&nb) {
                        todo.push(nb);
                    }
                }
            }
        }
        islands
    }
}
