struct Solution;

impl Solution {
    pub fn reachable_under(n: i32, edges: Vec<Vec<i32>>, queries: Vec<Vec<i32>>) -> String {
        // Offline sweep keeping a component label per vertex; a merge relabels
        // the smaller member list, so a query is one comparison.
        let n = n as usize;
        let mut label: Vec<u32> = (0..=n as u32).collect();
        let mut members: Vec<Vec<u32>> = (0..=n as u32).map(|v| vec![v]).collect();
        let pack = |rows: &Vec<Vec<i32>>| -> Vec<u64> {
            let mut keys: Vec<u64> = rows.iter().enumerate().map(|(i, r)| ((r[2] as u64) << 20) | i as u64).collect();
            keys.sort_unstable();
            keys
        };
        let (ek, qk) = (pack(&edges), pack(&queries));
        let mut answer = vec![b'0'; queries.len()];
        let mut j = 0;
        for &key in &qk {
            let i = (key & 0xFFFFF) as usize;
            let t = (key >> 20) as i32;
            while j < ek.len() && ((ek[j] >> 20) as i32) <= t {
                let e = &edges[(ek[j] & 0xFFFFF) as usize];
                j += 1;
                let (mut a, mut b) = (label[e[0] as usize] as usize, label[e[1] as usize] as usize);
                if a == b {
                    continue;
                }
                if members[a].len() < members[b].len() {
                    std::mem::swap(&mut a, &mut b);
                }
                let moved = std::mem::take(&mut members[b]);
                for &w in &moved {
                    label[w as usize] = a as u32;
                }
                members[a].extend(moved);
            }
            if label[queries[i][0] as usize] == label[queries[i][1] as usize] {
                answer[i] = b'1';
            }
        }
        String::from_utf8(answer).unwrap()
    }
}
