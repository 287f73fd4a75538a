struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        // every composite is crossed exactly once, by its smallest prime factor
        if n < 2 {
            return 0;
        }
        let n = n as usize;
        let mut composite = vec![false; n + 1];
        let mut primes: Vec<usize> = Vec::new();
        for i in 2..=n {
            if !composite[i] {
                primes.push(i);
            }
            for &p in primes.iter() {
                if p * i > n {
                    break;
                }
                composite[p * i] = true;
                if i % p == 0 {
                    break;
                }
            }
        }
        primes.len() as i32
    }
}
