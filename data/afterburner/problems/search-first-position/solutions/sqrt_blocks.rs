struct Solution;

impl Solution {
    pub fn first_positions(nums: Vec<i64>, queries: Vec<i64>) -> Vec<i32> {
        // O(sqrt n) per query: skip whole blocks by their last value, then scan one block
        let n = nums.len();
        let mut size = 1usize;
        while size * size < n {
            size += 1;
        }
        let last_of: Vec<i64> = nums.chunks(size).map(|c| c[c.len() - 1]).collect();
        queries
            .iter()
            .map(|&v| {
                let mut b = 0;
                while b < last_of.len() && last_of[b] < v {
                    b += 1;
                }
                if b == last_of.len() {
                    return -1;
                }
                let mut i = b * size;
                while nums[i] < v {
                    i += 1;
                }
                if nums[i] == v { i as i32 } else { -1 }
            })
            .collect()
    }
}
