use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let k: usize = it.next().unwrap().parse().unwrap();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n: usize = it.next().unwrap().parse().unwrap();
        let m: i32 = it.next().unwrap().parse().unwrap();
        let nums: Vec<i32> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
        writeln!(out, "{}", Solution::lightest_cut(nums, m)).unwrap();
    }
}
