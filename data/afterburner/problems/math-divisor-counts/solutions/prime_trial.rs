struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        let top = *nums.iter().max().unwrap();
        let mut limit = 1;
        while limit * limit <= top {
            limit += 1;
        }
        let limit = limit as usize;
        let mut composite = vec![false; limit + 1];
        let mut primes: Vec<i32> = Vec::new();
        for i in 2..=limit {
            if composite[i] {
                continue;
            }
            primes.push(i as i32);
            let mut j = i * i;
            while j <= limit {
                composite[j] = true;
                j += i;
            }
        }
        nums.iter()
            .map(|&value| {
                let mut x = value;
                let mut total = 1;
                for &p in &primes {
                    if p * p > x {
                        break;
                    }
                    if x % p == 0 {
                        let mut e = 0;
                        while x % p == 0 {
                            x /= p;
                            e += 1;
                        }
                        total *= e + 1;
                    }
                }
                if x > 1 {
                    total *= 2;
                }
                total
            })
            .collect()
    }
}
