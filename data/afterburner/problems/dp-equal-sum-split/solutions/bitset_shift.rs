struct Solution;

impl Solution {
    pub fn can_split_evenly(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let half = (total / 2) as usize;
        let words = half / 64 + 1;
        let mut bits = vec![0u64; words]; // bit s: some subset sums to s
        bits[0] = 1;
        for &x in &nums {
            let (ws, bs) = (x as usize / 64, x as u32 % 64);
            // bits |= bits << x, from the top word down so sources are still old
            for w in (ws..words).rev() {
                let mut v = bits[w - ws] << bs;
                if bs != 0 && w > ws {
                    v |= bits[w - ws - 1] >> (64 - bs);
                }
                bits[w] |= v;
            }
        }
        (bits[half / 64] >> (half % 64)) & 1 == 1
    }
}
