struct Solution;

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        // Fenwick tree over the sorted distinct values, filled left to right
        let mut values: Vec<i64> = nums.iter().map(|&x| x as i64).collect();
        values.sort_unstable();
        values.dedup();
        let m = values.len();
        let mut tree = vec![0i32; m + 1];
        let c = c as i64;
        let mut answer = 0i64;
        for (inserted, &x) in nums.iter().enumerate() {
            let x = x as i64;
            // earlier values that are <= c * x do not count
            let mut pos = values.partition_point(|&v| v <= c * x);
            let mut at_most = 0i64;
            while pos > 0 {
                at_most += tree[pos] as i64;
                pos -= pos & pos.wrapping_neg();
            }
            answer += inserted as i64 - at_most;
            let mut idx = values.partition_point(|&v| v < x) + 1;
            while idx <= m {
                tree[idx] += 1;
                idx += idx & idx.wrapping_neg();
            }
        }
        answer
    }
}
