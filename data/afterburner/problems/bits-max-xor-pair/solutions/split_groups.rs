struct Solution;

// first index of v whose bit b is set; the slice agrees above b
fn split(v: &[i32], b: u32) -> usize {
    v.partition_point(|&x| (x >> b) & 1 == 0)
}

// largest XOR of bits b..0 between a value of a and a value of c
fn across(a: &[i32], c: &[i32], b: i32) -> i32 {
    if b < 0 {
        return 0;
    }
    let (a0, a1) = a.split_at(split(a, b as u32));
    let (c0, c1) = c.split_at(split(c, b as u32));
    let mut res = -1;
    if !a0.is_empty() && !c1.is_empty() {
        res = res.max((1 << b) | across(a0, c1, b - 1));
    }
    if !a1.is_empty() && !c0.is_empty() {
        res = res.max((1 << b) | across(a1, c0, b - 1));
    }
    if res >= 0 {
        return res;
    }
    across(a, c, b - 1)
}

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        let mut v = nums;
        v.sort_unstable();
        v.dedup();
        for b in (0..30).rev() {
            let m = split(&v, b as u32);
            if m > 0 && m < v.len() {
                return across(&v[..m], &v[m..], b);
            }
        }
        0
    }
}
