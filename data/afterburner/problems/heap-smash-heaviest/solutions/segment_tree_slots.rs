struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        // max segment tree over fixed slots; an emptied slot holds 0
        let n = weights.len();
        let mut size = 1;
        while size < n {
            size <<= 1;
        }
        let mut tree = vec![0i64; 2 * size];
        tree[size..size + n].copy_from_slice(&weights);
        for i in (1..size).rev() {
            tree[i] = tree[2 * i].max(tree[2 * i + 1]);
        }
        fn take_max(tree: &[i64], size: usize) -> usize {
            let mut i = 1;
            while i < size {
                i = if tree[2 * i] >= tree[2 * i + 1] { 2 * i } else { 2 * i + 1 };
            }
            i
        }
        fn assign(tree: &mut [i64], mut i: usize, v: i64) {
            tree[i] = v;
            i >>= 1;
            while i > 0 {
                tree[i] = tree[2 * i].max(tree[2 * i + 1]);
                i >>= 1;
            }
        }
        let mut left = n;
        while left > 1 {
            let i = take_max(&tree, size);
            let x = tree[i];
            assign(&mut tree, i, 0);
            let j = take_max(&tree, size);
            let y = tree[j];
            if x > y {
                assign(&mut tree, j, x - y);
                left -= 1;
            } else {
                assign(&mut tree, j, 0);
                left -= 2;
            }
        }
        tree[1]
    }
}
