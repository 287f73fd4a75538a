struct Solution;

impl Solution {
    pub fn last_remaining(weights: Vec<i64>) -> i64 {
        // folds the sorted weights from the top, carrying one running difference
        let mut a = weights;
        a.sort_unstable();
        let mut carry = a[a.len() - 1];
        for &v in a[..a.len() - 1].iter().rev() {
            carry = (carry - v).abs();
        }
        carry
    }
}
