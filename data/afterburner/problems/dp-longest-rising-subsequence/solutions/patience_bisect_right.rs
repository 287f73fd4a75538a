struct Solution;

impl Solution {
    pub fn longest_rising(nums: Vec<i32>) -> i32 {
        let mut piles: Vec<i32> = Vec::new();
        for x in nums {
            let k = piles.partition_point(|&t| t <= x);
            if k == piles.len() {
                piles.push(x);
            } else {
                piles[k] = x;
            }
        }
        piles.len() as i32
    }
}
