use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut line = String::new();
    for _ in 0..k {
        let n: i32 = tokens.next().unwrap().parse().unwrap();
        let res = Solution::one_bit_counts(n);
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
