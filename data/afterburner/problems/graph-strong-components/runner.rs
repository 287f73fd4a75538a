use std::io::{self, Read, Write};

==Code Submission==

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i32>().unwrap());
    let k = tokens.next().unwrap() as usize;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for _ in 0..k {
        let n = tokens.next().unwrap();
        let m = tokens.next().unwrap() as usize;
        let arcs: Vec<Vec<i32>> = (0..m)
            .map(|_| (0..2).map(|_| tokens.next().unwrap()).collect())
            .collect();
        let ans: Vec<String> = Solution::strong_summary(n, arcs).iter().map(|x| x.to_string()).collect();
        writeln!(out, "{}", ans.join(" ")).unwrap();
    }
}
