struct Solution;

impl Solution {
    pub fn count_primes(n: i32) -> i32 {
        let n = n as usize;
        let mut composite = vec![false; n + 1];
        let mut i = 2;
        while i * i <= n {
            if !composite[i] {
                let mut j = i * i;
                while j <= n {
                    composite[j] = true;
                    j += i;
                }
            }
            i += 1;
        }
        (1..=n).filter(|&v| !composite[v]).count() as i32
    }
}
