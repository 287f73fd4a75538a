struct Solution;

impl Solution {
    // returns the root; afterwards parity[x] is x's colour relative to it
    fn find(parent: &mut [usize], parity: &mut [u8], path: &mut Vec<usize>, mut x: usize) -> usize {
        path.clear();
        while parent[x] != x {
            path.push(x);
            x = parent[x];
        }
        let mut acc = 0;
        for &y in path.iter().rev() {
            acc ^= parity[y];
            parity[y] = acc;
            parent[y] = x;
        }
        x
    }

    pub fn minimum_marked(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut parity = vec![0u8; n + 1];
        let mut size = vec![1i32; n + 1];
        let mut path = Vec::new();
        for e in &edges {
            let (mut u, mut v) = (e[0] as usize, e[1] as usize);
            let mut ru = Self::find(&mut parent, &mut parity, &mut path, u);
            let mut rv = Self::find(&mut parent, &mut parity, &mut path, v);
            if ru == rv {
                if parity[u] == parity[v] {
                    return -1;
                }
                continue;
            }
            if size[ru] < size[rv] {
                std::mem::swap(&mut ru, &mut rv);
                std::mem::swap(&mut u, &mut v);
            }
            parent[rv] = ru;
            parity[rv] = parity[u] ^ parity[v] ^ 1;
            size[ru] += size[rv];
        }
        let mut ones = vec![0i32; n + 1];
        let mut touched = vec![false; n + 1];
        for e in &edges {
            touched[e[0] as usize] = true;
            touched[e[1] as usize] = true;
        }
        for x in 1..=n {
            if touched[x] {
                let r = Self::find(&mut parent, &mut parity, &mut path, x);
                ones[r] += parity[x] as i32;
            }
        }
        (1..=n)
            .filter(|&r| parent[r] == r && touched[r])
            .map(|r| ones[r].min(size[r] - ones[r]))
            .sum()
    }
}
