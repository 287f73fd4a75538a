struct Solution;

impl Solution {
    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let top = *nums.iter().max().unwrap() as usize;
        let mut spf = vec![0usize; top + 1];
        for i in 2..=top {
            if spf[i] != 0 {
                continue;
            }
            let mut j = i;
            while j <= top {
                if spf[j] == 0 {
                    spf[j] = i;
                }
                j += i;
            }
        }
        let mut seen = vec![0i64; top + 1]; // earlier entries divisible by d
        let mut divs = [0usize; 64];
        let mut signs = [0i64; 64];
        let mut answer = 0i64;
        for &value in &nums {
            let mut x = value as usize;
            let mut cnt = 1;
            divs[0] = 1;
            signs[0] = 1;
            while x > 1 {
                let p = spf[x];
                while x % p == 0 {
                    x /= p;
                }
                for t in 0..cnt {
                    divs[cnt + t] = divs[t] * p;
                    signs[cnt + t] = -signs[t];
                }
                cnt *= 2;
            }
            for t in 0..cnt {
                answer += signs[t] * seen[divs[t]];
            }
            for t in 0..cnt {
                seen[divs[t]] += 1;
            }
        }
        answer
    }
}
