struct Solution;

impl Solution {
    pub fn next_greater_gap(nums: Vec<i32>) -> Vec<i32> {
        // Max segment tree; for each i descend to the leftmost leaf > nums[i] right of i.
        let n = nums.len();
        let mut size = 1;
        while size < n {
            size <<= 1;
        }
        let mut tree = vec![i64::MIN; 2 * size];
        for i in 0..n {
            tree[size + i] = nums[i] as i64;
        }
        for v in (1..size).rev() {
            tree[v] = tree[2 * v].max(tree[2 * v + 1]);
        }
        let mut ans = vec![0i32; n];
        for i in 0..n.saturating_sub(1) {
            let x = nums[i] as i64;
            let mut v = i + 1 + size;
            let mut found = true;
            while tree[v] <= x {
                while v & 1 == 1 {
                    v >>= 1;
                }
                if v == 0 {
                    found = false;
                    break;
                }
                v += 1;
            }
            if !found {
                continue;
            }
            while v < size {
                v = if tree[2 * v] > x { 2 * v } else { 2 * v + 1 };
            }
            ans[i] = (v - size - i) as i32;
        }
        ans
    }
}
