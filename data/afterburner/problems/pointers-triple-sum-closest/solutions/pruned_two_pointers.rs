struct Solution;

impl Solution {
    pub fn nearest_triple_sum(nums: Vec<i32>, target: i32) -> i32 {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let better = |s: i32, cur: i32| {
            let (d1, d2) = ((s - target).abs(), (cur - target).abs());
            d1 < d2 || (d1 == d2 && s < cur)
        };
        let mut best = a[0] + a[1] + a[2];
        for i in 0..n - 2 {
            // every later anchor only gives larger sums
            let smallest = a[i] + a[i + 1] + a[i + 2];
            if smallest >= target {
                if better(smallest, best) {
                    best = smallest;
                }
                break;
            }
            // this anchor cannot reach the target: its largest sum is its best
            let largest = a[i] + a[n - 2] + a[n - 1];
            if largest <= target {
                if better(largest, best) {
                    best = largest;
                }
                continue;
            }
            let (mut j, mut k) = (i + 1, n - 1);
            while j < k {
                let s = a[i] + a[j] + a[k];
                if better(s, best) {
                    best = s;
                }
                if s < target {
                    j += 1;
                } else if s > target {
                    k -= 1;
                } else {
                    return s;
                }
            }
        }
        best
    }
}
