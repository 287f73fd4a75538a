struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut size = vec![1u32; n + 1];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for (i, e) in edges.iter().enumerate() {
            let mut a = find(&mut parent, e[0] as usize);
            let mut b = find(&mut parent, e[1] as usize);
            if a == b {
                return i as i32 + 1;
            }
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
        }
        0
    }
}
