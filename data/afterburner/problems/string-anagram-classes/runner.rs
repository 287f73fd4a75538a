use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let cases: usize = tokens.next().unwrap().parse().unwrap();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..cases {
        let n: usize = tokens.next().unwrap().parse().unwrap();
        let words: Vec<String> = (0..n).map(|_| tokens.next().unwrap().to_string()).collect();
        let res = Solution::anagram_classes(words);
        writeln!(out, "{} {}", res[0], res[1]).unwrap();
    }
}
