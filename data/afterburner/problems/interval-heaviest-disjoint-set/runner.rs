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
        let mut bookings = Vec::with_capacity(n);
        for _ in 0..n {
            let s = it.next().unwrap();
            let e = it.next().unwrap();
            let w = it.next().unwrap();
            bookings.push(vec![s, e, w]);
        }
        writeln!(out, "{}", Solution::max_weight(bookings)).unwrap();
    }
}
