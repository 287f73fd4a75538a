struct Solution;

impl Solution {
    pub fn divisor_tally(nums: Vec<i32>) -> Vec<i32> {
        let top = *nums.iter().max().unwrap() as usize;
        // every d adds one to each of its multiples
        let mut count = vec![0i32; top + 1];
        for d in 1..=top {
            let mut m = d;
            while m <= top {
                count[m] += 1;
                m += d;
            }
        }
        nums.iter().map(|&x| count[x as usize]).collect()
    }
}
