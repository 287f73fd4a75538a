class Solution {
    minFuseCost(nums) {
        // heap of distinct values with a count per value; equal values are fused in bulk
        const count = new Map();
        for (const v of nums) count.set(v, (count.get(v) || 0) + 1);
        const keys = [];
        const push = (v) => {
            let i = keys.length;
            keys.push(v);
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (keys[p] <= v) break;
                keys[i] = keys[p];
                i = p;
            }
            keys[i] = v;
        };
        const pop = () => {
            const top = keys[0];
            const last = keys.pop();
            if (keys.length > 0) {
                let i = 0;
                const size = keys.length;
                while (true) {
                    let c = 2 * i + 1;
                    if (c >= size) break;
                    if (c + 1 < size && keys[c + 1] < keys[c]) c++;
                    if (keys[c] >= last) break;
                    keys[i] = keys[c];
                    i = c;
                }
                keys[i] = last;
            }
            return top;
        };
        for (const v of count.keys()) push(v);
        const add = (v, c) => {
            const have = count.get(v);
            if (have !== undefined) count.set(v, have + c);
            else {
                count.set(v, c);
                push(v);
            }
        };
        let total = 0;
        while (keys.length > 0) {
            const x = keys[0];
            const c = count.get(x);
            if (c >= 2) {
                const pairs = Math.floor(c / 2);
                total += pairs * 2 * x;
                const left = c - 2 * pairs;
                if (left === 0) {
                    pop();
                    count.delete(x);
                } else {
                    count.set(x, left);
                }
                add(2 * x, pairs);
                continue;
            }
            pop();
            count.delete(x);
            if (keys.length === 0) break;
            const y = keys[0];
            const cy = count.get(y) - 1;
            if (cy === 0) {
                pop();
                count.delete(y);
            } else {
                count.set(y, cy);
            }
            total += x + y;
            add(x + y, 1);
        }
        return total;
    }
}
