class Solution {
    largestRectangle(heights) {
        // switch bars on from tallest to shortest and join neighbouring blocks
        const n = heights.length;
        const parent = Int32Array.from({ length: n }, (_, i) => i);
        const size = new Int32Array(n).fill(1);
        const active = new Uint8Array(n);
        const find = (x) => {
            while (parent[x] !== x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        const order = Array.from({ length: n }, (_, i) => i);
        order.sort((a, b) => heights[b] - heights[a]);
        let best = 0;
        for (const i of order) {
            active[i] = 1;
            for (const nb of [i - 1, i + 1]) {
                if (nb < 0 || nb >= n || !active[nb]) continue;
                let a = find(i), b = find(nb);
                if (a === b) continue;
                if (size[a] < size[b]) [a, b] = [b, a];
                parent[b] = a;
                size[a] += size[b];
            }
            const area = heights[i] * size[find(i)];
            if (area > best) best = area;
        }
        return best;
    }
}
