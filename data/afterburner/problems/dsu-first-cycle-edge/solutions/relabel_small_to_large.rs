struct Solution;

impl Solution {
    pub fn first_cycle_edge(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // A group id per vertex; merging moves the smaller member list into the larger.
        let n = n as usize;
        let mut group: Vec<usize> = (0..=n).collect();
        let mut members: Vec<Vec<usize>> = (0..=n).map(|v| vec![v]).collect();
        for (i, e) in edges.iter().enumerate() {
            let (mut a, mut b) = (group[e[0] as usize], group[e[1] as usize]);
            if a == b {
                return i as i32 + 1;
            }
            if members[a].len() < members[b].len() {
                std::mem::swap(&mut a, &mut b);
            }
            let moved = std::mem::take(&mut members[b]);
            for &w in &moved {
                group[w] = a;
            }
            members[a].extend(moved);
        }
        0
    }
}
