struct Solution;

impl Solution {
    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let top = *nums.iter().max().unwrap() as usize;
        let mut freq = vec![0i64; top + 1];
        for &x in &nums {
            freq[x as usize] += 1;
        }
        // Moebius function by a linear sieve
        let mut mu = vec![1i64; top + 1];
        let mut composite = vec![false; top + 1];
        let mut primes: Vec<usize> = Vec::new();
        for i in 2..=top {
            if !composite[i] {
                primes.push(i);
                mu[i] = -1;
            }
            for &p in &primes {
                if i * p > top {
                    break;
                }
                composite[i * p] = true;
                if i % p == 0 {
                    mu[i * p] = 0;
                    break;
                }
                mu[i * p] = -mu[i];
            }
        }
        let mut total = 0i64;
        for d in 1..=top {
            if mu[d] == 0 {
                continue;
            }
            let c: i64 = (d..=top).step_by(d).map(|m| freq[m]).sum();
            total += mu[d] * (c * (c - 1) / 2);
        }
        total
    }
}
