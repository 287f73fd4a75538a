class Solution {
    largestRectangle(h) {
        // split every block at its lowest bar, found with a sparse table of argmins
        const n = h.length;
        const table = [Int32Array.from({ length: n }, (_, i) => i)];
        for (let j = 1; (1 << j) <= n; j++) {
            const prev = table[j - 1];
            const half = 1 << (j - 1);
            const row = new Int32Array(n - (1 << j) + 1);
            for (let i = 0; i < row.length; i++) {
                const a = prev[i], b = prev[i + half];
                row[i] = h[a] <= h[b] ? a : b;
            }
            table.push(row);
        }
        let best = 0;
        const todo = [0, n - 1];
        while (todo.length) {
            const r = todo.pop(), l = todo.pop();
            const k = 31 - Math.clz32(r - l + 1);
            const a = table[k][l], b = table[k][r - (1 << k) + 1];
            const m = h[a] <= h[b] ? a : b;
            const area = h[m] * (r - l + 1);
            if (area > best) best = area;
            if (l < m) todo.push(l, m - 1);
            if (m < r) todo.push(m + 1, r);
        }
        return best;
    }
}
