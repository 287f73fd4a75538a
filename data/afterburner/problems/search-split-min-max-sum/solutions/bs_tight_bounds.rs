struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        // the answer lies in [max(biggest, ceil(total/m)), biggest + ceil(total/m)]
        let total: i64 = nums.iter().map(|&x| x as i64).sum();
        let biggest = *nums.iter().max().unwrap() as i64;
        let m = m as i64;
        let share = (total + m - 1) / m;
        let feasible = |limit: i64| {
            let (mut pieces, mut run) = (1i64, 0i64);
            for &x in &nums {
                run += x as i64;
                if run > limit {
                    pieces += 1;
                    if pieces > m {
                        return false;
                    }
                    run = x as i64;
                }
            }
            true
        };
        let (mut lo, mut hi) = (biggest.max(share), biggest + share);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if feasible(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
