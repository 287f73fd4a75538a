use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut next = || -> i64 { tokens.next().unwrap().parse().unwrap() };
    let cases = next() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut line = String::new();
    for _ in 0..cases {
        let n = next() as usize;
        let q = next() as usize;
        let nums: Vec<i32> = (0..n).map(|_| next() as i32).collect();
        let queries: Vec<i32> = (0..q).map(|_| next() as i32).collect();
        let res = Solution::locate(nums, queries);
        line.clear();
        for (i, v) in res.iter().enumerate() {
            if i > 0 {
                line.push(' ');
            }
            line.push_str(&v.to_string());
        }
        line.push('\n');
        out.write_all(line.as_bytes()).unwrap();
    }
}
