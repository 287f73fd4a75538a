struct Solution;

impl Solution {
    pub fn one_bit_counts(n: i32) -> Vec<i32> {
        // clear the lowest set bit until nothing is left
        let mut res = Vec::new();
        for i in 0..=n {
            let mut x = i;
            let mut c = 0;
            while x != 0 {
                x &= x - 1;
                c += 1;
            }
            res.push(c);
        }
        res
    }
}
