struct Solution;

impl Solution {
    pub fn min_fuse_cost(nums: Vec<i64>) -> i64 {
        let mut items = nums;
        let mut total = 0i64;
        while items.len() > 1 {
            // find the two smallest by a full scan every round
            let (mut a, mut b) = (0usize, 1usize);
            if items[b] < items[a] {
                a = 1;
                b = 0;
            }
            for i in 2..items.len() {
                if items[i] < items[a] {
                    b = a;
                    a = i;
                } else if items[i] < items[b] {
                    b = i;
                }
            }
            let s = items[a] + items[b];
            total += s;
            items[a] = s;
            items.swap_remove(b);
        }
        total
    }
}
