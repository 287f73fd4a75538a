struct Solution;

impl Solution {
    fn find(parent: &mut Vec<usize>, x: usize) -> usize {
        let mut root = x;
        while parent[root] != root {
            root = parent[root];
        }
        let mut cur = x;
        while parent[cur] != root {
            let next = parent[cur];
            parent[cur] = root;
            cur = next;
        }
        root
    }

    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut size = vec![1usize; n + 1];
        let mut components = n as i32;
        for e in &edges {
            let mut a = Self::find(&mut parent, e[0] as usize);
            let mut b = Self::find(&mut parent, e[1] as usize);
            if a == b {
                continue;
            }
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
            components -= 1;
        }
        components
    }
}
