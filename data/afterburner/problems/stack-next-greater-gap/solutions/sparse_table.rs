struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut sp: Vec<Vec<i32>> = vec![nums.clone()];
        let mut k = 1;
        while (1usize << k) <= n {
            let half = 1usize << (k - 1);
            let prev = &sp[k - 1];
            let row: Vec<i32> = (0..=n - (1usize << k)).map(|i| prev[i].max(prev[i + half])).collect();
            sp.push(row);
            k += 1;
        }
        let mut ans = vec![0i32; n];
        for i in 0..n {
            let mut pos = i + 1;
            for k in (0..sp.len()).rev() {
                if pos < sp[k].len() && sp[k][pos] <= nums[i] {
                    pos += 1usize << k;
                }
            }
            if pos < n {
                ans[i] = (pos - i) as i32;
            }
        }
        ans
    }
}
