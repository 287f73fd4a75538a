struct Solution;

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        // flat map with a water border: neighbours are index offsets
        let rows = grid.len();
        let cols = grid[0].len();
        let w = cols + 2;
        let mut land = vec![false; (rows + 2) * w];
        for (r, row) in grid.iter().enumerate() {
            for (c, &b) in row.as_bytes().iter().enumerate() {
                land[(r + 1) * w + c + 1] = b == b'#';
            }
        }
        let mut queue = vec![0usize; land.len()];
        let mut count = 0;
        for s in 0..land.len() {
            if !land[s] {
                continue;
            }
            count += 1;
            land[s] = false;
            let (mut head, mut tail) = (0, 1);
            queue[0] = s;
            while head < tail {
                let cell = queue[head];
                head += 1;
                for nb in [cell + 1, cell - 1, cell + w, cell - w] {
                    if land[nb] {
                        land[nb] = false;
                        queue[tail] = nb;
                        tail += 1;
                    }
                }
            }
        }
        count
    }
}
