struct Solution;

impl Solution {
    pub fn shortest_escape(grid: Vec<String>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        let w = cols + 2;
        // padded flat grid: border cells are walls
        let mut open = vec![false; (rows + 2) * w];
        let (mut s, mut t) = (0usize, 0usize);
        for (r, row) in grid.iter().enumerate() {
            for (c, &ch) in row.as_bytes().iter().enumerate() {
                let cell = (r + 1) * w + c + 1;
                open[cell] = ch != b'#';
                if ch == b'S' {
                    s = cell;
                } else if ch == b'T' {
                    t = cell;
                }
            }
        }
        let mut side = vec![0u8; open.len()];
        let mut dist = vec![0i32; open.len()];
        side[s] = 1;
        side[t] = 2;
        let mut front: [Vec<usize>; 3] = [Vec::new(), vec![s], vec![t]];
        let offs = [1isize, -1, w as isize, -(w as isize)];
        while !front[1].is_empty() && !front[2].is_empty() {
            let who = if front[1].len() <= front[2].len() { 1 } else { 2 };
            let mut nxt = Vec::new();
            for &cell in &front[who] {
                for &o in &offs {
                    let nb = (cell as isize + o) as usize;
                    if !open[nb] {
                        continue;
                    }
                    if side[nb] == 0 {
                        side[nb] = who as u8;
                        dist[nb] = dist[cell] + 1;
                        nxt.push(nb);
                    } else if side[nb] as usize != who {
                        return dist[cell] + dist[nb] + 1;
                    }
                }
            }
            front[who] = nxt;
        }
        -1
    }
}
