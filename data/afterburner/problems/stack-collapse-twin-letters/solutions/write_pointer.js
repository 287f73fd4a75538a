class Solution {
    collapsePairs(s) {
        const n = s.length;
        const buf = new Uint8Array(n);
        let top = 0;
        for (let i = 0; i < n; i++) {
            const c = s.charCodeAt(i);
            if (top > 0 && buf[top - 1] === c) top--;
            else buf[top++] = c;
        }
        return Buffer.from(buf.buffer, 0, top).toString('latin1');
    }
}
