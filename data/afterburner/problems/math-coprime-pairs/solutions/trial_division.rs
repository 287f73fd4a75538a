use std::collections::HashMap;

struct Solution;

impl Solution {
    fn prime_factors(mut x: i64) -> Vec<i64> {
        let mut ps = Vec::new();
        let mut f = 2;
        while f * f <= x {
            if x % f == 0 {
                ps.push(f);
                while x % f == 0 {
                    x /= f;
                }
            }
            f += if f == 2 { 1 } else { 2 };
        }
        if x > 1 {
            ps.push(x);
        }
        ps
    }

    pub fn count_coprime_pairs(nums: Vec<i32>) -> i64 {
        let mut times: HashMap<i64, i64> = HashMap::new();
        for &x in &nums {
            *times.entry(x as i64).or_insert(0) += 1;
        }
        // signed squarefree divisors of each distinct value, and how many entries each d divides
        let mut signed_divs: HashMap<i64, Vec<(i64, i64)>> = HashMap::new();
        let mut divisible: HashMap<i64, i64> = HashMap::new();
        for (&value, &t) in &times {
            let mut divs = vec![(1i64, 1i64)];
            for p in Self::prime_factors(value) {
                let sz = divs.len();
                for i in 0..sz {
                    let (d, s) = divs[i];
                    divs.push((d * p, -s));
                }
            }
            for &(d, _) in &divs {
                *divisible.entry(d).or_insert(0) += t;
            }
            signed_divs.insert(value, divs);
        }
        let mut ordered = 0i64; // ordered pairs, an entry with itself included
        for (&value, &t) in &times {
            let coprime: i64 = signed_divs[&value].iter().map(|&(d, s)| s * divisible[&d]).sum();
            ordered += t * coprime;
        }
        let ones = times.get(&1).copied().unwrap_or(0);
        (ordered - ones) / 2
    }
}
