struct Solution;

impl Solution {
    pub fn strong_summary(n: i32, arcs: Vec<Vec<i32>>) -> Vec<i32> {
        // group vertices with a union-find over the arcs
        let n = n as usize;
        let mut parent: Vec<usize> = (0..=n).collect();
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for a in &arcs {
            let ru = find(&mut parent, a[0] as usize);
            let rv = find(&mut parent, a[1] as usize);
            parent[ru] = rv;
        }
        let mut size = vec![0i32; n + 1];
        let (mut groups, mut largest) = (0i32, 0i32);
        for v in 1..=n {
            let r = find(&mut parent, v);
            if size[r] == 0 {
                groups += 1;
            }
            size[r] += 1;
            largest = largest.max(size[r]);
        }
        vec![groups, largest]
    }
}
