struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        if n < 2 {
            return 0;
        }
        let n = n as usize;
        let mut composite = vec![false; n + 1];
        let mut count = 0;
        for i in 2..=n {
            if composite[i] {
                continue;
            }
            count += 1;
            let mut j = i * i;
            while j <= n {
                composite[j] = true;
                j += i;
            }
        }
        count
    }
}
