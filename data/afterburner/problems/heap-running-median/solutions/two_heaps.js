class Solution {
    runningMedians(nums) {
        const n = nums.length;
        // two binary heaps on typed arrays; low stores negated values so both are min-heaps
        const low = new Float64Array(n);
        const high = new Float64Array(n);
        let nl = 0;
        let nh = 0;
        const push = (h, size, v) => {
            let i = size;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (h[p] <= v) break;
                h[i] = h[p];
                i = p;
            }
            h[i] = v;
        };
        const pop = (h, size) => {
            const top = h[0];
            const v = h[size - 1];
            const last = size - 1;
            let i = 0;
            while (true) {
                let c = 2 * i + 1;
                if (c >= last) break;
                if (c + 1 < last && h[c + 1] < h[c]) c++;
                if (h[c] >= v) break;
                h[i] = h[c];
                i = c;
            }
            h[i] = v;
            return top;
        };
        const out = new Array(n);
        for (let i = 0; i < n; i++) {
            const x = nums[i];
            if (nl > 0 && x > -low[0]) push(high, nh++, x);
            else push(low, nl++, -x);
            if (nl > nh + 1) {
                const v = -pop(low, nl--);
                push(high, nh++, v);
            } else if (nh > nl) {
                const v = pop(high, nh--);
                push(low, nl++, -v);
            }
            out[i] = -low[0];
        }
        return out;
    }
}
