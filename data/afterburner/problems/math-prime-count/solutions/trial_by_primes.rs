struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        // divide each odd candidate by the odd primes up to its square root
        if n < 2 {
            return 0;
        }
        let n = n as u32;
        let mut primes: Vec<u32> = Vec::new();
        let mut count = 1;
        let mut x: u32 = 3;
        while x <= n {
            let mut prime = true;
            for &p in primes.iter() {
                if p * p > x {
                    break;
                }
                if x % p == 0 {
                    prime = false;
                    break;
                }
            }
            if prime {
                count += 1;
                if (x as u64) * (x as u64) <= n as u64 {
                    primes.push(x);
                }
            }
            x += 2;
        }
        count
    }
}
