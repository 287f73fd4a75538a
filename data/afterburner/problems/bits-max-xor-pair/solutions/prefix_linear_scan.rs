struct Solution;

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        // greedy over bits, but partners are looked up by scanning the prefix list
        let mut best = 0;
        let mut mask = 0;
        for b in (0..30).rev() {
            mask |= 1 << b;
            let prefixes: Vec<i32> = nums.iter().map(|&x| x & mask).collect();
            let candidate = best | (1 << b);
            let mut found = false;
            'outer: for &p in prefixes.iter() {
                let want = p ^ candidate;
                for &q in prefixes.iter() {
                    if q == want {
                        found = true;
                        break 'outer;
                    }
                }
            }
            if found {
                best = candidate;
            }
        }
        best
    }
}
