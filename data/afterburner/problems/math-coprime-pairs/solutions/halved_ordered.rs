struct Solution;

impl Solution {
    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let top = *nums.iter().max().unwrap() as usize;
        let mut freq = vec![0i64; top + 1];
        for &x in &nums {
            freq[x as usize] += 1;
        }
        // mu from: the sum of mu(d) over d | n is 1 for n = 1, else 0
        let mut mu = vec![0i64; top + 1];
        mu[1] = 1;
        for i in 1..=top {
            if mu[i] == 0 {
                continue;
            }
            let mut j = 2 * i;
            while j <= top {
                mu[j] -= mu[i];
                j += i;
            }
        }
        let mut ordered = 0i64; // ordered pairs (i, j), i == j included
        for d in 1..=top {
            if mu[d] == 0 {
                continue;
            }
            let c: i64 = (d..=top).step_by(d).map(|m| freq[m]).sum();
            ordered += mu[d] * c * c;
        }
        ordered / 2
    }
}
