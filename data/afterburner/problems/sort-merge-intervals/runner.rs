use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut next = || -> i32 { tokens.next().unwrap().parse().unwrap() };
    let k = next() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n = next() as usize;
        let intervals: Vec<Vec<i32>> = (0..n).map(|_| { let l = next(); let r = next(); vec![l, r] }).collect();
        let merged = Solution::union_intervals(intervals);
        write!(out, "{}", merged.len()).unwrap();
        for iv in &merged {
            write!(out, " {} {}", iv[0], iv[1]).unwrap();
        }
        writeln!(out).unwrap();
    }
}
