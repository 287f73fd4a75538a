use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let k = it.next().unwrap() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n = it.next().unwrap() as usize;
        let mut intervals = Vec::with_capacity(n);
        for _ in 0..n {
            let l = it.next().unwrap();
            let r = it.next().unwrap();
            intervals.push(vec![l, r]);
        }
        writeln!(out, "{}", Solution::min_tracks(intervals)).unwrap();
    }
}
