struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        let top = *nums.iter().max().unwrap() as usize;
        let mut spf = vec![0usize; top + 1]; // smallest prime factor
        for p in 2..=top {
            if spf[p] != 0 {
                continue;
            }
            let mut m = p;
            while m <= top {
                if spf[m] == 0 {
                    spf[m] = p;
                }
                m += p;
            }
        }
        nums.iter()
            .map(|&value| {
                let mut x = value as usize;
                let mut count = 1;
                while x > 1 {
                    let q = spf[x];
                    let mut e = 0;
                    while x % q == 0 {
                        x /= q;
                        e += 1;
                    }
                    count *= e + 1;
                }
                count
            })
            .collect()
    }
}
