struct Solution;

impl Solution {
    pub fn running_medians(nums: Vec<i64>) -> Vec<i64> {
        // offline: start from all numbers and delete from the back, walking a median
        // pointer along a linked list of the sorted order
        let n = nums.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (nums[i], i));
        let mut pos = vec![0usize; n];
        let mut prv: Vec<isize> = (0..n as isize).map(|r| r - 1).collect();
        let mut nxt: Vec<usize> = (1..=n).collect();
        for (r, &i) in order.iter().enumerate() {
            pos[i] = r;
        }
        let mut ans = vec![0i64; n];
        let mut med = (n - 1) / 2;
        ans[n - 1] = nums[order[med]];
        for m in (2..=n).rev() {
            let r = pos[m - 1];
            let mut before = (m - 1) / 2;
            if r == med {
                med = nxt[med];
            } else if r < med {
                before -= 1;
            }
            if prv[r] >= 0 {
                nxt[prv[r] as usize] = nxt[r];
            }
            if nxt[r] < n {
                prv[nxt[r]] = prv[r];
            }
            let target = (m - 2) / 2;
            while before > target {
                med = prv[med] as usize;
                before -= 1;
            }
            while before < target {
                med = nxt[med];
                before += 1;
            }
            ans[m - 2] = nums[order[med]];
        }
        ans
    }
}
