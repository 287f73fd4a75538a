struct Solution;

impl Solution {
    pub fn range_sums(nums: Vec<i64>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        // block totals of about sqrt(n) elements; a query adds whole blocks plus two partial ends
        let n = nums.len();
        let size = ((n as f64).sqrt() as usize).max(1);
        let blocks: Vec<i64> = nums.chunks(size).map(|c| c.iter().sum()).collect();
        queries
            .iter()
            .map(|qr| {
                let (lo, hi) = (qr[0] as usize - 1, qr[1] as usize - 1);
                let (first, last) = (lo / size, hi / size);
                if first == last {
                    return nums[lo..=hi].iter().sum();
                }
                let head: i64 = nums[lo..(first + 1) * size].iter().sum();
                let middle: i64 = blocks[first + 1..last].iter().sum();
                let tail: i64 = nums[last * size..=hi].iter().sum();
                head + middle + tail
            })
            .collect()
    }
}
