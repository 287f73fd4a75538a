struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Sorting starts and ends separately is enough: a block ends at the i-th
        // smallest end exactly when the (i+1)-th smallest start lies beyond it.
        let n = intervals.len();
        let mut starts: Vec<i32> = intervals.iter().map(|iv| iv[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|iv| iv[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let mut result = Vec::new();
        let mut block_start = 0;
        for i in 0..n {
            if i == n - 1 || starts[i + 1] > ends[i] {
                result.push(vec![starts[block_start], ends[i]]);
                block_start = i + 1;
            }
        }
        result
    }
}
