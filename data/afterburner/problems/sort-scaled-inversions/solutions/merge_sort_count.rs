struct Solution;

fn sort_count(a: &mut [i64], buf: &mut [i64], c: i64) -> i64 {
    let n = a.len();
    if n < 2 {
        return 0;
    }
    let mid = n / 2;
    let mut count = sort_count(&mut a[..mid], &mut buf[..mid], c) + sort_count(&mut a[mid..], &mut buf[mid..], c);
    // both halves are sorted: count left values above c * right value
    let mut i = 0;
    for j in mid..n {
        while i < mid && a[i] <= c * a[j] {
            i += 1;
        }
        count += (mid - i) as i64;
    }
    let (mut p, mut q) = (0, mid);
    for slot in buf.iter_mut() {
        if q >= n || (p < mid && a[p] <= a[q]) {
            *slot = a[p];
            p += 1;
        } else {
            *slot = a[q];
            q += 1;
        }
    }
    a.copy_from_slice(buf);
    count
}

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        let mut a: Vec<i64> = nums.iter().map(|&x| x as i64).collect();
        let mut buf = vec![0i64; a.len()];
        sort_count(&mut a, &mut buf, c as i64)
    }
}
