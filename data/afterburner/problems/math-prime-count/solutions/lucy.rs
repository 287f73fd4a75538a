struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        // Lucy's prime counting: O(n^(3/4)) over the values n / k
        let n = n as i64;
        if n < 2 {
            return 0;
        }
        let mut r = (n as f64).sqrt() as i64;
        while r * r > n {
            r -= 1;
        }
        while (r + 1) * (r + 1) <= n {
            r += 1;
        }
        // small[v] = count for v <= r, large[k] = count for n / k
        let mut small: Vec<i64> = (0..=r).map(|v| if v == 0 { 0 } else { v - 1 }).collect();
        let mut large: Vec<i64> = (0..=r).map(|k| if k == 0 { 0 } else { n / k - 1 }).collect();
        for p in 2..=r {
            if small[p as usize] == small[(p - 1) as usize] {
                continue;
            }
            let below = small[(p - 1) as usize];
            let p2 = p * p;
            let kmax = std::cmp::min(r, n / p2);
            for k in 1..=kmax {
                let v = n / k;
                let d = v / p;
                let sd = if d <= r { small[d as usize] } else { large[(n / d) as usize] };
                large[k as usize] -= sd - below;
            }
            let mut v = r;
            while v >= p2 {
                small[v as usize] -= small[(v / p) as usize] - below;
                v -= 1;
            }
        }
        large[1] as i32
    }
}
