class Solution {
    lastRemaining(weights) {
        const h = Int32Array.from(weights);
        let size = h.length;
        const down = (i) => {
            const v = h[i];
            while (true) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && h[c + 1] > h[c]) c++;
                if (h[c] <= v) break;
                h[i] = h[c];
                i = c;
            }
            h[i] = v;
        };
        const pop = () => {
            const top = h[0];
            h[0] = h[--size];
            down(0);
            return top;
        };
        const push = (v) => {
            let i = size++;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (h[p] >= v) break;
                h[i] = h[p];
                i = p;
            }
            h[i] = v;
        };
        for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
        while (size > 1) {
            const x = pop();
            const y = pop();
            if (x > y) push(x - y);
        }
        return size === 1 ? h[0] : 0;
    }
}
