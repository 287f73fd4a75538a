use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut next = || -> i64 { tokens.next().unwrap().parse().unwrap() };
    let k = next() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n = next() as usize;
        let q = next() as usize;
        let edges: Vec<Vec<i32>> = (1..n).map(|_| vec![next() as i32, next() as i32]).collect();
        let queries: Vec<Vec<i32>> = (0..q).map(|_| vec![next() as i32, next() as i32]).collect();
        let res = Solution::path_lengths(n as i32, edges, queries);
        let line: Vec<String> = res.iter().map(|d| d.to_string()).collect();
        writeln!(out, "{}", line.join(" ")).unwrap();
    }
}
