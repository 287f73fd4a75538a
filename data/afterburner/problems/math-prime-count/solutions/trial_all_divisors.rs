struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        let mut count = 0;
        for x in 2..=n {
            let mut prime = true;
            for d in 2..x {
                if x % d == 0 {
                    prime = false;
                    break;
                }
            }
            if prime {
                count += 1;
            }
        }
        count
    }
}
