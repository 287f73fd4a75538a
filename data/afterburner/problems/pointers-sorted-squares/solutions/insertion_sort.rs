struct Solution;

impl Solution {
    pub fn sorted_squares(nums: Vec<i64>) -> Vec<i64> {
        let mut sq: Vec<i64> = nums.iter().map(|&x| x * x).collect();
        for i in 1..sq.len() {
            let key = sq[i];
            let mut j = i;
            while j > 0 && sq[j - 1] > key {
                sq[j] = sq[j - 1];
                j -= 1;
            }
            sq[j] = key;
        }
        sq
    }
}
