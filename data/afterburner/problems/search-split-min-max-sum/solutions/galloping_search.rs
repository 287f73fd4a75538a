struct Solution;

impl Solution {
    pub fn lightest_cut(nums: Vec<i32>, m: i32) -> i64 {
        // double the step from the largest element until a limit fits, then bisect
        let ok = |limit: i64| {
            let (mut used, mut load) = (1i32, 0i64);
            for &x in &nums {
                let x = x as i64;
                if load + x <= limit {
                    load += x;
                } else {
                    used += 1;
                    if used > m {
                        return false;
                    }
                    load = x;
                }
            }
            true
        };
        let mut low = *nums.iter().max().unwrap() as i64;
        if ok(low) {
            return low;
        }
        let mut step = low.max(1);
        let mut high = low + step;
        while !ok(high) {
            low = high + 1;
            step *= 2;
            high = low + step;
        }
        while low < high {
            let mid = low + (high - low) / 2;
            if ok(mid) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        low
    }
}
