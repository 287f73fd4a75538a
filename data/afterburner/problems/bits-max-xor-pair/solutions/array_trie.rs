struct Solution;

impl Solution {
    pub fn largest_pair_xor(nums: Vec<i32>) -> i32 {
        // binary trie over 30 bits stored in one flat child array
        let mut child = vec![0u32; 2 * (30 * nums.len() + 1)];
        let mut nodes = 1u32;
        for &x in nums.iter() {
            let mut node = 0usize;
            for b in (0..30).rev() {
                let slot = 2 * node + ((x >> b) & 1) as usize;
                if child[slot] == 0 {
                    child[slot] = nodes;
                    nodes += 1;
                }
                node = child[slot] as usize;
            }
        }
        let mut best = 0;
        for &x in nums.iter() {
            let mut node = 0usize;
            let mut value = 0;
            for b in (0..30).rev() {
                let want = (((x >> b) & 1) ^ 1) as usize;
                if child[2 * node + want] != 0 {
                    value |= 1 << b;
                    node = child[2 * node + want] as usize;
                } else {
                    node = child[2 * node + (want ^ 1)] as usize;
                }
            }
            best = best.max(value);
        }
        best
    }
}
