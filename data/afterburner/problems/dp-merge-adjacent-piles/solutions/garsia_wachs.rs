struct Solution;

impl Solution {
    pub fn merge_cost(w: Vec<i32>) -> i64 {
        // Garsia-Wachs: merge the first pair a[k], a[k+1] with a[k] <= a[k+2], then move
        // the merged pile left past every lighter pile. Sentinels at both ends.
        const INF: i64 = i64::MAX / 4;
        let mut a: Vec<i64> = Vec::with_capacity(w.len() + 2);
        a.push(INF);
        a.extend(w.iter().map(|&x| x as i64));
        a.push(INF);
        let mut total = 0i64;
        while a.len() > 3 {
            let mut k = 1;
            while a[k - 1] > a[k + 1] {
                k += 1;
            }
            k -= 1;
            let merged = a[k] + a[k + 1];
            total += merged;
            a.drain(k..k + 2);
            let mut pos = k - 1;
            while a[pos] < merged {
                pos -= 1;
            }
            a.insert(pos + 1, merged);
        }
        total
    }
}
