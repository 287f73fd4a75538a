use std::collections::BTreeMap;

struct Solution;

impl Solution {
    pub fn longest_rising(nums: Vec<i32>) -> i32 {
        let mut index: BTreeMap<i32, usize> = BTreeMap::new(); // value -> rank
        for &x in &nums {
            index.insert(x, 0);
        }
        for (r, v) in index.values_mut().enumerate() {
            *v = r;
        }
        let mut size = 1;
        while size < index.len() {
            size *= 2;
        }
        let mut tree = vec![0i32; 2 * size];
        for x in &nums {
            let rank = index[x];
            let mut res = 0; // max over ranks [0, rank)
            let (mut lo, mut hi) = (size, rank + size);
            while lo < hi {
                if lo & 1 == 1 {
                    res = res.max(tree[lo]);
                    lo += 1;
                }
                if hi & 1 == 1 {
                    hi -= 1;
                    res = res.max(tree[hi]);
                }
                lo >>= 1;
                hi >>= 1;
            }
            let cur = res + 1;
            let mut pos = rank + size;
            if tree[pos] < cur {
                tree[pos] = cur;
                pos >>= 1;
                while pos > 0 {
                    tree[pos] = tree[2 * pos].max(tree[2 * pos + 1]);
                    pos >>= 1;
                }
            }
        }
        tree[1]
    }
}
