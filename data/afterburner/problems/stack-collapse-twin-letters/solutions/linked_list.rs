struct Solution;

impl Solution {
    pub fn collapse_pairs(s: String) -> String {
        // Doubly linked list over positions 1..n with sentinels 0 and n+1.
        let b = s.as_bytes();
        let n = b.len();
        let mut prv: Vec<usize> = (0..n + 2).map(|i| i.wrapping_sub(1)).collect();
        let mut nxt: Vec<usize> = (0..n + 2).map(|i| i + 1).collect();
        let mut cur = 1;
        while cur <= n {
            let nb = nxt[cur];
            if nb <= n && b[cur - 1] == b[nb - 1] {
                let a = prv[cur];
                let c = nxt[nb];
                nxt[a] = c;
                prv[c] = a;
                cur = if a == 0 { c } else { a };
            } else {
                cur = nb;
            }
        }
        let mut out = String::new();
        let mut i = nxt[0];
        while i <= n {
            out.push(b[i - 1] as char);
            i = nxt[i];
        }
        out
    }
}
