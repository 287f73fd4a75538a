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
        let n = next();
        let m = next() as usize;
        let edges: Vec<Vec<i32>> = (0..m).map(|_| { let u = next(); let v = next(); vec![u, v] }).collect();
        writeln!(out, "{}", Solution::count_bridges(n, edges)).unwrap();
    }
}
