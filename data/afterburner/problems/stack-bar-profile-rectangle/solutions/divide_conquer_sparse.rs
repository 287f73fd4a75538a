struct Solution;

impl Solution {
    pub fn largest_rectangle(h: Vec<i32>) -> i64 {
        // split every block at its lowest bar, found with a sparse table of argmins
        let n = h.len();
        let mut table: Vec<Vec<u32>> = vec![(0..n as u32).collect()];
        let mut j = 1;
        while (1usize << j) <= n {
            let half = 1usize << (j - 1);
            let prev = &table[j - 1];
            let row: Vec<u32> = (0..=n - (1usize << j))
                .map(|i| {
                    let (a, b) = (prev[i], prev[i + half]);
                    if h[a as usize] <= h[b as usize] { a } else { b }
                })
                .collect();
            table.push(row);
            j += 1;
        }
        let mut best = 0i64;
        let mut todo = vec![(0usize, n - 1)];
        while let Some((l, r)) = todo.pop() {
            let k = (usize::BITS - 1 - (r - l + 1).leading_zeros()) as usize;
            let (a, b) = (table[k][l] as usize, table[k][r + 1 - (1 << k)] as usize);
            let m = if h[a] <= h[b] { a } else { b };
            best = best.max(h[m] as i64 * (r - l + 1) as i64);
            if l < m {
                todo.push((l, m - 1));
            }
            if m < r {
                todo.push((m + 1, r));
            }
        }
        best
    }
}
