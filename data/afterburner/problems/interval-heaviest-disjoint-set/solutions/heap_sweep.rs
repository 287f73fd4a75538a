use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Solution;

impl Solution {
    pub fn max_weight(mut bookings: Vec<Vec<i64>>) -> i64 {
        bookings.sort_unstable();
        // pending chains as (end, total), earliest end on top
        let mut pending: BinaryHeap<Reverse<(i64, i64)>> = BinaryHeap::new();
        let mut settled = 0i64; // best chain that finished by the current start
        for b in &bookings {
            while let Some(&Reverse((end, total))) = pending.peek() {
                if end > b[0] {
                    break;
                }
                settled = settled.max(total);
                pending.pop();
            }
            pending.push(Reverse((b[1], settled + b[2])));
        }
        for Reverse((_, total)) in pending {
            settled = settled.max(total);
        }
        settled
    }
}
