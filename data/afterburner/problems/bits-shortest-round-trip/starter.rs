struct Solution;

impl Solution {
    pub fn cheapest_round_trip(cost: Vec<Vec<i32>>) -> i32 {
        
    }
}
