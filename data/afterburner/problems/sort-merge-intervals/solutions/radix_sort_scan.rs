struct Solution;

impl Solution {
    pub fn union_intervals(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // LSD radix sort of the indices by start (two 16-bit digits), then one scan.
        let n = intervals.len();
        let mut order: Vec<u32> = (0..n as u32).collect();
        let mut tmp = vec![0u32; n];
        for shift in [0, 16] {
            let digit = |i: u32| ((intervals[i as usize][0] >> shift) & 0xFFFF) as usize;
            let mut count = vec![0usize; (1 << 16) + 1];
            for &i in &order {
                count[digit(i) + 1] += 1;
            }
            for d in 0..(1 << 16) {
                count[d + 1] += count[d];
            }
            for &i in &order {
                let d = digit(i);
                tmp[count[d]] = i;
                count[d] += 1;
            }
            std::mem::swap(&mut order, &mut tmp);
        }
        let mut merged: Vec<Vec<i32>> = Vec::new();
        for &i in &order {
            let (l, r) = (intervals[i as usize][0], intervals[i as usize][1]);
            match merged.last_mut() {
                Some(last) if l <= last[1] => last[1] = last[1].max(r),
                _ => merged.push(vec![l, r]),
            }
        }
        merged
    }
}
