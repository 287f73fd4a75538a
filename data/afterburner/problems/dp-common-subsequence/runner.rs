use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let a = tokens.next().unwrap().to_string();
        let b = tokens.next().unwrap().to_string();
        writeln!(out, "{}", Solution::shared_subsequence_length(a, b)).unwrap();
    }
}
