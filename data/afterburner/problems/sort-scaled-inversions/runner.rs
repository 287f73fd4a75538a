use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i32>().unwrap());
    let k = tokens.next().unwrap() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n = tokens.next().unwrap() as usize;
        let c = tokens.next().unwrap();
        let nums: Vec<i32> = (0..n).map(|_| tokens.next().unwrap()).collect();
        writeln!(out, "{}", Solution::count_heavy_pairs(nums, c)).unwrap();
    }
}
