struct Solution;

fn go(a: &mut [i64], c: i64) -> i64 {
    let n = a.len();
    if n < 2 {
        return 0;
    }
    let mid = n / 2;
    let mut pairs = go(&mut a[..mid], c) + go(&mut a[mid..], c);
    let mut i = 0;
    for j in mid..n {
        while i < mid && a[i] < c * a[j] {
            i += 1;
        }
        pairs += (mid - i) as i64;
    }
    a.sort();
    pairs
}

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        let mut a: Vec<i64> = nums.iter().map(|&x| x as i64).collect();
        go(&mut a, c as i64)
    }
}
