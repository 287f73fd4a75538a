class Solution {
    maxWeight(bookings) {
        const items = bookings.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const n = items.length;
        // pending chains in a binary min-heap keyed by end time
        const hEnd = new Float64Array(n);
        const hVal = new Float64Array(n);
        let size = 0;
        const push = (e, v) => {
            let i = size++;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (hEnd[p] <= e) break;
                hEnd[i] = hEnd[p];
                hVal[i] = hVal[p];
                i = p;
            }
            hEnd[i] = e;
            hVal[i] = v;
        };
        const popValue = () => {
            const top = hVal[0];
            size--;
            const e = hEnd[size];
            const v = hVal[size];
            let i = 0;
            while (true) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && hEnd[c + 1] < hEnd[c]) c++;
                if (hEnd[c] >= e) break;
                hEnd[i] = hEnd[c];
                hVal[i] = hVal[c];
                i = c;
            }
            hEnd[i] = e;
            hVal[i] = v;
            return top;
        };
        let settled = 0; // best chain that finished by the current start
        for (const b of items) {
            while (size > 0 && hEnd[0] <= b[0]) settled = Math.max(settled, popValue());
            push(b[1], settled + b[2]);
        }
        for (let i = 0; i < size; i++) settled = Math.max(settled, hVal[i]);
        return settled;
    }
}
