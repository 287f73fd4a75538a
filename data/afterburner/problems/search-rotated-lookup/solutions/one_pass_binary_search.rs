struct Solution;

impl Solution {
    pub fn locate(nums: Vec<i32>, queries: Vec<i32>) -> Vec<i32> {
        // one binary search per query: one half of [lo, hi] is always sorted
        queries
            .iter()
            .map(|&v| {
                let (mut lo, mut hi) = (0i64, nums.len() as i64 - 1);
                while lo <= hi {
                    let mid = (lo + hi) / 2;
                    let m = nums[mid as usize];
                    if m == v {
                        return mid as i32;
                    }
                    let first = nums[lo as usize];
                    if first <= m {
                        if first <= v && v < m {
                            hi = mid - 1;
                        } else {
                            lo = mid + 1;
                        }
                    } else if m < v && v <= nums[hi as usize] {
                        lo = mid + 1;
                    } else {
                        hi = mid - 1;
                    }
                }
                -1
            })
            .collect()
    }
}
