struct Solution;

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

impl Solution {
    pub fn count_islands(grid: Vec<String>) -> i32 {
        // each horizontal run of land is one node; overlapping runs in
        // neighbouring rows belong to the same region
        let mut parent: Vec<usize> = Vec::new();
        let mut regions = 0;
        let mut prev: Vec<(usize, usize, usize)> = Vec::new();
        let mut cur: Vec<(usize, usize, usize)> = Vec::new();
        for row in &grid {
            let b = row.as_bytes();
            cur.clear();
            let mut c = 0;
            while c < b.len() {
                if b[c] != b'#' {
                    c += 1;
                    continue;
                }
                let s = c;
                while c < b.len() && b[c] == b'#' {
                    c += 1;
                }
                cur.push((s, c, parent.len()));
                parent.push(parent.len());
                regions += 1;
            }
            let mut k = 0;
            for &(s, e, node) in &cur {
                while k < prev.len() && prev[k].1 <= s {
                    k += 1;
                }
                let mut t = k;
                while t < prev.len() && prev[t].0 < e {
                    let (a, b) = (find(&mut parent, prev[t].2), find(&mut parent, node));
                    if a != b {
                        parent[b] = a;
                        regions -= 1;
                    }
                    t += 1;
                }
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        regions
    }
}
