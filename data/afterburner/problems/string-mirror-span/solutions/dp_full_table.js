class Solution {
    longestPalindrome(s) {
        // pal[i*n + j]: s[i..j] is a palindrome, filled by increasing length
        const n = s.length;
        const pal = new Uint8Array(n * n);
        let best = 1;
        for (let i = 0; i < n; i++) pal[i * n + i] = 1;
        for (let i = 0; i + 1 < n; i++)
            if (s[i] === s[i + 1]) {
                pal[i * n + i + 1] = 1;
                best = 2;
            }
        for (let len = 3; len <= n; len++)
            for (let i = 0; i + len <= n; i++) {
                const j = i + len - 1;
                if (s.charCodeAt(i) === s.charCodeAt(j) && pal[(i + 1) * n + j - 1]) {
                    pal[i * n + j] = 1;
                    best = len;
                }
            }
        return best;
    }
}
