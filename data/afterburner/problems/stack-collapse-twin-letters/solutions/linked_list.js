class Solution {
    collapsePairs(s) {
        // Doubly linked list over positions 1..n with sentinels 0 and n+1.
        const n = s.length;
        const prv = new Int32Array(n + 2), nxt = new Int32Array(n + 2);
        for (let i = 0; i <= n + 1; i++) {
            prv[i] = i - 1;
            nxt[i] = i + 1;
        }
        let cur = 1;
        while (cur <= n) {
            const b = nxt[cur];
            if (b <= n && s.charCodeAt(cur - 1) === s.charCodeAt(b - 1)) {
                const a = prv[cur], c = nxt[b];
                nxt[a] = c;
                prv[c] = a;
                cur = a === 0 ? c : a;
            } else {
                cur = b;
            }
        }
        const parts = [];
        for (let i = nxt[0]; i <= n; i = nxt[i]) parts.push(s[i - 1]);
        return parts.join('');
    }
}
