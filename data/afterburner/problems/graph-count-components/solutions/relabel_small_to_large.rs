struct Solution;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        // Each vertex carries a label; a merge relabels the smaller member list.
        let n = n as usize;
        let mut label: Vec<usize> = (0..=n).collect();
        let mut members: Vec<Vec<usize>> = (0..=n).map(|v| vec![v]).collect();
        let mut count = n as i32;
        for e in &edges {
            let (mut a, mut b) = (label[e[0] as usize], label[e[1] as usize]);
            if a == b {
                continue;
            }
            if members[a].len() < members[b].len() {
                std::mem::swap(&mut a, &mut b);
            }
            let moved = std::mem::take(&mut members[b]);
            for &w in &moved {
                label[w] = a;
            }
            members[a].extend(moved);
            count -= 1;
        }
        count
    }
}
