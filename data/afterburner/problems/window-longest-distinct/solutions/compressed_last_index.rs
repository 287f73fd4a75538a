struct Solution;

impl Solution {
    pub fn longest_clean(nums: Vec<i64>) -> i32 {
        // rank values by sorting, then keep last positions in a plain vector
        let mut values = nums.clone();
        values.sort_unstable();
        values.dedup();
        let mut last = vec![usize::MAX; values.len()];
        let (mut start, mut best) = (0usize, 0usize);
        for (i, x) in nums.iter().enumerate() {
            let r = values.binary_search(x).unwrap();
            if last[r] != usize::MAX && last[r] >= start {
                start = last[r] + 1;
            }
            last[r] = i;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
