struct Solution;

impl Solution {
    pub fn count_heavy_pairs(nums: Vec<i32>, c: i32) -> i64 {
        // the values seen so far live in sorted blocks of bounded size
        const B: usize = 512;
        let c = c as i64;
        let mut blocks: Vec<Vec<i64>> = Vec::new();
        let mut count = 0i64;
        for &v in &nums {
            let x = v as i64;
            let bound = c * x;
            // count seen values greater than bound
            for blk in blocks.iter().rev() {
                if *blk.last().unwrap() <= bound {
                    break;
                }
                if blk[0] > bound {
                    count += blk.len() as i64;
                } else {
                    count += (blk.len() - blk.partition_point(|&y| y <= bound)) as i64;
                    break;
                }
            }
            if blocks.is_empty() {
                blocks.push(vec![x]);
                continue;
            }
            // insert x into the first block whose last value is >= x
            let mut k = 0;
            while k < blocks.len() && *blocks[k].last().unwrap() < x {
                k += 1;
            }
            if k == blocks.len() {
                k -= 1;
            }
            let at = blocks[k].partition_point(|&y| y <= x);
            blocks[k].insert(at, x);
            if blocks[k].len() > 2 * B {
                let tail = blocks[k].split_off(B);
                blocks.insert(k + 1, tail);
            }
        }
        count
    }
}
