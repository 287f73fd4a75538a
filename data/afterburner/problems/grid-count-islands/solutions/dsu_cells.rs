struct Solution;

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        parent[x as usize] = parent[parent[x as usize] as usize];
        x = parent[x as usize];
    }
    x
}

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        // union-find over cells: join each land cell with land to its left and above
        let g: Vec<&[u8]> = grid.iter().map(|r| r.as_bytes()).collect();
        let rows = g.len();
        let cols = g[0].len();
        let mut parent: Vec<u32> = (0..(rows * cols) as u32).collect();
        let mut regions = 0;
        for i in 0..rows {
            for j in 0..cols {
                if g[i][j] != b'#' {
                    continue;
                }
                regions += 1;
                let cell = (i * cols + j) as u32;
                if j > 0 && g[i][j - 1] == b'#' {
                    let (a, b) = (find(&mut parent, cell - 1), find(&mut parent, cell));
                    if a != b {
                        parent[b as usize] = a;
                        regions -= 1;
                    }
                }
                if i > 0 && g[i - 1][j] == b'#' {
                    let (a, b) = (find(&mut parent, cell - cols as u32), find(&mut parent, cell));
                    if a != b {
                        parent[b as usize] = a;
                        regions -= 1;
                    }
                }
            }
        }
        regions
    }
}
