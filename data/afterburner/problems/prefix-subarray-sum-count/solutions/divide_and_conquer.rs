struct Solution;

impl Solution {
    // Pieces crossing the middle: sorted left suffix sums vs sorted right prefix sums.
    fn solve(a: &[i64], k: i64, left: &mut Vec<i64>, right: &mut Vec<i64>) -> i64 {
        if a.len() == 1 {
            return if a[0] == k { 1 } else { 0 };
        }
        let mid = a.len() / 2;
        let mut count = Self::solve(&a[..mid], k, left, right) + Self::solve(&a[mid..], k, left, right);
        left.clear();
        right.clear();
        let mut s = 0i64;
        for &x in a[..mid].iter().rev() {
            s += x;
            left.push(s);
        }
        s = 0;
        for &x in &a[mid..] {
            s += x;
            right.push(s);
        }
        left.sort_unstable();
        right.sort_unstable();
        let (mut i, mut j) = (0usize, right.len());
        while i < left.len() && j > 0 {
            let sum = left[i] + right[j - 1];
            if sum < k {
                i += 1;
            } else if sum > k {
                j -= 1;
            } else {
                let (lv, rv) = (left[i], right[j - 1]);
                let (mut cl, mut cr) = (0i64, 0i64);
                while i < left.len() && left[i] == lv {
                    i += 1;
                    cl += 1;
                }
                while j > 0 && right[j - 1] == rv {
                    j -= 1;
                    cr += 1;
                }
                count += cl * cr;
            }
        }
        count
    }

    pub fn count_exact_sum(nums: Vec<i64>, k: i64) -> i64 {
        let mut left = Vec::with_capacity(nums.len());
        let mut right = Vec::with_capacity(nums.len());
        Self::solve(&nums, k, &mut left, &mut right)
    }
}
