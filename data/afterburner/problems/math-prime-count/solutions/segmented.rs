struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        // sieve the base primes up to sqrt(n), then cross off block by block
        if n < 2 {
            return 0;
        }
        let n = n as usize;
        let mut root = 1usize;
        while (root + 1) * (root + 1) <= n {
            root += 1;
        }
        let mut small = vec![false; root + 1];
        let mut base: Vec<usize> = Vec::new();
        for i in 2..=root {
            if small[i] {
                continue;
            }
            base.push(i);
            let mut j = i * i;
            while j <= root {
                small[j] = true;
                j += i;
            }
        }
        let mut count = base.len();
        const BLOCK: usize = 1 << 15;
        let mut seg = vec![false; BLOCK];
        let mut low = root + 1;
        while low <= n {
            let high = std::cmp::min(low + BLOCK - 1, n);
            let len = high - low + 1;
            seg[..len].iter_mut().for_each(|b| *b = false);
            for &p in base.iter() {
                let start = std::cmp::max(p * p, (low + p - 1) / p * p);
                let mut j = start;
                while j <= high {
                    seg[j - low] = true;
                    j += p;
                }
            }
            count += seg[..len].iter().filter(|&&b| !b).count();
            low += BLOCK;
        }
        count as i32
    }
}
